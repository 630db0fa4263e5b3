// What the national portal forwards: online filings (numbered by the portal, once per externalId)
// and citizens' withdrawals, judged by the same rules as officers' actions — so when a withdrawal
// races an officer's approval, the rules decide and the loser's answer says why.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterIntake } from '../../shared/domain/workflow/testing';
import {
  publicFilingResponseSchema,
  publicWithdrawResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  syncPaths,
  type Mutation,
  type MutationResult,
  type PublicFiling,
} from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type TestPortal } from './support/harness';
import { Desk, ref, vn } from './support/desk';

announceSkips();

const clerk = officerOf('CUDCN', 'clerk');
const head = officerOf('CUDCN', 'head');
const specialist = officerOf('CUDCN', 'specialist');
const leader = officerOf('CUDCN', 'leader');

function filing(overrides: Partial<PublicFiling> = {}): PublicFiling {
  const { code: _code, channel: _channel, ...intake } = counterIntake();
  return { externalId: `DVCQG-${randomUUID()}`, intake, submittedAt: vn('2026-03-10 07:45'), files: [], ...overrides };
}

for (const variant of variants) {
  describe.skipIf(variant.skip)(`national portal (${variant.name})`, () => {
    let t: TestPortal;
    beforeAll(async () => {
      t = await startPortal(variant);
    }, 60_000);
    afterAll(() => t?.close());

    const file = (body: PublicFiling) => t.call(syncPaths.publicDossiers, { json: body, headers: { 'x-portal-key': t.key } });
    const withdraw = (code: string, at = vn('2026-03-10 09:30')) =>
      t.call(syncPaths.publicWithdraw(code), { json: { reason: 'Công dân đề nghị rút hồ sơ qua Cổng Dịch vụ công', at }, headers: { 'x-portal-key': t.key } });
    async function push(mutations: Mutation[], clientId: string, username: string): Promise<MutationResult[]> {
      const answer = await t.call(syncPaths.push, { token: await t.token(username), json: { clientId, mutations } });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      return pushResponseSchema.parse(answer.body).results;
    }

    /** An online filing, pulled by a desk, received, appraised and reviewed: waiting at the signing step. */
    async function dossierAtSigning(desk: Desk): Promise<{ id: string; code: string }> {
      const filed = publicFilingResponseSchema.parse((await file(filing())).body);
      const pulled = pullResponseSchema.parse((await t.call(`${syncPaths.pull}?limit=1000`, { token: await t.token(clerk.id) })).body);
      desk.adoptEvents(pulled.changes.flatMap((c) => (c.kind === 'event' && c.event.dossierId === filed.dossierId ? [c.event] : [])));
      const id = filed.dossierId;
      const steps = [
        desk.act(clerk, { type: 'receive' }, vn('2026-03-10 08:00'), id),
        desk.act(head, { type: 'assign', assignee: ref(specialist) }, vn('2026-03-10 08:10'), id),
        desk.act(specialist, { type: 'forward', to: ref(head) }, vn('2026-03-10 08:20'), id),
        desk.act(head, { type: 'forward', to: ref(leader) }, vn('2026-03-10 08:30'), id),
      ];
      expect((await t.pushAsDesk(desk.clientId, steps)).every((r) => r.status === 'applied')).toBe(true);
      return { id, code: filed.code };
    }

    it('records an online filing with a code from its own numbering, once per externalId', async () => {
      const body = filing();
      const first = await file(body);
      expect(first.status).toBe(201);
      const created = publicFilingResponseSchema.parse(first.body);
      expect(created.code).toMatch(/^CUDCN-260310-\d{4}$/);
      const after = await t.counts();
      const repeat = await file(body);
      expect(repeat.status).toBe(200);
      expect(repeat.body).toEqual(first.body);
      expect(await t.counts()).toEqual(after);

      const second = publicFilingResponseSchema.parse((await file(filing())).body);
      expect(Number(second.code.slice(-4))).toBe(Number(created.code.slice(-4)) + 1);
      const { rows } = await t.portal.db.query<{ body: { status: number; channel: string } }>('SELECT body FROM dossiers WHERE id = $1', [created.dossierId]);
      expect(rows[0]!.body).toMatchObject({ status: 1, channel: 'online' });
    });

    it('numbers past blocks leased to desks and codes desks used, so online filings never collide', async () => {
      t.clock.advance(24 * 3_600_000);
      const token = await t.token(clerk.id);
      const leased = await t.call(syncPaths.leases, { token, json: { clientId: randomUUID(), kind: 'dossier', day: '2026-03-11', size: 10 } });
      expect(leased.body.block).toMatchObject({ from: 1, to: 10 });
      const desk = new Desk();
      await push([desk.receive(clerk, 'CUDCN-260311-0011', vn('2026-03-11 08:00'))], desk.clientId, clerk.id);
      const filed = publicFilingResponseSchema.parse((await file(filing({ submittedAt: vn('2026-03-11 08:05') }))).body);
      expect(filed.code).toBe('CUDCN-260311-0012');
    });

    it('attaches files the national portal uploaded first, and refuses a filing whose file is missing', async () => {
      const bytes = Buffer.from('%PDF-1.7 hợp đồng chuyển giao công nghệ');
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const attached = { componentCode: 'HD', name: 'hop-dong.pdf', mimeType: 'application/pdf', sha256, size: bytes.length };
      const before = await t.counts();
      const early = await file(filing({ files: [attached] }));
      expect(early.status).toBe(409);
      expect(early.body.error.code).toBe('BLOB_MISSING');
      expect(await t.counts()).toEqual(before);

      const put = await t.call(syncPaths.blob(sha256), {
        method: 'PUT',
        body: bytes,
        headers: { 'x-portal-key': t.key, 'content-type': 'application/offset+octet-stream', 'upload-offset': '0', 'upload-length': String(bytes.length) },
      });
      expect(put.status).toBe(204);
      const filed = publicFilingResponseSchema.parse((await file(filing({ files: [attached] }))).body);
      const pulled = pullResponseSchema.parse((await t.call(`${syncPaths.pull}?limit=1000`, { token: await t.token(clerk.id) })).body);
      const files = pulled.changes.flatMap((c) => (c.kind === 'file' && c.file.dossierId === filed.dossierId ? [c.file] : []));
      expect(files).toEqual([expect.objectContaining({ ...attached, dossierId: filed.dossierId, addedBy: 'cong-dvc-quoc-gia' })]);
      // The unit that received the filing may now read the file.
      expect((await t.call(syncPaths.blob(sha256), { token: await t.token(clerk.id) })).status).toBe(200);
    });

    it("refuses a filing for a procedure not in the catalogue, or an applicant's data that fail the checks, with 422", async () => {
      const before = await t.counts();
      const unknown = await file(filing({ intake: { ...filing().intake, procedureCode: '9.999999' } }));
      expect([unknown.status, unknown.body.error.code]).toEqual([422, 'UNKNOWN_PROCEDURE']);
      const badId = filing();
      badId.intake.applicant = { ...badId.intake.applicant, idNumber: '123' };
      const invalid = await file(badId);
      expect([invalid.status, invalid.body.error.code]).toEqual([422, 'INVALID_INPUT']);
      expect(invalid.body.error.message).toMatch(/Thông tin người nộp/);
      expect(await t.counts()).toEqual(before);
    });

    it("withdrawal first: the officer's approval is refused, saying the citizen withdrew and when", async () => {
      const desk = new Desk();
      const { id, code } = await dossierAtSigning(desk);
      const approve = desk.act(leader, { type: 'approve' }, vn('2026-03-10 09:40'), id);
      const withdrawn = await withdraw(code);
      expect(withdrawn.status).toBe(200);
      expect(publicWithdrawResponseSchema.parse(withdrawn.body)).toMatchObject({ dossierId: id, status: 7, version: 6 });
      const [result] = await push([approve], desk.clientId, leader.id);
      expect(result).toMatchObject({ status: 'rejected', code: 'NOT_ALLOWED_IN_STATUS', dossier: { status: 7 } });
      if (result?.status === 'rejected') {
        expect(result.message).toContain('đã được Cổng Dịch vụ công quốc gia ghi nhận rút hồ sơ theo đề nghị của người nộp trên Cổng lúc 09:30 ngày 10/03/2026');
        expect(result.message).toContain('«Công dân yêu cầu rút hồ sơ»');
      }
      // A repeat of the withdrawal answers the same.
      expect((await withdraw(code)).body).toEqual(withdrawn.body);
    });

    it('approval first: the rules still allow a withdrawal before signing', async () => {
      const desk = new Desk();
      const { id, code } = await dossierAtSigning(desk);
      expect((await push([desk.act(leader, { type: 'approve' }, vn('2026-03-10 09:00'), id)], desk.clientId, leader.id))[0]!.status).toBe('applied');
      const withdrawn = await withdraw(code);
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ status: 7, version: 7 });
    });

    it('signed first: the withdrawal is refused with 409, saying who signed and when', async () => {
      const desk = new Desk();
      const { id, code } = await dossierAtSigning(desk);
      const signing = [
        desk.act(leader, { type: 'approve' }, vn('2026-03-10 09:00'), id),
        desk.act(leader, { type: 'sign', documentNumber: '15/GCN-UDCN' }, vn('2026-03-10 09:05'), id),
      ];
      await push(signing, desk.clientId, leader.id);
      const before = await t.counts();
      const refused = await withdraw(code);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('NOT_ALLOWED_IN_STATUS');
      expect(refused.body.error.message).toContain('«Đã xử lý xong»');
      expect(refused.body.error.message).toContain(`đã được ${leader.name} ký kết quả trên Cổng lúc 09:05 ngày 10/03/2026`);
      expect(await t.counts()).toEqual(before);
    });

    it('answers 404 for a code it does not know, and 401 without the right key', async () => {
      expect((await withdraw('CUDCN-260310-0999')).status).toBe(404);
      const noKey = await t.call(syncPaths.publicDossiers, { json: filing() });
      const wrongKey = await t.call(syncPaths.publicDossiers, { json: filing(), headers: { 'x-portal-key': 'guess' } });
      expect([noKey.status, noKey.body.error.code, wrongKey.status, wrongKey.body.error.code]).toEqual([401, 'UNAUTHENTICATED', 401, 'BAD_PORTAL_KEY']);
    });
  });
}
