// Sync benchmarks against the real portal on loopback: pushing a desk's outbox of 10,000
// mutations (a year of one unit's counter work) to PGlite, and to PostgreSQL when
// PORTAL_TEST_DATABASE_URL names a server (.ci/run starts one; so can `pg_ctlcluster`); a desk's
// first pull of 100,000 dossiers into Chromium's IndexedDB; attachments uploaded from Chromium,
// and resumed after a connection cut in the middle of a chunk.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createPortal, type Portal } from '../portal/src/app';
import { counterHistories, Desk, officerBatches } from '../portal/test/support/desk';
import { startPortal, variants } from '../portal/test/support/harness';
import { vietnamWorkingCalendar } from '../shared/domain/calendar/working-calendar';
import { shippedCatalogue } from '../shared/domain/catalogue/shipped-catalogue';
import { iterateDemoDossiers } from '../shared/domain/demo/generate';
import { SYNC_LIMITS, pushResponseSchema, sessionResponseSchema, syncPaths } from '../shared/sync/contract';
import { callBench } from './lib/bench-page';
import { benchOrigin, withRendererPage } from './lib/chromium';
import { startCuttingProxy } from './lib/cutting-proxy';
import { loadHistory } from './lib/portal-history';
import { round, type Benchmark, type BenchResult } from './lib/types';

const MUTATIONS = Number(process.env['BENCH_MUTATIONS'] ?? 10_000);
const TARGETS = { PGlite: 2_000, PostgreSQL: 5_000 } as const;
const NAMES = { PGlite: 'sync.push.pglite.opsPerSec', PostgreSQL: 'sync.push.postgres.opsPerSec' } as const;

const push: Benchmark = {
  name: 'sync.push',
  description: `Push ${MUTATIONS.toLocaleString('en')} mutations in batches of ${SYNC_LIMITS.pushMaxMutations} to the portal on loopback, PGlite and PostgreSQL.`,
  async run() {
    const results: Record<string, BenchResult> = {};
    for (const variant of variants) {
      if (variant.skip) {
        console.log(`  ${variant.name}: skipped — ${variant.reason}`);
        continue;
      }
      const portal = await startPortal(variant);
      try {
        const { mutations } = counterHistories(portal.clock.now(), MUTATIONS);
        // Each officer pushes their own actions with their own session (signed in before the clock starts).
        const batches = officerBatches(mutations, SYNC_LIMITS.pushMaxMutations);
        const tokens = new Map<string, string>();
        for (const { officerId } of batches) tokens.set(officerId, await portal.token(officerId));
        const desk = new Desk();
        const batchMs: number[] = [];
        const started = performance.now();
        for (const batch of batches) {
          const t0 = performance.now();
          const answer = await portal.call(syncPaths.push, { token: tokens.get(batch.officerId)!, json: { clientId: desk.clientId, mutations: batch.mutations } });
          batchMs.push(performance.now() - t0);
          const results = pushResponseSchema.parse(answer.body).results;
          const refused = results.filter((r) => r.status !== 'applied');
          if (refused.length > 0) throw new Error(`the portal refused ${refused.length} of a batch: ${JSON.stringify(refused[0])}`);
        }
        const seconds = (performance.now() - started) / 1000;
        results[NAMES[variant.name]] = {
          value: Math.round(mutations.length / seconds),
          unit: 'ops/s',
          target: `≥ ${TARGETS[variant.name].toLocaleString('en')}`,
          mutations: mutations.length,
          batch: SYNC_LIMITS.pushMaxMutations,
          slowestBatchMs: round(Math.max(...batchMs)),
        };
      } finally {
        await portal.close();
      }
    }
    return results;
  },
};

// ---- pull and blobs: the desk's engine in Chromium, the portal here ----

const PULL_DOSSIERS = Number(process.env['BENCH_PULL_DOSSIERS'] ?? 100_000);
/** The store bench's rows: the same seed, generator clock and (whole) catalogue. */
const PULL_SET = { count: PULL_DOSSIERS, seed: 2026, now: '2026-11-20T03:00:00.000Z' };
/** The unit whose feed holds them, and the officer whose desk pulls it. */
const PULL_UNIT = 'CSHTT';
const PULL_OFFICER = 'cshtt.tp1';
const BLOB_COUNT = Number(process.env['BENCH_BLOB_COUNT'] ?? 10);
const BLOB_MB = Number(process.env['BENCH_BLOB_MB'] ?? 20);
const MB = 1024 * 1024;

