// The desk's sync service: the signed-in session, the scheduler, and one PortalClient per run,
// wired to the local store. No React here; the Đồng bộ screen reads `status` and calls the verbs.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Actor } from '../../../shared/domain/officers/officer';
import type { DesktopHost } from '../../../shared/host/desktop-host';
import type { DesktopPolicy } from '../../../shared/sync/contract';
import type { DeskStore } from '../store/desk-store';
import type { SyncTrigger } from '../store/sync-records';
import { fetchAttachment } from './engine/fetch-attachment';
import { runSync, type SyncOutcome, type SyncProgress } from './engine/sync-run';
import { SyncScheduler, type SchedulerOptions, type SchedulerStatus } from './engine/sync-scheduler';
import { PortalClient } from './http/portal-client';
import type { PortalFailure } from './http/portal-failure';
import { forgetSession, isExpired, loadSession, saveSession, type StoredSession } from './session/session-secret';

export type SyncStatus = {
  /** False until the saved session has been read at start-up. */
  ready: boolean;
  session: Omit<StoredSession, 'token'> | null;
  /** The portal refused the token (or it ran out): the officer must sign in again. */
  sessionExpired: boolean;
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
  pageSize?: number;
  chunkBytes?: number;
};

export type SignInOutcome = { ok: true } | { ok: false; failure: PortalFailure };

export class DeskSync {
  readonly status: StoreApi<SyncStatus> = createStore<SyncStatus>()(() => ({ ready: false, session: null, sessionExpired: false, scheduler: null, progress: null, failure: null }));
  private session: StoredSession | null = null;
  private readonly scheduler: SyncScheduler;
  private readonly now: () => Date;

  constructor(private readonly options: DeskSyncOptions) {
    this.now = options.now ?? (() => new Date());
    this.scheduler = new SyncScheduler((trigger, signal, heartbeat) => this.run(trigger, signal, heartbeat), {
      ...options.scheduler,
      canRun: () => this.session !== null && !this.status.getState().sessionExpired,
      onStatus: (scheduler) => this.status.setState({ scheduler }),
    });
  }

  /** Reads the saved session, starts the timer, and syncs at once when a session is there. */
  async start(): Promise<void> {
    const saved = await loadSession(this.options.host);
    this.useSession(saved, saved !== null && isExpired(saved, this.now().getTime()));
    this.status.setState({ ready: true });
    this.scheduler.start();
    if (this.session) void this.scheduler.request('startup');
  }

  stop(): void {
    this.scheduler.stop();
  }

  async signIn(username: string, password: string): Promise<SignInOutcome> {
    const portalOrigin = this.options.portalUrl();
    const client = new PortalClient({ baseUrl: portalOrigin, fetch: this.options.fetch });
    const answer = await client.signIn({ username: username.trim(), password });
    if (!answer.ok) return { ok: false, failure: answer.failure };
    const session: StoredSession = { ...answer.value, portalOrigin };
    if (!(await saveSession(this.options.host, session))) {
      return { ok: false, failure: { kind: 'refused', code: 'SECRET_STORE_UNAVAILABLE', message: 'Không lưu được phiên đăng nhập vào kho bí mật của máy.' } };
    }
    this.useSession(session, false);
    this.options.onSignedIn?.(session.officer);
    void this.scheduler.request('signIn');
    return { ok: true };
  }

  async signOut(): Promise<void> {
    this.scheduler.stop();
    await forgetSession(this.options.host);
    this.useSession(null, false);
    this.status.setState({ progress: null, failure: null });
    this.scheduler.start();
  }

  /** "Đồng bộ ngay", or the network coming back: runs now (or right after the run in progress). */
  syncNow(trigger: SyncTrigger = 'manual'): Promise<SyncOutcome | null> {
    return this.scheduler.request(trigger);
  }

  /** The administrator's policy for desks from the portal catalogue; null when signed out or unreachable. */
  async desktopPolicy(): Promise<DesktopPolicy | null> {
    if (!this.session) return null;
    const answer = await this.client(this.session).catalog();
    return answer.ok ? (answer.value.desktopPolicy ?? {}) : null;
  }

  /**
   * A client for a call outside the sync run (submitting a report), with the signed-in officer's
   * token; null while signed out or once the portal refused the session.
   */
  portalClient(): PortalClient | null {
    if (!this.session || this.status.getState().sessionExpired) return null;
    return this.client(this.session);
  }

  private useSession(session: StoredSession | null, expired: boolean): void {
    this.session = session;
    const { store } = this.options;
    store.remoteAttachments = session
      ? (file) => fetchAttachment(this.client(session), store.db, file, this.now().toISOString())
      : null;
    this.status.setState({ session: session && withoutToken(session), sessionExpired: expired });
  }

  private client(session: StoredSession, signal?: AbortSignal): PortalClient {
    return new PortalClient({ baseUrl: session.portalOrigin, token: session.token, fetch: this.options.fetch, ...(signal ? { signal } : {}) });
  }

  private async run(trigger: SyncTrigger, signal: AbortSignal, heartbeat: () => void): Promise<SyncOutcome> {
    const session = this.session!;
    const { store } = this.options;
    this.status.setState({ progress: null });
    const outcome = await runSync(
      {
        db: store.db,
        client: this.client(session, signal),
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
    if (signal.aborted) return outcome;
    const expired = outcome.failure?.kind === 'unauthorized';
    this.status.setState({ progress: null, failure: outcome.failure, sessionExpired: expired || this.status.getState().sessionExpired });
    store.notify();
    return outcome;
  }
}

function withoutToken(session: StoredSession): Omit<StoredSession, 'token'> {
  const { token: _token, ...rest } = session;
  return rest;
}
