// Sending Biểu 06 to the portal: write the PDF, sign it with the officer's key, upload the signed
// bytes through the resumable blob protocol, then post the report naming them. No React here, so
// the same steps run against a real portal in tests/sync/report-submission.test.ts.
import type { Bieu06Report } from '../../../../shared/reports/bieu06';
import type { Result } from '../../../../shared/result';
import type { SubmittedReport } from '../../../../shared/sync/contract';
import { sha256Hex } from '../../attachments/attachment-rules';
import type { DeskDatabase } from '../../store/database';
import { uploadBlob } from '../../sync/engine/blob-upload';
import type { PortalClient } from '../../sync/http/portal-client';
import type { PortalFailure } from '../../sync/http/portal-failure';
import { pendingSubmission, recordSubmitted, sameReport, savePendingSubmission, type PendingSubmission } from './submission-records';

export type SubmitStep = { step: 'building' } | { step: 'signing' } | { step: 'uploading'; sent: number; total: number } | { step: 'sending' };

export type SubmitOutcome =
  | { ok: true; report: SubmittedReport }
  | { ok: false; stage: 'build' | 'sign'; message: string }
  | { ok: false; stage: 'upload' | 'send'; failure: PortalFailure };

export type SubmitReportDeps = {
  db: DeskDatabase;
  client: PortalClient;
  /** The signed-in officer, who signs and sends. */
  officerId: string;
  now: () => string;
  /** The report's PDF as printed (the export worker in the app). */
  buildPdf: () => Promise<Uint8Array>;
  /** The officer's signature on it (the unlocked signing session in the app). */
  sign: (pdf: Uint8Array) => Promise<Result<Uint8Array>>;
  newReportId?: () => string;
  onStep?: (step: SubmitStep) => void;
  chunkBytes?: number;
};

/** The unit's report for its period; `report.unitCode` must be the officer's unit (the portal checks). */
export async function submitReport(report: Bieu06Report & { unitCode: string }, deps: SubmitReportDeps): Promise<SubmitOutcome> {
  const prepared = await preparedAttempt(report, deps);
  if (!prepared.ok) return prepared;
  const attempt = prepared.value;

  let sent = 0;
  deps.onStep?.({ step: 'uploading', sent, total: attempt.pdf.size });
  const uploaded = await uploadBlob(
    deps.client,
    deps.db,
    { sha256: attempt.pdfSha256, size: attempt.pdf.size, mimeType: 'application/pdf', blob: attempt.pdf, storedAt: attempt.startedAt },
    {
      now: deps.now,
      ...(deps.chunkBytes ? { chunkBytes: deps.chunkBytes } : {}),
      onBytes: (bytes) => {
        sent += bytes;
        deps.onStep?.({ step: 'uploading', sent, total: attempt.pdf.size });
      },
    },
  );
  if (!uploaded.ok) return { ok: false, stage: 'upload', failure: uploaded.failure };

  deps.onStep?.({ step: 'sending' });
  const answer = await deps.client.submitReport({
    reportId: attempt.reportId,
    form: 'bieu06',
    unitCode: attempt.unitCode,
    period: attempt.period,
    figures: attempt.figures,
    pdfSha256: attempt.pdfSha256,
  });
  if (!answer.ok) return { ok: false, stage: 'send', failure: answer.failure };
  await recordSubmitted(deps.db, answer.value);
  return { ok: true, report: answer.value };
}

type Prepared = { ok: true; value: PendingSubmission } | { ok: false; stage: 'build' | 'sign'; message: string };

/** The unfinished attempt for the same figures, or a new one: built, signed and remembered before any upload. */
async function preparedAttempt(report: Bieu06Report & { unitCode: string }, deps: SubmitReportDeps): Promise<Prepared> {
  const earlier = await pendingSubmission(deps.db);
  if (earlier && sameReport(earlier, deps.officerId, report.unitCode, report)) return { ok: true, value: earlier };

  deps.onStep?.({ step: 'building' });
  let pdf: Uint8Array;
  try {
    pdf = await deps.buildPdf();
  } catch (error) {
    return { ok: false, stage: 'build', message: error instanceof Error ? error.message : String(error) };
  }
  deps.onStep?.({ step: 'signing' });
  const signed = await deps.sign(pdf);
  if (!signed.ok) return { ok: false, stage: 'sign', message: signed.error.message };
  const bytes = signed.value as Uint8Array<ArrayBuffer>;
  const attempt: PendingSubmission = {
    reportId: deps.newReportId?.() ?? crypto.randomUUID(),
    officerId: deps.officerId,
    unitCode: report.unitCode,
    period: report.period,
    figures: report,
    pdf: new Blob([bytes], { type: 'application/pdf' }),
    pdfSha256: await sha256Hex(bytes),
    startedAt: deps.now(),
  };
  await savePendingSubmission(deps.db, attempt);
  return { ok: true, value: attempt };
}
