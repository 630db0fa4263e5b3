// What the desk remembers about sending reports, in the `meta` table (no schema change): the list
// of reports the portal accepted, shown on the Báo cáo screen, and the attempt under way. The
// attempt keeps its report id and signed PDF so that a retry after a cut connection sends the very
// same report (the portal answers a repeated id with its first answer) instead of signing anew.
import type { Bieu06Report } from '../../../../shared/reports/bieu06';
import type { ReportPeriod } from '../../../../shared/reports/period';
import type { SubmittedReport } from '../../../../shared/sync/contract';
import type { DeskDatabase } from '../../store/database';

const SUBMITTED_KEY = 'reports.submitted';
const PENDING_KEY = 'reports.pendingSubmission';
/** Enough for years of six-monthly reports of a unit, small enough to read on every render. */
const SUBMITTED_KEPT = 50;

export type SubmittedReportRecord = SubmittedReport;

export type PendingSubmission = {
  reportId: string;
  /** Whose key signed the PDF: another officer at this desk starts an attempt of their own. */
  officerId: string;
  unitCode: string;
  period: ReportPeriod;
  figures: Bieu06Report;
  pdf: Blob;
  pdfSha256: string;
  startedAt: string;
};

/** Accepted reports, newest first. */
export async function submittedReports(db: DeskDatabase): Promise<SubmittedReportRecord[]> {
  const record = await db.meta.get(SUBMITTED_KEY);
  return Array.isArray(record?.value) ? (record.value as SubmittedReportRecord[]) : [];
}

/** Records the portal's answer and closes the attempt, in one transaction. */
export async function recordSubmitted(db: DeskDatabase, answer: SubmittedReportRecord): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const others = (await submittedReports(db)).filter((known) => known.reportId !== answer.reportId);
    await db.meta.put({ key: SUBMITTED_KEY, value: [answer, ...others].slice(0, SUBMITTED_KEPT) });
    const pending = await pendingSubmission(db);
    if (pending?.reportId === answer.reportId) await db.meta.delete(PENDING_KEY);
  });
}

export async function pendingSubmission(db: DeskDatabase): Promise<PendingSubmission | null> {
  const record = await db.meta.get(PENDING_KEY);
  return (record?.value as PendingSubmission | undefined) ?? null;
}

export async function savePendingSubmission(db: DeskDatabase, pending: PendingSubmission): Promise<void> {
  await db.meta.put({ key: PENDING_KEY, value: pending });
}

export async function dropPendingSubmission(db: DeskDatabase): Promise<void> {
  await db.meta.delete(PENDING_KEY);
}

/** The same officer, unit, period and figures: the attempt's signed PDF still says what the screen shows. */
export function sameReport(pending: PendingSubmission, officerId: string, unitCode: string, figures: Bieu06Report): boolean {
  return pending.officerId === officerId && pending.unitCode === unitCode && JSON.stringify(pending.figures) === JSON.stringify(figures);
}
