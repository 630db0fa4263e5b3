// Signing in at the desk: online first, offline within the period when the portal cannot be
// reached, wrong passwords counted toward a lockout that survives a restart, and all of it audited.
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../../shared/audit/audit-entry';
import { forgetAllAccounts, knownOfficers, savePolicy } from './account-vault';
import { fakePortal, memorySecretHost } from './accounts-test-support';
import { SignInFlow } from './sign-in-flow';

const PASSWORD = 'Đúng-mật-khẩu';
let host: ReturnType<typeof memorySecretHost>;
let portal: ReturnType<typeof fakePortal>;
let audit: AuditRecord[];
let clock: Date;
const flow = () => new SignInFlow({ host, portalSignIn: portal, audit: (record) => audit.push(record), now: () => clock });
const later = (ms: number) => (clock = new Date(clock.getTime() + ms));

beforeEach(() => {
  host = memorySecretHost();
  portal = fakePortal(PASSWORD);
  audit = [];
  clock = new Date('2026-11-27T02:00:00.000Z');
});

describe('signing in at the desk', () => {
  it('signs in at the portal and keeps a verifier, never the password', async () => {
    const result = await flow().signIn('CSHTT.mc1', PASSWORD);
    expect(result).toMatchObject({ ok: true, method: 'portal', officer: { id: 'cshtt.mc1', role: 'clerk', username: 'cshtt.mc1' } });
    expect([...host.entries.values()].join()).not.toContain(PASSWORD);
    expect(await knownOfficers(host)).toEqual([{ username: 'cshtt.mc1', officerId: 'cshtt.mc1', name: 'Lê Thu Hà', role: 'clerk', unitCode: 'CSHTT' }]);
    expect(audit).toEqual([{ action: 'signIn', officer: expect.objectContaining({ id: 'cshtt.mc1' }), details: { method: 'portal', username: 'cshtt.mc1' } }]);
  });

  it('signs in offline with the same password when the portal cannot be reached, and refuses a wrong one', async () => {
    await flow().signIn('cshtt.mc1', PASSWORD);
    portal.reachable = false;
    later(3 * 24 * 3600_000);
    expect(await flow().signIn('cshtt.mc1', PASSWORD)).toMatchObject({ ok: true, method: 'offline' });
    expect(await flow().signIn('cshtt.mc1', 'sai')).toEqual({ ok: false, reason: 'wrong', waitMs: 0, offline: true });
    expect(audit.map((r) => [r.action, r.details?.['method']])).toEqual([['signIn', 'portal'], ['signIn', 'offline'], ['signInFailed', 'offline']]);
  });

  it('asks to connect once the offline period has passed; an administrator may lengthen it', async () => {
    await flow().signIn('cshtt.mc1', PASSWORD);
    portal.reachable = false;
    later(15 * 24 * 3600_000);
    expect(await flow().signIn('cshtt.mc1', PASSWORD)).toEqual({ ok: false, reason: 'offlineExpired', days: 14 });
    await savePolicy(host, { offlineDays: 30, lockMinutes: 10 });
    expect(await flow().signIn('cshtt.mc1', PASSWORD)).toMatchObject({ ok: true, method: 'offline' });
  });

  it('cannot sign in offline a name that never signed in online here', async () => {
    portal.reachable = false;
    expect(await flow().signIn('cshtt.mc2', PASSWORD)).toEqual({ ok: false, reason: 'noOfflineAccount' });
  });

  it('locks the name after five wrong passwords, even after a restart, and does not ask the portal meanwhile', async () => {
    for (let i = 1; i <= 4; i++) expect(await flow().signIn('cshtt.mc1', `sai-${i}`)).toMatchObject({ reason: 'wrong', waitMs: 0 });
    expect(await flow().signIn('cshtt.mc1', 'sai-5')).toMatchObject({ reason: 'wrong', waitMs: 30_000 });
    const callsBefore = portal.calls;
    later(10_000);
    // A new flow is a restarted app: the lock was kept in the secret store.
    expect(await flow().signIn('CSHTT.MC1', PASSWORD)).toEqual({ ok: false, reason: 'locked', waitMs: 20_000 });
    expect(portal.calls).toBe(callsBefore);
    expect(audit.filter((r) => r.action === 'signInFailed')).toHaveLength(5);
    expect(audit.filter((r) => r.action === 'signInLocked')).toEqual([{ action: 'signInLocked', officer: null, details: { username: 'cshtt.mc1', failures: 5, waitSeconds: 30 } }]);
    later(20_000);
    expect(await flow().signIn('cshtt.mc1', 'sai-6')).toMatchObject({ reason: 'wrong', waitMs: 60_000 });
  });

  it('clears the count on the right password', async () => {
    for (let i = 1; i <= 4; i++) await flow().signIn('cshtt.mc1', 'sai');
    expect(await flow().signIn('cshtt.mc1', PASSWORD)).toMatchObject({ ok: true });
    expect(await flow().signIn('cshtt.mc1', 'sai')).toMatchObject({ reason: 'wrong', waitMs: 0 });
  });

  it('unlocks the screen with the verifier and the same lockout', async () => {
    await flow().signIn('cshtt.mc1', PASSWORD);
    expect(await flow().unlock('cshtt.mc1', PASSWORD)).toMatchObject({ ok: true });
    for (let i = 1; i <= 4; i++) await flow().unlock('cshtt.mc1', 'sai');
    expect(await flow().unlock('cshtt.mc1', 'sai')).toMatchObject({ reason: 'wrong', waitMs: 30_000 });
    expect(await flow().unlock('cshtt.mc1', PASSWORD)).toMatchObject({ reason: 'locked' });
  });

  it('forgets every verifier and lockout when the portal revokes the desk', async () => {
    await flow().signIn('cshtt.mc1', PASSWORD);
    for (let i = 1; i <= 5; i++) await flow().signIn('khach', 'sai');
    await forgetAllAccounts(host);
    expect(host.entries.size).toBe(0);
    portal.reachable = false;
    expect(await flow().signIn('cshtt.mc1', PASSWORD)).toEqual({ ok: false, reason: 'noOfflineAccount' });
    expect(await flow().waitFor('khach')).toBe(0);
  });

  it('passes a portal refusal other than a wrong password through without counting it', async () => {
    const refusing = new SignInFlow({ host, audit: (r) => audit.push(r), now: () => clock, portalSignIn: async () => ({ ok: false, failure: { kind: 'server', status: 429, code: 'TOO_MANY_ATTEMPTS', message: 'Hãy thử lại sau 1 phút' } }) });
    expect(await refusing.signIn('cshtt.mc1', PASSWORD)).toMatchObject({ ok: false, reason: 'portal' });
    expect(audit).toEqual([]);
  });
});
