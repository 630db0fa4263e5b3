// Leases: blocks of numbers per kind, unit and day that never overlap and are never handed out
// twice, recorded with the desk that holds them.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaseResponseSchema, syncPaths, type LeaseResponse } from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type TestPortal } from './support/harness';

announceSkips();

for (const variant of variants) {
  describe.skipIf(variant.skip)(`leases (${variant.name})`, () => {
    let t: TestPortal;
    let token: string;
    beforeAll(async () => {
      t = await startPortal(variant);
      token = await t.token(officerOf('CATBXHN', 'clerk').id);
    }, 60_000);
    afterAll(() => t?.close());

    async function lease(body: Record<string, unknown>): Promise<LeaseResponse> {
      const answer = await t.call(syncPaths.leases, { token, json: { clientId: randomUUID(), kind: 'dossier', day: '2026-03-10', size: 50, ...body } });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return leaseResponseSchema.parse(answer.body);
    }

    it('hands two desks disjoint blocks of the same day and records who holds each', async () => {
      const deskA = randomUUID();
      const deskB = randomUUID();
      const a = await lease({ clientId: deskA });
      const b = await lease({ clientId: deskB, size: 20 });
      expect(a.block).toEqual({ unitCode: 'CATBXHN', day: '2026-03-10', from: 1, to: 50, next: 1 });
      expect(b.block).toMatchObject({ from: 51, to: 70, next: 51 });
      const { rows } = await t.portal.db.query<{ client_id: string; from_number: number; to_number: number }>(
        "SELECT client_id, from_number, to_number FROM leases WHERE unit_code = 'CATBXHN' ORDER BY from_number",
      );
      expect(rows).toEqual([
        { client_id: deskA, from_number: 1, to_number: 50 },
        { client_id: deskB, from_number: 51, to_number: 70 },
      ]);
    });

    it('never overlaps blocks leased at the same moment', async () => {
      const blocks = await Promise.all(Array.from({ length: 20 }, (_, i) => lease({ day: '2026-03-11', size: 1 + i })));
      const ranges = blocks.map((b) => b.block).sort((x, y) => x.from - y.from);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.from).toBe(ranges[i - 1]!.to + 1);
      expect(ranges[0]!.from).toBe(1);
    });

    it('counts each day, and decision numbers through the year, separately', async () => {
      expect((await lease({ day: '2026-03-12', size: 5 })).block.from).toBe(1);
      const first = await lease({ kind: 'decision', day: '2026-03-12', size: 10 });
      const later = await lease({ kind: 'decision', day: '2026-03-13', size: 10 });
      expect([first.kind, first.block.from, later.block.from]).toEqual(['decision', 1, 11]);
    });

    it('refuses a block past number 9999, and a day far from today, storing nothing', async () => {
      await lease({ day: '2026-03-16', size: 499 });
      const before = await t.counts();
      const answers = await Promise.all(Array.from({ length: 20 }, () => t.call(syncPaths.leases, { token, json: { clientId: randomUUID(), kind: 'dossier', day: '2026-03-16', size: 500 } })));
      const refused = answers.filter((a) => a.status === 409);
      expect(refused.length).toBe(1);
      expect(refused[0]!.body.error.code).toBe('NUMBERS_EXHAUSTED');
      const after = await t.counts();
      expect(after.leases - before.leases).toBe(19);
      const far = await t.call(syncPaths.leases, { token, json: { clientId: randomUUID(), kind: 'dossier', day: '2027-01-01', size: 5 } });
      expect(far.status).toBe(400);
      expect(far.body.error.code).toBe('LEASE_DAY_OUT_OF_RANGE');
      expect(await t.counts()).toEqual(after);
    });
  });
}
