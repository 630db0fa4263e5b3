// Reading a dossier against its promised date: early / on time / late once finished (Biểu 06
// columns), days left for the list while open, and the overdue and due-soon tests.
import type { LocalDate } from '../calendar/local-date';
import { vietnamDateOf, type Instant } from '../calendar/vietnam-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Dossier } from '../dossiers/dossier';
import { isOpen } from '../workflow/status';

export type Timeliness = 'early' | 'on-time' | 'late';

/**
 * Finished before, on, or after the promised date (Vietnamese calendar days). A dossier without a
 * promised date cannot be late, so it counts as on time.
 */
export function classifyCompletion(finishedAt: Instant, dueDate: LocalDate | null): Timeliness {
  if (dueDate === null) return 'on-time';
  const finishedOn = vietnamDateOf(finishedAt);
  return finishedOn < dueDate ? 'early' : finishedOn === dueDate ? 'on-time' : 'late';
}

/**
 * Working days until the due date: 0 on the due date, negative when overdue. A day off after the
 * due date still shows -1, so an overdue dossier never reads as "0 days left".
 */
export function workingDaysLeft(dueDate: LocalDate | null, today: LocalDate, calendar: WorkingCalendar): number | null {
  if (dueDate === null) return null;
  const left = calendar.workingDaysBetween(today, dueDate);
  return dueDate < today ? Math.min(left, -1) : left;
}

/** Days left as shown on a dossier: frozen at the pause while waiting on the applicant. */
export function daysLeftFor(dossier: Pick<Dossier, 'dueDate' | 'pausedSince' | 'remainingWorkingDays'>, today: LocalDate, calendar: WorkingCalendar): number | null {
  if (dossier.pausedSince !== undefined) return dossier.remainingWorkingDays ?? null;
  return workingDaysLeft(dossier.dueDate, today, calendar);
}

/** Open, not waiting on the applicant, and past its due date. */
export function isOverdue(dossier: Pick<Dossier, 'status' | 'dueDate' | 'pausedSince'>, today: LocalDate): boolean {
  return isOpen(dossier.status) && dossier.pausedSince === undefined && dossier.dueDate !== null && dossier.dueDate < today;
}

/** The dates a list compares due dates against: today and the last day counted as "due soon". */
export function dueWindow(today: LocalDate, calendar: WorkingCalendar, soonWorkingDays = 2): { today: LocalDate; dueSoonUntil: LocalDate } {
  return { today, dueSoonUntil: calendar.addWorkingDays(today, soonWorkingDays) };
}
