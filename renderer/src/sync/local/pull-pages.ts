// Writing one page of the unit's feed: its events merged by id (the desk's own come back too and
// replace their pending copies), its file records, the affected dossiers re-folded (row and report
// facts), and the new cursor, all in one transaction, so a cut connection resumes exactly after the last page written.
import type { Transaction } from 'dexie';
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import { apply, ProjectionError } from '../../../../shared/domain/workflow/apply';
import type { ProcessingEvent } from '../../../../shared/domain/workflow/events';
import { nextReportFacts, type ReportFacts } from '../../../../shared/reports/report-facts';
import type { PullResponse } from '../../../../shared/sync/contract';
import type { DeskDatabase } from '../../store/database';
import type { DossierFile } from '../../store/records';
import { displaceCodeHolders, rebuildDossiers } from './rebuild';
import { SYNC_STATE_KEY } from '../../store/sync-records';
import { writeCursor, type FeedIdentity } from './sync-state';

/**
 * What a page changed: every dossier id whose row may have changed, and the rows written or removed
 * (null) among them as they now stand, so the list can take them without reading them back. Ids
 * missing from `rows` (rebuilt from their whole history) must be read.
 */
export type PageWritten = { touched: Set<string>; rows: Map<string, Dossier | null> };

/** Answers the dossier ids whose rows changed. */
export async function writePullPage(db: DeskDatabase, feed: FeedIdentity, page: PullResponse): Promise<Set<string>> {
  return (await writePulledChanges(db, feed, page)).touched;
}

/** A dossier as a pull folded it: its row and its report facts. */
export type FoldedDossier = { row: Dossier; facts: ReportFacts | null };

/**
 * What a pull carries from one batch to the next. Rows it folded need not be read back; rows of
 * dossiers whose next events are already fetched may wait to be written once, with those events.
 * Only hints: a dossier with something unsent here (an officer acted meanwhile) is rebuilt from disk.
 */
export type PullCarry = {
  /** Rows (with facts) as this pull last folded them: written by the previous batch, or deferred. */
  known: ReadonlyMap<string, FoldedDossier>;
  /** Of those, the ones not written yet: their events are on disk, their row and facts are not. */
  deferred: ReadonlySet<string>;
  /** Dossiers with events in pages fetched behind this batch: their rows may wait. */
  upcoming: ReadonlySet<string>;
};

/** A batch written: as PageWritten, plus every row it folded and those it left unwritten. */
export type BatchWritten = PageWritten & { folded: Map<string, FoldedDossier>; deferred: Set<string> };

const nothingCarried: PullCarry = { known: new Map(), deferred: new Set(), upcoming: new Set() };

export async function writePulledChanges(db: DeskDatabase, feed: FeedIdentity, page: PullResponse, carry: PullCarry = nothingCarried): Promise<BatchWritten> {
  const events: ProcessingEvent[] = [];
  const files: DossierFile[] = [];
  for (const change of page.changes) {
    if (change.kind === 'event') events.push(change.event);
    else files.push(change.file);
  }
  return db.transaction('rw', [db.events, db.dossiers, db.reportFacts, db.dossierFiles, db.outbox, db.syncState], async (tx) => {
    const tables = ownTables(tx);
    await pipelinedPut(tables.events, events);
    await pipelinedPut(tables.dossierFiles, files);
    const written = await foldPulled(tables, events, carry);
    await writeCursor(tables, feed, page.cursor, [...written.deferred]);
    return written;
  });
}

/**
 * Writes the rows a pull deferred and did not get to (it was cut, stopped, or starts over), or —
 * after the desk was killed, when only their ids survive — rebuilds them from their events.
 */
export async function settleDeferredProjections(db: DeskDatabase, feed: FeedIdentity, carry?: Pick<PullCarry, 'known' | 'deferred'>): Promise<PageWritten> {
  return db.transaction('rw', [db.events, db.dossiers, db.reportFacts, db.dossierFiles, db.outbox, db.syncState], async (tx) => {
    const tables = ownTables(tx);
    const state = await tables.syncState.get(SYNC_STATE_KEY);
    const ids = new Set([...(state?.deferredProjections ?? []), ...(carry?.deferred ?? [])]);
    if (ids.size === 0) return { touched: new Set<string>(), rows: new Map() };
    const written = await foldPulled(tables, [], { known: carry?.known ?? new Map(), deferred: ids, upcoming: new Set() });
    if (state) await writeCursor(tables, feed, state.cursor, []);
    return written;
  });
}

/** Rows handed to IndexedDB per call: about 50 ms of this thread's time each (structured cloning). */
const PUT_CHUNK = 1_000;

/**
 * bulkPut in chunks with two in flight: the page stays responsive between chunks (a batch's 25,000
 * events in one call held it for over a second), while IndexedDB always has the next chunk queued.
 */
async function pipelinedPut<T>(table: { bulkPut(rows: readonly T[]): Promise<unknown> }, rows: readonly T[]): Promise<void> {
  const inFlight: Promise<unknown>[] = [];
  try {
    for (let i = 0; i < rows.length; i += PUT_CHUNK) {
      inFlight.push(table.bulkPut(rows.slice(i, i + PUT_CHUNK)));
      if (inFlight.length > 1) await inFlight.shift();
    }
    while (inFlight.length > 0) await inFlight.shift();
  } finally {
    // After a failure the transaction is aborting: the chunks still out fail with it, handled here.
    await Promise.allSettled(inFlight);
  }
}

