// Records the desk-wide changes that are not store transactions: the officer switching with the
// stand-in picker (demo builds; real sign-in audits itself in renderer/src/accounts) and settings
// kept in this window's stores. Subscribing
// to the stores, not to each screen, catches every place that changes them (top bar, Cài đặt).
import type { AuditDetails, AuditRecord } from '../../../shared/audit/audit-entry';
import type { Actor } from '../../../shared/domain/officers/officer';
import { useStandIn } from '../accounts/stand-in';
import { useLanguageStore } from '../i18n/language-store';
import { actorOf } from '../profile/roster';
import { useProfile } from '../profile/profile-store';
import { usePortalUrl } from '../sync/session/portal-url';
import type { AuditLog } from './audit-log';

const currentOfficer = (): Actor | null => {
  const officer = useProfile.getState().officer;
  return officer ? actorOf(officer) : null;
};

/**
 * Records something this window's officer did that is not a store transaction (an export, a print,
 * a settings change). The action itself already happened, so a failed write is reported loudly,
 * never thrown back at the screen that did it.
 */
export function recordByCurrentOfficer(log: AuditLog, action: AuditRecord['action'], details: AuditDetails = {}): Promise<void> {
  return write(log, { action, officer: currentOfficer(), details });
}

function write(log: AuditLog, record: AuditRecord): Promise<void> {
  return log.record(record).then(
    () => undefined,
    (error: unknown) => console.error('Không ghi được nhật ký', record.action, error),
  );
}

export function watchDeskForAudit(log: AuditLog): () => void {

  const stopProfile = useProfile.subscribe((state, previous) => {
    if (state.officer?.id === previous.officer?.id || !useStandIn.getState().active) return;
    // The stand-in picker has no password: 'standInPicker' tells a reader these are not real sign-ins.
    if (previous.officer) void write(log, { action: 'signOut', officer: actorOf(previous.officer), details: { method: 'standInPicker' } });
    if (state.officer) void write(log, { action: 'signIn', officer: actorOf(state.officer), details: { method: 'standInPicker' } });
  });
  const stopLanguage = useLanguageStore.subscribe((state, previous) => {
    if (state.language === previous.language) return;
    void write(log, { action: 'settingsChanged', officer: currentOfficer(), details: { setting: 'language', from: previous.language, to: state.language } });
  });
  const stopPortal = usePortalUrl.subscribe((state, previous) => {
    if (state.portalUrl === previous.portalUrl) return;
    void write(log, { action: 'settingsChanged', officer: currentOfficer(), details: { setting: 'portalUrl', from: previous.portalUrl, to: state.portalUrl } });
  });
  return () => {
    stopProfile();
    stopLanguage();
    stopPortal();
  };
}
