// Reports submitted to the portal: Biểu 06 figures with the signed PDF uploaded before as a blob.
// Only a leader or head of the unit may submit; a repeat of the same report id stores nothing new;
// a resubmission for the same period is kept and wins in the listing.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyCounts, type Bieu06Report } from '../../shared/reports';
import { reportListResponseSchema, submittedReportSchema, SYNC_LIMITS, syncPaths } from '../../shared/sync/contract';
import { announceSkips, officerOf, startPortal, variants, type TestPortal } from './support/harness';

announceSkips();

const UNIT = 'CUDCN';
const leader = officerOf(UNIT, 'leader');
const head = officerOf(UNIT, 'head');
const clerk = officerOf(UNIT, 'clerk');
const otherLeader = officerOf('CATBXHN', 'leader');
const firstHalf = { kind: 'six-month', from: '2026-01-01', to: '2026-06-30' } as const;

function figures(unitCode = UNIT, period: Bieu06Report['period'] = firstHalf): Bieu06Report {
  const counts = { ...emptyCounts(), receivedTotal: 3, receivedOnline: 2, receivedDirect: 1, resolvedTotal: 2, onTime: 2, inProgressTotal: 1, withinDeadline: 1 };
  return {
    period,
    unitCode,
    fields: [{ fieldCode: 'KHCN', fieldName: 'Khoa học và công nghệ', counts, procedures: [{ procedureCode: '1.004512', procedureName: 'Đăng ký chuyển giao công nghệ', counts }] }],
    totals: counts,
  };
}

