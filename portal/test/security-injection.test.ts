// Injection strings in every text field, identifier, query and path parameter and header the
// portal reads: each is refused with a 4xx or stored verbatim as data, never run, and every table
// is intact afterwards. Also a static check that no SQL text in portal/src is built from values.
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../shared/domain/text/fold';
import { counterIntake } from '../../shared/domain/workflow/testing';
import { apiErrorSchema, pullResponseSchema, pushResponseSchema, syncPaths } from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type TestPortal } from './support/harness';
import { Desk, freshCode, rawMutation, vn } from './support/desk';

announceSkips();

const clerk = officerOf('CUDCN', 'clerk');

/** What an attacker types: SQL, operator objects as text, NUL and other control characters, markup, very long text. */
const INJECTIONS = [
  "'; DROP TABLE feed; --",
  "x' OR '1'='1",
  'Robert"); DELETE FROM dossiers; --',
  '{"$gt":""}',
  '$1::jsonb',
  'a\u0000b',
  '\u0000',
  '\u001b[31mđỏ\u0008\r\n',
  '<script>alert(1)</script>',
  '\\u0000 \\x00 %00',
  '𝒜 ﷽ \uD800',
  "'".repeat(200),
] as const;

const sqlTables = ['officers', 'sessions', 'dossiers', 'feed', 'mutation_results', 'number_counters', 'leases', 'public_filings', 'blobs'];

