// Stopping and restarting the clock while the dossier waits on the applicant (a supplement, status
// 5, or a payment, status 6): on resume the dossier either keeps the days it had left or, for
// procedures that say so, gets its full time again from the day the supplement arrives.
import { laterOf, type LocalDate } from '../calendar/local-date';
import { vietnamDateOf, type Instant } from '../calendar/vietnam-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Procedure } from '../catalogue/catalogue-schema';
import { countingDay } from './due-date';

/**
 * Working days from the pause to the due date, frozen until the clock resumes: 0 when paused on
 * the due date itself, negative when the dossier was already late. Null when there is no due date.
 */
export function remainingAtPause(dueDate: LocalDate | null, pausedAt: Instant, calendar: WorkingCalendar): number | null {
  return dueDate === null ? null : calendar.workingDaysBetween(vietnamDateOf(pausedAt), dueDate);
}

export type ResumeInput = {
  remainingWorkingDays: number | null;
  resumedAt: Instant;
  /** 'restart' for a supplement under a restarting procedure; a payment always resumes. */
  mode: Procedure['supplementClock'];
  procedure: Pick<Procedure, 'processingDays' | 'cutOff'>;
  calendar: WorkingCalendar;
};

/**
 * The new due date when the clock runs again. A restart never gives less time than resuming
 * would: a restart is meant to give the applicant the full time, not to undo an extension.
 */
export function resumeDueDate({ remainingWorkingDays, resumedAt, mode, procedure, calendar }: ResumeInput): LocalDate | null {
  if (remainingWorkingDays === null) return null;
  const day = countingDay(resumedAt, procedure.cutOff, calendar);
  const resumed = calendar.addWorkingDays(day, remainingWorkingDays);
  if (mode === 'resume' || procedure.processingDays === null) return resumed;
  return laterOf(resumed, calendar.addWorkingDays(day, procedure.processingDays));
}
