// The promised return date (ngày hẹn trả): the receipt day is day 0 and the due date is the n-th
// working day after it; a receipt after the afternoon cut-off or on a day off counts as received
// on the next working day.
import type { LocalDate } from '../calendar/local-date';
import { minutesOfClockTime, toVietnamWallClock, type Instant } from '../calendar/vietnam-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { Procedure } from '../catalogue/catalogue-schema';

type ClockRules = Pick<Procedure, 'processingDays' | 'cutOff'>;

/**
 * The working day a receipt counts as received on (day 0 of the clock). "After the cut-off" is
 * strict: 15:00:00 still counts that day, 15:00:01 does not.
 */
export function countingDay(receivedAt: Instant, cutOff: string | null, calendar: WorkingCalendar): LocalDate {
  const clock = toVietnamWallClock(receivedAt);
  if (!calendar.isWorkingDay(clock.date)) return calendar.firstWorkingDayFrom(clock.date);
  if (cutOff !== null && clock.millisOfDay > minutesOfClockTime(cutOff) * 60_000) return calendar.addWorkingDays(clock.date, 1);
  return clock.date;
}

/** The due date of a dossier received at `receivedAt`, or null for procedures without a return date. */
export function computeDueDate(receivedAt: Instant, procedure: ClockRules, calendar: WorkingCalendar): LocalDate | null {
  if (procedure.processingDays === null) return null;
  return calendar.addWorkingDays(countingDay(receivedAt, procedure.cutOff, calendar), procedure.processingDays);
}