for (const variant of variants) {
  describe.skipIf(variant.skip)(`injection strings (${variant.name})`, () => {
    let t: TestPortal;
    let token: string;
    beforeAll(async () => {
      t = await startPortal(variant);
      token = await t.token(clerk.id);
    }, 60_000);
    afterAll(() => t?.close());

    /** Every table the portal had is still there, and still answers. */
    async function expectTablesIntact() {
      const { rows } = await t.portal.db.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
      );
      expect(rows.map((row) => row.table_name)).toEqual(expect.arrayContaining(sqlTables));
      const counts = await t.counts();
      expect(counts.officers).toBeGreaterThan(0);
    }

    const expectRefusal = (answer: { status: number; body: unknown }, label: string) => {
      expect(answer.status, `${label}: ${JSON.stringify(answer.body).slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(answer.status, label).toBeLessThan(500);
      expect(apiErrorSchema.safeParse(answer.body).success, label).toBe(true);
    };

    // Sent as a desk that skipped its own checks would: the portal judges the text itself. Text
    // PostgreSQL can store comes back verbatim; NUL and lone surrogates are refused as INVALID_TEXT.
    it.each(INJECTIONS.map((s, i) => [i, s] as const))('stores injection %i in the intake text fields and the dossier id verbatim, or refuses it', async (i, text) => {
      const desk = new Desk();
      const dossierId = `${text.slice(0, 90)}-${i}`;
      const intake = counterIntake({ code: freshCode('CUDCN'), summary: text, applicant: { ...counterIntake().applicant, name: text, representative: text, address: text } });
      const mutation = rawMutation(clerk, dossierId, 0, { type: 'receive', dossierId, intake }, vn('2026-03-09 09:00'));
      const before = await t.counts();
      const answer = await t.call(syncPaths.push, { token, json: { clientId: desk.clientId, mutations: [mutation] } });
      const storable = !text.includes('\u0000') && !text.includes('\uD800');
      if (storable) {
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        const [result] = pushResponseSchema.parse(answer.body).results;
        expect(result?.status, JSON.stringify(result)).toBe('applied');
        const pulled = pullResponseSchema.parse((await t.call(`${syncPaths.pull}?limit=1000`, { token })).body);
        // As data: the workflow's own text normalisation (NFC, spaces tidied) applies, nothing else.
        const kept = normalizeText(text);
        const received = pulled.changes.find((c) => c.kind === 'event' && c.event.dossierId === dossierId);
        expect(received?.kind === 'event' && received.event.payload).toMatchObject({ origin: { intake: { summary: kept, applicant: { name: kept, address: kept } } } });
        const stored = await t.portal.db.query<{ id: string; name: string }>("SELECT id, body->'applicant'->>'name' AS name FROM dossiers WHERE id = $1", [dossierId]);
        expect(stored.rows).toEqual([{ id: dossierId, name: kept }]);
      } else {
        expectRefusal(answer, text);
        expect(answer.body.error.code).toBe('INVALID_TEXT');
        expect(await t.counts()).toEqual(before);
      }
      await expectTablesIntact();
    });

    it.each(INJECTIONS.map((s, i) => [i, s] as const))('takes injection %i in query, path, header and sign-in fields as data: 4xx, nothing run', async (_i, text) => {
      const before = await t.counts();
      // A lone surrogate cannot be percent-encoded; it goes as the malformed UTF-8 it would be.
      const q = encodeURIComponent(text.split('\uD800').join('')).concat(text.includes('\uD800') ? '%ED%A0%80' : '');
      const attempts = {
        pullCursor: await t.call(`${syncPaths.pull}?cursor=${q}`, { token }),
        pullLimit: await t.call(`${syncPaths.pull}?limit=${q}`, { token }),
        pullExtra: await t.call(`${syncPaths.pull}?cursor[$gt]=${q}`, { token }),
        blobPath: await t.call(syncPaths.blob(q), { token }),
        withdrawPath: await t.call(syncPaths.publicWithdraw(q), { json: { reason: text, at: vn('2026-03-10 08:00') }, headers: { 'x-portal-key': t.key } }),
        portalKey: await t.call(syncPaths.publicDossiers, { json: {}, headers: { 'x-portal-key': text.replace(/[^\x20-\x7e]/g, '?') } }),
        uploadOffset: await t.call(syncPaths.blob('d'.repeat(64)), {
          method: 'PUT',
          token,
          body: 'abc',
          headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': text.replace(/[^\x20-\x7e]/g, '?'), 'upload-length': '3' },
        }),
        leaseDay: await t.call(syncPaths.leases, { token, json: { clientId: randomUUID(), kind: 'dossier', day: text, size: 1 } }),
        leaseKind: await t.call(syncPaths.leases, { token, json: { clientId: randomUUID(), kind: text, day: '2026-03-10', size: 1 } }),
        missingHashes: await t.call(syncPaths.blobsMissing, { token, json: { hashes: [text] } }),
        operatorObject: await t.call(syncPaths.leases, { token, json: { clientId: { $gt: '' }, kind: 'dossier', day: '2026-03-10', size: 1 } }),
        signIn: await t.call(syncPaths.session, { json: { username: text, password: text } }),
      };
      for (const [label, answer] of Object.entries(attempts)) expectRefusal(answer, `${label} ← ${JSON.stringify(text)}`);
      expect({ ...(await t.counts()), sessions: 0 }).toEqual({ ...before, sessions: 0 });
      await expectTablesIntact();
    });

    it('refuses text longer than the contract allows with 400 or 413, storing nothing', async () => {
      const desk = new Desk();
      const long = "'; DROP TABLE feed; --".repeat(5000);
      const dossierId = randomUUID();
      const mutation = desk.act(clerk, { type: 'receive', dossierId, intake: counterIntake({ code: freshCode('CUDCN') }) }, vn('2026-03-09 09:00'), dossierId);
      const before = await t.counts();
      const tooLong = [
        await t.call(syncPaths.push, { token, json: { clientId: desk.clientId, mutations: [{ ...mutation, dossierId: long }] } }),
        await t.call(syncPaths.push, { token, json: { clientId: desk.clientId, mutations: [{ ...mutation, command: { ...mutation.command, intake: counterIntake({ summary: long }) } }] } }),
        await t.call(syncPaths.session, { json: { username: long, password: 'demo' } }),
        await t.call(`${syncPaths.pull}?cursor=${'9'.repeat(5000)}`, { token }),
      ];
      for (const answer of tooLong) expect([400, 413, 414, 431]).toContain(answer.status);
      expect(await t.counts()).toEqual(before);
      await expectTablesIntact();
    });
  });
}

describe('SQL text in the portal', () => {
  it('is never built from values: every ${…} inside a query is a fixed fragment with $n placeholders', async () => {
    const root = join(import.meta.dirname, '../src');
    const files = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    const interpolations: string[] = [];
    for (const name of files) {
      const source = await readFile(join(root, name), 'utf8');
      for (const call of source.matchAll(/\.(?:query|exec)\b[^(`]*\(\s*`([^`]*)`/g)) {
        for (const [, expression] of call[1]!.matchAll(/\$\{([^}]*)\}/g)) interpolations.push(`${name}: ${expression}`);
      }
    }
    expect(files.length).toBeGreaterThan(20);
    // ledger.ts's `each('$n')` expands to a fixed sub-select over a JSON parameter.
    expect(interpolations.filter((found) => !/: each\('\$\d+'\)$/.test(found))).toEqual([]);
  });
});
