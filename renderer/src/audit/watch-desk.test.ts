// The officer switching and settings changing anywhere in the window land in the audit log.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStandIn } from '../accounts/stand-in';
import { useLanguageStore } from '../i18n/language-store';
import { useProfile } from '../profile/profile-store';
import type { DeskDatabase } from '../store/database';
import { freshDatabase, officer } from '../store/test-support';
import { usePortalUrl } from '../sync/session/portal-url';
import { AuditLog } from './audit-log';
import { portalSignInRecord } from './portal-sign-in';
import { recordByCurrentOfficer, watchDeskForAudit } from './watch-desk';

let db: DeskDatabase;
let stop: () => void = () => {};
afterEach(() => {
  stop();
  db?.close();
  useProfile.setState({ officer: null });
  useStandIn.setState({ active: false });
});

/** Writes from store subscriptions are not awaited by the store; wait until they are in. */
async function entries(count: number) {
  await vi.waitFor(async () => expect(await db.audit.count()).toBe(count));
  return db.audit.orderBy('seq').toArray();
}

describe('desk changes in the audit log', () => {
  it('switching officer in the stand-in picker signs the last one out and the next one in', async () => {
    useStandIn.setState({ active: true });
    db = freshDatabase();
    stop = watchDeskForAudit(new AuditLog(db, () => '2026-03-10T02:00:00.000Z'));
    const clerk = { ...officer('CUDCN', 'clerk'), title: 'Chuyên viên' };
    const admin = { ...officer('CUDCN', 'admin'), title: 'Quản trị' };
    useProfile.setState({ officer: clerk });
    await entries(1);
    useProfile.setState({ officer: admin });
    expect(await entries(3)).toMatchObject([
      { action: 'signIn', officerId: clerk.id, details: { method: 'standInPicker' } },
      { action: 'signOut', officerId: clerk.id },
      { action: 'signIn', officerId: admin.id, role: 'admin' },
    ]);
  });

  it('changing the language or the portal address records the setting, its old and new value, and who', async () => {
    db = freshDatabase();
    stop = watchDeskForAudit(new AuditLog(db, () => '2026-03-10T02:00:00.000Z'));
    const admin = { ...officer('CUDCN', 'admin'), title: 'Quản trị' };
    // A real sign-in is audited by the accounts module, not by this watcher.
    useProfile.setState({ officer: admin });
    expect(await db.audit.count()).toBe(0);
    const language = useLanguageStore.getState().language;
    useLanguageStore.setState({ language: language === 'vi' ? 'en' : 'vi' });
    await entries(1);
    usePortalUrl.setState({ portalUrl: 'https://dvc.example.gov.vn' });
    const [languageChange, portalChange] = await entries(2);
    expect(languageChange).toMatchObject({ action: 'settingsChanged', officerId: admin.id, details: { setting: 'language', from: language } });
    expect(portalChange).toMatchObject({ action: 'settingsChanged', details: { setting: 'portalUrl', to: 'https://dvc.example.gov.vn' } });
    await recordByCurrentOfficer(new AuditLog(db), 'reportExported', { file: 'Bieu-06.xlsx' });
    expect((await entries(3))[2]).toMatchObject({ action: 'reportExported', officerId: admin.id });
  });
});

describe('portal sign-in in the audit log', () => {
  it('a refused password is a failed sign-in naming the account tried; no network is not a sign-in at all', () => {
    const portal = 'https://dvc.example.gov.vn';
    expect(portalSignInRecord({ username: ' cudcn.mc1 ', portal, outcome: { ok: false, failure: { kind: 'unauthorized', code: 'BAD_CREDENTIALS', message: 'x' } } })).toEqual({
      action: 'signInFailed',
      officer: null,
      details: { method: 'portal', portal, username: 'cudcn.mc1', code: 'BAD_CREDENTIALS' },
    });
    expect(portalSignInRecord({ username: 'a', portal, outcome: { ok: false, failure: { kind: 'offline', code: 'OFFLINE', message: 'x' } } })).toBeNull();
    const clerk = officer('CUDCN', 'clerk');
    expect(portalSignInRecord({ username: 'a', portal, outcome: { ok: true, officer: clerk } })).toMatchObject({ action: 'signIn', officer: clerk });
  });
});
