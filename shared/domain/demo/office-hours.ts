// Moving a demo clock through office hours (07:30-16:30, Vietnam time, working days only), in
// epoch milliseconds so a million events cost integer arithmetic rather than date parsing.
import type { WorkingCalendar } from '../calendar/working-calendar';

const MINUTE = 60_000;
const DAY = 86_400_000;
const VIETNAM = 7 * 60 * MINUTE;
export const OPENS = 7 * 60 + 30;
export const CLOSES = 16 * 60 + 30;
export const WORKING_DAY_MINUTES = CLOSES - OPENS;

export class OfficeHours {
  constructor(private readonly calendar: WorkingCalendar) {}

  /** Vietnamese day number of an instant. */
  dayOf(ms: number): number {
    return Math.floor((ms + VIETNAM) / DAY);
  }

  at(dayNumber: number, minuteOfDay: number): number {
    return dayNumber * DAY + minuteOfDay * MINUTE - VIETNAM;
  }

  nextWorkingDay(dayNumber: number): number {
    let day = dayNumber + 1;
    while (!this.calendar.isWorkingDayNumber(day)) day++;
    return day;
  }

  /** `ms` plus `minutes` of office time: evenings, weekends and holidays do not count. */
  advance(ms: number, minutes: number): number {
    let day = this.dayOf(ms);
    let minute = Math.floor((ms + VIETNAM - day * DAY) / MINUTE);
    if (!this.calendar.isWorkingDayNumber(day) || minute >= CLOSES) {
      day = this.nextWorkingDay(day);
      minute = OPENS;
    } else if (minute < OPENS) {
      minute = OPENS;
    }
    let left = Math.max(1, Math.round(minutes));
    while (left > CLOSES - minute) {
      left -= CLOSES - minute;
      day = this.nextWorkingDay(day);
      minute = OPENS;
    }
    return this.at(day, minute + left);
  }
}
