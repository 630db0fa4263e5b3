// Reports a unit submits to the portal: the Biểu 06 figures with the signed PDF, whose bytes came
// before through the blob protocol. Idempotent by the desk's report id; every submission is kept
// and the listing shows the latest per unit and period (a corrected report replaces the first).
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  REPORT_SUBMITTER_ROLES,
  reportListQuerySchema,
  reportSubmissionSchema,
  SYNC_LIMITS,
  syncPaths,
  type ReportListResponse,
  type SubmittedReport,
} from '../../../shared/sync/contract';
import { requireOfficer } from '../auth/sessions';
import type { PortalContext } from '../context';
import { HttpError } from '../http/errors';
import { parseOr400 } from '../http/validate';

type ListRow = { answer: SubmittedReport; earlier: number };

export function reportRoutes(app: FastifyInstance, ctx: PortalContext): void {
  app.post(syncPaths.reports, { bodyLimit: SYNC_LIMITS.reportMaxBytes }, async (request, reply): Promise<FastifyReply> => {
    const { officer } = await requireOfficer(ctx, request);
    if (!(REPORT_SUBMITTER_ROLES as readonly string[]).includes(officer.role)) {
      throw new HttpError(403, 'FORBIDDEN_ROLE', 'Chỉ lãnh đạo đơn vị hoặc trưởng phòng mới được gửi báo cáo lên Cổng.');
    }
    const body = parseOr400(reportSubmissionSchema, request.body, 'Báo cáo');
    if (body.unitCode !== officer.unitCode) {
      throw new HttpError(403, 'FORBIDDEN_UNIT', `Anh/chị chỉ gửi được báo cáo của đơn vị mình (${officer.unitCode}), không phải của ${body.unitCode}.`);
    }
    const earlier = await answerOf(body.reportId);
    if (earlier) return reply.code(200).send(earlier);

    const blob = (await ctx.db.query<{ complete: boolean }>('SELECT complete FROM blobs WHERE sha256 = $1', [body.pdfSha256])).rows[0];
    if (!blob?.complete) {
      throw new HttpError(409, 'BLOB_MISSING', 'Cổng chưa nhận đủ tệp PDF đã ký của báo cáo; hãy tải tệp lên rồi gửi lại.');
    }
    const answer: SubmittedReport = {
      reportId: body.reportId,
      form: body.form,
      unitCode: body.unitCode,
      period: body.period,
      pdfSha256: body.pdfSha256,
      submittedAt: ctx.now().toISOString(),
      submittedBy: { id: officer.id, name: officer.name },
    };
    // Two tries of the same report racing: the second insert does nothing and both answer the first.
    const inserted = await ctx.db.query(
      `INSERT INTO reports (id, unit_code, form, period_kind, period_from, period_to, figures, pdf_sha256, submitted_by, submitted_at, answer)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10::timestamptz, $11::jsonb) ON CONFLICT (id) DO NOTHING`,
      [answer.reportId, answer.unitCode, answer.form, answer.period.kind, answer.period.from, answer.period.to, JSON.stringify(body.figures), answer.pdfSha256, officer.id, answer.submittedAt, JSON.stringify(answer)],
    );
    if (inserted.rowCount === 1) return reply.code(201).send(answer);
    const stored = await answerOf(body.reportId);
    if (!stored) throw new Error('report row vanished after a conflicting insert');
    return reply.code(200).send(stored);

    /** The first answer to this report id; a report id another unit used is refused, never shown. */
    async function answerOf(reportId: string): Promise<SubmittedReport | null> {
      const row = (await ctx.db.query<{ unit_code: string; answer: SubmittedReport }>('SELECT unit_code, answer FROM reports WHERE id = $1', [reportId])).rows[0];
      if (!row) return null;
      if (row.unit_code !== officer.unitCode) throw new HttpError(409, 'REPORT_ID_TAKEN', 'Mã báo cáo này đã được dùng; hãy tạo báo cáo mới rồi gửi lại.');
      return row.answer;
    }
  });

  app.get(syncPaths.reports, async (request): Promise<ReportListResponse> => {
    const { officer } = await requireOfficer(ctx, request);
    const query = parseOr400(reportListQuerySchema, request.query, 'Điều kiện tra cứu báo cáo');
    const unit = query.unit ?? officer.unitCode;
    if (unit !== officer.unitCode) throw new HttpError(403, 'FORBIDDEN_UNIT', `Anh/chị chỉ xem được báo cáo của đơn vị mình (${officer.unitCode}).`);
    // Latest per period by submission time (then id, so equal times still pick one), with how many it replaced.
    const { rows } = await ctx.db.query<ListRow>(
      `SELECT answer, earlier FROM (
         SELECT answer, period_from, period_to,
                row_number() OVER (PARTITION BY period_from, period_to ORDER BY submitted_at DESC, id DESC) AS rank,
                (count(*) OVER (PARTITION BY period_from, period_to))::int - 1 AS earlier
           FROM reports WHERE unit_code = $1 AND period_from >= $2
       ) latest
       WHERE rank = 1 ORDER BY period_from DESC, period_to DESC LIMIT $3`,
      [unit, query.from ?? '0000-01-01', SYNC_LIMITS.reportListMax],
    );
    return { reports: rows.map((row) => ({ ...row.answer, earlierSubmissions: row.earlier })) };
  });
}
