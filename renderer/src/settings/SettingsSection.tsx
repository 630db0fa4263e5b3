// Cài đặt: the one section that works before the dossier features arrive.
import { AccountPolicyCard } from '../accounts/screen/AccountPolicyCard';
import { PortalUrlNote } from '../accounts/screen/PortalUrlNote';
import { canChange, useDeskRole } from '../accounts/use-permissions';
import { AuditCard } from '../audit/AuditCard';
import { BackupCard } from '../data-protection/BackupCard';
import { WipeDeskCard } from '../data-protection/WipeDeskCard';
import { SectionFrame } from '../shell/SectionFrame';
import { PortalUrlCard } from '../sync/screen/PortalUrlCard';
import { AboutApp } from './AboutApp';
import { DemoDataCard } from './DemoDataCard';
import { LanguageSettings } from './LanguageSettings';
import { StorageCard } from './StorageCard';
import { UpdateStatusCard } from './UpdateStatusCard';

export function SettingsSection() {
  const role = useDeskRole();
  return (
    <SectionFrame section="settings">
      <div className="card-stack">
        <LanguageSettings />
        <AboutApp />
        {canChange(role, 'portalUrl') ? <PortalUrlCard /> : <PortalUrlNote />}
        <AccountPolicyCard />
        <UpdateStatusCard />
        <StorageCard />
        <DemoDataCard />
        <AuditCard />
        <BackupCard />
        <WipeDeskCard />
      </div>
    </SectionFrame>
  );
}
