// Who is at the desk: sign-in sets the current officer and their portal session, the lock keeps
// them, switching and signing out leave the desk, and a revoked desk forgets everyone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../../shared/audit/audit-entry';
import { useProfile } from '../profile/profile-store';
import { knownOfficers } from './account-vault';
import { fakePortal, memorySecretHost } from './accounts-test-support';
import { DeskAccounts } from './desk-accounts';

let host: ReturnType<typeof memorySecretHost>;
let audit: AuditRecord[];
let active: (string | null)[];
let signedOut: string[];
let accounts: DeskAccounts;
let signingLocks: number;

beforeEach(async () => {
  host = memorySecretHost();
  audit = [];
  active = [];
  signedOut = [];
  signingLocks = 0;
  const sync = { signIn: fakePortal('demo'), activate: (id: string | null) => void active.push(id), signOut: async (id: string) => void signedOut.push(id) };
  accounts = new DeskAccounts({ host, sync, audit: async (record) => audit.push(record), onLocked: () => signingLocks++ });
  await accounts.start();
});
afterEach(() => useProfile.setState({ officer: null }));

describe('the officer at the desk', () => {
  it('signs in: the desk’s current officer and the portal session that sync uses are theirs', async () => {
    expect(await accounts.signIn('cshtt.mc1', 'demo')).toMatchObject({ ok: true });
    expect(accounts.state.getState()).toMatchObject({ phase: 'signedIn', officer: { id: 'cshtt.mc1' }, known: [{ username: 'cshtt.mc1' }] });
    expect(useProfile.getState().officer).toMatchObject({ id: 'cshtt.mc1', role: 'clerk', title: 'Cán bộ tiếp nhận (Bộ phận Một cửa)' });
    expect(active).toEqual(['cshtt.mc1']);
  });

  it('locks and unlocks only with the password, auditing both', async () => {
    await accounts.signIn('cshtt.mc1', 'demo');
    accounts.lock();
    expect(accounts.state.getState().phase).toBe('locked');
    expect(useProfile.getState().officer?.id).toBe('cshtt.mc1');
    expect(await accounts.unlock('sai')).toMatchObject({ ok: false, reason: 'wrong' });
    expect(accounts.state.getState().phase).toBe('locked');
    expect(await accounts.unlock('demo')).toMatchObject({ ok: true });
    expect(audit.map((r) => r.action)).toEqual(['signIn', 'screenLocked', 'signInFailed', 'screenUnlocked']);
  });

  it('locking the screen locks the signing session too (the opened key and the token login go); nobody signed in, nothing to lock', async () => {
    accounts.lock();
    expect(signingLocks).toBe(0);
    await accounts.signIn('cshtt.mc1', 'demo');
    accounts.lock();
    accounts.lock();
    expect(signingLocks).toBe(1);
  });

  it('switching user keeps the session and verifier; signing out forgets the session, and the verifier when asked', async () => {
    await accounts.signIn('cshtt.mc1', 'demo');
    accounts.switchUser();
    expect(accounts.state.getState()).toMatchObject({ phase: 'signedOut', officer: null });
    expect(useProfile.getState().officer).toBeNull();
    expect(signedOut).toEqual([]);
    await accounts.signIn('cshtt.mc1', 'demo');
    await accounts.signOut({ forgetOffline: true });
    expect(signedOut).toEqual(['cshtt.mc1']);
    expect(await knownOfficers(host)).toEqual([]);
    expect(active.at(-1)).toBeNull();
  });

  it('a revoked desk forgets every verifier and says why on the sign-in screen', async () => {
    await accounts.signIn('cshtt.mc1', 'demo');
    await accounts.deviceRevoked();
    expect(accounts.state.getState()).toMatchObject({ phase: 'signedOut', notice: 'revoked', known: [] });
    expect(host.entries.size).toBe(0);
  });

  it('lets only an administrator change the sign-in policy', async () => {
    await accounts.signIn('cshtt.mc1', 'demo');
    expect(await accounts.changePolicy({ offlineDays: 30, lockMinutes: 5 })).toBe(false);
    expect(accounts.state.getState().policy).toEqual({ offlineDays: 14, lockMinutes: 10 });
  });
});
