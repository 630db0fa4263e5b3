// The local store at a unit's scale: 100,000 dossiers with ~10 events each in Chromium's
// IndexedDB; list pages, search, opening a dossier, one action, memory, and import speed.
import type { Page } from '@playwright/test';
import { callBench } from './lib/bench-page';
import { withRendererPage } from './lib/chromium';
import { percentile, round, type Benchmark } from './lib/types';

const DOSSIERS = Number(process.env['BENCH_DOSSIERS'] ?? 100_000);

type DeskBench = {
  importAll(count: number, seed: number): Promise<{ importMs: number; rawMs: number; dossiers: number; events: number }>;
  loadList(): Promise<number>;
  firstPages(rounds: number): { samples: number[]; combinations: number; facetSamples: number[] };
  search(rounds: number): { samples: number[]; queries: number; averageHits: number };
  open(count: number): Promise<{ samples: number[]; averageEvents: number }>;
  actions(count: number): Promise<{ intake: number[]; assign: number[] }>;
  memoryMB(): Promise<number>;
};

const call = <K extends keyof DeskBench>(page: Page, name: K, ...args: Parameters<DeskBench[K]>) =>
  callBench<Awaited<ReturnType<DeskBench[K]>>>(page, name, ...args);

const store: Benchmark = {
  name: 'store',
  description: `Local store with ${DOSSIERS.toLocaleString('en')} dossiers in Chromium: import, list, search, open, action, memory.`,
  async run() {
    return withRendererPage(async (page) => {
      page.setDefaultTimeout(0);
      await page.waitForFunction(() => 'deskBench' in globalThis);
      const imported = await call(page, 'importAll', DOSSIERS, 2026);
      const loadMs = await call(page, 'loadList');
      const pages = await call(page, 'firstPages', 5);
      const search = await call(page, 'search', 5);
      const open = await call(page, 'open', 300);
      const actions = await call(page, 'actions', 200);
      const memory = await call(page, 'memoryMB');
      const rowsPerSec = (ms: number) => Math.round(((imported.dossiers + imported.events) / ms) * 1000);
      return {
        'store.list.firstPage.p95': { value: round(percentile(pages.samples, 95)), unit: 'ms', target: '≤ 20', median: round(percentile(pages.samples, 50)), combinations: pages.combinations, facetsP95: round(percentile(pages.facetSamples, 95)) },
        'store.search.p95': { value: round(percentile(search.samples, 95)), unit: 'ms', target: '≤ 30', median: round(percentile(search.samples, 50)), queries: search.queries, averageHits: round(search.averageHits) },
        'store.open.p95': { value: round(percentile(open.samples, 95)), unit: 'ms', target: '≤ 15', median: round(percentile(open.samples, 50)), averageEvents: round(open.averageEvents) },
        'store.action.p95': { value: round(percentile(actions.assign, 95)), unit: 'ms', target: '≤ 10', median: round(percentile(actions.assign, 50)), intakeP95: round(percentile(actions.intake, 95)) },
        'store.memory': { value: round(memory), unit: 'MB', target: '≤ 250', note: 'JS heap after GC with 100k list rows indexed' },
        'store.import.ratio': {
          value: round(imported.rawMs / imported.importMs),
          unit: 'ratio',
          importRowsPerSec: rowsPerSec(imported.importMs),
          rawBulkPutRowsPerSec: rowsPerSec(imported.rawMs),
          dossiers: imported.dossiers,
          events: imported.events,
        },
        'store.list.load.ms': { value: round(loadMs), unit: 'ms', note: 'start-up read of every dossier into the list index' },
      };
    }, 'bench');
  },
};

export const benchmarks: Benchmark[] = [store];
