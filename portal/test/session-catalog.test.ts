// Signing in, the catalogue, health and the API description, and which browser origins may call.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { catalogResponseSchema, healthResponseSchema, sessionResponseSchema, syncPaths } from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type TestPortal } from './support/harness';

announceSkips();

for (const variant of variants) {
  describe.skipIf(variant.skip)(`session and catalogue (${variant.name})`, () => {
    let t: TestPortal;
    beforeAll(async () => {
      t = await startPortal(variant);
    }, 60_000);
    afterAll(() => t?.close());

    it('signs a demo officer in for eight hours, naming the officer, unit and roles', async () => {
      const head = officerOf('CSHTT', 'head');
      const answer = await t.call(syncPaths.session, { json: { username: head.id, password: 'demo' } });
      expect(answer.status).toBe(200);
      const session = sessionResponseSchema.parse(answer.body);
      expect(session.officer).toEqual(head);
      expect(session.unit).toEqual({ code: 'CSHTT', name: 'Cục Sở hữu trí tuệ' });
      expect(session.roles).toEqual(['head']);
      expect(Date.parse(session.expiresAt) - t.clock.now().getTime()).toBe(8 * 3_600_000);
    });

    it('refuses a wrong password or an unknown user alike, with 401 and no session stored', async () => {
      const before = await t.counts();
      const wrong = await t.call(syncPaths.session, { json: { username: 'cshtt.mc1', password: 'not-demo' } });
      const unknown = await t.call(syncPaths.session, { json: { username: 'nobody', password: 'demo' } });
      for (const answer of [wrong, unknown]) {
        expect(answer.status).toBe(401);
        expect(answer.body).toEqual({ error: { code: 'BAD_CREDENTIALS', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } });
      }
      expect(await t.counts()).toEqual(before);
    });

    it('serves the catalogue and holiday calendar it judges by', async () => {
      const answer = await t.call(syncPaths.catalog, { token: await t.token('vpb.mc1') });
      expect(answer.status).toBe(200);
      const catalog = catalogResponseSchema.parse(answer.body);
      expect(catalog.catalogue).toEqual(shippedCatalogue);
      expect(catalog.version).toBe(`${shippedCatalogue.version}+${catalog.holidays.version}`);
      expect(catalog.holidays.years.map((y) => y.year)).toContain(2026);
    });

    it('refuses a missing, malformed or unknown token with 401, and an expired one once eight hours have passed', async () => {
      const token = await t.token('cudcn.cv1');
      const missing = await t.call(syncPaths.catalog);
      const malformed = await t.call(syncPaths.catalog, { headers: { authorization: 'Basic abc' } });
      const unknown = await t.call(syncPaths.catalog, { token: 'x'.repeat(43) });
      expect([missing, malformed, unknown].map((a) => [a.status, a.body.error.code])).toEqual([
        [401, 'UNAUTHENTICATED'],
        [401, 'UNAUTHENTICATED'],
        [401, 'UNAUTHENTICATED'],
      ]);
      t.clock.advance(8 * 3_600_000 + 1000);
      const expired = await t.call(syncPaths.pull, { token });
      expect([expired.status, expired.body.error.code]).toEqual([401, 'SESSION_EXPIRED']);
      expect(expired.body.error.message).toMatch(/đăng nhập lại/);
    });

    it('reports health and describes itself in OpenAPI 3.1', async () => {
      const health = healthResponseSchema.parse((await t.call(syncPaths.health)).body);
      expect(health.database).toBe(variant.name === 'PGlite' ? 'pglite' : 'postgres');
      const openapi = (await t.call(syncPaths.openapi)).body;
      expect(openapi.openapi).toBe('3.1.0');
      expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining([syncPaths.push, syncPaths.pull, syncPaths.leases, syncPaths.blobsMissing, '/api/v1/blobs/{sha256}']));
      expect(openapi.components.schemas.PushRequest.type).toBe('object');
    });

    it("answers browser preflights from the desk's origins only, allowing the upload headers", async () => {
      const preflight = (origin: string) =>
        fetch(t.base + syncPaths.blob('a'.repeat(64)), {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization, upload-offset, upload-length, content-type' },
        });
      for (const origin of ['app://desk', 'http://127.0.0.1:5180', 'http://localhost:5173']) {
        const answer = await preflight(origin);
        expect(answer.headers.get('access-control-allow-origin')).toBe(origin);
        expect(answer.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('upload-offset');
      }
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
      const read = await fetch(t.base + syncPaths.health, { headers: { origin: 'app://desk' } });
      expect(read.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('upload-offset');
    });
  });
}
