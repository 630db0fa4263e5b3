// The six-monthly report on online public services that Decision 572/QĐ-BKHCN asks each unit to
// send: which procedures it offers online (toàn trình / một phần, Decree 42/2022), how many
// dossiers came in online, and what changed since the previous period. It is read off two Biểu 06
// tables (this period and the one before), so its figures always agree with the form.
import type { Catalogue } from '../domain/catalogue/catalogue-schema';
import type { Bieu06Report } from './bieu06';
import type { ReportPeriod } from './period';

export type OnlineClass = 'toan-trinh' | 'mot-phan';

export type DeploymentLine = {
  procedureCode: string;
  procedureName: string;
  onlineClass: OnlineClass;
  /** Dossiers newly received in the period (carried-over ones were counted in their own period). */
  received: number;
  online: number;
  previousReceived: number;
  previousOnline: number;
};

export type DeploymentReport = {
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  unitCode: string | null;
  lines: DeploymentLine[];
  summary: {
    fullyOnline: number;
    partlyOnline: number;
    received: number;
    online: number;
    previousReceived: number;
    previousOnline: number;
  };
  /** The catalogue version that took effect within the period, if one did: its procedure list changed then. */
  catalogueChange: { version: string; effectiveFrom: string } | null;
};

export const onlineClassNames: Record<OnlineClass, string> = { 'toan-trinh': 'Toàn trình', 'mot-phan': 'Một phần' };

/** Share of online dossiers as a percentage with one decimal, or null when nothing was received. */
export function onlineShare(online: number, received: number): number | null {
  return received === 0 ? null : Math.round((online / received) * 1000) / 10;
}

export function deploymentReport(current: Bieu06Report, previous: Bieu06Report, catalogue: Catalogue): DeploymentReport {
  const before = new Map(previous.fields.flatMap((f) => f.procedures).map((p) => [p.procedureCode, p.counts]));
  const classes = new Map(catalogue.procedures.map((p) => [p.code, p.onlineClass]));
  const lines: DeploymentLine[] = current.fields
    .flatMap((f) => f.procedures)
    .map(({ procedureCode, procedureName, counts }) => {
      const old = before.get(procedureCode);
      return {
        procedureCode,
        procedureName,
        onlineClass: classes.get(procedureCode) ?? 'mot-phan',
        received: counts.receivedOnline + counts.receivedDirect,
        online: counts.receivedOnline,
        previousReceived: old ? old.receivedOnline + old.receivedDirect : 0,
        previousOnline: old?.receivedOnline ?? 0,
      };
    });
  const total = (pick: (line: DeploymentLine) => number) => lines.reduce((n, line) => n + pick(line), 0);
  const changed = catalogue.effectiveFrom >= current.period.from && catalogue.effectiveFrom <= current.period.to;
  return {
    period: current.period,
    previousPeriod: previous.period,
    unitCode: current.unitCode,
    lines,
    summary: {
      fullyOnline: lines.filter((l) => l.onlineClass === 'toan-trinh').length,
      partlyOnline: lines.filter((l) => l.onlineClass === 'mot-phan').length,
      received: total((l) => l.received),
      online: total((l) => l.online),
      previousReceived: total((l) => l.previousReceived),
      previousOnline: total((l) => l.previousOnline),
    },
    catalogueChange: changed ? { version: catalogue.version, effectiveFrom: catalogue.effectiveFrom } : null,
  };
}
