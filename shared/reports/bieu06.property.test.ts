import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../domain/calendar/local-date';
import { instantMillis } from '../domain/calendar/vietnam-time';
import { vietnamWorkingCalendar } from '../domain/calendar/working-calendar';
import { shippedCatalogue } from '../domain/catalogue/shipped-catalogue';
import { iterateDemoDossiers, type DemoDossier } from '../domain/demo/generate';
import type { ProcessingEvent } from '../domain/workflow/events';
import { BIEU06_COLUMNS, Bieu06Builder, type Bieu06Counts } from './bieu06';
import { dossierAtEnd, placeDossier } from './dossier-facts';
import { customPeriod, periodBounds, type ReportPeriod } from './period';
import { placeReportFacts, reportFactsOf } from './report-facts';

const calendar = vietnamWorkingCalendar();
const NOW = '2026-06-20T03:00:00.000Z';
const ENDING_EVENTS = new Set<ProcessingEvent['type']>(['signed', 'resultRefused', 'stopped', 'withdrawn']);

/** The scope as the column definitions state it, read straight off the events (the oracle). */
function inScope(events: readonly ProcessingEvent[], period: ReportPeriod): boolean {
  const { startMs, endMs } = periodBounds(period);
  const received = events.find((e) => e.type === 'received');
  if (!received || instantMillis(received.at) >= endMs) return false;
  const ended = events.find((e) => ENDING_EVENTS.has(e.type));
  return !ended || instantMillis(ended.at) >= startMs;
}

const sum = (counts: Bieu06Counts, columns: readonly (keyof Bieu06Counts)[]) => columns.reduce((n, c) => n + counts[c], 0);

function checkLine(counts: Bieu06Counts): void {
  expect(counts.receivedTotal).toBe(sum(counts, ['receivedOnline', 'receivedDirect', 'carriedOver']));
  expect(counts.resolvedTotal).toBe(sum(counts, ['early', 'onTime', 'late']));
  expect(counts.inProgressTotal).toBe(sum(counts, ['withinDeadline', 'overdue']));
  // Resolved and in progress split the same dossiers the received columns do.
  expect(counts.receivedTotal).toBe(counts.resolvedTotal + counts.inProgressTotal);
}

const demoSets = new Map<number, DemoDossier[]>();
function demo(seed: number): DemoDossier[] {
  let set = demoSets.get(seed);
  if (!set) demoSets.set(seed, (set = [...iterateDemoDossiers(seed, 300, { catalogue: shippedCatalogue, calendar, now: NOW, days: 400 })]));
  return set;
}

// Periods anywhere around the demo's year, from one day to more than a year long.
const period = fc
  .tuple(fc.integer({ min: 0, max: 480 }), fc.integer({ min: 0, max: 420 }))
  .map(([back, length]) => customPeriod(addDays('2026-07-31', -back - length), addDays('2026-07-31', -back))!);

describe('Biểu 06 over generated workloads', () => {
  it('places every dossier in scope exactly once per column group, and every total is the sum of its parts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), period, fc.constantFrom<string | null>(null, 'CUDCN', 'CSHTT'), (seed, chosen, unitCode) => {
        const dossiers = demo(seed);
        const builder = new Bieu06Builder(chosen, unitCode, calendar);
        const perColumn: Bieu06Counts = Object.fromEntries(BIEU06_COLUMNS.map((c) => [c, 0])) as Bieu06Counts;
        let expectedInScope = 0;
        for (const { dossier, events } of dossiers) {
          const ofUnit = unitCode === null || dossier.unitCode === unitCode;
          if (ofUnit && inScope(events, chosen)) expectedInScope++;
          const placement = builder.add(dossierAtEnd(events, builder.bounds.endMs));
          expect(placement !== null).toBe(ofUnit && inScope(events, chosen));
          if (!placement) continue;
          // One received column and one outcome column per dossier, by construction of Placement;
          // counting them here checks the builder adds each exactly once.
          perColumn[placement.received === 'online' ? 'receivedOnline' : placement.received === 'direct' ? 'receivedDirect' : 'carriedOver']++;
          perColumn[placement.outcome]++;
        }
        const report = builder.build(shippedCatalogue);
        expect(report.totals.receivedTotal).toBe(expectedInScope);
        for (const column of ['receivedOnline', 'receivedDirect', 'carriedOver', 'early', 'onTime', 'late', 'withinDeadline', 'overdue'] as const) {
          expect(report.totals[column]).toBe(perColumn[column]);
        }
        checkLine(report.totals);
        for (const field of report.fields) {
          checkLine(field.counts);
          for (const column of BIEU06_COLUMNS) expect(field.counts[column]).toBe(field.procedures.reduce((n, p) => n + p.counts[column], 0));
          for (const line of field.procedures) checkLine(line.counts);
        }
        for (const column of BIEU06_COLUMNS) expect(report.totals[column]).toBe(report.fields.reduce((n, f) => n + f.counts[column], 0));
      }),
      { numRuns: 60 },
    );
  }, 30_000);

  it("places every dossier by its report facts exactly where folding its events up to the period's end does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), period, (seed, chosen) => {
        const bounds = periodBounds(chosen);
        for (const { events } of demo(seed)) {
          const facts = reportFactsOf(events);
          const atEnd = dossierAtEnd(events, bounds.endMs);
          const expected = atEnd === null ? null : placeDossier(atEnd, bounds, calendar);
          expect(facts === null ? null : placeReportFacts(facts, bounds, calendar)).toEqual(expected);
        }
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
