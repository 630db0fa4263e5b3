// Filling a benchmark portal with a long history fast: the seeded demo generator's dossiers and
// events written straight into its database as projections and feed rows, with the ledger's own
// multi-row statements (thousands of rows each), not through a million HTTP calls; then ANALYZE.
import type { Database } from '../../portal/src/db/database';
import { appendFeed, eventRow, lastEventOf, saveDossiers, type StoredDossier } from '../../portal/src/sync/ledger';
import type { DemoDossier } from '../../shared/domain/demo/generate';
import type { ProcessingEvent } from '../../shared/domain/workflow/events';

const ROWS_PER_STATEMENT = 2000;

export type LoadedHistory = { dossiers: number; events: number; ms: number };

/**
 * Writes every dossier and event of `items` as `unitCode`'s feed, in the order the events happened
 * (as a portal that received them over a year would hold them), in one transaction.
 */
export async function loadHistory(db: Database, unitCode: string, items: Iterable<DemoDossier>): Promise<LoadedHistory> {
  const started = performance.now();
  const stored: StoredDossier[] = [];
  const events: ProcessingEvent[] = [];
  for (const { dossier, events: history } of items) {
    stored.push({ dossier, lastEvent: lastEventOf(history.at(-1)!) });
    for (const event of history) events.push(event);
  }
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.version - b.version));
  await db.transaction(async (tx) => {
    for (let i = 0; i < stored.length; i += ROWS_PER_STATEMENT) await saveDossiers(tx, stored.slice(i, i + ROWS_PER_STATEMENT));
    for (let i = 0; i < events.length; i += ROWS_PER_STATEMENT) await appendFeed(tx, events.slice(i, i + ROWS_PER_STATEMENT).map((e) => eventRow(unitCode, e)));
  });
  // What PostgreSQL's autovacuum does after a bulk load, and PGlite (no background workers) never
  // does by itself: without statistics the planner reads a pull page by sorting the rest of the
  // unit's feed (a bitmap scan and a top-N sort of every later row) instead of walking the index.
  await db.exec('ANALYZE');
  return { dossiers: stored.length, events: events.length, ms: performance.now() - started };
}
