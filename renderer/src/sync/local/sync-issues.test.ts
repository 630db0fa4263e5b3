import { afterEach, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../store/test-support';
import type { DeskDatabase } from '../../store/database';
import type { SyncIssue } from '../../store/sync-records';
import { KEPT_RUNS, recentRuns, recordRun } from './run-history';
import { dismissIssue, openIssues } from './sync-issues';

let db: DeskDatabase;
afterEach(() => db?.close());

const issue = (mutationId: string, recordedAt: string): SyncIssue => ({
  mutationId,
  dossierId: `d-${mutationId}`,
  kind: 'rejected',
  code: 'NOT_ALLOWED_IN_STATUS',
  message: 'Không được.',
  command: { type: 'approve' },
  actor: { id: 'cudcn.ld1', name: 'Lê Văn An', role: 'leader', unitCode: 'CUDCN' },
  actedAt: recordedAt,
  baseVersion: 3,
  desk: null,
  portal: null,
  recordedAt,
});

describe('refusals and runs the Đồng bộ screen lists', () => {
  it('a refusal marked as read leaves the list but stays recorded', async () => {
    db = freshDatabase();
    await db.syncIssues.bulkPut([issue('a', '2026-03-10T02:00:00.000Z'), issue('b', '2026-03-10T03:00:00.000Z')]);
    expect((await openIssues(db)).map((i) => i.mutationId)).toEqual(['b', 'a']);
    await dismissIssue(db, 'b', '2026-03-10T04:00:00.000Z');
    expect((await openIssues(db)).map((i) => i.mutationId)).toEqual(['a']);
    expect(await db.syncIssues.get('b')).toMatchObject({ dismissedAt: '2026-03-10T04:00:00.000Z' });
  });

  it(`keeps the last ${KEPT_RUNS} runs, newest first`, async () => {
    db = freshDatabase();
    for (let i = 0; i < KEPT_RUNS + 5; i++) {
      const at = new Date(Date.UTC(2026, 2, 10, 0, i)).toISOString();
      await recordRun(db, { startedAt: at, finishedAt: at, trigger: 'timer', pushed: i, rejected: 0, pulled: 0, result: 'ok' });
    }
    expect(await db.syncRuns.count()).toBe(KEPT_RUNS);
    expect((await recentRuns(db, 3)).map((r) => r.pushed)).toEqual([KEPT_RUNS + 4, KEPT_RUNS + 3, KEPT_RUNS + 2]);
  });
});