type Pulled = {
  ms: number;
  outcome: { pulled: number; failure: { code: string; message: string } | null };
  pulls: number;
  batches: number;
  refreshMs: number;
  longTasks: number;
  longestTaskMs: number;
  dossiers: number;
  events: number;
  listRows: number;
};
type Verified = { dossiers: number; events: number; wrong: number; firstWrong: string[]; extra: { dossiers: number; events: number } };
type Uploaded = { ms: number; puts: number; bytes: number };
type CutUpload = { size: number; chunk: number; firstRun: string; secondRun: string; cutChunkAt: number | null; resumedAt: number | null; handedTwiceBytes: number; puts: number };

/** BENCH_PROFILE=FILE: the pull's renderer CPU profile, for Chrome DevTools (Performance → load). */
const PROFILE_TO = process.env['BENCH_PROFILE'];

async function startProfile(page: Page): Promise<{ stop(file: string): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await cdp.send('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      console.log(`  renderer CPU profile written to ${file}`);
    },
  };
}

/** A portal for the page's origin, its PGlite and blobs in temporary folders, listening on loopback. */
async function benchPortal<T>(use: (portal: Portal, base: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'desk-bench-portal-'));
  const portal = await createPortal({ database: 'pglite', dataDir: path.join(dir, 'pglite'), blobDir: path.join(dir, 'blobs'), allowedOrigins: [benchOrigin] });
  try {
    return await use(portal, await portal.app.listen({ host: '127.0.0.1', port: 0 }));
  } finally {
    await portal.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function signIn(base: string, username: string): Promise<string> {
  const response = await fetch(base + syncPaths.session, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo' }) });
  if (!response.ok) throw new Error(`sign-in of ${username}: ${response.status} ${await response.text()}`);
  return sessionResponseSchema.parse(await response.json()).token;
}

async function onBenchPage<T>(use: (page: Page) => Promise<T>): Promise<T> {
  return withRendererPage(async (page) => {
    page.setDefaultTimeout(0);
    await page.waitForFunction(() => 'deskBench' in globalThis);
    return use(page);
  }, 'bench');
}

const pull: Benchmark = {
  name: 'sync.pull',
  description: `First pull of ${PULL_DOSSIERS.toLocaleString('en')} dossiers with their events (a feed in the order they happened) from the portal on PGlite into Chromium's IndexedDB through the desk's sync engine, against raw bulkPut of the same rows before and after.`,
  async run() {
    return benchPortal(async (portal, base) => {
      const loaded = await loadHistory(portal.db, PULL_UNIT, iterateDemoDossiers(PULL_SET.seed, PULL_SET.count, { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now: PULL_SET.now }));
      console.log(`  portal filled: ${loaded.dossiers.toLocaleString('en')} dossiers, ${loaded.events.toLocaleString('en')} feed rows in ${round(loaded.ms / 1000, 1)} s`);
      const token = await signIn(base, PULL_OFFICER);
      // Each in a fresh browser profile, so neither writes behind the other's million rows; the
      // yardstick before and after the pull, so a machine busier for a while skews the ratio less.
      const rawBulkPut = () => onBenchPage((page) => callBench<{ ms: number; dossiers: number; events: number }>(page, 'syncRawBulkPut', PULL_SET));
      const before = await rawBulkPut();
      const pulled = await onBenchPage(async (page) => {
        const profiler = PROFILE_TO ? await startProfile(page) : null;
        const answer = await callBench<Pulled>(page, 'syncPull', { base, token, unitCode: PULL_UNIT });
        if (profiler) await profiler.stop(PROFILE_TO!);
        if (answer.outcome.failure) throw new Error(`the pull failed: ${answer.outcome.failure.code} ${answer.outcome.failure.message}`);
        const verified = await callBench<Verified>(page, 'syncVerifyPulled', PULL_SET);
        if (verified.wrong > 0 || verified.extra.dossiers !== 0 || verified.extra.events !== 0) {
          throw new Error(`the desk does not hold what the portal served: ${JSON.stringify(verified)}`);
        }
        return answer;
      });
      const after = await rawBulkPut();
      const rows = before.dossiers + before.events;
      const pullRowsPerSec = (rows / pulled.ms) * 1000;
      const rawRowsPerSec = (rows / ((before.ms + after.ms) / 2)) * 1000;
      const common = { dossiers: before.dossiers, events: before.events };
      return {
        'sync.pull.rowsPerSec': {
          value: Math.round(pullRowsPerSec),
          unit: 'rows/s',
          ...common,
          seconds: round(pulled.ms / 1000, 1),
          pages: pulled.pulls,
          batches: pulled.batches,
          listRefreshSeconds: round(pulled.refreshMs / 1000, 1),
          longTasks: pulled.longTasks,
          longestTaskMs: round(pulled.longestTaskMs),
          listRows: pulled.listRows,
        },
        'sync.pull.ratio': {
          value: round(pullRowsPerSec / rawRowsPerSec),
          unit: 'ratio',
          target: '≥ 0.6',
          pullRowsPerSec: Math.round(pullRowsPerSec),
          rawBulkPutRowsPerSec: Math.round(rawRowsPerSec),
          rawBulkPutRowsPerSecBeforeAfter: [before, after].map((raw) => Math.round((rows / raw.ms) * 1000)),
          ...common,
        },
      } satisfies Record<string, BenchResult>;
    });
  },
};

const blob: Benchmark = {
  name: 'sync.blob',
  description: `Upload ${BLOB_COUNT} × ${BLOB_MB} MB attachments from Chromium's IndexedDB through the desk's resumable chunked uploader to the portal on loopback; then one upload cut halfway through a chunk and resumed.`,
  async run() {
    return benchPortal(async (_portal, base) => {
      const token = await signIn(base, PULL_OFFICER);
      const { port } = new URL(base);
      const proxy = await startCuttingProxy({ host: '127.0.0.1', port: Number(port) }, SYNC_LIMITS.blobChunkBytes / 2);
      try {
        return await onBenchPage(async (page) => {
          await callBench(page, 'syncPrepareBlobs', BLOB_COUNT, BLOB_MB * MB);
          const uploaded = await callBench<Uploaded>(page, 'syncUploadBlobs', { base, token });
          const cutChunk = 3;
          const resumed = await callBench<CutUpload>(page, 'syncUploadWithCut', { base, token, cutBase: proxy.base, cutChunk, bytes: BLOB_MB * MB });
          await callBench(page, 'syncCloseBlobs');
          if (resumed.firstRun === 'ok' || resumed.secondRun !== 'ok' || resumed.cutChunkAt === null || resumed.resumedAt === null) {
            throw new Error(`the cut upload did not fail then resume: ${JSON.stringify(resumed)}`);
          }
          const cut = await proxy.cut;
          // Bytes that left the desk twice: those of the cut chunk that reached the wire but not the portal's disk.
          const resentBytes = resumed.cutChunkAt + cut.received - resumed.resumedAt;
          return {
            'sync.blob.upload.MBps': {
              value: round(uploaded.bytes / MB / (uploaded.ms / 1000), 1),
              unit: 'MB/s',
              target: '≥ 50',
              files: BLOB_COUNT,
              fileMB: BLOB_MB,
              chunkMB: SYNC_LIMITS.blobChunkBytes / MB,
              puts: uploaded.puts,
              seconds: round(uploaded.ms / 1000, 2),
              resumeResentBytes: resentBytes,
              resumeTarget: `< ${SYNC_LIMITS.blobChunkBytes} (one chunk)`,
              resume: { ...resumed, cutChunk, bytesSentBeforeCut: cut.received, bytesPassedToPortal: cut.forwarded },
            },
          } satisfies Record<string, BenchResult>;
        });
      } finally {
        await proxy.close();
      }
    });
  },
};

export const benchmarks: Benchmark[] = [push, pull, blob];
