// The Báo cáo screen's way to its workers: the dossier table is split by id into one share per
// worker (IndexedDB reads and the counting run in parallel), the partial sums are merged here and
// laid out as the form. Without Worker (unit tests) the same counting runs in this thread.
import type { Catalogue } from '../../../shared/domain/catalogue/catalogue-schema';
import { vietnamWorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { Bieu06Builder, type Bieu06Report } from '../../../shared/reports/bieu06';
import { DashboardCounter, type DashboardFigures } from '../../../shared/reports/dashboard';
import { deploymentReport, type DeploymentReport } from '../../../shared/reports/deployment';
import type { Bieu06PdfInput } from '../../../shared/reports/pdf';
import { previousPeriod, type ReportPeriod } from '../../../shared/reports/period';
import type { DeskDatabase } from '../store/database';
import { countDashboard } from './count-dashboard';
import { countDossiers } from './count-dossiers';
import type { CountRequest, CountStats, ExportFormat, IdRange, ProcedureLines, ReportRequest, ReportResponse } from './report-protocol';

export type Progress = (done: number, total: number) => void;

type Pending = { onProgress?: (done: number, total: number) => void; resolve: (response: ReportResponse) => void };

class ReportWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();

  /** `start` names the worker's module literally, so Vite finds and bundles it. */
  constructor(start: () => Worker) {
    this.worker = start();
    this.worker.onmessage = (event: MessageEvent<ReportResponse>) => {
      const response = event.data;
      const waiting = this.pending.get(response.id);
      if (!waiting) return;
      if (response.kind === 'progress') return waiting.onProgress?.(response.done, response.total);
      this.pending.delete(response.id);
      waiting.resolve(response);
    };
    this.worker.onerror = (event) => {
      event.preventDefault();
      for (const [id, waiting] of this.pending) waiting.resolve({ kind: 'failed', id, message: 'Không chạy được tiến trình lập báo cáo.' });
      this.pending.clear();
    };
  }

  ask(request: ReportRequest, onProgress?: Pending['onProgress']): Promise<ReportResponse> {
    return new Promise((resolve) => {
      this.pending.set(request.id, { resolve, ...(onProgress ? { onProgress } : {}) });
      this.worker.postMessage(request);
    });
  }
}

let pool: ReportWorker[] | null = null;
let nextId = 1;

/** One worker per core, at most four: the counting is CPU-bound once IndexedDB has answered. */
function workers(): ReportWorker[] | null {
  if (typeof Worker === 'undefined') return null;
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  pool ??= Array.from({ length: Math.max(1, Math.min(4, cores)) }, () => new ReportWorker(() => new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module', name: 'reports' })));
  return pool;
}

let exporter: ReportWorker | null = null;

/**
 * Shares per worker, asked at once: while one share waits on IndexedDB the worker deserialises and
 * counts another, so reading and counting overlap.
 */
const SHARES_PER_WORKER = 2;

/** Splits ids by their first character: generated ids are UUIDs, so hex digits share them evenly. */
export function idRanges(shares: number): IdRange[] {
  const digits = '0123456789abcdef';
  const cuts = Array.from({ length: shares - 1 }, (_, i) => digits[Math.round(((i + 1) * 16) / shares)]!);
  return Array.from({ length: shares }, (_, i) => ({ from: i === 0 ? '' : cuts[i - 1]!, to: i === shares - 1 ? null : cuts[i]! }));
}

export type CountAnswer = { reports: Bieu06Report[]; stats: CountStats };

/** Biểu 06 for each period from one pass over the store, with progress over all shares. */
export async function countReports(db: DeskDatabase, periods: ReportPeriod[], unitCode: string | null, catalogue: Catalogue, onProgress: Progress = () => {}): Promise<CountAnswer> {
  const running = workers();
  const base = { periods, unitCode };
  let shares: { lines: ProcedureLines[]; stats: CountStats }[];
  if (!running) {
    shares = [await countDossiers(db, { ...base, range: { from: '', to: null } }, onProgress)];
  } else {
    const ranges = idRanges(running.length * SHARES_PER_WORKER);
    const progress = ranges.map(() => ({ done: 0, total: 0 }));
    const report = () => onProgress(progress.reduce((n, p) => n + p.done, 0), progress.reduce((n, p) => n + p.total, 0));
    const answers = await Promise.all(
      ranges.map((range, i) => {
        const request: CountRequest = { kind: 'count', id: nextId++, databaseName: db.name, ...base, range };
        return running[i % running.length]!.ask(request, (done, total) => {
          progress[i] = { done, total };
          report();
        });
      }),
    );
    shares = answers.map((answer) => {
      if (answer.kind !== 'counted') throw new Error(answer.kind === 'failed' ? answer.message : 'Tiến trình lập báo cáo trả lời sai.');
      return answer;
    });
  }
  const calendar = vietnamWorkingCalendar();
  const reports = periods.map((period, p) => {
    const builder = new Bieu06Builder(period, unitCode, calendar);
    for (const share of shares) builder.merge(new Map(share.lines[p]));
    return builder.build(catalogue);
  });
  const stats = shares.reduce<CountStats>(
    (sum, { stats: s }) => ({
      dossiers: sum.dossiers + s.dossiers,
      ms: Math.max(sum.ms, s.ms),
      readMs: Math.max(sum.readMs, s.readMs),
    }),
    { dossiers: 0, ms: 0, readMs: 0 },
  );
  return { reports, stats };
}

/** The online-services report: this period against the one before. */
export async function countDeployment(db: DeskDatabase, period: ReportPeriod, unitCode: string | null, catalogue: Catalogue, onProgress?: Progress): Promise<DeploymentReport> {
  const { reports } = await countReports(db, [period, previousPeriod(period)], unitCode, catalogue, onProgress);
  return deploymentReport(reports[0]!, reports[1]!, catalogue);
}

/** The Tổng quan charts' figures, each worker counting its share of the rows. */
export async function countDashboardFigures(db: DeskDatabase, today: string, unitCode: string | null): Promise<DashboardFigures> {
  const running = workers();
  if (!running) return countDashboard(db, { today, unitCode, range: { from: '', to: null } });
  const ranges = idRanges(running.length * SHARES_PER_WORKER);
  const answers = await Promise.all(ranges.map((range, i) => running[i % running.length]!.ask({ kind: 'dashboard', id: nextId++, databaseName: db.name, today, unitCode, range })));
  const total = new DashboardCounter(today, unitCode);
  for (const answer of answers) {
    if (answer.kind !== 'dashboard') throw new Error(answer.kind === 'failed' ? answer.message : 'Tiến trình lập biểu đồ trả lời sai.');
    total.merge(answer.figures);
  }
  return total.figures();
}

/** The export's bytes, written in a worker (exceljs, the PDF engine and its fonts load there). */
export async function exportReport(format: ExportFormat, document: Bieu06PdfInput): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') {
    const { bieu06Csv } = await import('../../../shared/reports/csv');
    if (format === 'csv') return new TextEncoder().encode(bieu06Csv(document.report));
    throw new Error('Cần Web Worker để xuất tệp XLSX, PDF.');
  }
  exporter ??= new ReportWorker(() => new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module', name: 'report-export' }));
  const answer = await exporter.ask({ kind: 'export', id: nextId++, format, document });
  if (answer.kind === 'exported') return answer.bytes;
  throw new Error(answer.kind === 'failed' ? answer.message : 'Tiến trình xuất báo cáo trả lời sai.');
}
