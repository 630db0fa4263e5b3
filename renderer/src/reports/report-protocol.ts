// Messages between the Báo cáo screen and its worker (report.worker.ts): what to count, progress,
// and the answer as partial sums per procedure so several workers' shares can be merged.
import type { Bieu06Counts } from '../../../shared/reports/bieu06';
import type { DashboardFigures } from '../../../shared/reports/dashboard';
import type { Bieu06PdfInput } from '../../../shared/reports/pdf';
import type { ReportPeriod } from '../../../shared/reports/period';

/** Dossier ids in [from, to) — to null for "to the end" — so the table can be read by several workers at once. */
export type IdRange = { from: string; to: string | null };

export type CountRequest = {
  kind: 'count';
  id: number;
  databaseName: string;
  periods: ReportPeriod[];
  unitCode: string | null;
  range: IdRange;
};

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

export type ExportRequest = {
  kind: 'export';
  id: number;
  format: ExportFormat;
  /** Everything the PDF needs; the other formats read `report` and the unit's name from it. */
  document: Bieu06PdfInput;
};

/** The Tổng quan charts' figures, from the rows of one share. */
export type DashboardRequest = { kind: 'dashboard'; id: number; databaseName: string; today: string; unitCode: string | null; range: IdRange };

export type ReportRequest = CountRequest | ExportRequest | DashboardRequest;

export type ProcedureLines = [procedureCode: string, line: { fieldCode: string; counts: Bieu06Counts }][];

/** What a count cost: `dossiers` report facts read, `readMs` of `ms` awaiting them. */
export type CountStats = { dossiers: number; ms: number; readMs: number };

export type ReportResponse =
  | { kind: 'progress'; id: number; done: number; total: number }
  | { kind: 'counted'; id: number; lines: ProcedureLines[]; stats: CountStats }
  | { kind: 'exported'; id: number; bytes: Uint8Array }
  | { kind: 'dashboard'; id: number; figures: DashboardFigures }
  | { kind: 'failed'; id: number; message: string };
