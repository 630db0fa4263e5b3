// Biểu số 06/VPCP/KSTT: dossiers placed by dossier-facts.ts, summed per field (lĩnh vực) and
// procedure, with the columns in the order of the paper form. The same code runs in the desk's
// worker and on the portal, so both print the same figures.
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import type { Catalogue } from '../domain/catalogue/catalogue-schema';
import type { ProcessingEvent } from '../domain/workflow/events';
import { dossierAtEnd, placeDossier, type Placement } from './dossier-facts';
import { placeReportFacts, type ReportFacts } from './report-facts';
import { periodBounds, type PeriodBounds, type ReportPeriod } from './period';

/** The eleven figures of one line; the order is the paper form's, columns (3) to (13). */
export const BIEU06_COLUMNS = [
  'receivedTotal',
  'receivedOnline',
  'receivedDirect',
  'carriedOver',
  'resolvedTotal',
  'early',
  'onTime',
  'late',
  'inProgressTotal',
  'withinDeadline',
  'overdue',
] as const;
export type Bieu06Column = (typeof BIEU06_COLUMNS)[number];
export type Bieu06Counts = Record<Bieu06Column, number>;

export type Bieu06Line = { procedureCode: string; procedureName: string; counts: Bieu06Counts };
export type Bieu06FieldGroup = { fieldCode: string; fieldName: string; counts: Bieu06Counts; procedures: Bieu06Line[] };

export type Bieu06Report = {
  period: ReportPeriod;
  /** The reporting unit; null when the desk reports every unit it holds. */
  unitCode: string | null;
  fields: Bieu06FieldGroup[];
  totals: Bieu06Counts;
};

export const emptyCounts = (): Bieu06Counts => ({
  receivedTotal: 0,
  receivedOnline: 0,
  receivedDirect: 0,
  carriedOver: 0,
  resolvedTotal: 0,
  early: 0,
  onTime: 0,
  late: 0,
  inProgressTotal: 0,
  withinDeadline: 0,
  overdue: 0,
});

const RECEIVED_COLUMN = { online: 'receivedOnline', direct: 'receivedDirect', carriedOver: 'carriedOver' } as const;
const OUTCOME_COLUMN = { early: 'early', onTime: 'onTime', late: 'late', withinDeadline: 'withinDeadline', overdue: 'overdue' } as const;

/** Adds one placed dossier to a line: once in the received group, once in resolved-or-in-progress. */
export function count(counts: Bieu06Counts, placement: Pick<Placement, 'received' | 'outcome'>): void {
  counts.receivedTotal++;
  counts[RECEIVED_COLUMN[placement.received]]++;
  if (placement.outcome === 'withinDeadline' || placement.outcome === 'overdue') counts.inProgressTotal++;
  else counts.resolvedTotal++;
  counts[OUTCOME_COLUMN[placement.outcome]]++;
}

function addInto(target: Bieu06Counts, source: Bieu06Counts): void {
  for (const column of BIEU06_COLUMNS) target[column] += source[column];
}

/**
 * Collects placements and lays them out as the form. Every procedure of the unit is listed, also
 * with zero dossiers: the form shows what the unit offers, not only what was busy.
 */
export class Bieu06Builder {
  readonly bounds: PeriodBounds;
  private readonly byProcedure = new Map<string, { fieldCode: string; counts: Bieu06Counts }>();

  constructor(
    readonly period: ReportPeriod,
    readonly unitCode: string | null,
    readonly calendar: WorkingCalendar,
  ) {
    this.bounds = periodBounds(period);
  }

  /** A dossier as it stood at the end of the period (dossierAtEnd). */
  add(dossier: Parameters<typeof placeDossier>[0] | null): Placement | null {
    if (dossier === null || (this.unitCode !== null && dossier.unitCode !== this.unitCode)) return null;
    const placement = placeDossier(dossier, this.bounds, this.calendar);
    if (placement) this.addPlacement(placement);
    return placement;
  }

