// Ký duyệt: the queue of documents awaiting signature, signature verification, and the trust and
// image settings, as three tabs whose choice lives in the address (#/ky-duyet/kiem-tra).
import { useRef, type KeyboardEvent } from 'react';
import { useT } from '../i18n/language-store';
import { SectionFrame } from '../shell/SectionFrame';
import { useViewStore } from '../shell/view-store';
import { SigningQueue } from './SigningQueue';
import { SigningSettings } from './SigningSettings';
import { VerificationPanel } from './VerificationPanel';
import './signing-queue.css';

const tabs = [
  { id: 'queue', path: null, label: 'signing.tabs.queue' },
  { id: 'verify', path: 'kiem-tra', label: 'signing.tabs.verify' },
  { id: 'settings', path: 'cai-dat', label: 'signing.tabs.settings' },
] as const;

export function SigningSection() {
  const t = useT();
  const subPath = useViewStore((state) => state.subPath);
  const showSubPath = useViewStore((state) => state.showSubPath);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.max(0, tabs.findIndex((tab) => tab.path === subPath));

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (current + step + tabs.length) % tabs.length;
    showSubPath(tabs[next]!.path);
    buttons.current[next]?.focus();
  }

  return (
    <SectionFrame section="signing" description={t('signing.description')}>
      <div className="signing-tabs" role="tablist" aria-label={t('signing.tabs.label')}>
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`signing-tab-${tab.id}`}
            aria-selected={index === current}
            aria-controls={`signing-panel-${tab.id}`}
            tabIndex={index === current ? 0 : -1}
            className="signing-tabs__tab"
            onClick={() => showSubPath(tab.path)}
            onKeyDown={onKeyDown}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`signing-panel-${tabs[current]!.id}`} aria-labelledby={`signing-tab-${tabs[current]!.id}`} className="signing-panel">
        {current === 0 && <SigningQueue />}
        {current === 1 && <VerificationPanel />}
        {current === 2 && <SigningSettings />}
      </div>
    </SectionFrame>
  );
}
