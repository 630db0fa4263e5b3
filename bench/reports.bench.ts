// Biểu 06 at a unit's scale: 100,000 dossiers with their events in Chromium's IndexedDB, the form
// for a year counted by the Báo cáo screen's client in its workers (off the UI thread) from the
// report facts table, first on opening (workers starting) and again; and a past half-year, whose
// dossiers still open at its end but changed since are placed by the clock their facts keep.
import type { Page } from '@playwright/test';
import { callBench } from './lib/bench-page';
import { withRendererPage } from './lib/chromium';
import { percentile, round, type Benchmark } from './lib/types';

const DOSSIERS = Number(process.env['BENCH_DOSSIERS'] ?? 100_000);
const NOW = '2026-11-20T03:00:00.000Z';

type Run = { ms: number; longestStallMs: number; workerMs: number; readMs: number; received: number; factsRows: number };
type ReportsBench = {
  seedReports(count: number, seed: number, now: string): Promise<{ dossiers: number; events: number }>;
  countReport(period: 'year' | 'firstHalf'): Promise<Run>;
};

const call = <K extends keyof ReportsBench>(page: Page, name: K, ...args: Parameters<ReportsBench[K]>) =>
  callBench<Awaited<ReturnType<ReportsBench[K]>>>(page, name, ...args);

async function runs(page: Page, period: 'year' | 'firstHalf', count: number): Promise<Run[]> {
  const all: Run[] = [];
  for (let i = 0; i < count; i++) all.push(await call(page, 'countReport', period));
  return all;
}

const reports: Benchmark = {
  name: 'report.bieu06',
  description: `Biểu 06 over ${DOSSIERS.toLocaleString('en')} dossiers in Chromium, counted in Web Workers reading IndexedDB: a year, and a past half-year.`,
  async run() {
    return withRendererPage(async (page) => {
      page.setDefaultTimeout(0);
      await page.waitForFunction(() => 'deskBench' in globalThis);
      const seeded = await call(page, 'seedReports', DOSSIERS, 2026, NOW);
      const cores = await page.evaluate(() => navigator.hardwareConcurrency);
      const [first, ...again] = await runs(page, 'year', 6);
      const half = await runs(page, 'firstHalf', 3);
      const ms = (list: Run[], p: number) => round(percentile(list.map((r) => r.ms), p));
      return {
        'report.bieu06.year.ms': {
          value: ms(again, 95),
          unit: 'ms',
          target: '≤ 2000',
          note: 'p95 of five counts with the workers running (the app starts them for the Tổng quan charts); firstMs includes starting them',
          firstMs: round(first!.ms),
          againMedianMs: ms(again, 50),
          firstWorkerMs: round(first!.workerMs),
          firstReadMs: round(first!.readMs),
          againReadMs: round(again.at(-1)!.readMs),
          againWorkerMs: round(again.at(-1)!.workerMs),
          longestUiStallMs: round(Math.max(...[first!, ...again].map((r) => r.longestStallMs))),
          workers: Math.max(1, Math.min(4, cores)),
          dossiers: seeded.dossiers,
          events: seeded.events,
          received: first!.received,
          factsRows: first!.factsRows,
        },
        'report.bieu06.pastHalf.ms': {
          value: ms(half, 50),
          unit: 'ms',
          note: 'first half of 2026, from the same report facts (no event is read)',
          received: half[0]!.received,
          readMs: round(half.at(-1)!.readMs),
          workerMs: round(half.at(-1)!.workerMs),
          longestUiStallMs: round(Math.max(...half.map((r) => r.longestStallMs))),
        },
      };
    }, 'bench');
  },
};

export const benchmarks: Benchmark[] = [reports];
