// Who is at the desk, as a small state machine: signed out (the sign-in screen), signed in (the
// app), or locked (the lock screen over the app, whose state is kept). It drives the sign-in flow,
// tells sync whose portal session is in use, sets the desk's current officer, and audits each step.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { AuditRecord } from '../../../shared/audit/audit-entry';
import { useProfile } from '../profile/profile-store';
import { actorOf } from '../profile/roster';
import { forgetAccount, forgetAllAccounts, knownOfficers, loadPolicy, savePolicy, DEFAULT_POLICY, type AccountPolicy, type KnownOfficer, type SecretHost } from './account-vault';
import { mayChange } from './permissions';
import { SignInFlow, type PortalSignIn, type SignedInOfficer, type SignInResult } from './sign-in-flow';

export type DeskPhase = 'signedOut' | 'signedIn' | 'locked';

export type AccountsState = {
  phase: DeskPhase;
  officer: SignedInOfficer | null;
  /** Why the desk went back to the sign-in screen on its own. */
  notice: 'revoked' | null;
  policy: AccountPolicy;
  /** Officers who signed in on this desk, most recent first. */
  known: KnownOfficer[];
};

/** What the accounts module needs of DeskSync: per-officer sessions and the officer at the desk. */
export type AccountsSync = { signIn: PortalSignIn; activate(officerId: string | null): void; signOut(officerId: string): Promise<void> };

export type DeskAccountsDeps = {
  host: SecretHost;
  sync: AccountsSync;
  audit: (record: AuditRecord) => Promise<unknown>;
  now?: () => Date;
  iterations?: number;
  /** Told when the screen locks: the signing session forgets its opened key and logs out of the token. */
  onLocked?: () => void;
};

export class DeskAccounts {
  readonly state: StoreApi<AccountsState> = createStore<AccountsState>()(() => ({ phase: 'signedOut', officer: null, notice: null, policy: DEFAULT_POLICY, known: [] }));
  private readonly flow: SignInFlow;

  constructor(private readonly deps: DeskAccountsDeps) {
    this.flow = new SignInFlow({ host: deps.host, portalSignIn: (username, password) => deps.sync.signIn(username, password), audit: (record) => this.audit(record), now: deps.now, iterations: deps.iterations });
  }

  /** Reads the policy and the officers known here; nobody is signed in at start. */
  async start(): Promise<void> {
    this.state.setState({ policy: await loadPolicy(this.deps.host), known: await knownOfficers(this.deps.host) });
  }

  waitFor(username: string): Promise<number> {
    return this.flow.waitFor(username);
  }

  async signIn(username: string, password: string): Promise<SignInResult> {
    const result = await this.flow.signIn(username, password);
    if (result.ok) {
      this.state.setState({ phase: 'signedIn', officer: result.officer, notice: null, known: await knownOfficers(this.deps.host) });
      useProfile.getState().signIn({ ...actorOf(result.officer), title: result.officer.title });
      this.deps.sync.activate(result.officer.id);
    }
    return result;
  }

  lock(): void {
    const { phase, officer } = this.state.getState();
    if (phase !== 'signedIn' || !officer) return;
    this.state.setState({ phase: 'locked' });
    this.deps.onLocked?.();
    this.audit({ action: 'screenLocked', officer: actorOf(officer) });
  }

  async unlock(password: string): Promise<SignInResult> {
    const { officer } = this.state.getState();
    if (!officer) return { ok: false, reason: 'noOfflineAccount' };
    const result = await this.flow.unlock(officer.username, password);
    if (result.ok) {
      this.state.setState({ phase: 'signedIn' });
      this.audit({ action: 'screenUnlocked', officer: actorOf(officer) });
    }
    return result;
  }

  /** "Đổi người dùng": the officer leaves the desk; their portal session and verifier stay. */
  switchUser(): void {
    const { officer } = this.state.getState();
    if (officer) this.audit({ action: 'signOut', officer: actorOf(officer), details: { method: 'switchUser' } });
    this.leaveDesk(null);
  }

  /** "Đăng xuất": forgets the officer's portal session, and their offline verifier when they ask. */
  async signOut(options: { forgetOffline: boolean }): Promise<void> {
    const { officer } = this.state.getState();
    if (!officer) return;
    await this.deps.sync.signOut(officer.id);
    if (options.forgetOffline) await forgetAccount(this.deps.host, officer.username);
    this.audit({ action: 'signOut', officer: actorOf(officer), details: { method: 'signOut', forgetOffline: options.forgetOffline } });
    this.leaveDesk(null);
    this.state.setState({ known: await knownOfficers(this.deps.host) });
  }

  /** The portal revoked this desk (DeskSync's onDeviceRevoked): nothing cached may sign anyone in. */
  async deviceRevoked(): Promise<void> {
    await forgetAllAccounts(this.deps.host);
    this.leaveDesk('revoked');
    this.state.setState({ known: [] });
  }

  /** Cài đặt (administrator only): offline period and idle minutes for everyone on this desk. */
  async changePolicy(policy: AccountPolicy): Promise<boolean> {
    const { officer, policy: before } = this.state.getState();
    if (!officer || !mayChange(officer.role, 'accountPolicy')) return false;
    if (!(await savePolicy(this.deps.host, policy))) return false;
    this.state.setState({ policy });
    for (const key of ['offlineDays', 'lockMinutes'] as const) {
      if (before[key] !== policy[key]) this.audit({ action: 'settingsChanged', officer: actorOf(officer), details: { setting: key, from: before[key], to: policy[key] } });
    }
    return true;
  }

  private leaveDesk(notice: AccountsState['notice']): void {
    this.state.setState({ phase: 'signedOut', officer: null, notice });
    useProfile.getState().leave();
    this.deps.sync.activate(null);
  }

  private audit(record: AuditRecord): void {
    void this.deps.audit(record).catch((error: unknown) => console.error('Không ghi được nhật ký', record.action, error));
  }
}
