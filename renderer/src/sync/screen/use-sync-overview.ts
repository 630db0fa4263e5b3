// What the Đồng bộ screen shows from the local database: unsent changes and the oldest one's age,
// the last success, open refusals, recent runs and today's leased numbers. Re-read after every
// local write and every change of the sync status.
import { useEffect, useState } from 'react';
import { vietnamDateOf } from '../../../../shared/domain/calendar/vietnam-time';
import { useDeskStore, useStoreRevision } from '../../store/store-context';
import type { SyncIssue, SyncRun } from '../../store/sync-records';
import { leasedNumbersLeft } from '../local/number-leases';
import { outboxSummary } from '../local/outbox-mutations';
import { recentRuns } from '../local/run-history';
import { openIssues } from '../local/sync-issues';
import { syncState } from '../local/sync-state';
import { useSyncStatus } from './sync-context';

export type SyncOverview = {
  unsent: number;
  oldestUnsentAt: string | null;
  lastSuccessAt: string | null;
  issues: SyncIssue[];
  runs: SyncRun[];
  /** Leased numbers left for today; null without a leased block; undefined while signed out. */
  numbersLeft: number | null | undefined;
};

export function useSyncOverview(): SyncOverview | null {
  const store = useDeskStore();
  const revision = useStoreRevision();
  const running = useSyncStatus((s) => s.scheduler?.running ?? false);
  const unitCode = useSyncStatus((s) => s.session?.unit.code);
  const lastOutcome = useSyncStatus((s) => s.scheduler?.lastOutcome);
  const progress = useSyncStatus((s) => s.progress);
  const [overview, setOverview] = useState<SyncOverview | null>(null);

  useEffect(() => {
    let wanted = true;
    const { db } = store;
    void (async () => {
      const [summary, state, issues, runs] = await Promise.all([outboxSummary(db), syncState(db), openIssues(db), recentRuns(db)]);
      const numbersLeft = unitCode ? await leasedNumbersLeft(db, unitCode, vietnamDateOf(store.now())) : undefined;
      if (wanted) setOverview({ unsent: summary.count, oldestUnsentAt: summary.oldestAt, lastSuccessAt: state.lastSuccessAt, issues, runs, numbersLeft });
    })();
    return () => {
      wanted = false;
    };
  }, [store, revision, running, unitCode, lastOutcome, progress?.itemsDone]);

  return overview;
}
