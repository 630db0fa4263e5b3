// Working-day arithmetic over a holiday calendar built from data: which days count, the n-th
// working day after a date, and how many working days lie between two dates.
import { err, ok, type Result } from '../../result';
import { holidayCalendarDataSchema, type DayOff, type HolidayCalendarData } from './holiday-data';
import { fromDayNumber, toDayNumber, weekdayOfDayNumber, yearOf, type LocalDate } from './local-date';
import { vietnamHolidayData } from './vietnam-holidays';

export interface WorkingCalendar {
  readonly version: string;
  /** Years whose holidays are known; outside them only weekends are skipped. */
  readonly years: readonly number[];
  isWorkingDay(date: LocalDate): boolean;
  /**
   * n > 0: the n-th working day after `start`; n < 0: the |n|-th working day before it, counted so
   * that workingDaysBetween(start, addWorkingDays(start, n)) === n; n = 0: `start` itself.
   */
  addWorkingDays(start: LocalDate, n: number): LocalDate;
  /** Working days in (from, to] when to >= from, minus those in (to, from] otherwise. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number;
  /** `date` itself when it is a working day, else the next working day. */
  firstWorkingDayFrom(date: LocalDate): LocalDate;
  dayOff(date: LocalDate): DayOff | undefined;
  covers(date: LocalDate): boolean;
  // Day-number variants for hot loops (the demo generator, list screens over 100,000 rows).
  isWorkingDayNumber(dayNumber: number): boolean;
  addWorkingDayNumbers(start: number, n: number): number;
}

export function buildWorkingCalendar(data: HolidayCalendarData): WorkingCalendar {
  return new DataWorkingCalendar(data);
}

/** Validates calendar data received from the portal (or a file) before it replaces the shipped one. */
export function loadWorkingCalendar(input: unknown): Result<WorkingCalendar> {
  const parsed = holidayCalendarDataSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return err('CALENDAR_INVALID', `Lịch nghỉ lễ không hợp lệ: ${first?.message ?? 'dữ liệu sai cấu trúc'} (${first?.path.join('.') ?? ''}).`);
  }
  return ok(buildWorkingCalendar(parsed.data));
}

let shipped: WorkingCalendar | undefined;
/** The calendar shipped with the application (2025-2027). */
export function vietnamWorkingCalendar(): WorkingCalendar {
  return (shipped ??= buildWorkingCalendar(vietnamHolidayData));
}

// 1970-01-05 was a Monday; week arithmetic is anchored there.
const MONDAY_ANCHOR = 4;

class DataWorkingCalendar implements WorkingCalendar {
  readonly version: string;
  readonly years: readonly number[];
  private readonly restDays: boolean[];
  private readonly dayOffByNumber = new Map<number, DayOff>();
  private readonly extraWorkingDays = new Set<number>();
  /** Working days among Monday..Monday+i of a plain week (no holidays). */
  private readonly weekPrefix: number[];
  private readonly workingPerWeek: number;
  /** Days where a plain week is corrected (holiday on a weekday: -1, worked weekend: +1), sorted, with running sums. */
  private readonly exceptionDays: number[] = [];
  private readonly exceptionSums: number[] = [];

  constructor(data: HolidayCalendarData) {
    this.version = data.version;
    this.years = data.years.map((y) => y.year).sort((a, b) => a - b);
    this.restDays = Array.from({ length: 7 }, (_, weekday) => data.weeklyRestDays.includes(weekday));
    this.weekPrefix = [];
    let running = 0;
    for (let i = 0; i < 7; i++) {
      if (!this.restDays[(i + 1) % 7]) running++;
      this.weekPrefix.push(running);
    }
    this.workingPerWeek = running;

    const exceptions = new Map<number, number>();
    for (const year of data.years) {
      for (const day of year.daysOff) {
        const n = toDayNumber(day.date);
        this.dayOffByNumber.set(n, day);
        if (!this.restDays[weekdayOfDayNumber(n)]) exceptions.set(n, -1);
      }
      for (const day of year.compensatoryWorkingDays) {
        const n = toDayNumber(day.date);
        this.extraWorkingDays.add(n);
        if (this.restDays[weekdayOfDayNumber(n)]) exceptions.set(n, +1);
      }
    }
    let sum = 0;
    for (const [n, delta] of [...exceptions].sort((a, b) => a[0] - b[0])) {
      sum += delta;
      this.exceptionDays.push(n);
      this.exceptionSums.push(sum);
    }
  }

  isWorkingDayNumber(n: number): boolean {
    if (this.extraWorkingDays.has(n)) return true;
    if (this.dayOffByNumber.has(n)) return false;
    return !this.restDays[weekdayOfDayNumber(n)];
  }

  isWorkingDay(date: LocalDate): boolean {
    return this.isWorkingDayNumber(toDayNumber(date));
  }

  addWorkingDayNumbers(start: number, n: number): number {
    let day = start;
    if (n > 0) {
      for (let left = n; left > 0; ) if (this.isWorkingDayNumber(++day)) left--;
      return day;
    }
    if (n < 0) {
      // Counting back so that the result r satisfies workingDaysBetween(start, r) === n, which for a
      // non-working start means one working day further than a naive count.
      for (let counted = this.isWorkingDayNumber(start) ? 0 : -1; counted < -n; ) if (this.isWorkingDayNumber(--day)) counted++;
    }
    return day;
  }

  addWorkingDays(start: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number: ${n}`);
    return fromDayNumber(this.addWorkingDayNumbers(toDayNumber(start), n));
  }

  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    return this.cumulative(toDayNumber(to)) - this.cumulative(toDayNumber(from));
  }

  firstWorkingDayFrom(date: LocalDate): LocalDate {
    let n = toDayNumber(date);
    while (!this.isWorkingDayNumber(n)) n++;
    return fromDayNumber(n);
  }

  dayOff(date: LocalDate): DayOff | undefined {
    return this.dayOffByNumber.get(toDayNumber(date));
  }

  covers(date: LocalDate): boolean {
    return this.years.includes(yearOf(date));
  }

  /** Working days from a fixed origin up to and including day n; differences give counts in O(log h). */
  private cumulative(n: number): number {
    const offset = n - MONDAY_ANCHOR;
    const weeks = Math.floor(offset / 7);
    const plain = weeks * this.workingPerWeek + this.weekPrefix[offset - weeks * 7]!;
    let low = 0;
    let high = this.exceptionDays.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.exceptionDays[mid]! <= n) low = mid + 1;
      else high = mid;
    }
    return plain + (low === 0 ? 0 : this.exceptionSums[low - 1]!);
  }
}
