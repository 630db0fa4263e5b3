// Whether the desk should encrypt its database itself: 100,000 dossiers (~9 events each) in
// Chromium's IndexedDB kept plain and sealed row by row with AES-GCM, compared on writing, start-up
// (reading every dossier into the list index), the officers' search and opening a dossier.
// The decision and these numbers: docs/security.md, docs/performance.md.
import type { Page } from '@playwright/test';
import { callBench } from './lib/bench-page';
import { withRendererPage } from './lib/chromium';
import { percentile, round, type Benchmark, type BenchResult } from './lib/types';

const DOSSIERS = Number(process.env['BENCH_DOSSIERS'] ?? 100_000);

// What bench/browser/encryption.dom.ts answers (a browser module, so not imported here).
type Storage = 'plain' | 'sealed';
type Startup = { readMs: number; unsealMs: number; indexMs: number; totalMs: number; rows: number };
type EncryptionBench = {
  encryptionWrite(count: number, seed: number): Promise<Record<Storage, { sealMs: number; writeMs: number }> & { dossiers: number; events: number }>;
  encryptionStartup(storage: Storage): Promise<Startup>;
  encryptionSearch(storage: Storage, rounds: number): number[];
  encryptionScanSearch(storage: Storage, query: string): Promise<{ hits: number; ms: number }>;
  encryptionOpen(storage: Storage, count: number): Promise<number[]>;
  encryptionCleanUp(): Promise<void>;
};

const call = <K extends keyof EncryptionBench>(page: Page, name: K, ...args: Parameters<EncryptionBench[K]>) =>
  callBench<Awaited<ReturnType<EncryptionBench[K]>>>(page, name, ...args);

const encryption: Benchmark = {
  name: 'security',
  description: `Database encryption at ${DOSSIERS.toLocaleString('en')} dossiers in Chromium: plain vs AES-GCM per row — write, start-up, search, open.`,
  async run() {
    return withRendererPage(async (page) => {
      page.setDefaultTimeout(0);
      await page.waitForFunction(() => 'deskBench' in globalThis);
      const written = await call(page, 'encryptionWrite', DOSSIERS, 2026);
      const rows = written.dossiers + written.events;
      const results: Record<string, BenchResult> = {};
      const startups = {} as Record<Storage, Startup>;
      for (const storage of ['plain', 'sealed'] as const) {
        const startup = await call(page, 'encryptionStartup', storage);
        const search = await call(page, 'encryptionSearch', storage, 5);
        const scan = await call(page, 'encryptionScanSearch', storage, 'nguyen van');
        const open = await call(page, 'encryptionOpen', storage, 300);
        startups[storage] = startup;
        const { sealMs, writeMs } = written[storage];
        results[`security.${storage}.write.rowsPerSec`] = { value: Math.round((rows / (sealMs + writeMs)) * 1000), unit: 'rows/s', encryptMs: round(sealMs), writeMs: round(writeMs), rows };
        results[`security.${storage}.startup.ms`] = { value: round(startup.totalMs), unit: 'ms', readMs: round(startup.readMs), decryptMs: round(startup.unsealMs), indexMs: round(startup.indexMs), dossiers: startup.rows };
        results[`security.${storage}.search.p95`] = { value: round(percentile(search, 95)), unit: 'ms', median: round(percentile(search, 50)), searches: search.length };
        results[`security.${storage}.scanSearch.ms`] = { value: round(scan.ms), unit: 'ms', hits: scan.hits, note: 'one search reading every row (no in-memory index)' };
        results[`security.${storage}.open.p95`] = { value: round(percentile(open, 95)), unit: 'ms', median: round(percentile(open, 50)) };
      }
      results['security.sealed.startup.ratio'] = { value: round(startups.sealed.totalMs / startups.plain.totalMs), unit: 'ratio', note: 'sealed start-up / plain start-up' };
      await call(page, 'encryptionCleanUp');
      return results;
    }, 'bench');
  },
};

export const benchmarks: Benchmark[] = [encryption];
