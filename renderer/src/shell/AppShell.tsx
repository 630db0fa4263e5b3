// The layout officers work in: skip link, top bar, section sidebar and the current section (or, for
// a section the officer's role does not have, a plain refusal).
import { useEffect, type ComponentType, type MouseEvent } from 'react';
import { ForbiddenSection } from '../accounts/screen/ForbiddenSection';
import { canOpen, useDeskRole } from '../accounts/use-permissions';
import { DossiersSection } from '../dossiers/DossiersSection';
import { useT } from '../i18n/language-store';
import { IntakeSection } from '../intake/IntakeSection';
import { OverviewSection } from '../overview/OverviewSection';
import { ReportsSection } from '../reports/ReportsSection';
import { SettingsSection } from '../settings/SettingsSection';
import { SigningSection } from '../signing-queue/SigningSection';
import { SyncSection } from '../sync/screen/SyncSection';
import { EmptySection } from './EmptySection';
import { sectionById, type SectionId } from './sections';
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

/** The screen of each built section; the others show EmptySection. */
const screens: Partial<Record<SectionId, ComponentType>> = {
  overview: OverviewSection,
  dossiers: DossiersSection,
  intake: IntakeSection,
  signing: SigningSection,
  reports: ReportsSection,
  sync: SyncSection,
  settings: SettingsSection,
};

export function AppShell() {
  const t = useT();
  const section = useViewStore((state) => state.section);
  const role = useDeskRole();
  useSectionShortcuts();

  const sectionTitle = t(sectionById(section).title);
  const Screen = screens[section];
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
        {role !== null && !canOpen(role, section) ? (
          <ForbiddenSection key={section} section={section} role={role} />
        ) : Screen ? (
          <Screen />
        ) : (
          <EmptySection key={section} section={section} />
        )}
      </main>
    </div>
  );
}
