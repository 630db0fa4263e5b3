// Where one dossier falls in Biểu số 06/VPCP/KSTT for a period. The dossier is read as it stood at
// the end of the period: the fold (apply) of its events recorded before that instant. The deadline
// judgements are the shared ones (classifyCompletion, daysLeftFor), never re-implemented here.
//
// Column definitions (every instant read on the Vietnamese clock; the period is [start, end)):
// - In scope: received (the `received` event, NgayTiepNhan) before the end, and not resolved
//   before the start. Online submissions not yet accepted, and dossiers refused at intake, were
//   never received and are not counted.
// - Received group, a partition of the scope:
//     carried over ("từ kỳ trước chuyển sang") = received before the start;
//     online ("trực tuyến")                     = received within the period, channel online;
//     direct ("trực tiếp, bưu chính")           = received within the period, at the counter or by post.
// - Outcome groups, together a partition of the scope:
//     resolved ("đã giải quyết") = resolved within the period. Resolution is the event that ends
//       the processing: `signed` or `resultRefused` (status 9, NgayKetThucXuLy; handing the
//       result over later does not move it), or `stopped` / `withdrawn` (statuses 8 and 7: the
//       dossier leaves processing, so it can no longer be "in progress"). Early / on time / late
//       compare that instant with the promised date then in force (after extensions and
//       supplement pauses): classifyCompletion. A dossier stopped or withdrawn while its clock
//       was stopped (waiting on the applicant) is judged by the working days it had left then:
//       more than none early, none on time, fewer late — the days spent waiting are not the unit's.
//     in progress ("đang giải quyết") = not resolved by the end. Overdue when, on the last day of
//       the period, the working days left are negative: daysLeftFor, which freezes the count while
//       the clock is stopped for a supplement or payment; a dossier without a promised date is
//       never overdue.
import type { Instant } from '../domain/calendar/vietnam-time';
import { instantMillis } from '../domain/calendar/vietnam-time';
import type { LocalDate } from '../domain/calendar/local-date';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { classifyCompletion, daysLeftFor } from '../domain/deadlines/timeliness';
import type { Channel, Dossier } from '../domain/dossiers/dossier';
import { apply } from '../domain/workflow/apply';
import type { ProcessingEvent } from '../domain/workflow/events';
import type { PeriodBounds } from './period';

export type ReceivedColumn = 'online' | 'direct' | 'carriedOver';
export type OutcomeColumn = 'early' | 'onTime' | 'late' | 'withinDeadline' | 'overdue';

/** One dossier's place in the form: one received column and one outcome column, or out of scope. */
export type Placement = { procedureCode: string; fieldCode: string; unitCode: string; received: ReceivedColumn; outcome: OutcomeColumn };

/** What the form needs of a dossier at the end of a period. */
export type DossierAtEnd = Pick<
  Dossier,
  'id' | 'procedureCode' | 'fieldCode' | 'unitCode' | 'channel' | 'status' | 'receivedAt' | 'dueDate' | 'pausedSince' | 'remainingWorkingDays' | 'finishedAt' | 'updatedAt'
>;

/**
 * The instant processing ended, or null while it goes on. Statuses 7 and 8 are terminal and have
 * no field of their own: the closing event is the last one, so `updatedAt` is its instant.
 */
export function resolvedAt(dossier: Pick<Dossier, 'status' | 'finishedAt' | 'updatedAt'>): Instant | null {
  if (dossier.status === 9 || dossier.status === 10) return dossier.finishedAt ?? dossier.updatedAt;
  if (dossier.status === 7 || dossier.status === 8) return dossier.updatedAt;
  return null;
}

/**
 * The dossier as it stood at `endMs`: its events (in version order) before that instant, folded.
 * A stop or withdrawal keeps the pause it ended (applyKeepingPause), for judging the days left then.
 */
export function dossierAtEnd(events: readonly ProcessingEvent[], endMs: number): Dossier | null {
  let dossier: Dossier | null = null;
  for (const event of events) {
    if (instantMillis(event.at) >= endMs) break;
    dossier = applyKeepingPause(dossier, event);
  }
  return dossier;
}

/** apply, except that a stop or withdrawal keeps the pause it ended: the report judges the days left then. */
export function applyKeepingPause(before: Dossier | null, event: ProcessingEvent): Dossier {
  return keepingPause(before, event, apply(before, event));
}

/** `after` (apply's result for `event` on `before`) with the pause a stop or withdrawal ended put back. */
export function keepingPause(before: Dossier | null, event: ProcessingEvent, after: Dossier): Dossier {
  if ((event.type === 'stopped' || event.type === 'withdrawn') && before?.pausedSince !== undefined) {
    return { ...after, pausedSince: before.pausedSince, ...(before.remainingWorkingDays === undefined ? {} : { remainingWorkingDays: before.remainingWorkingDays }) };
  }
  return after;
}

/** Where the dossier (as it stood at the end of the period) goes in the form; null when out of scope. */
export function placeDossier(dossier: DossierAtEnd, bounds: PeriodBounds, calendar: WorkingCalendar): Placement | null {
  if (dossier.receivedAt === null) return null;
  const receivedMs = instantMillis(dossier.receivedAt);
  if (receivedMs >= bounds.endMs) return null;
  const ended = resolvedAt(dossier);
  const endedMs = ended === null ? null : instantMillis(ended);
  if (endedMs !== null && endedMs < bounds.startMs) return null;
  const received: ReceivedColumn = receivedMs < bounds.startMs ? 'carriedOver' : channelColumn(dossier.channel);
  return { procedureCode: dossier.procedureCode, fieldCode: dossier.fieldCode, unitCode: dossier.unitCode, received, outcome: outcomeOf(dossier, ended, endedMs, bounds, calendar) };
}

function channelColumn(channel: Channel): ReceivedColumn {
  return channel === 'online' ? 'online' : 'direct';
}

function outcomeOf(dossier: DossierAtEnd, ended: Instant | null, endedMs: number | null, bounds: PeriodBounds, calendar: WorkingCalendar): OutcomeColumn {
  // Callers pass the dossier as it stood at the end (dossierAtEnd), so `ended` is before it.
  if (ended !== null && endedMs! < bounds.endMs) return closedOutcome(dossier, ended);
  return openOutcome(dossier, bounds.lastDay, calendar);
}

export type ClosedOutcome = Extract<OutcomeColumn, 'early' | 'onTime' | 'late'>;
type Clock = Pick<Dossier, 'dueDate' | 'pausedSince' | 'remainingWorkingDays'>;

/** Early, on time or late, judged at the instant processing ended; it never changes after. */
export function closedOutcome(dossier: Clock, ended: Instant): ClosedOutcome {
  if (dossier.pausedSince !== undefined) {
    // Stopped or withdrawn while waiting on the applicant: the working days it had left then (the
    // count daysLeftFor reads off a stopped clock, whatever the day).
    const left = dossier.remainingWorkingDays ?? null;
    return left === null || left === 0 ? 'onTime' : left > 0 ? 'early' : 'late';
  }
  const timeliness = classifyCompletion(ended, dossier.dueDate);
  return timeliness === 'on-time' ? 'onTime' : timeliness;
}

/** Still open on `lastDay` with this clock: overdue when its working days left are negative. */
export function openOutcome(dossier: Clock, lastDay: LocalDate, calendar: WorkingCalendar): 'withinDeadline' | 'overdue' {
  const left = daysLeftFor(dossier, lastDay, calendar);
  return left !== null && left < 0 ? 'overdue' : 'withinDeadline';
}
