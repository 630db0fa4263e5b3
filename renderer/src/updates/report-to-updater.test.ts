// What the renderer tells the updater: open work that a restart would cut, and the minimum version
// the portal's catalogue sets, only after a successful sync and not more than once an hour.
import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { ok } from '../../../shared/result';
import type { SyncStatus } from '../sync/desk-sync';
import type { SchedulerStatus } from '../sync/engine/sync-scheduler';
import { followUpdatePolicy, POLICY_REFRESH_MS, reportRestartBlockers } from './report-to-updater';
import { markUnsavedWork, unsavedWork } from './unsaved-work';

const scheduler = (change: Partial<SchedulerStatus>): SchedulerStatus => ({ running: false, trigger: null, failures: 0, nextRunAt: null, lastOutcome: null, restarts: 0, ...change });
const syncStatus = () => createStore<SyncStatus>()(() => ({ ready: true, activeOfficerId: null, session: null, sessionExpired: false, sessions: [], waiting: null, revoked: false, scheduler: scheduler({}), progress: null, failure: null }));
const fakeHost = () => ({
  setRestartBlockers: vi.fn(async () => ok({ state: 'idle' as const, currentVersion: '0.1.0' })),
  setUpdatePolicy: vi.fn(async () => ok({ state: 'idle' as const, currentVersion: '0.1.0' })),
});
const outcome = (failure: null | 'offline' = null) => ({ pushed: 0, rejected: 0, pulled: 0, failure: failure ? { kind: failure, code: 'OFFLINE', message: '' } : null }) as never;

describe('open work reported to the updater', () => {
  it('names unsaved forms and a running sync, and tells only of changes', () => {
    const host = fakeHost();
    const status = syncStatus();
    const stop = reportRestartBlockers(host, { status });
    expect(host.setRestartBlockers).toHaveBeenLastCalledWith({ blockers: [] });

    markUnsavedWork('intake', true);
    expect(host.setRestartBlockers).toHaveBeenLastCalledWith({ blockers: ['unsaved-work'] });
    status.setState({ scheduler: scheduler({ running: true }) });
    expect(host.setRestartBlockers).toHaveBeenLastCalledWith({ blockers: ['unsaved-work', 'sync'] });
    status.setState({ progress: null }); // nothing the updater cares about changed
    expect(host.setRestartBlockers).toHaveBeenCalledTimes(3);

    markUnsavedWork('intake', false);
    status.setState({ scheduler: scheduler({ running: false }) });
    expect(host.setRestartBlockers).toHaveBeenLastCalledWith({ blockers: [] });
    stop();
    expect(unsavedWork.getState().open.size).toBe(0);
  });

  it('counts two open forms as unsaved work until both are closed', () => {
    const host = fakeHost();
    const stop = reportRestartBlockers(host, { status: syncStatus() });
    markUnsavedWork('intake', true);
    markUnsavedWork('action-dialog', true);
    markUnsavedWork('intake', false);
    expect(host.setRestartBlockers).toHaveBeenLastCalledWith({ blockers: ['unsaved-work'] });
    markUnsavedWork('action-dialog', false);
    expect(host.setRestartBlockers).toHaveBeenLastCalledWith({ blockers: [] });
    stop();
  });
});

describe('the minimum version from the portal catalogue', () => {
  const setUp = (policy: { minimumVersion?: string } | null) => {
    const host = fakeHost();
    const status = syncStatus();
    let clock = 0;
    const desktopPolicy = vi.fn(async () => policy);
    const stop = followUpdatePolicy(host, { status, desktopPolicy }, () => clock);
    const finishRun = async (failure: null | 'offline' = null) => {
      status.setState({ scheduler: scheduler({ lastOutcome: outcome(failure) }) });
      await Promise.resolve();
      await Promise.resolve();
    };
    return { host, desktopPolicy, finishRun, advance: (ms: number) => (clock += ms), stop };
  };

  it('is passed on after a successful sync', async () => {
    const { host, finishRun } = setUp({ minimumVersion: '0.3.0' });
    await finishRun();
    expect(host.setUpdatePolicy).toHaveBeenCalledExactlyOnceWith({ minimumVersion: '0.3.0' });
  });

  it('is cleared when the catalogue no longer sets one', async () => {
    const { host, finishRun } = setUp({});
    await finishRun();
    expect(host.setUpdatePolicy).toHaveBeenCalledExactlyOnceWith({ minimumVersion: null });
  });

  it('is not asked for after a failed sync, nor more than once an hour', async () => {
    const { desktopPolicy, finishRun, advance } = setUp({ minimumVersion: '0.3.0' });
    await finishRun('offline');
    expect(desktopPolicy).not.toHaveBeenCalled();
    await finishRun();
    await finishRun();
    expect(desktopPolicy).toHaveBeenCalledTimes(1);
    advance(POLICY_REFRESH_MS);
    await finishRun();
    expect(desktopPolicy).toHaveBeenCalledTimes(2);
  });

  it('leaves the updater alone when the portal could not be asked', async () => {
    const { host, finishRun } = setUp(null);
    await finishRun();
    expect(host.setUpdatePolicy).not.toHaveBeenCalled();
  });
});
