import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncTrigger } from '../../store/sync-records';
import type { PortalFailure } from '../http/portal-failure';
import type { SyncOutcome } from './sync-run';
import { SyncScheduler, type RunSync } from './sync-scheduler';

const success: SyncOutcome = { pushed: 1, rejected: 0, pulled: 2, failure: null };
const failing = (failure: Omit<PortalFailure, 'message'>): SyncOutcome => ({ pushed: 0, rejected: 0, pulled: 0, failure: { ...failure, message: '…' } });

/** A run function whose runs the test finishes by hand. */
function controlledRuns() {
  const runs: { trigger: SyncTrigger; signal: AbortSignal; heartbeat: () => void; finish: (outcome: SyncOutcome) => void }[] = [];
  const run: RunSync = (trigger, signal, heartbeat) => new Promise((resolve) => runs.push({ trigger, signal, heartbeat, finish: resolve }));
  return { runs, run };
}

const options = { intervalMs: 120_000, stallMs: 60_000, backoff: { baseMs: 1000, capMs: 60_000 }, random: () => 1 };
let scheduler: SyncScheduler | undefined;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  scheduler?.stop();
  vi.useRealTimers();
});

describe('when sync runs', () => {
  it('runs one at a time: a request during a run is served once, after it', async () => {
    const { runs, run } = controlledRuns();
    scheduler = new SyncScheduler(run, options);
    const first = scheduler.request('manual');
    const second = scheduler.request('online');
    const third = scheduler.request('manual');
    expect(runs.map((r) => r.trigger)).toEqual(['manual']);
    runs[0]!.finish(success);
    await first;
    expect(runs.map((r) => r.trigger)).toEqual(['manual', 'manual']);
    runs[1]!.finish(success);
    expect(await second).toEqual(success);
    expect(await third).toEqual(success);
    expect(runs).toHaveLength(2);
  });

  it('ticks every interval after a good run', async () => {
    const { runs, run } = controlledRuns();
    scheduler = new SyncScheduler(run, options);
    scheduler.start();
    await vi.advanceTimersByTimeAsync(119_999);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs.map((r) => r.trigger)).toEqual(['timer']);
    runs[0]!.finish(success);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(runs).toHaveLength(2);
  });

  it('backs off exponentially after failures the network or the portal caused, and resets after a success', async () => {
    const { runs, run } = controlledRuns();
    scheduler = new SyncScheduler(run, options);
    scheduler.start();
    void scheduler.request('manual');
    runs[0]!.finish(failing({ kind: 'offline', code: 'OFFLINE' }));
    await vi.advanceTimersByTimeAsync(999);
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs[1]!.trigger).toBe('retry');
    runs[1]!.finish(failing({ kind: 'server', status: 503, code: 'HTTP_503' }));
    await vi.advanceTimersByTimeAsync(1999);
    expect(runs).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(scheduler.state.failures).toBe(2);
    runs[2]!.finish(success);
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.state.failures).toBe(0);
    expect(scheduler.state.nextRunAt).toBe(Date.now() + 120_000);
  });

  it('waits for the officer after the portal refused the session', async () => {
    const { runs, run } = controlledRuns();
    scheduler = new SyncScheduler(run, options);
    scheduler.start();
    void scheduler.request('manual');
    runs[0]!.finish(failing({ kind: 'unauthorized', status: 401, code: 'SESSION_EXPIRED' }));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(runs).toHaveLength(1);
    expect(scheduler.state.nextRunAt).toBeNull();
  });

  it('a watchdog aborts a run that stopped making progress and starts it again', async () => {
    const { runs, run } = controlledRuns();
    scheduler = new SyncScheduler(run, options);
    void scheduler.request('manual');
    await vi.advanceTimersByTimeAsync(50_000);
    runs[0]!.heartbeat();
    await vi.advanceTimersByTimeAsync(50_000);
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs[0]!.signal.aborted).toBe(true);
    expect(runs.map((r) => r.trigger)).toEqual(['manual', 'watchdog']);
    expect(scheduler.state.restarts).toBe(1);
    // The abandoned run finishing late changes nothing.
    runs[0]!.finish(failing({ kind: 'aborted', code: 'ABORTED' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.state.running).toBe(true);
    runs[1]!.finish(success);
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduler.state).toMatchObject({ running: false, lastOutcome: success });
  });

  it('runs nothing while nobody is signed in', async () => {
    const { runs, run } = controlledRuns();
    scheduler = new SyncScheduler(run, { ...options, canRun: () => false });
    expect(await scheduler.request('manual')).toBeNull();
    expect(runs).toHaveLength(0);
  });
});
