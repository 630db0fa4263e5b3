// Ký duyệt: the queue of documents awaiting signature, signature verification, and the trust and
// image settings, as three tabs whose choice lives in the address (#/ky-duyet/kiem-tra).
import { useT } from '../i18n/language-store';
import { SectionFrame } from '../shell/SectionFrame';
import { TabList } from '../shell/TabList';
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
  const current = Math.max(0, tabs.findIndex((tab) => tab.path === subPath));

  return (
    <SectionFrame section="signing" description={t('signing.description')}>
      <TabList
        idPrefix="signing"
        label={t('signing.tabs.label')}
        tabs={tabs.map((tab) => ({ id: tab.id, label: t(tab.label) }))}
        current={tabs[current]!.id}
        onChoose={(id) => showSubPath(tabs.find((tab) => tab.id === id)!.path)}
      />
      <div role="tabpanel" id={`signing-panel-${tabs[current]!.id}`} aria-labelledby={`signing-tab-${tabs[current]!.id}`} className="signing-panel">
        {current === 0 && <SigningQueue />}
        {current === 1 && <VerificationPanel />}
        {current === 2 && <SigningSettings />}
      </div>
    </SectionFrame>
  );
}
