// Sync benchmarks against the real portal on loopback: pushing a desk's outbox of 10,000
// mutations (a year of one unit's counter work) to PGlite, and to PostgreSQL when
// PORTAL_TEST_DATABASE_URL names a server (.ci/run starts one; so can `pg_ctlcluster`).
import { SYNC_LIMITS, pushResponseSchema, syncPaths } from '../shared/sync/contract';
import { counterHistories, Desk } from '../portal/test/support/desk';
import { officerOf, startPortal, variants } from '../portal/test/support/harness';
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
        const token = await portal.token(officerOf('CSHTT', 'clerk').id);
        const desk = new Desk();
        const batchMs: number[] = [];
        const started = performance.now();
        for (let i = 0; i < mutations.length; i += SYNC_LIMITS.pushMaxMutations) {
          const t0 = performance.now();
          const answer = await portal.call(syncPaths.push, { token, json: { clientId: desk.clientId, mutations: mutations.slice(i, i + SYNC_LIMITS.pushMaxMutations) } });
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

export const benchmarks: Benchmark[] = [push];