for (const variant of variants) {
  describe.skipIf(variant.skip)(`reports (${variant.name})`, () => {
    let t: TestPortal;
    let token: string;
    let pdfSha: string;
    beforeAll(async () => {
      t = await startPortal(variant);
      token = await t.token(leader.id);
      pdfSha = await upload(randomBytes(20_000));
    }, 60_000);
    afterAll(() => t?.close());

    async function upload(bytes: Buffer, as = token): Promise<string> {
      const sha = createHash('sha256').update(bytes).digest('hex');
      const answer = await t.call(syncPaths.blob(sha), {
        method: 'PUT',
        token: as,
        body: bytes,
        headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0', 'upload-length': String(bytes.length) },
      });
      expect(answer.status).toBe(204);
      return sha;
    }

    const submission = (overrides: Record<string, unknown> = {}) => ({ reportId: randomUUID(), form: 'bieu06', unitCode: UNIT, period: firstHalf, figures: figures(), pdfSha256: pdfSha, ...overrides });
    const submit = (body: unknown, as = token) => t.call(syncPaths.reports, { token: as, json: body });

    it('accepts a leader’s report once its signed PDF is on the portal, and stores the figures', async () => {
      const body = submission();
      const answer = await submit(body);
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(submittedReportSchema.parse(answer.body)).toEqual({
        reportId: body.reportId,
        form: 'bieu06',
        unitCode: UNIT,
        period: firstHalf,
        pdfSha256: pdfSha,
        submittedAt: t.clock.now().toISOString(),
        submittedBy: { id: leader.id, name: leader.name },
      });
      const { rows } = await t.portal.db.query<{ figures: Bieu06Report; submitted_by: string }>('SELECT figures, submitted_by FROM reports WHERE id = $1', [body.reportId]);
      expect(rows).toEqual([{ figures: body.figures, submitted_by: leader.id }]);
    });

    it('answers a repeat of the same report id with the first answer and stores nothing new', async () => {
      const body = submission();
      const first = await submit(body);
      expect(first.status).toBe(201);
      const before = await t.counts();
      t.clock.advance(60_000);
      const again = await submit(body);
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      expect(await t.counts()).toEqual(before);
    });

    it('lets a head submit too, keeps both reports of a period, and lists the latest', async () => {
      const secondHalf = { kind: 'six-month', from: '2026-07-01', to: '2026-12-31' } as const;
      const earlier = await submit(submission({ period: secondHalf, figures: figures(UNIT, secondHalf) }));
      t.clock.advance(3_600_000);
      const corrected = await submit(submission({ period: secondHalf, figures: figures(UNIT, secondHalf) }), await t.token(head.id));
      expect([earlier.status, corrected.status]).toEqual([201, 201]);
      const listing = await t.call(`${syncPaths.reports}?unit=${UNIT}&from=2026-07-01`, { token });
      expect(listing.status).toBe(200);
      const { reports } = reportListResponseSchema.parse(listing.body);
      expect(reports).toEqual([{ ...corrected.body, earlierSubmissions: 1 }]);
      expect(reports[0]!.submittedBy.id).toBe(head.id);
    });

    it('refuses a report for another unit with 403, and a clerk with 403', async () => {
      const before = await t.counts();
      const otherUnit = await submit(submission({ unitCode: 'CATBXHN', figures: figures('CATBXHN') }));
      expect(otherUnit.status).toBe(403);
      expect(otherUnit.body.error.code).toBe('FORBIDDEN_UNIT');
      const asClerk = await submit(submission(), await t.token(clerk.id));
      expect(asClerk.status).toBe(403);
      expect(asClerk.body.error.code).toBe('FORBIDDEN_ROLE');
      const foreignListing = await t.call(`${syncPaths.reports}?unit=CATBXHN`, { token });
      expect(foreignListing.status).toBe(403);
      // Another unit's leader cannot read or replay this unit's report id either.
      const replay = await submit(submission({ reportId: (await t.portal.db.query<{ id: string }>('SELECT id FROM reports LIMIT 1')).rows[0]!.id, unitCode: 'CATBXHN', figures: figures('CATBXHN') }), await t.token(otherLeader.id));
      expect(replay.status).toBe(409);
      expect(replay.body.error.code).toBe('REPORT_ID_TAKEN');
      expect(await t.counts()).toMatchObject({ reports: before.reports });
    });

    it('answers 409 BLOB_MISSING while the signed PDF is not completely on the portal', async () => {
      const bytes = randomBytes(10_000);
      const sha = createHash('sha256').update(bytes).digest('hex');
      const unknown = await submit(submission({ pdfSha256: sha }));
      expect(unknown.status).toBe(409);
      expect(unknown.body.error).toMatchObject({ code: 'BLOB_MISSING' });
      expect(unknown.body.error.message).toMatch(/PDF/);
      const half = await t.call(syncPaths.blob(sha), {
        method: 'PUT',
        token,
        body: bytes.subarray(0, 5_000),
        headers: { 'content-type': 'application/offset+octet-stream', 'upload-offset': '0', 'upload-length': String(bytes.length) },
      });
      expect(half.status).toBe(204);
      expect((await submit(submission({ pdfSha256: sha }))).status).toBe(409);
    });

    it('refuses malformed reports with 400 naming the field, and an oversized body with 413', async () => {
      const before = await t.counts();
      const cases: [unknown, RegExp][] = [
        [submission({ reportId: 'not-a-uuid' }), /reportId/],
        [submission({ form: 'bieu07' }), /form/],
        [submission({ period: { kind: 'six-month', from: '2026-02-30', to: '2026-06-30' } }), /period\.from/],
        [submission({ period: { kind: 'six-month', from: '2026-06-30', to: '2026-01-01' } }), /period\.to/],
        [submission({ figures: { ...figures(), totals: { ...emptyCounts(), late: -1 } } }), /figures\.totals\.late/],
        [submission({ figures: figures(UNIT, { kind: 'year', from: '2026-01-01', to: '2026-12-31' }) }), /figures\.period/],
        [submission({ pdfSha256: 'ABC' }), /pdfSha256/],
        [{ ...submission(), extra: true }, /extra|nhận/],
        [[], /Báo cáo/],
      ];
      for (const [body, where] of cases) {
        const answer = await submit(body);
        expect(answer.status, JSON.stringify(body).slice(0, 200)).toBe(400);
        expect(answer.body.error.code).toBe('INVALID_REQUEST');
        expect(answer.body.error.message).toMatch(where);
      }
      const junk = await t.call(syncPaths.reports, { token, body: '{"reportId":', headers: { 'content-type': 'application/json' } });
      expect(junk.status).toBe(400);
      const huge = submission({ figures: { ...figures(), fields: [{ ...figures().fields[0]!, fieldName: 'x'.repeat(SYNC_LIMITS.reportMaxBytes) }] } });
      expect((await submit(huge)).status).toBe(413);
      expect(await t.counts()).toEqual(before);
    });

    it('refuses a forged token and an expired session with 401', async () => {
      const forged = await submit(submission(), randomBytes(32).toString('base64url'));
      expect(forged.status).toBe(401);
      expect(forged.headers.get('www-authenticate')).toBe('Bearer');
      const missing = await t.call(syncPaths.reports, { json: submission() });
      expect(missing.status).toBe(401);
      t.clock.advance(9 * 3_600_000);
      const expired = await submit(submission());
      expect(expired.status).toBe(401);
      expect(expired.body.error.code).toBe('SESSION_EXPIRED');
    });
  });
}
