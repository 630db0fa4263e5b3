// Pull: the unit's feed after this desk's cursor, page by page until the portal says there is no
// more. Each page is written with its cursor in one transaction (local/pull-pages.ts). A cursor the
// portal never issued (it was restored from a backup) starts the feed over: merging by id makes
// reading it again harmless.
import type { DeskDatabase } from '../../store/database';
import type { PortalClient } from '../http/portal-client';
import type { PortalFailure } from '../http/portal-failure';
import { writePullPage } from '../local/pull-pages';
import { cursorFor, writeCursor, type FeedIdentity } from '../local/sync-state';

export const PULL_PAGE_SIZE = 500;

export type PullDeps = {
  db: DeskDatabase;
  client: PortalClient;
  feed: FeedIdentity;
  pageSize?: number;
  signal?: AbortSignal;
  onPulled?: (changes: number) => void;
  onDossiersChanged?: (ids: Set<string>) => void | Promise<void>;
};

export type PullReport = { pulled: number; pages: number; failure: PortalFailure | null };

export async function pull(deps: PullDeps): Promise<PullReport> {
  const report: PullReport = { pulled: 0, pages: 0, failure: null };
  let cursor = await cursorFor(deps.db, deps.feed);
  for (;;) {
    const answer = await deps.client.pull(cursor, deps.pageSize ?? PULL_PAGE_SIZE);
    if (!answer.ok && answer.failure.code === 'CURSOR_FROM_FUTURE' && cursor !== '') {
      await writeCursor(deps.db, deps.feed, '');
      cursor = '';
      continue;
    }
    if (!answer.ok) return { ...report, failure: answer.failure };
    const page = answer.value;
    // A page that does not move the cursor forward cannot be the next page of this feed.
    if (page.changes.length > 0 && !(BigInt(page.cursor) > BigInt(cursor || '0'))) {
      return { ...report, failure: { kind: 'malformed', code: 'MALFORMED_ANSWER', message: 'Cổng trả về trang đồng bộ có con trỏ không tiến lên.' } };
    }
    if (deps.signal?.aborted) return { ...report, failure: { kind: 'aborted', code: 'ABORTED', message: 'Lượt đồng bộ đã bị dừng.' } };
    const touched = await writePullPage(deps.db, deps.feed, page);
    report.pulled += page.changes.length;
    report.pages++;
    deps.onPulled?.(report.pulled);
    if (touched.size > 0) await deps.onDossiersChanged?.(touched);
    if (!page.more || page.cursor === cursor) return report;
    cursor = page.cursor;
  }
}
