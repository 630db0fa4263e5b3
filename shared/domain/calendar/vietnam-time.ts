// Instants (ISO-8601 with an offset) and their reading on a Vietnamese wall clock: UTC+7 all year,
// no daylight saving, so the conversion is a fixed shift and never depends on the machine's zone.
import { z } from 'zod';
import { fromDayNumber, toDayNumber, type LocalDate } from './local-date';

export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;
const MINUTE = 60_000;
const DAY = 86_400_000;

/** An ISO instant with 'Z' or an explicit offset; strings without one would be read in local time. */
export const instantSchema = z.iso.datetime({ offset: true });
export type Instant = string;

/** millisOfDay keeps seconds, so 15:00:30 is after a 15:00 cut-off. */
export type VietnamWallClock = { date: LocalDate; minuteOfDay: number; millisOfDay: number };

function epochMillis(instant: Instant): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms) || !/(Z|[+-]\d{2}:?\d{2})$/.test(instant)) throw new RangeError(`Not an instant with offset: ${instant}`);
  return ms;
}

export function toVietnamWallClock(instant: Instant): VietnamWallClock {
  const shifted = epochMillis(instant) + VIETNAM_UTC_OFFSET_MINUTES * MINUTE;
  const dayNumber = Math.floor(shifted / DAY);
  const millisOfDay = shifted - dayNumber * DAY;
  return { date: fromDayNumber(dayNumber), minuteOfDay: Math.floor(millisOfDay / MINUTE), millisOfDay };
}

export function vietnamDateOf(instant: Instant): LocalDate {
  return toVietnamWallClock(instant).date;
}

/** The instant at which a Vietnamese wall clock shows `date` and `minuteOfDay`, as '...Z'. */
export function vietnamInstant(date: LocalDate, minuteOfDay: number): Instant {
  return new Date(toDayNumber(date) * DAY + (minuteOfDay - VIETNAM_UTC_OFFSET_MINUTES) * MINUTE).toISOString();
}

/** Fast path for generators that already hold the day number. */
export function vietnamInstantOfDayNumber(dayNumber: number, minuteOfDay: number): Instant {
  return new Date(dayNumber * DAY + (minuteOfDay - VIETNAM_UTC_OFFSET_MINUTES) * MINUTE).toISOString();
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const clockTimeSchema = z.string().regex(CLOCK_TIME, 'Giờ phải có dạng HH:mm, ví dụ 15:00.');

/** '15:00' → 900. */
export function minutesOfClockTime(time: string): number {
  const match = CLOCK_TIME.exec(time);
  if (!match) throw new RangeError(`Not a clock time: ${time}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export function instantMillis(instant: Instant): number {
  return epochMillis(instant);
}

