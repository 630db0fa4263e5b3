// Signing in at the desk, as one decision per attempt: refused while the user name is locked out;
// otherwise the portal first, and only when it cannot be reached, the offline verifier (within the
// desk's offline period). A wrong password either way counts toward the lockout; every attempt is
// audited. No React here: the sign-in screen and the lock screen call it.
import type { AuditRecord } from '../../../shared/audit/audit-entry';
import { roleTitles, type Actor } from '../../../shared/domain/officers/officer';
import { DEVICE_REVOKED, type PortalFailure } from '../sync/http/portal-failure';
import { loadAccount, loadLockout, loadPolicy, saveAccount, saveLockout, type SecretHost } from './account-vault';
import { afterFailure, NO_LOCKOUT, remainingWait } from './lockout';
import { checkPassword, createOfflineAccount, MIN_ITERATIONS, normaliseUsername, withinOfflinePeriod, type OfflineAccount } from './offline-verifier';

/** The portal's answer to a sign-in, as DeskSync gives it (its session without the token). */
export type PortalSignIn = (
  username: string,
  password: string,
) => Promise<{ ok: true; session: { officer: Actor; unit: { code: string; name: string } } } | { ok: false; failure: PortalFailure }>;

export type SignedInOfficer = Actor & { title: string; username: string };

export type SignInResult =
  | { ok: true; officer: SignedInOfficer; method: 'portal' | 'offline' }
  | { ok: false; reason: 'locked'; waitMs: number }
  /** Wrong password; waitMs > 0 when this attempt started a lockout. */
  | { ok: false; reason: 'wrong'; waitMs: number; offline: boolean }
  /** The portal is unreachable and this desk has no verifier for the name. */
  | { ok: false; reason: 'noOfflineAccount' }
  | { ok: false; reason: 'offlineExpired'; days: number }
  /** The verifier matched but its record was edited: refused, and the officer must go online. */
  | { ok: false; reason: 'tampered' }
  | { ok: false; reason: 'portal'; failure: PortalFailure };

export type SignInFlowDeps = {
  host: SecretHost;
  portalSignIn: PortalSignIn;
  audit: (record: AuditRecord) => void;
  now?: () => Date;
  iterations?: number;
};

/** Failures that mean "no way to ask the portal", not "the portal said no". */
const unreachable = (failure: PortalFailure): boolean => failure.kind === 'offline' || failure.kind === 'timeout';

const officerOf = (account: OfflineAccount): SignedInOfficer => ({ ...account.officer, title: account.title, username: account.username });

export class SignInFlow {
  private readonly now: () => Date;

  constructor(private readonly deps: SignInFlowDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** Milliseconds the user name must still wait; 0 when it may try now. */
  async waitFor(username: string): Promise<number> {
    return remainingWait(await loadLockout(this.deps.host, normaliseUsername(username)), this.now());
  }

  async signIn(givenUsername: string, password: string): Promise<SignInResult> {
    const username = normaliseUsername(givenUsername);
    const locked = await this.refusedWhileLocked(username);
    if (locked) return locked;
    const answer = await this.deps.portalSignIn(username, password);
    if (answer.ok) return this.signedInOnline(username, password, answer.session);
    // A revoked desk is no wrong password: DeskSync tells the accounts module through onDeviceRevoked.
    if (answer.failure.kind === 'unauthorized' && answer.failure.code !== DEVICE_REVOKED) return this.wrongPassword(username, false, answer.failure.code);
    if (!unreachable(answer.failure)) return { ok: false, reason: 'portal', failure: answer.failure };
    return this.offline(username, password, true);
  }

  /** The lock screen: the current officer's password against the verifier, under the same lockout. */
  async unlock(givenUsername: string, password: string): Promise<SignInResult> {
    const username = normaliseUsername(givenUsername);
    return (await this.refusedWhileLocked(username)) ?? this.offline(username, password, false);
  }

  private async refusedWhileLocked(username: string): Promise<SignInResult | null> {
    const waitMs = await this.waitFor(username);
    return waitMs > 0 ? { ok: false, reason: 'locked', waitMs } : null;
  }

  private async signedInOnline(username: string, password: string, session: { officer: Actor; unit: { code: string; name: string } }): Promise<SignInResult> {
    const facts = { username, officer: session.officer, title: roleTitles[session.officer.role], unit: session.unit, lastOnlineAt: this.now().toISOString() };
    const account = await createOfflineAccount(facts, password, this.deps.iterations ?? MIN_ITERATIONS);
    // Without a verifier the officer still works now; only a later offline sign-in is impossible.
    if (!(await saveAccount(this.deps.host, account))) console.error('Không lưu được thông tin đăng nhập ngoại tuyến');
    await saveLockout(this.deps.host, username, NO_LOCKOUT);
    this.deps.audit({ action: 'signIn', officer: session.officer, details: { method: 'portal', username } });
    return { ok: true, officer: officerOf(account), method: 'portal' };
  }

  private async offline(username: string, password: string, checkPeriod: boolean): Promise<SignInResult> {
    const { host } = this.deps;
    const account = await loadAccount(host, username);
    if (!account) return { ok: false, reason: 'noOfflineAccount' };
    if (checkPeriod) {
      const { offlineDays } = await loadPolicy(host);
      if (!withinOfflinePeriod(account, this.now(), offlineDays)) return { ok: false, reason: 'offlineExpired', days: offlineDays };
    }
    const verdict = await checkPassword(account, password);
    if (verdict === 'wrong') return this.wrongPassword(username, true, 'BAD_CREDENTIALS');
    if (verdict === 'tampered') {
      this.deps.audit({ action: 'signInFailed', officer: null, details: { method: 'offline', username, code: 'VERIFIER_TAMPERED' } });
      return { ok: false, reason: 'tampered' };
    }
    await saveLockout(host, username, NO_LOCKOUT);
    if (checkPeriod) this.deps.audit({ action: 'signIn', officer: account.officer, details: { method: 'offline', username, lastOnlineAt: account.lastOnlineAt } });
    return { ok: true, officer: officerOf(account), method: 'offline' };
  }

  private async wrongPassword(username: string, offline: boolean, code: string): Promise<SignInResult> {
    const { host } = this.deps;
    const state = afterFailure(await loadLockout(host, username), this.now());
    await saveLockout(host, username, state);
    const method = offline ? 'offline' : 'portal';
    this.deps.audit({ action: 'signInFailed', officer: null, details: { method, username, code, failures: state.failures } });
    const waitMs = remainingWait(state, this.now());
    if (waitMs > 0) this.deps.audit({ action: 'signInLocked', officer: null, details: { username, failures: state.failures, waitSeconds: Math.ceil(waitMs / 1000) } });
    return { ok: false, reason: 'wrong', waitMs, offline };
  }
}
