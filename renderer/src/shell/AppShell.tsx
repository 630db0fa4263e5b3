// The layout officers work in: skip link, top bar, section sidebar and the current section.
import { useEffect, type MouseEvent } from 'react';
import { useT } from '../i18n/language-store';
import { SettingsSection } from '../settings/SettingsSection';
import { EmptySection } from './EmptySection';
import { sectionById } from './sections';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useSectionShortcuts } from './use-section-shortcuts';
import { useViewStore } from './view-store';

/** Lands on the section heading without touching the hash, which belongs to the section route. */
function skipToContent(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const target = document.getElementById('section-heading') ?? document.getElementById('main-content');
  target?.focus();
}

export function AppShell() {
  const t = useT();
  const section = useViewStore((state) => state.section);
  useSectionShortcuts();

  const sectionTitle = t(sectionById(section).title);
  useEffect(() => {
    // The window title names the section too: it is what the Windows taskbar and Alt+Tab show.
    document.title = t('app.documentTitle', { section: sectionTitle });
  }, [t, sectionTitle]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main-content" onClick={skipToContent}>
        {t('shell.skipToContent')}
      </a>
      <TopBar />
      <Sidebar />
      <main id="main-content" className="shell__main" tabIndex={-1}>
        {section === 'settings' ? <SettingsSection /> : <EmptySection key={section} section={section} />}
      </main>
    </div>
  );
}
