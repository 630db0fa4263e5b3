// Pull: the unit's feed after this desk's cursor, page by page until the portal says there is no
// more. Reading runs ahead of writing: while one batch is written, the next pages are fetched (up
// to PULL_BATCH_CHANGES), and the pages that arrived meanwhile are written together with the last
// one's cursor in one transaction (local/pull-pages.ts). So the network and the portal overlap the
// disk, and a dossier with several events close together is folded and written once per batch, not
// once per page — in a unit's feed, which is in the order things happened, that is most of the cost
// of a first pull (docs/performance.md). A cut still resumes exactly after the last batch written.
// A cursor the portal never issued (it was restored from a backup) starts the feed over: merging by
// id makes reading it again harmless.
import { SYNC_LIMITS, type PullResponse } from '../../../../shared/sync/contract';
import type { DeskDatabase } from '../../store/database';
import type { PortalClient } from '../http/portal-client';
import type { PortalFailure } from '../http/portal-failure';
import type { StoredDossier } from '../../store/records';
import { writePulledChanges } from '../local/pull-pages';
import { cursorFor, writeCursor, type FeedIdentity } from '../local/sync-state';

export const PULL_PAGE_SIZE = SYNC_LIMITS.pullMaxLimit;
/**
 * Changes fetched ahead of the writer at most, and written in one transaction at most. Larger
 * batches rewrite each busy dossier less often (at 100,000 dossiers a batch of 25,000 changes
 * writes 0.44 rows per event, 10,000 writes 0.6) but hold the database longer: a few seconds per
 * batch on a first pull, during which an officer's action waits.
 */
export const PULL_BATCH_CHANGES = 50_000;

export type PullDeps = {
  db: DeskDatabase;
  client: PortalClient;
  feed: FeedIdentity;
  pageSize?: number;
  signal?: AbortSignal;
  onPulled?: (changes: number) => void;
  /** After each batch: the dossier ids whose rows changed, and those rows as written (null: removed) where known. */
  onDossiersChanged?: (ids: Set<string>, rows?: ReadonlyMap<string, StoredDossier | null>) => void | Promise<void>;
};

export type PullReport = { pulled: number; pages: number; failure: PortalFailure | null };

const aborted: PortalFailure = { kind: 'aborted', code: 'ABORTED', message: 'Lượt đồng bộ đã bị dừng.' };

export async function pull(deps: PullDeps): Promise<PullReport> {
  const report: PullReport = { pulled: 0, pages: 0, failure: null };
  const reader = new FeedReader(deps, await cursorFor(deps.db, deps.feed));
  // The rows the last batch wrote: a dossier busy across batches is not read back for the next.
  let carried = new Map<string, StoredDossier>();
  try {
    for (;;) {
      const batch = await reader.take();
      if (batch.kind === 'error') throw batch.error;
      if (batch.kind === 'failure') return { ...report, failure: batch.failure };
      if (batch.kind === 'restart') {
        await writeCursor(deps.db, deps.feed, '');
        carried = new Map();
        continue;
      }
      if (deps.signal?.aborted) return { ...report, failure: aborted };
      const { touched, rows } = await writePulledChanges(deps.db, deps.feed, batch.page, carried);
      carried = new Map();
      for (const [id, row] of rows) if (row) carried.set(id, row);
      report.pulled += batch.page.changes.length;
      report.pages += batch.pages;
      deps.onPulled?.(report.pulled);
      if (touched.size > 0) await deps.onDossiersChanged?.(touched, rows);
      if (batch.last) return report;
    }
  } finally {
    reader.stop();
  }
}

type Fetched =
  | { kind: 'page'; page: PullResponse; last: boolean }
  /** The portal refused the desk's stored cursor: the feed starts over from the beginning. */
  | { kind: 'restart' }
  | { kind: 'failure'; failure: PortalFailure }
  /** Reading itself threw (a bug, not an answer): the writer throws it. */
  | { kind: 'error'; error: unknown };

type Batch = { kind: 'page'; page: PullResponse; pages: number; last: boolean } | Exclude<Fetched, { kind: 'page' }>;

/** Fetches pages one after another into a bounded queue; the writer takes what has arrived. */
class FeedReader {
  private readonly queue: Fetched[] = [];
  private queuedChanges = 0;
  private stopped = false;
  private wakeReader: (() => void) | null = null;
  private wakeWriter: (() => void) | null = null;

  constructor(
    private readonly deps: PullDeps,
    cursor: string,
  ) {
    this.read(cursor).catch((error: unknown) => this.push({ kind: 'error', error }));
  }

  /** Waits for the first page and takes every page queued behind it, up to PULL_BATCH_CHANGES, as one. */
  async take(): Promise<Batch> {
    while (this.queue.length === 0) await new Promise<void>((resolve) => (this.wakeWriter = resolve));
    const first = this.queue.shift()!;
    if (first.kind !== 'page') return first;
    const pages = [first];
    let changes = first.page.changes.length;
    while (!pages.at(-1)!.last) {
      const next = this.queue[0];
      if (next?.kind !== 'page' || changes + next.page.changes.length > PULL_BATCH_CHANGES) break;
      pages.push(next);
      changes += next.page.changes.length;
      this.queue.shift();
    }
    this.queuedChanges -= changes;
    this.wake('reader');
    const last = pages.at(-1)!;
    const page = pages.length === 1 ? first.page : { changes: pages.flatMap((p) => p.page.changes), cursor: last.page.cursor, more: last.page.more };
    return { kind: 'page', page, pages: pages.length, last: last.last };
  }

  stop(): void {
    this.stopped = true;
    this.wake('reader');
  }

  private async read(cursor: string): Promise<void> {
    const { client, signal } = this.deps;
    const pageSize = this.deps.pageSize ?? PULL_PAGE_SIZE;
    for (;;) {
      while (!this.stopped && this.queuedChanges >= PULL_BATCH_CHANGES) await new Promise<void>((resolve) => (this.wakeReader = resolve));
      if (this.stopped) return;
      const answer = await client.pull(cursor, pageSize);
      if (this.stopped) return;
      if (!answer.ok && answer.failure.code === 'CURSOR_FROM_FUTURE' && cursor !== '') {
        this.push({ kind: 'restart' });
        cursor = '';
        continue;
      }
      if (!answer.ok) return this.push({ kind: 'failure', failure: answer.failure });
      const page = answer.value;
      // A page that does not move the cursor forward cannot be the next page of this feed.
      if (page.changes.length > 0 && !(BigInt(page.cursor) > BigInt(cursor || '0'))) {
        return this.push({ kind: 'failure', failure: { kind: 'malformed', code: 'MALFORMED_ANSWER', message: 'Cổng trả về trang đồng bộ có con trỏ không tiến lên.' } });
      }
      if (signal?.aborted) return this.push({ kind: 'failure', failure: aborted });
      const last = !page.more || page.cursor === cursor;
      this.queuedChanges += page.changes.length;
      this.push({ kind: 'page', page, last });
      if (last) return;
      cursor = page.cursor;
    }
  }

  private push(item: Fetched): void {
    this.queue.push(item);
    this.wake('writer');
  }

  private wake(who: 'reader' | 'writer'): void {
    const wake = who === 'reader' ? this.wakeReader : this.wakeWriter;
    if (who === 'reader') this.wakeReader = null;
    else this.wakeWriter = null;
    wake?.();
  }
}