  /** A dossier by its report facts: the same placement, without its events. */
  addFacts(facts: ReportFacts): Placement | null {
    if (this.unitCode !== null && facts.unitCode !== this.unitCode) return null;
    const placement = placeReportFacts(facts, this.bounds, this.calendar);
    if (placement) this.addPlacement(placement);
    return placement;
  }

  addPlacement(placement: Placement): void {
    let line = this.byProcedure.get(placement.procedureCode);
    if (!line) this.byProcedure.set(placement.procedureCode, (line = { fieldCode: placement.fieldCode, counts: emptyCounts() }));
    count(line.counts, placement);
  }

  /** Partial sums from another builder (a second worker's share of the dossiers). */
  merge(lines: ReadonlyMap<string, { fieldCode: string; counts: Bieu06Counts }>): void {
    for (const [code, other] of lines) {
      const line = this.byProcedure.get(code);
      if (line) addInto(line.counts, other.counts);
      else this.byProcedure.set(code, { fieldCode: other.fieldCode, counts: { ...other.counts } });
    }
  }

  lines(): ReadonlyMap<string, { fieldCode: string; counts: Bieu06Counts }> {
    return this.byProcedure;
  }

  build(catalogue: Catalogue): Bieu06Report {
    const procedures = catalogue.procedures.filter((p) => this.unitCode === null || p.unitCode === this.unitCode);
    const known = new Map(procedures.map((p) => [p.code, p]));
    const fieldNames = new Map(catalogue.fields.map((f) => [f.code, f.name]));
    const codes = [...new Set([...procedures.map((p) => p.code), ...this.byProcedure.keys()])];
    const groups = new Map<string, Bieu06FieldGroup>();
    for (const code of codes) {
      const procedure = known.get(code) ?? catalogue.procedures.find((p) => p.code === code);
      const fieldCode = procedure?.fieldCode ?? this.byProcedure.get(code)!.fieldCode;
      let group = groups.get(fieldCode);
      if (!group) groups.set(fieldCode, (group = { fieldCode, fieldName: fieldNames.get(fieldCode) ?? fieldCode, counts: emptyCounts(), procedures: [] }));
      const counts = { ...(this.byProcedure.get(code)?.counts ?? emptyCounts()) };
      group.procedures.push({ procedureCode: code, procedureName: procedure?.name ?? code, counts });
      addInto(group.counts, counts);
    }
    const fieldOrder = new Map(catalogue.fields.map((f, i) => [f.code, i]));
    const fields = [...groups.values()].sort((a, b) => (fieldOrder.get(a.fieldCode) ?? 1e9) - (fieldOrder.get(b.fieldCode) ?? 1e9));
    for (const group of fields) group.procedures.sort((a, b) => (a.procedureCode < b.procedureCode ? -1 : 1));
    const totals = emptyCounts();
    for (const group of fields) addInto(totals, group.counts);
    return { period: this.period, unitCode: this.unitCode, fields, totals };
  }
}

export type Bieu06Input = { period: ReportPeriod; unitCode: string | null; catalogue: Catalogue; calendar: WorkingCalendar };

/** The form from full histories (each dossier's events in version order): the portal's and the tests' way. */
export function bieu06FromHistories(histories: Iterable<readonly ProcessingEvent[]>, input: Bieu06Input): Bieu06Report {
  const builder = new Bieu06Builder(input.period, input.unitCode, input.calendar);
  for (const events of histories) builder.add(dossierAtEnd(events, builder.bounds.endMs));
  return builder.build(input.catalogue);
}

/** The desk's way: each dossier's report facts (report-facts.ts), never its events. */
export function bieu06FromFacts(facts: Iterable<ReportFacts>, input: Bieu06Input): Bieu06Report {
  const builder = new Bieu06Builder(input.period, input.unitCode, input.calendar);
  for (const one of facts) builder.addFacts(one);
  return builder.build(input.catalogue);
}
