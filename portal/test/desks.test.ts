// Desks and their revocation on the real portal (issue 6): every call names its desk in
// X-Desk-Client; the unit's administrator lists the desks seen and revokes one; from then on every
// call from that desk — sign-in, push, pull, leases, blobs, catalogue — is refused with 401
// DEVICE_REVOKED, and the sessions signed in from it no longer work even without the header.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_CLIENT_HEADER, desksResponseSchema, revokeDeskResponseSchema, sessionResponseSchema, syncPaths } from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type TestPortal } from './support/harness';
import { Desk, freshCode, vn } from './support/desk';

announceSkips();

const clerk = officerOf('CUDCN', 'clerk');
const head = officerOf('CUDCN', 'head');
const admin = officerOf('CUDCN', 'admin');
const otherAdmin = officerOf('CSHTT', 'admin');

for (const variant of variants) {
  describe.skipIf(variant.skip)(`desks (${variant.name})`, () => {
    let t: TestPortal;
    const logLines: string[] = [];
    beforeAll(async () => {
      t = await startPortal(variant, { logger: { level: 'warn', stream: { write: (line) => void logLines.push(line) } } });
    }, 60_000);
    afterAll(() => t?.close());

    /** Signs in from a desk, as the app does (the header names it); answers the token. */
    async function signInFrom(clientId: string, username: string): Promise<string> {
      const answer = await t.call(syncPaths.session, { json: { username, password: 'demo' }, headers: { [DESK_CLIENT_HEADER]: clientId } });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return sessionResponseSchema.parse(answer.body).token;
    }

    const fromDesk = (clientId: string, token: string) => ({ token, headers: { [DESK_CLIENT_HEADER]: clientId } });
    const revoke = async (clientId: string, username: string) => t.call(syncPaths.adminRevokeDesk(clientId), { method: 'POST', token: await t.token(username) });

    it('lists the desks seen for the admin’s unit only, with who called last and when', async () => {
      const desk = new Desk();
      const token = await signInFrom(desk.clientId, clerk.id);
      expect((await t.call(syncPaths.pull, fromDesk(desk.clientId, token))).status).toBe(200);
      const listed = desksResponseSchema.parse((await t.call(syncPaths.adminDesks, { token: await t.token(admin.id) })).body).desks;
      expect(listed.find((d) => d.clientId === desk.clientId)).toMatchObject({ unitCode: 'CUDCN', lastOfficerId: clerk.id, lastSeenAt: t.clock.now().toISOString(), revokedAt: null });
      const theirs = desksResponseSchema.parse((await t.call(syncPaths.adminDesks, { token: await t.token(otherAdmin.id) })).body).desks;
      expect(theirs.map((d) => d.clientId)).not.toContain(desk.clientId);
    });

    it('refuses the listing and revocation to anyone but the unit’s admin, and another unit’s admin does not find the desk', async () => {
      const desk = new Desk();
      const token = await signInFrom(desk.clientId, clerk.id);
      expect((await t.call(syncPaths.catalog, fromDesk(desk.clientId, token))).status).toBe(200);
      for (const username of [clerk.id, head.id]) {
        const refused = await revoke(desk.clientId, username);
        expect([refused.status, refused.body.error.code]).toEqual([403, 'ROLE_NOT_ALLOWED']);
        expect(refused.body.error.message).toMatch(/quản trị đơn vị/);
        expect((await t.call(syncPaths.adminDesks, { token: await t.token(username) })).status).toBe(403);
      }
      const elsewhere = await revoke(desk.clientId, otherAdmin.id);
      expect([elsewhere.status, elsewhere.body.error.code]).toEqual([404, 'DESK_NOT_FOUND']);
      const malformed = await t.call(syncPaths.adminRevokeDesk('khong-phai-uuid'), { method: 'POST', token: await t.token(admin.id) });
      expect(malformed.status).toBe(400);
      // Nothing revoked: the desk still syncs.
      expect((await t.call(syncPaths.pull, fromDesk(desk.clientId, token))).status).toBe(200);
      const listed = desksResponseSchema.parse((await t.call(syncPaths.adminDesks, { token: await t.token(admin.id) })).body).desks;
      expect(listed.find((d) => d.clientId === desk.clientId)).toMatchObject({ revokedAt: null, revokedBy: null });
    });

    it('revokes a desk: its sessions end, every call from it is refused with DEVICE_REVOKED, and the revocation is logged', async () => {
      const desk = new Desk();
      const other = new Desk();
      const clerkToken = await signInFrom(desk.clientId, clerk.id);
      const headToken = await signInFrom(desk.clientId, head.id);
      const otherToken = await signInFrom(other.clientId, clerk.id);
      expect((await t.call(syncPaths.pull, fromDesk(desk.clientId, clerkToken))).status).toBe(200);

      const revoked = await revoke(desk.clientId, admin.id);
      expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
      const answer = revokeDeskResponseSchema.parse(revoked.body);
      expect(answer).toMatchObject({ sessionsEnded: 2, desk: { clientId: desk.clientId, revokedBy: admin.id, revokedAt: t.clock.now().toISOString() } });
      const logged = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.event === 'desk-revoked');
      expect(logged).toEqual([expect.objectContaining({ clientId: desk.clientId, unitCode: 'CUDCN', by: admin.id, sessionsEnded: 2 })]);
      // A second revocation changes nothing.
      expect(revokeDeskResponseSchema.parse((await revoke(desk.clientId, admin.id)).body)).toMatchObject({ sessionsEnded: 0, desk: { revokedAt: answer.desk.revokedAt } });

      const bytes = randomBytes(64);
      const sha = createHash('sha256').update(bytes).digest('hex');
      const mutation = desk.receive(clerk, freshCode('CUDCN'), vn('2026-03-09 09:00'));
      const before = await t.counts();
      const attempts = [
        await t.call(syncPaths.pull, fromDesk(desk.clientId, clerkToken)),
        await t.call(syncPaths.catalog, fromDesk(desk.clientId, headToken)),
        await t.call(syncPaths.push, { ...fromDesk(desk.clientId, clerkToken), json: { clientId: desk.clientId, mutations: [mutation] } }),
        await t.call(syncPaths.leases, { ...fromDesk(desk.clientId, clerkToken), json: { clientId: desk.clientId, kind: 'dossier', day: '2026-03-10', size: 10 } }),
        await t.call(syncPaths.blobsMissing, { ...fromDesk(desk.clientId, clerkToken), json: { hashes: [sha] } }),
        await t.call(syncPaths.blob(sha), { ...fromDesk(desk.clientId, clerkToken), method: 'HEAD' }),
        await t.call(syncPaths.blob(sha), { ...fromDesk(desk.clientId, clerkToken) }),
        // Even a fresh sign-in from it, or another officer's valid session used from it.
        await t.call(syncPaths.session, { json: { username: clerk.id, password: 'demo' }, headers: { [DESK_CLIENT_HEADER]: desk.clientId } }),
        await t.call(syncPaths.pull, fromDesk(desk.clientId, otherToken)),
      ];
      for (const refused of attempts) expect(refused.status).toBe(401);
      for (const refused of attempts.filter((a) => a.body?.error)) expect(refused.body.error.code).toBe('DEVICE_REVOKED');
      expect(attempts[0]!.body.error.message).toMatch(/thu hồi quyền đồng bộ của máy trạm này/);
      // Without the header, its push is still refused by the client id in the body.
      const bodyOnly = await t.call(syncPaths.push, { token: otherToken, json: { clientId: desk.clientId, mutations: [mutation] } });
      expect([bodyOnly.status, bodyOnly.body.error.code]).toEqual([401, 'DEVICE_REVOKED']);
      // The desk's own sessions are over, whatever the header says.
      for (const token of [clerkToken, headToken]) {
        const ended = await t.call(syncPaths.pull, { token });
        expect([ended.status, ended.body.error.code]).toEqual([401, 'UNAUTHENTICATED']);
      }
      expect(await t.counts()).toEqual(before);
      // The other desk carries on.
      expect((await t.call(syncPaths.pull, fromDesk(other.clientId, otherToken))).status).toBe(200);
    });

    it('refuses a header that is not a desk id, and a push whose body names another desk than its header', async () => {
      const desk = new Desk();
      const token = await signInFrom(desk.clientId, clerk.id);
      const bad = await t.call(syncPaths.pull, { token, headers: { [DESK_CLIENT_HEADER]: "' OR 1=1 --" } });
      expect([bad.status, bad.body.error.code]).toEqual([400, 'INVALID_INPUT']);
      const mutation = desk.receive(clerk, freshCode('CUDCN'), vn('2026-03-09 09:00'));
      const before = await t.counts();
      const mismatch = await t.call(syncPaths.push, { ...fromDesk(desk.clientId, token), json: { clientId: randomUUID(), mutations: [mutation] } });
      expect([mismatch.status, mismatch.body.error.code]).toEqual([400, 'INVALID_INPUT']);
      expect(await t.counts()).toEqual(before);
    });
  });
}
