// The portal's refusals as officers read them: the ones still to read, newest first, and
// "Đã đọc", which takes one off the list but keeps it recorded.
import type { DeskDatabase } from '../../store/database';
import type { SyncIssue } from '../../store/sync-records';

/** Refusals not dismissed yet, newest first. */
export async function openIssues(db: DeskDatabase): Promise<SyncIssue[]> {
  const all = await db.syncIssues.orderBy('recordedAt').reverse().toArray();
  return all.filter((issue) => !issue.dismissedAt);
}

/** "Đã đọc": the refusal leaves the list but stays recorded. */
export async function dismissIssue(db: DeskDatabase, mutationId: string, at: string): Promise<void> {
  await db.syncIssues.update(mutationId, { dismissedAt: at });
}
