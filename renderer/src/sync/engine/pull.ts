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
import { settleDeferredProjections, writePulledChanges, type PageWritten, type PullCarry } from '../local/pull-pages';
import { cursorFor, syncState, writeCursor, type FeedIdentity } from '../local/sync-state';

export const PULL_PAGE_SIZE = SYNC_LIMITS.pullMaxLimit;
/**
 * Changes written in one transaction at most: while it is written, an officer's action waits (a
 * few seconds on a first pull of a large unit).
 */
export const PULL_BATCH_CHANGES = 25_000;
/**
 * Batches fetched ahead of the writer at most. Besides overlapping the network with the disk, what
 * is fetched ahead says which dossiers have more events coming: their rows wait for them
 * (local/pull-pages.ts), so a busy dossier is written once instead of once per batch.
 */
export const PULL_READ_AHEAD_BATCHES = 3;

export type PullDeps = {
  db: DeskDatabase;
  client: PortalClient;
  feed: FeedIdentity;
  pageSize?: number;
  /** Changes written per transaction at most (PULL_BATCH_CHANGES); tests make it small. */
  batchChanges?: number;
  signal?: AbortSignal;
  onPulled?: (changes: number) => void;
  /** After each batch: the dossier ids whose rows changed, and those rows as written (null: removed) where known. */
  onDossiersChanged?: (ids: Set<string>, rows?: ReadonlyMap<string, StoredDossier | null>) => void | Promise<void>;
};

export type PullReport = { pulled: number; pages: number; failure: PortalFailure | null };

const aborted: PortalFailure = { kind: 'aborted', code: 'ABORTED', message: 'Lượt đồng bộ đã bị dừng.' };

export async function pull(deps: PullDeps): Promise<PullReport> {
  const { db, feed } = deps;
  const report: PullReport = { pulled: 0, pages: 0, failure: null };
  const listeners = new ChangeNotifier(deps);
  // A pull killed with rows still deferred left their ids: those rows are rebuilt before anything else.
  if (((await syncState(db)).deferredProjections?.length ?? 0) > 0) listeners.tell(await settleDeferredProjections(db, feed));
  const reader = new FeedReader(deps, await cursorFor(db, feed));
  let carry: PullCarry = { known: new Map(), deferred: new Set(), upcoming: new Set() };
  const settle = async () => {
    if (carry.deferred.size === 0) return;
    const settled = await settleDeferredProjections(db, feed, carry);
    carry = { known: new Map(), deferred: new Set(), upcoming: new Set() };
    listeners.tell(settled);
  };
  try {
    for (;;) {
      const batch = await reader.take();
      if (batch.kind === 'error') throw batch.error;
      if (batch.kind === 'failure') return { ...report, failure: batch.failure };
      if (batch.kind === 'restart') {
        await settle();
        await writeCursor(db, feed, '');
        continue;
      }
      if (deps.signal?.aborted) return { ...report, failure: aborted };
      const written = await writePulledChanges(db, feed, batch.page, { ...carry, upcoming: batch.upcoming });
      carry = { known: written.folded, deferred: written.deferred, upcoming: new Set() };
      report.pulled += batch.page.changes.length;
      report.pages += batch.pages;
      deps.onPulled?.(report.pulled);
      listeners.tell(written);
      if (batch.last) return report;
    }
  } finally {
    reader.stop();
    // Rows a cut or stopped pull still deferred are written now; should that fail too, their ids
    // are on disk and the next pull rebuilds them first.
    await settle().catch(() => undefined);
    await listeners.done();
  }
}

/**
 * Tells onDossiersChanged about the batches in order, without holding up the next batch: the list
 * refresh runs on this thread while IndexedDB writes the next batch on its own. Batches written
 * while a refresh runs are told together, in one refresh (rows of later batches win): at 100,000
 * dossiers each refresh re-sorts the list, so fewer, larger ones cost less. The pull ends only once
 * every batch was told; a listener's error ends it with that error.
 */
class ChangeNotifier {
  private running: Promise<void> | null = null;
  private waiting: { touched: Set<string>; rows: Map<string, StoredDossier | null> } | null = null;
  private failure: { error: unknown } | null = null;

  constructor(private readonly deps: PullDeps) {}

  tell(written: PageWritten): void {
    if (written.touched.size === 0 || !this.deps.onDossiersChanged) return;
    this.waiting ??= { touched: new Set(), rows: new Map() };
    for (const id of written.touched) {
      this.waiting.touched.add(id);
      // An id told without its row must be read back by the listener, even if an earlier batch had one.
      if (written.rows.has(id)) this.waiting.rows.set(id, written.rows.get(id)!);
      else this.waiting.rows.delete(id);
    }
    this.running ??= this.drain();
  }

  private async drain(): Promise<void> {
    const listener = this.deps.onDossiersChanged!;
    while (this.waiting && !this.failure) {
      const { touched, rows } = this.waiting;
      this.waiting = null;
      try {
        await listener(touched, rows);
      } catch (error) {
        this.failure = { error };
      }
    }
    this.running = null;
  }

  async done(): Promise<void> {
    while (this.running) await this.running;
    if (this.failure) throw this.failure.error;
  }
}

type Fetched =
  | { kind: 'page'; page: PullResponse; last: boolean }
  /** The portal refused the desk's stored cursor: the feed starts over from the beginning. */
  | { kind: 'restart' }
  | { kind: 'failure'; failure: PortalFailure }
  /** Reading itself threw (a bug, not an answer): the writer throws it. */
  | { kind: 'error'; error: unknown };

type Batch =
  /** `upcoming`: the dossiers with events in the pages fetched behind this batch. */
  | { kind: 'page'; page: PullResponse; pages: number; last: boolean; upcoming: Set<string> }
  | Exclude<Fetched, { kind: 'page' }>;

/** Fetches pages one after another into a bounded queue; the writer takes what has arrived. */
class FeedReader {
  private readonly queue: Fetched[] = [];
  private queuedChanges = 0;
  private stopped = false;
  private wakeReader: (() => void) | null = null;
  private wakeWriter: (() => void) | null = null;
  private readonly batchChanges: number;

  constructor(
    private readonly deps: PullDeps,
    cursor: string,
  ) {
    this.batchChanges = deps.batchChanges ?? PULL_BATCH_CHANGES;
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
      if (next?.kind !== 'page' || changes + next.page.changes.length > this.batchChanges) break;
      pages.push(next);
      changes += next.page.changes.length;
      this.queue.shift();
    }
    this.queuedChanges -= changes;
    this.wake('reader');
    const last = pages.at(-1)!;
    const page = pages.length === 1 ? first.page : { changes: pages.flatMap((p) => p.page.changes), cursor: last.page.cursor, more: last.page.more };
    const upcoming = new Set<string>();
    for (const item of this.queue) {
      if (item.kind === 'page') for (const change of item.page.changes) if (change.kind === 'event') upcoming.add(change.event.dossierId);
    }
    return { kind: 'page', page, pages: pages.length, last: last.last, upcoming };
  }

  stop(): void {
    this.stopped = true;
    this.wake('reader');
  }

  private async read(cursor: string): Promise<void> {
    const { client, signal } = this.deps;
    const pageSize = this.deps.pageSize ?? PULL_PAGE_SIZE;
    for (;;) {
      while (!this.stopped && this.queuedChanges >= this.batchChanges * PULL_READ_AHEAD_BATCHES) await new Promise<void>((resolve) => (this.wakeReader = resolve));
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
