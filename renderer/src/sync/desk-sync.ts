// The desk's sync service: each officer's portal session, the officer now at the desk, the
// scheduler, and the PortalClients of a run, wired to the local store. Every queued action goes up
// with its own officer's token; pull and leases use the officer at the desk (or any valid session).
// No React here; the Đồng bộ screen reads `status` and calls the verbs.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Actor } from '../../../shared/domain/officers/officer';
import type { DesktopHost } from '../../../shared/host/desktop-host';
import type { DesktopPolicy } from '../../../shared/sync/contract';
import type { DeskStore } from '../store/desk-store';
import type { SyncTrigger } from '../store/sync-records';
import { fetchAttachment } from './engine/fetch-attachment';
import type { WaitingOfficer } from './engine/push';
import { runSync, type SyncOutcome, type SyncProgress } from './engine/sync-run';
import { SyncScheduler, type SchedulerOptions, type SchedulerStatus } from './engine/sync-scheduler';
import { PortalClient } from './http/portal-client';
import { DEVICE_REVOKED, type PortalFailure } from './http/portal-failure';
import { syncState } from './local/sync-state';
import { forgetAllSessions, forgetSession, isExpired, loadSessions, saveSession, type StoredSession } from './session/session-secret';

export type SessionView = Omit<StoredSession, 'token'>;
/** A saved session; `expired` when past its time or the portal refused its token. */
export type SessionState = SessionView & { expired: boolean };

export type SyncStatus = {
  /** False until the saved sessions have been read at start-up. */
  ready: boolean;
  /** The officer now at the desk (null: nobody said). */
  activeOfficerId: string | null;
  /** The session of the officer at the desk, or null when they have none. */
  session: SessionView | null;
  /** The portal refused that officer's token (or it ran out): they must sign in again. */
  sessionExpired: boolean;
  /** Every officer's saved session on this desk. */
  sessions: SessionState[];
  /** Queued actions held back because their officer has no valid session (from the last run). */
  waiting: WaitingOfficer | null;
  /** The portal revoked this desk: every session was deleted and sync stopped. */
  revoked: boolean;
  scheduler: SchedulerStatus | null;
  progress: SyncProgress | null;
  /** Why the last run failed; null after a successful one. */
  failure: PortalFailure | null;
};

export type DeskSyncOptions = {
  store: DeskStore;
  host: Pick<DesktopHost, 'getSecret' | 'setSecret' | 'deleteSecret'>;
  /** The configured portal origin, read at each sign-in. */
  portalUrl: () => string;
  fetch?: typeof fetch;
  now?: () => Date;
  scheduler?: Omit<SchedulerOptions, 'canRun' | 'onStatus'>;
  /** Told after each successful sign-in (the app makes the officer the desk's current user). */
  onSignedIn?: (officer: Actor) => void;
  /** Told once the portal revoked this desk (after its sessions were deleted and sync stopped). */
  onDeviceRevoked?: () => void | Promise<void>;
  pageSize?: number;
  chunkBytes?: number;
};

export type SignInOutcome = { ok: true; session: SessionView } | { ok: false; failure: PortalFailure };

export class DeskSync {
  readonly status: StoreApi<SyncStatus> = createStore<SyncStatus>()(() => ({
    ready: false,
    activeOfficerId: null,
    session: null,
    sessionExpired: false,
    sessions: [],
    waiting: null,
    revoked: false,
    scheduler: null,
    progress: null,
    failure: null,
  }));
  /** Saved sessions by officer id, in sign-in order. */
  private readonly sessions = new Map<string, StoredSession>();
  /** Officers whose token the portal refused since it was saved. */
  private readonly refused = new Set<string>();
  private activeId: string | null = null;
  private clientId: string | null = null;
  private readonly scheduler: SyncScheduler;
  private readonly now: () => Date;

  constructor(private readonly options: DeskSyncOptions) {
    this.now = options.now ?? (() => new Date());
    this.scheduler = new SyncScheduler((trigger, signal, heartbeat) => this.run(trigger, signal, heartbeat), {
      ...options.scheduler,
      canRun: () => !this.status.getState().revoked && this.runner() !== null,
      onStatus: (scheduler) => this.status.setState({ scheduler }),
    });
  }

  /** Reads the saved sessions, starts the timer, and syncs at once when one of them is valid. */
  async start(): Promise<void> {
    this.clientId = (await syncState(this.options.store.db)).clientId;
    for (const session of await loadSessions(this.options.host)) this.sessions.set(session.officer.id, session);
    this.publish();
    this.status.setState({ ready: true });
    this.scheduler.start();
    if (this.runner()) void this.scheduler.request('startup');
  }

  stop(): void {
    this.scheduler.stop();
  }

  /** Signs an officer in (other officers' sessions are kept) and makes them the officer at the desk. */
  async signIn(username: string, password: string): Promise<SignInOutcome> {
    const portalOrigin = this.options.portalUrl();
    const client = new PortalClient({ baseUrl: portalOrigin, clientId: await this.deskClientId(), fetch: this.options.fetch, onRevoked: () => this.revoke() });
    const answer = await client.signIn({ username: username.trim(), password });
    if (!answer.ok) return { ok: false, failure: answer.failure };
    const session: StoredSession = { ...answer.value, portalOrigin };
    if (!(await saveSession(this.options.host, session))) {
      return { ok: false, failure: { kind: 'refused', code: 'SECRET_STORE_UNAVAILABLE', message: 'Không lưu được phiên đăng nhập vào kho bí mật của máy.' } };
    }
    const id = session.officer.id;
    this.sessions.delete(id);
    this.sessions.set(id, session);
    this.refused.delete(id);
    this.activeId = id;
    this.publish();
    this.options.onSignedIn?.(session.officer);
    void this.scheduler.request('signIn');
    return { ok: true, session: withoutToken(session) };
  }

