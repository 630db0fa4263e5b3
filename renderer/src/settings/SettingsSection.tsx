// Cài đặt: the one section that works before the dossier features arrive.
import { AuditCard } from '../audit/AuditCard';
import { SectionFrame } from '../shell/SectionFrame';
import { PortalUrlCard } from '../sync/screen/PortalUrlCard';
import { AboutApp } from './AboutApp';
import { DemoDataCard } from './DemoDataCard';
import { LanguageSettings } from './LanguageSettings';
import { StorageCard } from './StorageCard';
import { UpdateStatusCard } from './UpdateStatusCard';

export function SettingsSection() {
  return (
    <SectionFrame section="settings">
      <div className="card-stack">
        <LanguageSettings />
        <AboutApp />
        <PortalUrlCard />
        <UpdateStatusCard />
        <StorageCard />
        <DemoDataCard />
        <AuditCard />
      </div>
    </SectionFrame>
  );
}
