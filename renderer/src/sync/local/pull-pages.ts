// Writing one page of the unit's feed: its events merged by id (the desk's own come back too and
// replace their pending copies), its file records, the affected dossiers re-folded, and the new
// cursor, all in one transaction, so a cut connection resumes exactly after the last page written.
import type { Transaction } from 'dexie';
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import { apply, ProjectionError } from '../../../../shared/domain/workflow/apply';
import type { ProcessingEvent } from '../../../../shared/domain/workflow/events';
import type { PullResponse } from '../../../../shared/sync/contract';
import type { DeskDatabase } from '../../store/database';
import type { DossierFile } from '../../store/records';
import { displaceCodeHolders, rebuildDossiers } from './rebuild';
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

/**
 * `known`: rows this pull wrote in its previous batch, so they need not be read again. Only a hint:
 * a row that moved on since (an officer's action, which leaves an outbox entry) is read and rebuilt.
 */
export async function writePulledChanges(db: DeskDatabase, feed: FeedIdentity, page: PullResponse, known?: ReadonlyMap<string, Dossier>): Promise<PageWritten> {
  const events: ProcessingEvent[] = [];
  const files: DossierFile[] = [];
  for (const change of page.changes) {
    if (change.kind === 'event') events.push(change.event);
    else files.push(change.file);
  }
  return db.transaction('rw', [db.events, db.dossiers, db.dossierFiles, db.outbox, db.syncState], async (tx) => {
    const tables = ownTables(tx);
    if (events.length > 0) await tables.events.bulkPut(events);
    if (files.length > 0) await tables.dossierFiles.bulkPut(files);
    const written = await foldPulled(tables, events, known);
    await writeCursor(tables, feed, page.cursor);
    return written;
  });
}

type PageTables = Pick<DeskDatabase, 'events' | 'dossiers' | 'dossierFiles' | 'outbox' | 'syncState'>;

/**
 * The transaction's own tables. Their operations go to it even where Dexie has lost track of the
 * transaction between two awaits — which happens when other async work runs in between, as the
 * engine's next pages arriving while this one is written (engine/pull.ts).
 */
function ownTables(tx: Transaction): PageTables {
  return {
    events: tx.table('events'),
    dossiers: tx.table('dossiers'),
    dossierFiles: tx.table('dossierFiles'),
    outbox: tx.table('outbox'),
    syncState: tx.table('syncState'),
  };
}

/**
 * Re-folds the dossiers whose events a page brought, inside its transaction. Most pulled events
 * simply continue a dossier: the versions right after its row's (or a new dossier from version 1),
 * on a dossier with nothing unsent on this desk. Those are applied to the stored row — the same
 * fold, without reading the history back — and written together. Every other dossier (the desk's
 * own pending events, a gap, an event seen before) is rebuilt from its whole history.
 */
async function foldPulled(db: PageTables, events: readonly ProcessingEvent[], known?: ReadonlyMap<string, Dossier>): Promise<PageWritten> {
  const pulled = new Map<string, ProcessingEvent[]>();
  for (const event of events) {
    const history = pulled.get(event.dossierId);
    if (history) history.push(event);
    else pulled.set(event.dossierId, [event]);
  }
  const ids = [...pulled.keys()];
  if (ids.length === 0) return { touched: new Set(), rows: new Map() };
  const unknown = known ? ids.filter((id) => !known.has(id)) : ids;
  const read = unknown.length > 0 ? await db.dossiers.bulkGet(unknown) : [];
  const fromDisk = new Map(unknown.map((id, i) => [id, read[i] ?? null]));
  // Usually nothing waits to be sent (a first pull always): then no dossier needs looking up.
  const unsent = (await db.outbox.count()) > 0 ? await db.outbox.where('dossierId').anyOf(ids).keys() : [];
  const pending = new Set(unsent.map(String));
  const rebuild: string[] = [];
  const continued: Dossier[] = [];
  const newCodes = new Map<string, string>();
  for (const id of ids) {
    const stored = fromDisk.has(id) ? fromDisk.get(id)! : (known?.get(id) ?? null);
    const folded = pending.has(id) ? null : continueFold(stored, pulled.get(id)!);
    if (!folded) {
      rebuild.push(id);
      continue;
    }
    continued.push(folded);
    if (folded.code !== stored?.code) newCodes.set(folded.code, id);
  }
  // Each await below reaches IndexedDB; none waits on nothing.
  const touched = new Set(ids);
  const written = new Map<string, Dossier | null>();
  if (newCodes.size > 0) {
    for (const displaced of await displaceCodeHolders(db, newCodes)) {
      touched.add(displaced);
      written.set(displaced, null);
    }
  }
  if (continued.length > 0) await db.dossiers.bulkPut(continued);
  for (const dossier of continued) written.set(dossier.id, dossier);
  if (rebuild.length > 0) {
    for (const id of await rebuildDossiers(db, rebuild)) {
      touched.add(id);
      written.delete(id);
    }
  }
  return { touched, rows: written };
}

/** The stored row with the pulled events applied, or null when they do not simply continue it. */
function continueFold(stored: Dossier | null, history: ProcessingEvent[]): Dossier | null {
  history.sort((a, b) => a.version - b.version);
  let dossier = stored;
  for (const event of history) {
    if (event.version !== (dossier?.version ?? 0) + 1) return null;
    try {
      dossier = apply(dossier, event);
    } catch (error) {
      if (error instanceof ProjectionError) return null;
      throw error;
    }
  }
  return dossier;
}