  /** The officer now at the desk: the Đồng bộ screen and `portalClient()` use their session. */
  activate(officerId: string | null): void {
    if (this.activeId === officerId) return;
    this.activeId = officerId;
    this.publish();
  }

  /** Forgets one officer's session; a run under way is stopped (it may be using that token). */
  async signOut(officerId: string): Promise<void> {
    this.scheduler.stop();
    await forgetSession(this.options.host, officerId);
    this.sessions.delete(officerId);
    this.refused.delete(officerId);
    this.publish();
    this.status.setState({ progress: null, failure: null });
    this.scheduler.start();
  }

  /** "Đồng bộ ngay", or the network coming back: runs now (or right after the run in progress). */
  syncNow(trigger: SyncTrigger = 'manual'): Promise<SyncOutcome | null> {
    return this.scheduler.request(trigger);
  }

  /** The administrator's policy for desks from the portal catalogue; null when signed out or unreachable. */
  async desktopPolicy(): Promise<DesktopPolicy | null> {
    const session = this.runner();
    if (!session) return null;
    const answer = await this.client(session).catalog();
    return answer.ok ? (answer.value.desktopPolicy ?? {}) : null;
  }

  /**
   * A client for a call outside the sync run (submitting a report), with the token of the officer
   * at the desk; null while they have no session or once the portal refused it.
   */
  portalClient(): PortalClient | null {
    const session = this.activeId === null ? null : this.valid(this.activeId);
    return session ? this.client(session) : null;
  }

  /** The session of an officer, when it can still be used. */
  private valid(officerId: string): StoredSession | null {
    const session = this.sessions.get(officerId);
    if (!session || this.refused.has(officerId) || isExpired(session, this.now().getTime())) return null;
    return session;
  }

  /** Whose session pulls and leases: the officer at the desk's, or else any valid one. */
  private runner(): StoredSession | null {
    if (this.activeId !== null && this.valid(this.activeId)) return this.valid(this.activeId);
    for (const id of this.sessions.keys()) {
      const session = this.valid(id);
      if (session) return session;
    }
    return null;
  }

  private publish(): void {
    const now = this.now().getTime();
    const expired = (s: StoredSession) => this.refused.has(s.officer.id) || isExpired(s, now);
    const active = this.activeId === null ? null : (this.sessions.get(this.activeId) ?? null);
    const runner = this.runner();
    const { store } = this.options;
    store.remoteAttachments = runner ? (file) => fetchAttachment(this.client(runner), store.db, file, this.now().toISOString()) : null;
    this.status.setState({
      activeOfficerId: this.activeId,
      session: active && withoutToken(active),
      sessionExpired: active !== null && expired(active),
      sessions: [...this.sessions.values()].map((s) => ({ ...withoutToken(s), expired: expired(s) })),
    });
  }

  private async deskClientId(): Promise<string> {
    this.clientId ??= (await syncState(this.options.store.db)).clientId;
    return this.clientId;
  }

  private client(session: StoredSession, signal?: AbortSignal): PortalClient {
    return new PortalClient({
      baseUrl: session.portalOrigin,
      token: session.token,
      ...(this.clientId ? { clientId: this.clientId } : {}),
      fetch: this.options.fetch,
      onRevoked: () => this.revoke(),
      ...(signal ? { signal } : {}),
    });
  }

  /**
   * The portal revoked this desk: every officer's session leaves the secret store and sync stops.
   * Local dossiers and unsent changes stay (the unit may still need them; a wipe is a separate step).
   */
  private async revoke(): Promise<void> {
    if (this.status.getState().revoked) return;
    this.status.setState({ revoked: true });
    this.scheduler.stop();
    this.sessions.clear();
    this.refused.clear();
    await forgetAllSessions(this.options.host);
    this.publish();
    this.status.setState({ progress: null, failure: { kind: 'unauthorized', status: 401, code: DEVICE_REVOKED, message: 'Cổng đã thu hồi quyền đồng bộ của máy này.' } });
    await this.options.onDeviceRevoked?.();
  }

  private async run(trigger: SyncTrigger, signal: AbortSignal, heartbeat: () => void): Promise<SyncOutcome> {
    const session = this.runner()!;
    const { store } = this.options;
    this.status.setState({ progress: null });
    const outcome = await runSync(
      {
        db: store.db,
        client: this.client(session, signal),
        clientFor: (officerId) => {
          const own = this.valid(officerId);
          return own && own.portalOrigin === session.portalOrigin ? this.client(own, signal) : null;
        },
        onOfficerRefused: (officerId) => {
          this.refused.add(officerId);
          this.publish();
        },
        feed: { portalOrigin: session.portalOrigin, unitCode: session.unit.code },
        now: () => this.now().toISOString(),
        signal,
        pageSize: this.options.pageSize,
        chunkBytes: this.options.chunkBytes,
        calendar: store.calendar,
        onProgress: (progress) => {
          heartbeat();
          this.status.setState({ progress });
        },
        onDossiersChanged: (ids, rows) => {
          heartbeat();
          return store.refreshDossiers(ids, rows);
        },
      },
      trigger,
    );
    if (signal.aborted || this.status.getState().revoked) return outcome;
    if (outcome.failure?.kind === 'unauthorized') this.refused.add(session.officer.id);
    this.publish();
    this.status.setState({ progress: null, failure: outcome.failure, waiting: outcome.waiting ?? null });
    store.notify();
    return outcome;
  }
}

function withoutToken(session: StoredSession): SessionView {
  const { token: _token, ...rest } = session;
  return rest;
}
