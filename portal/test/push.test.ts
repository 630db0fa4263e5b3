// Push: the portal judges each mutation again with the shared workflow, against its own current
// dossier, answers each one, remembers the answer, and never applies a mutation twice.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterIntake } from '../../shared/domain/workflow/testing';
import { pullResponseSchema, pushResponseSchema, syncPaths, type Mutation, type MutationResult } from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type TestPortal } from './support/harness';
import { Desk, freshCode, rawMutation, ref, vn } from './support/desk';

announceSkips();

const clerk = officerOf('CUDCN', 'clerk');
const head = officerOf('CUDCN', 'head');
const specialist1 = officerOf('CUDCN', 'specialist', 1);
const specialist2 = officerOf('CUDCN', 'specialist', 2);
const leader = officerOf('CUDCN', 'leader');

for (const variant of variants) {
  describe.skipIf(variant.skip)(`push (${variant.name})`, () => {
    let t: TestPortal;
    beforeAll(async () => {
      t = await startPortal(variant);
    }, 60_000);
    afterAll(() => t?.close());

    /** Pushes as one officer (the token of `username`), or, without one, each officer's own actions with their own token. */
    async function push(mutations: Mutation[], clientId: string, username?: string): Promise<MutationResult[]> {
      if (username === undefined) return t.pushAsDesk(clientId, mutations);
      const answer = await t.call(syncPaths.push, { token: await t.token(username), json: { clientId, mutations } });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return pushResponseSchema.parse(answer.body).results;
    }

    /** A dossier received and assigned to specialist 1 on `desk`, pushed; answers its id. */
    async function assignedDossier(desk: Desk): Promise<string> {
      const intake = desk.receive(clerk, freshCode('CUDCN'), vn('2026-03-09 09:00'));
      const assign = desk.act(head, { type: 'assign', assignee: ref(specialist1) }, vn('2026-03-09 10:00'), intake.dossierId);
      const results = await push([intake, assign], desk.clientId);
      expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
      return intake.dossierId;
    }

    it('records a counter intake once: events, projection, feed and the remembered answer; a repeat changes nothing', async () => {
      const desk = new Desk();
      const mutation = desk.receive(clerk, freshCode('CUDCN'), vn('2026-03-09 09:00'));
      const before = await t.counts();
      const first = await push([mutation], desk.clientId);
      expect(first[0]).toMatchObject({ mutationId: mutation.mutationId, status: 'applied', version: 1 });
      if (first[0]!.status !== 'applied') return;
      expect(first[0]!.events.map((e) => e.id)).toEqual(mutation.eventIds);
      expect(first[0]!.events[0]).toMatchObject({ type: 'received', version: 1, payload: { dueDate: '2026-03-16' } });
      const after = await t.counts();
      expect(after.dossiers - before.dossiers).toBe(1);
      expect(after.feed - before.feed).toBe(1);
      expect(after.mutation_results - before.mutation_results).toBe(1);

      const again = await push([mutation], desk.clientId);
      expect(again).toEqual(first);
      expect(await t.counts()).toEqual(after);
    });

    it('refuses an action the rules forbid with a code, a Vietnamese sentence and the portal dossier, and remembers the refusal', async () => {
      const desk = new Desk();
      const intake = desk.receive(clerk, freshCode('CUDCN'), vn('2026-03-09 09:00'));
      await push([intake], desk.clientId);
      const approve = rawMutation(leader, intake.dossierId, 1, { type: 'approve' }, vn('2026-03-09 11:00'));
      const before = await t.counts();
      const [result] = await push([approve], desk.clientId);
      expect(result).toMatchObject({ status: 'rejected', code: 'NOT_ALLOWED_IN_STATUS', dossier: { id: intake.dossierId, version: 1, status: 2 } });
      if (result?.status === 'rejected') expect(result.message).toMatch(/^Không thể phê duyệt kết quả khi hồ sơ đang ở trạng thái «Được tiếp nhận»/);
      const after = await t.counts();
      expect(after.feed).toBe(before.feed);
      expect(after.mutation_results - before.mutation_results).toBe(1);
      expect(await push([approve], desk.clientId)).toEqual([result]);
      expect(await t.counts()).toEqual(after);
    });

    it('never lets one refused mutation block the others in the batch', async () => {
      const desk = new Desk();
      const a = desk.receive(clerk, freshCode('CUDCN'), vn('2026-03-09 09:00'));
      const bad = rawMutation(clerk, a.dossierId, 1, { type: 'forward', to: null }, vn('2026-03-09 09:30'));
      const b = desk.receive(clerk, freshCode('CUDCN'), vn('2026-03-09 09:40'));
      const results = await push([a, bad, b], desk.clientId, clerk.id);
      expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
      const assignA = desk.act(head, { type: 'assign', assignee: ref(specialist1) }, vn('2026-03-09 10:00'), a.dossierId);
      expect((await push([assignA], desk.clientId))[0]).toMatchObject({ status: 'applied', version: 2 });
    });

    it('refuses an action pushed with another officer’s session (ACTOR_MISMATCH), stores and remembers nothing of it, and applies it from its own officer', async () => {
      const desk = new Desk();
      const intake = desk.receive(clerk, freshCode('CUDCN'), vn('2026-03-09 09:00'));
      const assign = desk.act(head, { type: 'assign', assignee: ref(specialist1) }, vn('2026-03-09 10:00'), intake.dossierId);
      const before = await t.counts();
      const results = await push([intake, assign], desk.clientId, clerk.id);
      expect(results[0]).toMatchObject({ status: 'applied', version: 1 });
      expect(results[1]).toMatchObject({ status: 'rejected', code: 'ACTOR_MISMATCH', dossier: null });
      if (results[1]?.status === 'rejected') expect(results[1].message).toContain(`phiên đăng nhập của ${clerk.name} (${clerk.id})`);
      const after = await t.counts();
      // Only the intake: one dossier, one feed row, one remembered answer.
      expect([after.dossiers - before.dossiers, after.feed - before.feed, after.mutation_results - before.mutation_results]).toEqual([1, 1, 1]);
      expect((await t.portal.db.query('SELECT 1 FROM mutation_results WHERE mutation_id = $1', [assign.mutationId])).rows).toEqual([]);
      // The same action from the head's own session is judged afresh and applied.
      expect((await push([assign], desk.clientId, head.id))[0]).toMatchObject({ status: 'applied', version: 2 });
    });

    it('rebases: an action decided on an older version is applied on top of what another workstation did first', async () => {
      const deskA = new Desk();
      const deskB = new Desk();
      const id = await assignedDossier(deskA);
      deskB.copyFrom(deskA, id);
      const extend = deskA.act(head, { type: 'extendWithApology', newDueDate: '2026-03-20', reason: 'Cần xác minh thêm với bên nhận công nghệ' }, vn('2026-03-10 08:30'), id);
      const forward = deskB.act(specialist1, { type: 'forward', to: ref(head) }, vn('2026-03-10 09:00'), id);
      expect(forward.baseVersion).toBe(2);
      expect((await push([extend], deskA.clientId, head.id))[0]).toMatchObject({ status: 'applied', version: 3 });
      const [result] = await push([forward], deskB.clientId, specialist1.id);
      expect(result).toMatchObject({ status: 'applied', version: 4 });
      if (result?.status === 'applied') expect(result.events[0]).toMatchObject({ id: forward.eventIds[0], version: 4, type: 'forwarded' });
    });

    it('refuses an action the newer portal state forbids, saying who changed the dossier, how and when', async () => {
      const deskA = new Desk();
      const deskB = new Desk();
      const id = await assignedDossier(deskA);
      deskB.copyFrom(deskA, id);
      const reassign = deskA.act(head, { type: 'assign', assignee: ref(specialist2) }, vn('2026-03-10 08:30'), id);
      const forward = deskB.act(specialist1, { type: 'forward', to: ref(head) }, vn('2026-03-10 09:00'), id);
      await push([reassign], deskA.clientId, head.id);
      const [result] = await push([forward], deskB.clientId, specialist1.id);
      expect(result).toMatchObject({ status: 'rejected', code: 'NOT_ASSIGNEE', dossier: { version: 3, assigneeId: specialist2.id } });
      if (result?.status === 'rejected') {
        expect(result.message).toContain(`đã được ${head.name} phân công xử lý trên Cổng lúc 08:30 ngày 10/03/2026`);
        expect(result.message).toContain('đang được giao cho cán bộ khác');
      }
    });

    it('names the change that won for every action built on one the portal refused, by the event the desk decided on', async () => {
      // Regression: the desk's second action counted its first (refused) one in its base version,
      // which then equalled the portal's — whose last version was someone else's change — so the
      // portal saw no change since and its refusal said nothing about who changed the dossier.
      for (const olderDesk of [false, true]) {
        const deskA = new Desk();
        const deskB = new Desk();
        const id = await assignedDossier(deskA);
        deskB.copyFrom(deskA, id);
        await push([deskA.act(head, { type: 'assign', assignee: ref(specialist2) }, vn('2026-03-10 08:30'), id)], deskA.clientId, head.id);
        const forward = deskB.act(specialist1, { type: 'forward', to: ref(head) }, vn('2026-03-10 09:00'), id);
        const payment = deskB.act(head, { type: 'requestPayment', amount: 1_500_000, description: 'Phí thẩm định hợp đồng' }, vn('2026-03-10 09:10'), id);
        expect([forward.baseVersion, payment.baseVersion, payment.baseEventId]).toEqual([2, 3, forward.eventIds[0]]);
        const sent = olderDesk ? [forward, payment].map(({ baseEventId: _base, ...m }) => m) : [forward, payment];
        const results = await push(sent, deskB.clientId);
        expect(results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual(['NOT_ASSIGNEE', 'NOT_AT_STEP']);
        const [first, second] = results.map((r) => (r.status === 'rejected' ? r.message : ''));
        const who = `Hồ sơ ${deskA.dossiers.get(id)!.code} đã được ${head.name} phân công xử lý trên Cổng lúc 08:30 ngày 10/03/2026.`;
        expect(first!.startsWith(who)).toBe(true);
        // A desk that names its base event hears it for the second action too; an older one, by version numbers, does not.
        expect(second!.startsWith(who)).toBe(!olderDesk);
      }
    });

    it('says others changed the dossier before the desk’s own earlier action, when that action is the last change', async () => {
      const deskA = new Desk();
      const deskB = new Desk();
      const id = await assignedDossier(deskA);
      deskB.copyFrom(deskA, id);
      await push([deskA.act(head, { type: 'assign', assignee: ref(specialist2) }, vn('2026-03-10 08:30'), id)], deskA.clientId, head.id);
      // B's head extends (applied after A's assignment, as version 4), then B's specialist forwards on top of it.
      const extend = deskB.act(head, { type: 'extendWithApology', newDueDate: '2026-03-20', reason: 'Cần xác minh thêm với bên nhận công nghệ' }, vn('2026-03-10 09:00'), id);
      const forward = deskB.act(specialist1, { type: 'forward', to: ref(head) }, vn('2026-03-10 09:10'), id);
      const results = await push([extend, forward], deskB.clientId);
      expect(results[0]).toMatchObject({ status: 'applied', version: 4 });
      expect(results[1]).toMatchObject({ status: 'rejected', code: 'NOT_ASSIGNEE' });
      if (results[1]?.status === 'rejected') {
        // Not "changed by" B's own head: the change B had not seen came before its extension.
        expect(results[1].message).toMatch(new RegExp(`^Trước thao tác trước đó của máy này, hồ sơ ${deskA.dossiers.get(id)!.code} đã có 1 thay đổi khác trên Cổng mà máy chưa nhận được\\. `));
        expect(results[1].message).not.toContain('gia hạn');
      }
    });

    it("keeps units apart: another unit's dossier, officer or procedure is refused per mutation", async () => {
      const desk = new Desk();
      const id = await assignedDossier(desk);
      const otherClerk = officerOf('CSHTT', 'clerk');
      await t.token(otherClerk.id);
      const before = await t.counts();
      const onForeignDossier = rawMutation(otherClerk, id, 2, { type: 'assign', assignee: ref(officerOf('CSHTT', 'specialist')) }, vn('2026-03-10 08:00'));
      // The token's own officer, claiming to act for the other unit.
      const foreignActor = rawMutation({ ...otherClerk, unitCode: 'CUDCN' }, id, 2, { type: 'assign', assignee: ref(specialist2) }, vn('2026-03-10 08:00'));
      const newId = crypto.randomUUID();
      const foreignProcedure = rawMutation(otherClerk, newId, 0, { type: 'receive', dossierId: newId, intake: counterIntake({ code: freshCode('CUDCN') }) }, vn('2026-03-10 08:00'));
      const results = await push([onForeignDossier, foreignActor, foreignProcedure], desk.clientId, otherClerk.id);
      expect(results.map((r) => r.status === 'rejected' && r.code)).toEqual(['WRONG_UNIT', 'WRONG_UNIT', 'WRONG_UNIT']);
      expect(results.every((r) => r.status === 'rejected' && r.dossier === null)).toBe(true);
      const after = await t.counts();
      expect({ ...after, mutation_results: 0 }).toEqual({ ...before, mutation_results: 0 });
    });

    it('refuses an officer the portal does not know, or one acting in a role they do not hold', async () => {
      const desk = new Desk();
      const stranger = { id: 'cudcn.unknown', name: 'Người Lạ', role: 'clerk' as const, unitCode: 'CUDCN' };
      const ghost = new Desk().receive(stranger, freshCode('CUDCN'), vn('2026-03-09 09:00'));
      // Nobody can sign in as an officer the roster lacks: a known officer's session pushing it is refused.
      expect((await push([ghost], desk.clientId, clerk.id)).map((r) => r.status === 'rejected' && r.code)).toEqual(['ACTOR_MISMATCH']);
      const promoted = new Desk().receive({ ...specialist1, role: 'clerk' }, freshCode('CUDCN'), vn('2026-03-09 09:00'));
      expect((await push([promoted], desk.clientId, specialist1.id)).map((r) => r.status === 'rejected' && r.code)).toEqual(['ROLE_MISMATCH']);
    });

    it('refuses an action timed more than five minutes ahead of the portal clock', async () => {
      const desk = new Desk();
      const now = t.clock.now().getTime();
      const ahead = desk.receive(clerk, freshCode('CUDCN', '2026-03-10'), new Date(now + 10 * 60_000).toISOString());
      const slightlyAhead = desk.receive(clerk, freshCode('CUDCN', '2026-03-10'), new Date(now + 4 * 60_000).toISOString());
      const [a, b] = await push([ahead, slightlyAhead], desk.clientId);
      expect(a).toMatchObject({ status: 'rejected', code: 'AT_IN_FUTURE' });
      if (a?.status === 'rejected') expect(a.message).toMatch(/chỉnh lại đồng hồ/);
      expect(b).toMatchObject({ status: 'applied' });
    });

    it('refuses a dossier code the unit already used, across desks and within one batch', async () => {
      const code = freshCode('CUDCN');
      const deskA = new Desk();
      const deskB = new Desk();
      await push([deskA.receive(clerk, code, vn('2026-03-09 09:00'))], deskA.clientId);
      const [taken] = await push([deskB.receive(officerOf('CUDCN', 'clerk', 2), code, vn('2026-03-09 09:05'))], deskB.clientId);
      expect(taken).toMatchObject({ status: 'rejected', code: 'CODE_TAKEN', dossier: null });
      if (taken?.status === 'rejected') expect(taken.message).toContain(code);

      const twice = freshCode('CUDCN');
      const results = await push([deskB.receive(clerk, twice, vn('2026-03-09 09:10')), deskB.receive(clerk, twice, vn('2026-03-09 09:11'))], deskB.clientId);
      expect(results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual(['applied', 'CODE_TAKEN']);
    });

    it('refuses event ids the portal already holds, and a command about another dossier than the mutation', async () => {
      const desk = new Desk();
      const first = desk.receive(clerk, freshCode('CUDCN'), vn('2026-03-09 09:00'));
      await push([first], desk.clientId);
      const copy = new Desk().receive(clerk, freshCode('CUDCN'), vn('2026-03-09 09:00'));
      const reusedIds = { ...copy, eventIds: first.eventIds };
      const mismatched = { ...new Desk().receive(clerk, freshCode('CUDCN'), vn('2026-03-09 09:00')), dossierId: 'another-dossier' };
      const results = await push([reusedIds, mismatched], desk.clientId);
      expect(results.map((r) => r.status === 'rejected' && r.code)).toEqual(['ID_IN_USE', 'INVALID_INPUT']);
    });

    it('answers BLOB_MISSING without remembering it while a file is not uploaded, and applies the same push once it is', async () => {
      const desk = new Desk();
      const bytes = Buffer.from('Văn bản đề nghị đăng ký chuyển giao công nghệ — bản scan');
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const dossierId = crypto.randomUUID();
      const file = { id: crypto.randomUUID(), dossierId, componentCode: 'VB', sha256, name: 'van-ban-de-nghi.pdf', size: bytes.length, mimeType: 'application/pdf', addedAt: vn('2026-03-09 09:00'), addedBy: clerk.id };
      const intake = desk.act(clerk, { type: 'receive', dossierId, intake: counterIntake({ code: freshCode('CUDCN') }) }, vn('2026-03-09 09:00'), dossierId, [file]);
      const assign = desk.act(head, { type: 'assign', assignee: ref(specialist1) }, vn('2026-03-09 10:00'), dossierId);
      const before = await t.counts();
      // The desk holds the head's later action on this dossier back itself (engine/push.ts): only the intake goes.
      const waiting = await push([intake], desk.clientId);
      expect(waiting.map((r) => r.status === 'rejected' && r.code)).toEqual(['BLOB_MISSING']);
      expect(await t.counts()).toEqual(before);

      const token = await t.token(clerk.id);
      const put = await t.call(syncPaths.blob(sha256), {
        method: 'PUT',
        token,
        body: bytes,
        headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0', 'upload-length': String(bytes.length) },
      });
      expect(put.status).toBe(204);
      const applied = await push([intake, assign], desk.clientId);
      expect(applied.map((r) => r.status)).toEqual(['applied', 'applied']);

      const pulled = pullResponseSchema.parse((await t.call(`${syncPaths.pull}?limit=1000`, { token })).body);
      expect(pulled.changes.filter((c) => c.kind === 'file').map((c) => c.kind === 'file' && c.file)).toContainEqual(file);
    });
  });
}
