// Tells the desktop host's updater what it must know from the renderer: the work a restart would
// cut (unsaved forms, a sync run), and the administrator's minimum version from the portal catalogue,
// read after a successful sync at most once an hour.
import type { StoreApi } from 'zustand/vanilla';
import type { DesktopHost } from '../../../shared/host/desktop-host';
import type { DesktopPolicy } from '../../../shared/sync/contract';
import type { RestartBlocker } from '../../../shared/updates/update-status';
import type { SyncStatus } from '../sync/desk-sync';
import { unsavedWork as defaultUnsavedWork } from './unsaved-work';

type UpdaterHost = Pick<DesktopHost, 'setRestartBlockers' | 'setUpdatePolicy'>;
type SyncSource = { status: StoreApi<SyncStatus>; desktopPolicy(): Promise<DesktopPolicy | null> };

export function reportRestartBlockers(host: UpdaterHost, sync: Pick<SyncSource, 'status'>, work = defaultUnsavedWork): () => void {
  let sent: string | null = null;
  const send = () => {
    const blockers: RestartBlocker[] = [];
    if (work.getState().open.size > 0) blockers.push('unsaved-work');
    if (sync.status.getState().scheduler?.running) blockers.push('sync');
    const key = blockers.join(',');
    if (key === sent) return;
    sent = key;
    void host.setRestartBlockers({ blockers });
  };
  send();
  const stopWork = work.subscribe(send);
  const stopSync = sync.status.subscribe(send);
  return () => {
    stopWork();
    stopSync();
  };
}

export const POLICY_REFRESH_MS = 3_600_000;

export function followUpdatePolicy(host: UpdaterHost, sync: SyncSource, now: () => number = Date.now): () => void {
  let fetchedAt = Number.NEGATIVE_INFINITY;
  let asking = false;
  return sync.status.subscribe((state, previous) => {
    const outcome = state.scheduler?.lastOutcome;
    if (!outcome || outcome === previous.scheduler?.lastOutcome || outcome.failure) return;
    if (asking || now() - fetchedAt < POLICY_REFRESH_MS) return;
    asking = true;
    void sync.desktopPolicy().then((policy) => {
      asking = false;
      if (!policy) return; // unreachable portal: keep whatever policy the updater already has
      fetchedAt = now();
      void host.setUpdatePolicy({ minimumVersion: policy.minimumVersion ?? null });
    });
  });
}

/** Start-up: both reports, for the life of the window. */
export function startUpdateReporting(host: UpdaterHost, sync: SyncSource): void {
  reportRestartBlockers(host, sync);
  followUpdatePolicy(host, sync);
}
