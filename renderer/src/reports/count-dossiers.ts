// Counting the local store into Biểu 06 lines for one or more periods in a single pass: the stored
// rows answer for most dossiers; the events are read only for those whose row changed after a
// period ended in a way the row cannot tell (rowAtEnd), a few at a time. Runs in the report worker; tests call it directly.
import { vietnamWorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import { Bieu06Builder } from '../../../shared/reports/bieu06';
import { dossierAtEnd, rowAtEnd } from '../../../shared/reports/dossier-facts';
import type { DeskDatabase } from '../store/database';
import type { CountRequest, CountStats, ProcedureLines } from './report-protocol';

export const CHUNK = 10_000;
/** Histories read per transaction: bounded so a period far in the past does not hold 100,000 in memory. */
const HISTORY_BATCH = 500;

export type CountProgress = (done: number, total: number) => void;

export async function countDossiers(db: DeskDatabase, request: Omit<CountRequest, 'kind' | 'id' | 'databaseName'>, onProgress: CountProgress = () => {}): Promise<{ lines: ProcedureLines[]; stats: CountStats }> {
  const started = performance.now();
  const calendar = vietnamWorkingCalendar();
  const builders = request.periods.map((period) => new Bieu06Builder(period, request.unitCode, calendar));
  const procedures = new Map(request.catalogue.procedures.map((p) => [p.code, p]));
  const procedureOf = (code: string) => procedures.get(code);
  const { from, to } = request.range;
  const total = await rangeQuery(db, from, to).count();
  const stats: CountStats = { dossiers: 0, foldedFromEvents: 0, events: 0, ms: 0, readMs: 0, foldMs: 0 };
  /** Dossiers whose rows could not answer, with the builders that need them folded. */
  let pending: { id: string; builders: Bieu06Builder[] }[] = [];

  const foldPending = async () => {
    if (pending.length === 0) return;
    const folding = performance.now();
    const batch = pending;
    pending = [];
    const histories = await db.transaction('r', db.events, () =>
      Promise.all(batch.map(({ id }) => db.events.where('[dossierId+version]').between([id, 0], [id, Number.MAX_SAFE_INTEGER]).toArray())),
    );
    batch.forEach(({ builders: needing }, i) => {
      const events = histories[i]!;
      stats.events += events.length;
      for (const builder of needing) builder.add(dossierAtEnd(events, builder.bounds.endMs));
    });
    stats.foldMs += performance.now() - folding;
  };

  let after: string | null = null;
  for (;;) {
    const query = after === null ? rangeQuery(db, from, to) : rangeQuery(db, after, to, true);
    const reading = performance.now();
    const rows: Dossier[] = await query.limit(CHUNK).toArray();
    stats.readMs += performance.now() - reading;
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    for (const row of rows) {
      if (request.unitCode !== null && row.unitCode !== request.unitCode) continue;
      let needing: Bieu06Builder[] | null = null;
      for (const builder of builders) {
        const atEnd = rowAtEnd(row, builder.bounds, calendar, procedureOf);
        if (atEnd) builder.add(atEnd);
        else (needing ??= []).push(builder);
      }
      if (needing) {
        pending.push({ id: row.id, builders: needing });
        stats.foldedFromEvents++;
      }
    }
    if (pending.length >= HISTORY_BATCH) await foldPending();
    stats.dossiers += rows.length;
    onProgress(stats.dossiers, total);
  }
  await foldPending();
  stats.ms = performance.now() - started;
  return { lines: builders.map((b) => [...b.lines()]), stats };
}

/** Dossiers of a share of the id space; `excludeFrom` to go on after the last row read. */
export function rangeQuery(db: DeskDatabase, from: string, to: string | null, excludeFrom = false) {
  const keys = db.dossiers.where(':id');
  if (to === null) return excludeFrom ? keys.above(from) : keys.aboveOrEqual(from);
  return keys.between(from, to, !excludeFrom, false);
}
