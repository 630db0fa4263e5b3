// One dossier's report facts: all Biểu 06 needs to place it in any period, without its events.
// The desk stores them (table reportFacts) in the same transaction as every change to the dossier,
// and its report workers read only them; the portal may derive them the same way.
//
// A dossier's place in a period [start, end) (dossier-facts.ts) depends on:
// - its unit, field, procedure and channel, fixed at intake;
// - the instant it was received, and the instant processing ended with that ending's class (early,
//   on time, late): judged then, never changed by what follows (handing the result over);
// - while open, its clock as it stood at the end: the promised date in force, or the working days
//   left frozen while waiting on the applicant. `clock` lists each change, from the instant of the
//   event that made it.
// Placing the facts gives what placeDossier(dossierAtEnd(events, end)) gives, for every period
// (bieu06.property.test.ts checks it over generated workloads).
import type { LocalDate } from '../domain/calendar/local-date';
import { instantMillis } from '../domain/calendar/vietnam-time';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import type { Dossier } from '../domain/dossiers/dossier';
import type { ProcessingEvent } from '../domain/workflow/events';
import { apply } from '../domain/workflow/apply';
import { closedOutcome, keepingPause, openOutcome, resolvedAt, type ClosedOutcome, type Placement } from './dossier-facts';
import type { PeriodBounds } from './period';

/**
 * The clock from `fromMs` on: the promised date, and while the clock is stopped a third element,
 * the working days left at the pause (null when not counted). Tuples keep the stored rows small.
 */
export type ClockStep = [fromMs: number, dueDate: LocalDate | null, pausedLeft?: number | null];

export type ReportFacts = {
  /** The dossier's id. */
  id: string;
  unitCode: string;
  fieldCode: string;
  procedureCode: string;
  online: boolean;
  receivedMs: number;
  /** When processing ended; Infinity while it goes on (a valid IndexedDB key, after every instant). */
  resolvedMs: number;
  /** The ending's class; null while open. */
  outcome: ClosedOutcome | null;
  /** The clock while open, oldest first; the first step is the receipt's. */
  clock: ClockStep[];
};

export const STILL_OPEN = Number.POSITIVE_INFINITY;

/**
 * The facts after one more event, `before` and `after` being the dossier around it as apply folds
 * it, so any fold of the dossier's events keeps its facts along. Null while the dossier was never
 * received (an online submission not yet accepted, a refusal at intake): it is in no period's
 * scope. Answers `facts` itself when the event changed none of them.
 */
export function nextReportFacts(facts: ReportFacts | null, before: Dossier | null, event: ProcessingEvent, after: Dossier): ReportFacts | null {
  if (after.receivedAt === null || (facts !== null && facts.resolvedMs !== STILL_OPEN)) return facts;
  const current: ReportFacts = facts ?? {
    id: after.id,
    unitCode: after.unitCode,
    fieldCode: after.fieldCode,
    procedureCode: after.procedureCode,
    online: after.channel === 'online',
    receivedMs: instantMillis(after.receivedAt),
    resolvedMs: STILL_OPEN,
    outcome: null,
    clock: [],
  };
  const state = keepingPause(before, event, after);
  const ended = resolvedAt(state);
  if (ended !== null) return { ...current, resolvedMs: instantMillis(ended), outcome: closedOutcome(state, ended) };
  const last = current.clock.at(-1);
  const step: ClockStep = state.pausedSince === undefined ? [0, state.dueDate] : [0, state.dueDate, state.remainingWorkingDays ?? null];
  if (last && last.length === step.length && last[1] === step[1] && last[2] === step[2]) return current;
  // A history re-based after sync may carry an earlier instant after a later one: the fold of the
  // events before an instant stops at the first one after it (dossierAtEnd), so a step never starts
  // before the one it follows.
  step[0] = Math.max(instantMillis(event.at), last?.[0] ?? 0);
  const kept = last && last[0] === step[0] ? current.clock.slice(0, -1) : current.clock;
  return { ...current, clock: [...kept, step] };
}

/** The facts of a whole history (events in version order); null when it was never received. */
export function reportFactsOf(events: readonly ProcessingEvent[]): ReportFacts | null {
  let dossier: Dossier | null = null;
  let facts: ReportFacts | null = null;
  for (const event of events) {
    const after = apply(dossier, event);
    facts = nextReportFacts(facts, dossier, event, after);
    dossier = after;
  }
  return facts;
}

/** Where the dossier goes in the form for a period; null when out of scope (as placeDossier). */
export function placeReportFacts(facts: ReportFacts, bounds: PeriodBounds, calendar: WorkingCalendar): Placement | null {
  if (facts.receivedMs >= bounds.endMs || facts.resolvedMs < bounds.startMs) return null;
  const { procedureCode, fieldCode, unitCode } = facts;
  const received = facts.receivedMs < bounds.startMs ? 'carriedOver' : facts.online ? 'online' : 'direct';
  if (facts.resolvedMs < bounds.endMs) return { procedureCode, fieldCode, unitCode, received, outcome: facts.outcome! };
  return { procedureCode, fieldCode, unitCode, received, outcome: openOutcome(clockAt(facts.clock, bounds.endMs), bounds.lastDay, calendar) };
}

/** The clock as it stood just before `endMs`, in the shape daysLeftFor reads. */
function clockAt(clock: readonly ClockStep[], endMs: number): Pick<Dossier, 'dueDate' | 'pausedSince' | 'remainingWorkingDays'> {
  let i = clock.length - 1;
  while (i > 0 && clock[i]![0] >= endMs) i--;
  const [, dueDate, pausedLeft] = clock[i]!;
  if (clock[i]!.length < 3) return { dueDate };
  // pausedSince only marks the clock as stopped here; daysLeftFor then reads the frozen count.
  return { dueDate, pausedSince: String(clock[i]![0]), ...(pausedLeft === null || pausedLeft === undefined ? {} : { remainingWorkingDays: pausedLeft }) };
}