type PageTables = Pick<DeskDatabase, 'events' | 'dossiers' | 'reportFacts' | 'dossierFiles' | 'outbox' | 'syncState'>;

/**
 * The transaction's own tables. Their operations go to it even where Dexie has lost track of the
 * transaction between two awaits — which happens when other async work runs in between, as the
 * engine's next pages arriving while this one is written (engine/pull.ts).
 */
function ownTables(tx: Transaction): PageTables {
  return {
    events: tx.table('events'),
    dossiers: tx.table('dossiers'),
    reportFacts: tx.table('reportFacts'),
    dossierFiles: tx.table('dossierFiles'),
    outbox: tx.table('outbox'),
    syncState: tx.table('syncState'),
  };
}

/**
 * Re-folds the dossiers whose events a page brought, inside its transaction. Most pulled events
 * simply continue a dossier: the versions right after its row's (or a new dossier from version 1),
 * on a dossier with nothing unsent on this desk. Those are applied to the stored row — the same
 * fold, without reading the history back — and written together, unless the dossier's next events
 * are already fetched: then the row waits for them (in a unit's feed, in the order things happened,
 * a dossier's events span several batches, and rewriting its row each time was most of the cost of
 * a first pull; docs/performance.md). Every other dossier (the desk's own pending events, a gap, an
 * event seen before, a deferred row whose carried copy is gone) is rebuilt from its whole history.
 */
async function foldPulled(db: PageTables, events: readonly ProcessingEvent[], carry: PullCarry): Promise<BatchWritten> {
  const pulled = new Map<string, ProcessingEvent[]>();
  for (const event of events) {
    const history = pulled.get(event.dossierId);
    if (history) history.push(event);
    else pulled.set(event.dossierId, [event]);
  }
  // Deferred rows come due with this batch whether or not it brought them events.
  const ids = [...new Set([...pulled.keys(), ...carry.deferred])];
  const nothing: BatchWritten = { touched: new Set(), rows: new Map(), folded: new Map(), deferred: new Set() };
  if (ids.length === 0) return nothing;
  const unknown = ids.filter((id) => !carry.known.has(id) && !carry.deferred.has(id));
  const [read, readFacts] = unknown.length > 0 ? await Promise.all([db.dossiers.bulkGet(unknown), db.reportFacts.bulkGet(unknown)]) : [[], []];
  const fromDisk = new Map(unknown.map((id, i) => [id, read[i] ? { row: read[i], facts: readFacts[i] ?? null } : null]));
  // Usually nothing waits to be sent (a first pull always): then no dossier needs looking up.
  const unsent = (await db.outbox.count()) > 0 ? await db.outbox.where('dossierId').anyOf(ids).keys() : [];
  const pending = new Set(unsent.map(String));
  const rebuild: string[] = [];
  const continued: FoldedDossier[] = [];
  const result: BatchWritten = { ...nothing, folded: new Map(), deferred: new Set() };
  const newCodes = new Map<string, string>();
  for (const id of ids) {
    const wasDeferred = carry.deferred.has(id);
    const stored = fromDisk.has(id) ? fromDisk.get(id)! : (carry.known.get(id) ?? null);
    const folded = pending.has(id) || (wasDeferred && !stored) ? null : continueFold(stored, pulled.get(id) ?? []);
    if (!folded) {
      rebuild.push(id);
      continue;
    }
    result.folded.set(id, folded);
    if (carry.upcoming.has(id)) {
      result.deferred.add(id);
      continue;
    }
    continued.push(folded);
    // What the disk holds for a deferred dossier is older than `stored`: its code may be new there.
    if (wasDeferred || folded.row.code !== stored?.row.code) newCodes.set(folded.row.code, id);
  }
  // Each await below reaches IndexedDB; none waits on nothing.
  const { touched, rows: written } = result;
  for (const { row } of continued) touched.add(row.id);
  if (newCodes.size > 0) {
    for (const displaced of await displaceCodeHolders(db, newCodes)) {
      touched.add(displaced);
      written.set(displaced, null);
    }
  }
  const facts = continued.flatMap((f) => (f.facts ? [f.facts] : []));
  await Promise.all([pipelinedPut(db.dossiers, continued.map((f) => f.row)), pipelinedPut(db.reportFacts, facts)]);
  for (const { row } of continued) written.set(row.id, row);
  if (rebuild.length > 0) {
    for (const id of await rebuildDossiers(db, rebuild)) {
      touched.add(id);
      written.delete(id);
      result.folded.delete(id);
    }
  }
  return result;
}

/** The stored row and facts with the pulled events applied, or null when they do not simply continue it. */
function continueFold(stored: FoldedDossier | null, history: ProcessingEvent[]): FoldedDossier | null {
  history.sort((a, b) => a.version - b.version);
  let dossier = stored?.row ?? null;
  let facts = stored?.facts ?? null;
  for (const event of history) {
    if (event.version !== (dossier?.version ?? 0) + 1) return null;
    try {
      const next = apply(dossier, event);
      facts = nextReportFacts(facts, dossier, event, next);
      dossier = next;
    } catch (error) {
      if (error instanceof ProjectionError) return null;
      throw error;
    }
  }
  return dossier && { row: dossier, facts };
}
