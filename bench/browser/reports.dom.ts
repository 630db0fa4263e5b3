// Report benchmarks in the page (driven by bench/reports.bench.ts): a desk of generated dossiers
// with their events and report facts, then Biểu 06 counted by the Báo cáo screen's own client — in its workers,
// which read IndexedDB themselves — while a probe on the UI thread records its longest stall.
import Dexie from 'dexie';
import { vietnamWorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { iterateDemoDossiers } from '../../shared/domain/demo/generate';
import { sixMonthPeriod, yearPeriod, type ReportPeriod } from '../../shared/reports/period';
import { countReports } from '../../renderer/src/reports/report-client';
import { importDossiers } from '../../renderer/src/store/bulk-import';
import { DeskDatabase } from '../../renderer/src/store/database';

const DATABASE = 'bench-reports';
let db: DeskDatabase | null = null;

/** Runs `work` while a 10 ms timer on the UI thread measures how late it fires: the worst stall. */
async function withStallProbe<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; longestStallMs: number }> {
  let longest = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 10);
    last = now;
  }, 10);
  const started = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - started, longestStallMs: Math.max(0, longest) };
  } finally {
    clearInterval(timer);
  }
}

const periods: Record<string, () => ReportPeriod> = {
  year: () => yearPeriod(2026),
  firstHalf: () => sixMonthPeriod(2026, 1),
};

export const reportsBench = {
  /** `count` demo dossiers (a year back from `now`) and their events, written the way the demo loader writes them. */
  async seedReports(count: number, seed: number, now: string) {
    await Dexie.delete(DATABASE);
    db = new DeskDatabase(DATABASE);
    const items = iterateDemoDossiers(seed, count, { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now });
    const progress = await importDossiers(db, items, { total: count, batchSize: 2000 });
    return { dossiers: progress.dossiers, events: progress.events };
  },

  /** Biểu 06 for a named period, every dossier of every unit; the time the screen waits for it. */
  async countReport(name: keyof typeof periods) {
    if (!db) throw new Error('seedReports first');
    const store = db;
    const run = await withStallProbe(() => countReports(store, [periods[name]!()], null, shippedCatalogue));
    const [report] = run.value.reports;
    return { ms: run.ms, longestStallMs: run.longestStallMs, workerMs: run.value.stats.ms, readMs: run.value.stats.readMs, received: report!.totals.receivedTotal, factsRows: run.value.stats.dossiers };
  },
};
