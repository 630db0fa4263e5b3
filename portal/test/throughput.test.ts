// A year of a unit's counter work, replayed as one desk's outbox of 10,000 mutations: the portal
// judges every one again and records exactly the events the desk recorded. How fast it does so is
// measured by `npm run bench -- sync` (bench/sync.bench.ts), not asserted here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProcessingEvent } from '../../shared/domain/workflow/events';
import { pullResponseSchema, pushResponseSchema, SYNC_LIMITS, syncPaths } from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type TestPortal } from './support/harness';
import { counterHistories, Desk, officerBatches } from './support/desk';

announceSkips();

const TOTAL = 10_000;

for (const variant of variants) {
  describe.skipIf(variant.skip)(`throughput (${variant.name})`, () => {
    let t: TestPortal;
    beforeAll(async () => {
      t = await startPortal(variant);
    }, 60_000);
    afterAll(() => t?.close());

    it(`judges ${TOTAL} mutations in batches of ${SYNC_LIMITS.pushMaxMutations}, recording exactly the desk's events`, async () => {
      const { events, mutations } = counterHistories(t.clock.now(), TOTAL);
      expect(mutations).toHaveLength(TOTAL);
      const token = await t.token(officerOf('CSHTT', 'clerk').id);
      // Each officer pushes their own actions with their own session.
      const batches = officerBatches(mutations, SYNC_LIMITS.pushMaxMutations);
      for (const { officerId } of batches) await t.token(officerId);
      const desk = new Desk();
      const started = performance.now();
      const statuses = new Map<string, number>();
      for (const batch of batches) {
        const answer = await t.call(syncPaths.push, { token: await t.token(batch.officerId), json: { clientId: desk.clientId, mutations: batch.mutations } });
        expect(answer.status).toBe(200);
        for (const result of pushResponseSchema.parse(answer.body).results) {
          const key = result.status === 'applied' ? 'applied' : `${result.code}: ${result.message}`;
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
        }
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(`[portal throughput] ${variant.name}: ${TOTAL} mutations in ${seconds.toFixed(2)} s (speed is judged by the benchmark)`);
      expect(Object.fromEntries(statuses)).toEqual({ applied: TOTAL });

      const pulled: ProcessingEvent[] = [];
      let cursor = '0';
      for (let more = true; more; ) {
        const page = pullResponseSchema.parse((await t.call(`${syncPaths.pull}?cursor=${cursor}&limit=1000`, { token })).body);
        for (const change of page.changes) if (change.kind === 'event') pulled.push(change.event);
        ({ cursor, more } = page);
      }
      // The feed holds them in the order they were pushed (officer by officer); each dossier's in its own order.
      const byDossier = (list: ProcessingEvent[]) => [...list].sort((a, b) => (a.dossierId < b.dossierId ? -1 : a.dossierId > b.dossierId ? 1 : a.version - b.version));
      expect(pulled).toHaveLength(events.length);
      expect(byDossier(pulled)).toEqual(byDossier(events));
    }, 120_000);
  });
}
