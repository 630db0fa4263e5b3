// Hardening you can prove (issue 6, portal): each attack an outsider or another unit's officer
// could try is tried here against a real portal and shown refused — forged and expired tokens,
// password guessing, other units' data, role escalation, browser origins and response headers.
// Injection strings have their own file (security-injection.test.ts).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterIntake } from '../../shared/domain/workflow/testing';
import { pullResponseSchema, pushResponseSchema, sessionResponseSchema, syncPaths, type Change, type Mutation, type MutationResult } from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type TestPortal } from './support/harness';
import { Desk, freshCode, rawMutation, ref, vn } from './support/desk';

announceSkips();

const clerk = officerOf('CUDCN', 'clerk');
const head = officerOf('CUDCN', 'head');
const specialist = officerOf('CUDCN', 'specialist');
const otherClerk = officerOf('CSHTT', 'clerk');
const otherHead = officerOf('CSHTT', 'head');
const PASSWORD_IN_LOGS = 'doan-mat-khau-7391';
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

for (const variant of variants) {
  describe.skipIf(variant.skip)(`security (${variant.name})`, () => {
    let t: TestPortal;
    let updatesDir: string;
    const logLines: string[] = [];
    beforeAll(async () => {
      updatesDir = await mkdtemp(join(tmpdir(), 'portal-updates-'));
      await writeFile(join(updatesDir, 'latest.yml'), 'version: 1.0.0\n');
      t = await startPortal(variant, { sessionHours: 12, updatesDir, logger: { level: 'warn', stream: { write: (line) => void logLines.push(line) } } });
    }, 60_000);
    afterAll(async () => {
      await t?.close();
      await rm(updatesDir, { recursive: true, force: true });
    });

    async function push(mutations: Mutation[], clientId: string, username: string): Promise<MutationResult[]> {
      const answer = await t.call(syncPaths.push, { token: await t.token(username), json: { clientId, mutations } });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return pushResponseSchema.parse(answer.body).results;
    }

    async function pullAll(username: string): Promise<Change[]> {
      const changes: Change[] = [];
      for (let cursor = '0', more = true; more; ) {
        const page = pullResponseSchema.parse((await t.call(`${syncPaths.pull}?cursor=${cursor}`, { token: await t.token(username) })).body);
        changes.push(...page.changes);
        ({ cursor, more } = page);
      }
      return changes;
    }

    const upload = async (bytes: Buffer, username: string) => {
      const answer = await t.call(syncPaths.blob(sha(bytes)), {
        method: 'PUT',
        token: await t.token(username),
        body: bytes,
        headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0', 'upload-length': String(bytes.length) },
      });
      expect(answer.status).toBe(204);
      return sha(bytes);
    };

    /** A CUDCN dossier received with one attached file, then assigned to a specialist (status 4). */
    async function cudcnDossierWithFile() {
      const bytes = randomBytes(200);
      const hash = await upload(bytes, clerk.id);
      const desk = new Desk();
      const dossierId = randomUUID();
      const at = vn('2026-03-09 09:00');
      const file = { id: randomUUID(), dossierId, componentCode: 'VB', sha256: hash, name: 'don.pdf', size: bytes.length, mimeType: 'application/pdf', addedAt: at, addedBy: clerk.id };
      const intake = desk.act(clerk, { type: 'receive', dossierId, intake: counterIntake({ code: freshCode('CUDCN') }) }, at, dossierId, [file]);
      const assign = desk.act(head, { type: 'assign', assignee: ref(specialist) }, vn('2026-03-09 10:00'), dossierId);
      expect((await t.pushAsDesk(desk.clientId, [intake, assign])).map((r) => r.status)).toEqual(['applied', 'applied']);
      return { dossierId, hash, desk };
    }

    describe('tokens', () => {
      it('refuses random, altered and malformed tokens with 401 and a Vietnamese sentence', async () => {
        const real = await t.token(clerk.id);
        const flipped = real.slice(0, -1) + (real.endsWith('A') ? 'B' : 'A');
        const attempts = [
          { authorization: `Bearer ${randomBytes(32).toString('base64url')}` },
          { authorization: `Bearer ${flipped}` },
          { authorization: `Bearer ${real}x` },
          { authorization: `Bearer ${real.slice(0, 20)}` },
          // A JWT-looking token with "alg: none" means nothing to the portal: tokens are opaque.
          { authorization: `Bearer ${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(`{"sub":"${head.id}"}`).toString('base64url')}.` },
          { authorization: "Bearer ' OR '1'='1" },
          { authorization: real },
          { authorization: `Basic ${Buffer.from(`${clerk.id}:demo`).toString('base64')}` },
        ];
        for (const headers of attempts) {
          const answer = await t.call(syncPaths.pull, { headers });
          expect(answer.status, headers.authorization).toBe(401);
          expect(answer.body.error.code).toBe('UNAUTHENTICATED');
          expect(answer.body.error.message).toMatch(/đăng nhập|Authorization/);
          expect(answer.headers.get('www-authenticate')).toBe('Bearer');
        }
        expect((await t.call(syncPaths.pull, { token: real })).status).toBe(200);
      });

      it('expires a token after the configured 12 hours with SESSION_EXPIRED, naming the period', async () => {
        const answer = await t.call(syncPaths.session, { json: { username: otherHead.id, password: 'demo' } });
        const session = sessionResponseSchema.parse(answer.body);
        const start = t.clock.current;
        expect(Date.parse(session.expiresAt) - start.getTime()).toBe(12 * 3_600_000);
        try {
          t.clock.advance(12 * 3_600_000 - 1000);
          expect((await t.call(syncPaths.catalog, { token: session.token })).status).toBe(200);
          t.clock.advance(2000);
          for (const path of [syncPaths.catalog, syncPaths.pull, syncPaths.blob('a'.repeat(64))]) {
            const expired = await t.call(path, { token: session.token });
            expect([expired.status, expired.body.error.code]).toEqual([401, 'SESSION_EXPIRED']);
            expect(expired.body.error.message).toBe('Phiên đăng nhập đã hết hạn (sau 12 giờ); hãy đăng nhập lại để đồng bộ tiếp.');
          }
        } finally {
          t.clock.current = start;
        }
      });
    });

    describe('other units', () => {
      it("shows an officer of unit B nothing of unit A's dossiers, events or files", async () => {
        const { dossierId, hash } = await cudcnDossierWithFile();
        const own = await pullAll(clerk.id);
        expect(own.some((c) => c.kind === 'file' && c.file.sha256 === hash)).toBe(true);
        const foreign = await pullAll(otherClerk.id);
        expect(foreign.filter((c) => (c.kind === 'event' ? c.event.dossierId : c.file.dossierId) === dossierId)).toEqual([]);
        expect(JSON.stringify(foreign)).not.toContain(hash);
        // The bytes too: content-addressed, but only readable by a unit whose dossier holds them.
        const read = await t.call(syncPaths.blob(hash), { token: await t.token(otherClerk.id) });
        expect([read.status, read.body.error.code]).toEqual([403, 'FORBIDDEN']);
        const ranged = await t.call(syncPaths.blob(hash), { token: await t.token(otherClerk.id), headers: { range: 'bytes=0-9' } });
        expect(ranged.status).toBe(403);
      });

      it("refuses writes on unit A's dossier from unit B's token with WRONG_UNIT, storing no event", async () => {
        const { dossierId } = await cudcnDossierWithFile();
        await t.token(otherHead.id);
        const before = await t.counts();
        const desk = new Desk();
        const attempts = [
          rawMutation(otherHead, dossierId, 2, { type: 'stop', reason: 'Dừng hộ đơn vị khác' }, vn('2026-03-10 08:00')),
          // Claiming to act for unit A while signed in for unit B.
          rawMutation({ ...otherHead, unitCode: 'CUDCN' }, dossierId, 2, { type: 'stop', reason: 'Mạo danh cán bộ đơn vị khác' }, vn('2026-03-10 08:00')),
          // Unit A's officer, with unit B's session.
          rawMutation(head, dossierId, 2, { type: 'stop', reason: 'Mạo danh cán bộ đơn vị khác' }, vn('2026-03-10 08:00')),
        ];
        const results = await push(attempts, desk.clientId, otherHead.id);
        expect(results.map((r) => r.status === 'rejected' && r.code)).toEqual(['WRONG_UNIT', 'WRONG_UNIT', 'ACTOR_MISMATCH']);
        expect(results.every((r) => r.status === 'rejected' && r.dossier === null)).toBe(true);
        const after = await t.counts();
        expect({ ...after, mutation_results: 0 }).toEqual({ ...before, mutation_results: 0 });
        const events = (await pullAll(clerk.id)).filter((c) => c.kind === 'event' && c.event.dossierId === dossierId);
        expect(events).toHaveLength(2);
      });
    });

    describe('roles', () => {
      it('refuses a clerk approving, signing or stopping with ROLE_NOT_ALLOWED, storing no event', async () => {
        const { dossierId } = await cudcnDossierWithFile();
        const before = await t.counts();
        const desk = new Desk();
        const commands = [{ type: 'approve' as const }, { type: 'sign' as const, documentNumber: '12/QĐ-CUDCN' }, { type: 'stop' as const, reason: 'Thử vượt quyền' }];
        const results = await push(
          commands.map((command) => rawMutation(clerk, dossierId, 2, command, vn('2026-03-10 08:00'))),
          desk.clientId,
          clerk.id,
        );
        expect(results.map((r) => r.status === 'rejected' && r.code)).toEqual(['ROLE_NOT_ALLOWED', 'ROLE_NOT_ALLOWED', 'ROLE_NOT_ALLOWED']);
        expect((await t.counts()).feed).toBe(before.feed);
      });

      it('refuses a body that gives the officer a role or unit the roster does not', async () => {
        const { dossierId } = await cudcnDossierWithFile();
        const before = await t.counts();
        const desk = new Desk();
        const promoted = rawMutation({ ...clerk, role: 'leader' }, dossierId, 2, { type: 'approve' }, vn('2026-03-10 08:00'));
        const moved = rawMutation({ ...clerk, unitCode: 'CSHTT' }, dossierId, 2, { type: 'stop', reason: 'Đổi đơn vị' }, vn('2026-03-10 08:00'));
        const invented = rawMutation({ id: 'cudcn.giamdoc', name: 'Giám đốc giả', role: 'leader', unitCode: 'CUDCN' }, dossierId, 2, { type: 'approve' }, vn('2026-03-10 08:00'));
        const results = await push([promoted, moved, invented], desk.clientId, clerk.id);
        // An officer the roster lacks cannot sign in: their name on the clerk's session is another officer's action.
        expect(results.map((r) => r.status === 'rejected' && r.code)).toEqual(['ROLE_MISMATCH', 'WRONG_UNIT', 'ACTOR_MISMATCH']);
        expect((await t.counts()).feed).toBe(before.feed);
      });
    });

    describe('sign-in throttling', () => {
      const guess = (username: string, password = 'sai-mat-khau') => t.call(syncPaths.session, { json: { username, password } });

      it('locks a username after five wrong passwords (429, Retry-After), longer each time, and a right password resets it', async () => {
        const username = officerOf('VPB', 'specialist').id;
        for (let i = 0; i < 5; i++) expect((await guess(username)).status).toBe(401);
        const locked = await guess(username, 'demo');
        expect([locked.status, locked.body.error.code]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
        expect(locked.headers.get('retry-after')).toBe('60');
        expect(locked.body.error.message).toMatch(/thử lại sau 1 phút/);
        // The lock is the username's: another officer on the same machine still signs in.
        expect((await guess(officerOf('VPB', 'clerk').id, 'demo')).status).toBe(200);

        t.clock.advance(61_000);
        expect((await guess(username)).status).toBe(401);
        expect((await guess(username)).headers.get('retry-after')).toBe('120');
        t.clock.advance(121_000);
        expect((await guess(username, 'demo')).status).toBe(200);
        for (let i = 0; i < 4; i++) expect((await guess(username)).status).toBe(401);
        expect((await guess(username, 'demo')).status).toBe(200);
      });

      it('lets a parallel burst of guesses check no more passwords than the allowance', async () => {
        const username = officerOf('VDTGD', 'clerk').id;
        const answers = await Promise.all(Array.from({ length: 12 }, () => guess(username)));
        const statuses = answers.map((a) => a.status);
        expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
        expect(statuses.filter((s) => s !== 401).every((s) => s === 429)).toBe(true);
      });

      it('logs refused sign-ins with username and address, never the password', async () => {
        await guess('cudcn.khongco', PASSWORD_IN_LOGS);
        const refused = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.event === 'sign-in-refused');
        expect(refused).toContainEqual(expect.objectContaining({ username: 'cudcn.khongco', address: '127.0.0.1', code: 'BAD_CREDENTIALS' }));
        expect(refused.some((entry) => entry.code === 'TOO_MANY_ATTEMPTS')).toBe(true);
        expect(logLines.join('\n')).not.toContain(PASSWORD_IN_LOGS);
      });
    });

    describe('browsers and headers', () => {
      const preflight = (origin: string) =>
        fetch(t.base + syncPaths.push, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });

      it("answers only the desk's origins; another origin's preflight and reads get no CORS header at all", async () => {
        const allowed = await preflight('app://desk');
        expect(allowed.headers.get('access-control-allow-origin')).toBe('app://desk');
        expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
        for (const origin of ['https://evil.example', 'null', 'app://desk.evil.example', 'http://127.0.0.1:5181']) {
          const refused = await preflight(origin);
          const cors = [...refused.headers.keys()].filter((name) => name.startsWith('access-control-'));
          expect(cors, origin).toEqual([]);
          const read = await fetch(t.base + syncPaths.health, { headers: { origin } });
          expect([...read.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
        }
      });

      it('sends the security headers on every answer, and no-store on API answers but not on update files', async () => {
        const token = await t.token(clerk.id);
        const answers = {
          health: await t.call(syncPaths.health),
          pull: await t.call(syncPaths.pull, { token }),
          unauthenticated: await t.call(syncPaths.pull),
          notFound: await t.call('/api/v1/nothing-here'),
          blob: await t.call(syncPaths.blob(await upload(randomBytes(50), clerk.id)), { token }),
          signIn: await t.call(syncPaths.session, { json: { username: clerk.id, password: 'demo' } }),
          preflight: { headers: (await preflight('app://desk')).headers },
        };
        for (const [name, { headers }] of Object.entries(answers)) {
          expect(headers.get('x-content-type-options'), name).toBe('nosniff');
          expect(headers.get('referrer-policy'), name).toBe('no-referrer');
          expect(headers.get('x-frame-options'), name).toBe('DENY');
          expect(headers.get('content-security-policy'), name).toContain("frame-ancestors 'none'");
          expect(headers.get('cache-control'), name).toBe('no-store');
          expect(headers.get('x-powered-by'), name).toBeNull();
        }
        const update = await t.call('/updates/latest.yml');
        expect(update.status).toBe(200);
        expect(update.headers.get('cache-control')).toBe('no-cache');
        expect(update.headers.get('x-content-type-options')).toBe('nosniff');
      });
    });

    // Last: it locks this test machine's address for the rest of the portal's life.
    it('locks a client address after 30 failures across usernames, even for a right password', async () => {
      const guess = (username: string, password: string) => t.call(syncPaths.session, { json: { username, password } });
      let status = 401;
      for (let i = 0; i < 40 && status === 401; i++) status = (await guess(`khong-co-${i}`, 'sai')).status;
      expect(status).toBe(429);
      const locked = await guess(officerOf('CSHTT', 'specialist').id, 'demo');
      expect([locked.status, locked.body.error.code]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
    }, 30_000);
  });
}
