// The promised return date as the intake screen shows it, live: the date itself, the working day
// the clock starts from, and why that is not today (after the cut-off, or a day off).
import type { LocalDate } from '../../../shared/domain/calendar/local-date';
import { toVietnamWallClock, type Instant } from '../../../shared/domain/calendar/vietnam-time';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import type { Procedure } from '../../../shared/domain/catalogue/catalogue-schema';
import { computeDueDate, countingDay } from '../../../shared/domain/deadlines/due-date';

export type DueDateView = {
  /** null: the procedure promises no return date. */
  dueDate: LocalDate | null;
  /** Day 0 of the clock. */
  countsFrom: LocalDate;
  /** Why the clock does not start today: received after the cut-off, or today is not a working day. */
  shifted: 'afterCutOff' | 'dayOff' | null;
};

export function dueDateView(now: Instant, procedure: Pick<Procedure, 'processingDays' | 'cutOff'>, calendar: WorkingCalendar): DueDateView {
  const today = toVietnamWallClock(now).date;
  const countsFrom = countingDay(now, procedure.cutOff, calendar);
  const shifted = countsFrom === today ? null : calendar.isWorkingDay(today) ? 'afterCutOff' : 'dayOff';
  return { dueDate: computeDueDate(now, procedure, calendar), countsFrom, shifted };
}
