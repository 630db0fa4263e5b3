// Counting the local store into Biểu 06 lines for one or more periods in a single pass over the
// report facts (shared/reports/report-facts.ts): one small row per dossier tells its place in any
// period, so neither dossier rows nor events are read. Runs in the report worker; tests call it directly.
import { vietnamWorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { Bieu06Builder } from '../../../shared/reports/bieu06';
import type { ReportFacts } from '../../../shared/reports/report-facts';
import type { DeskDatabase } from '../store/database';
import type { CountRequest, CountStats, ProcedureLines } from './report-protocol';

export const CHUNK = 10_000;

export type CountProgress = (done: number, total: number) => void;

export async function countDossiers(db: DeskDatabase, request: Omit<CountRequest, 'kind' | 'id' | 'databaseName'>, onProgress: CountProgress = () => {}): Promise<{ lines: ProcedureLines[]; stats: CountStats }> {
  const started = performance.now();
  const calendar = vietnamWorkingCalendar();
  const builders = request.periods.map((period) => new Bieu06Builder(period, request.unitCode, calendar));
  // A period's scope: received before its end, not resolved before its start.
  const receivedBefore = Math.max(...builders.map((b) => b.bounds.endMs));
  const openAfter = Math.min(...builders.map((b) => b.bounds.startMs));
  const { from, to } = request.range;
  const stats: CountStats = { dossiers: 0, ms: 0, readMs: 0 };
  const total = await factsRange(db, from, to).count();
  let after: string | null = null;
  for (;;) {
    const query = after === null ? factsRange(db, from, to) : factsRange(db, after, to, true);
    const reading = performance.now();
    const chunk: ReportFacts[] = await query.limit(CHUNK).toArray();
    stats.readMs += performance.now() - reading;
    if (chunk.length === 0) break;
    after = chunk[chunk.length - 1]!.id;
    for (const facts of chunk) {
      if (facts.receivedMs >= receivedBefore || facts.resolvedMs < openAfter) continue;
      for (const builder of builders) builder.addFacts(facts);
    }
    stats.dossiers += chunk.length;
    onProgress(stats.dossiers, total);
  }
  stats.ms = performance.now() - started;
  return { lines: builders.map((b) => [...b.lines()]), stats };
}

/** Report facts of a share of the id space; `excludeFrom` to go on after the last row read. */
function factsRange(db: DeskDatabase, from: string, to: string | null, excludeFrom = false) {
  const keys = db.reportFacts.where(':id');
  if (to === null) return excludeFrom ? keys.above(from) : keys.aboveOrEqual(from);
  return keys.between(from, to, !excludeFrom, false);
}

/** Dossiers of a share of the id space; `excludeFrom` to go on after the last row read. */
export function rangeQuery(db: DeskDatabase, from: string, to: string | null, excludeFrom = false) {
  const keys = db.dossiers.where(':id');
  if (to === null) return excludeFrom ? keys.above(from) : keys.aboveOrEqual(from);
  return keys.between(from, to, !excludeFrom, false);
}
