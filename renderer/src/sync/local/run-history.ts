// The last sync runs (time, pushed, pulled, result), as the Đồng bộ screen lists them; older runs
// beyond KEPT_RUNS are let go.
import type { DeskDatabase } from '../../store/database';
import type { SyncRun } from '../../store/sync-records';

export const KEPT_RUNS = 50;

export async function recordRun(db: DeskDatabase, run: SyncRun): Promise<void> {
  await db.transaction('rw', db.syncRuns, async () => {
    await db.syncRuns.add(run);
    const count = await db.syncRuns.count();
    if (count > KEPT_RUNS) await db.syncRuns.orderBy('id').limit(count - KEPT_RUNS).delete();
  });
}

export async function recentRuns(db: DeskDatabase, limit = 10): Promise<SyncRun[]> {
  return db.syncRuns.orderBy('id').reverse().limit(limit).toArray();
}
