// When sync runs: on sign-in, on "Đồng bộ ngay", when the network comes back, and on a timer; after
// a failure, again after an exponential back-off with jitter. Only one run at a time: a request
// during a run is remembered and served once the run ends. A watchdog aborts a run that made no
// progress for too long and starts a fresh one, so a stalled queue never stays stalled.
import type { SyncTrigger } from '../../store/sync-records';
import { isRetryable } from '../http/portal-failure';
import { backoffDelay, SYNC_BACKOFF, type BackoffPolicy } from './backoff';
import type { SyncOutcome } from './sync-run';

/** `heartbeat` is called by the run whenever it makes progress; it keeps the watchdog quiet. */
export type RunSync = (trigger: SyncTrigger, signal: AbortSignal, heartbeat: () => void) => Promise<SyncOutcome>;

export type SchedulerStatus = {
  running: boolean;
  trigger: SyncTrigger | null;
  /** Failed runs in a row (the back-off grows with it). */
  failures: number;
  /** When the next automatic run starts (epoch ms), or null when none is planned. */
  nextRunAt: number | null;
  lastOutcome: SyncOutcome | null;
  /** Runs the watchdog has restarted since start-up. */
  restarts: number;
};

export type SchedulerOptions = {
  intervalMs?: number;
  /** A run with no progress for this long is aborted and started again. */
  stallMs?: number;
  backoff?: BackoffPolicy;
  random?: () => number;
  now?: () => number;
  /** False while nobody is signed in: nothing runs. */
  canRun?: () => boolean;
  onStatus?: (status: SchedulerStatus) => void;
};

export const SYNC_INTERVAL_MS = 2 * 60_000;
export const SYNC_STALL_MS = 2 * 60_000;

export class SyncScheduler {
  private status: SchedulerStatus = { running: false, trigger: null, failures: 0, nextRunAt: null, lastOutcome: null, restarts: 0 };
  private nextTimer: ReturnType<typeof setTimeout> | null = null;
  private watchdog: ReturnType<typeof setTimeout> | null = null;
  private current: { controller: AbortController; done: Promise<SyncOutcome | null> } | null = null;
  private followUp: SyncTrigger | null = null;
  /** The run started for a request made during the previous one. */
  private followUpDone: Promise<SyncOutcome | null> | null = null;
  private started = false;

  constructor(
    private readonly runSync: RunSync,
    private readonly options: SchedulerOptions = {},
  ) {}

  get state(): SchedulerStatus {
    return this.status;
  }

  /** Starts the timer; the first run waits for a trigger or the first tick. */
  start(): void {
    this.started = true;
    this.plan(this.options.intervalMs ?? SYNC_INTERVAL_MS);
  }

  stop(): void {
    this.started = false;
    this.clearNext();
    this.clearWatchdog();
    this.current?.controller.abort();
    this.current = null;
    this.followUp = null;
    this.update({ running: false, trigger: null, nextRunAt: null });
  }

  /** Runs now, or right after the run in progress; answers that run's outcome (null when nothing ran). */
  request(trigger: SyncTrigger): Promise<SyncOutcome | null> {
    if (!(this.options.canRun?.() ?? true)) return Promise.resolve(null);
    if (this.current) {
      this.followUp = trigger;
      return this.current.done.then(() => this.followUpDone);
    }
    return this.execute(trigger);
  }

  private execute(trigger: SyncTrigger): Promise<SyncOutcome | null> {
    this.clearNext();
    const controller = new AbortController();
    const run = { controller, done: Promise.resolve<SyncOutcome | null>(null) };
    this.current = run;
    this.update({ running: true, trigger, nextRunAt: null });
    this.armWatchdog(run);
    run.done = this.runSync(trigger, controller.signal, () => this.current === run && this.armWatchdog(run)).then(
      (outcome) => this.finish(run, outcome),
      (error: unknown) => this.finish(run, { pushed: 0, rejected: 0, pulled: 0, failure: { kind: 'server', code: 'SYNC_CRASHED', message: String(error) } }),
    );
    return run.done;
  }

  private finish(run: NonNullable<SyncScheduler['current']>, outcome: SyncOutcome): SyncOutcome | null {
    // The watchdog already gave up on this run and started another: its outcome no longer counts.
    if (this.current !== run) return null;
    this.clearWatchdog();
    this.current = null;
    const failure = outcome.failure;
    const failures = failure && failure.kind !== 'unauthorized' && failure.kind !== 'aborted' ? this.status.failures + 1 : 0;
    this.update({ running: false, trigger: null, failures, lastOutcome: outcome });
    if (this.followUp) {
      const next = this.followUp;
      this.followUp = null;
      this.followUpDone = this.execute(next);
    } else if (this.started && failure?.kind !== 'unauthorized') {
      const retryable = failure !== null && (isRetryable(failure) || failure.kind === 'refused');
      this.plan(retryable ? backoffDelay(failures, this.options.random, this.options.backoff ?? SYNC_BACKOFF) : (this.options.intervalMs ?? SYNC_INTERVAL_MS));
    }
    return outcome;
  }

  private armWatchdog(run: NonNullable<SyncScheduler['current']>): void {
    this.clearWatchdog();
    this.watchdog = setTimeout(() => {
      if (this.current !== run) return;
      run.controller.abort();
      this.current = null;
      this.update({ running: false, restarts: this.status.restarts + 1 });
      this.followUpDone = this.execute('watchdog');
    }, this.options.stallMs ?? SYNC_STALL_MS);
  }

  private plan(delayMs: number): void {
    this.clearNext();
    const now = this.options.now ?? Date.now;
    this.update({ nextRunAt: now() + delayMs });
    this.nextTimer = setTimeout(() => {
      this.nextTimer = null;
      void this.request(this.status.failures > 0 ? 'retry' : 'timer');
    }, delayMs);
  }

  private clearNext(): void {
    if (this.nextTimer !== null) clearTimeout(this.nextTimer);
    this.nextTimer = null;
  }

  private clearWatchdog(): void {
    if (this.watchdog !== null) clearTimeout(this.watchdog);
    this.watchdog = null;
  }

  private update(change: Partial<SchedulerStatus>): void {
    this.status = { ...this.status, ...change };
    this.options.onStatus?.(this.status);
  }
}
