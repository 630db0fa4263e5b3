import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidayCalendarDataSchema } from './holiday-data';
import { addDays, fromDayNumber, toDayNumber } from './local-date';
import { vietnamHolidayData } from './vietnam-holidays';
import { buildWorkingCalendar, loadWorkingCalendar, vietnamWorkingCalendar } from './working-calendar';

const calendar = vietnamWorkingCalendar();

describe('the shipped holiday calendar', () => {
  it('is valid data with a source note for every year', () => {
    expect(holidayCalendarDataSchema.safeParse(vietnamHolidayData).success).toBe(true);
    expect(vietnamHolidayData.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    for (const year of vietnamHolidayData.years) expect(year.note.length).toBeGreaterThan(40);
  });

  it.each([
    ['2025-04-07', 2025],
    ['2026-04-26', 2026],
    ['2027-04-16', 2027],
  ])('puts Giỗ Tổ Hùng Vương (10/3 lunar) on %s', (date) => {
    expect(calendar.dayOff(date)?.name).toMatch(/Giỗ Tổ/);
  });

  it('has Tết Dương lịch, 30/4, 1/5 and two days of Quốc khánh every year', () => {
    for (const year of [2025, 2026, 2027]) {
      for (const day of ['01-01', '04-30', '05-01', '09-02']) expect(calendar.dayOff(`${year}-${day}`), `${year}-${day}`).toBeDefined();
      expect(calendar.dayOff(`${year}-09-01`) ?? calendar.dayOff(`${year}-09-03`)).toBeDefined();
    }
  });

  it('closes public offices for Tết Ất Tỵ 2025 from 25/1 to 2/2, with Saturday 8/2 worked instead of 27/1', () => {
    for (let d = '2025-01-25'; d <= '2025-02-02'; d = addDays(d, 1)) expect(calendar.isWorkingDay(d), d).toBe(false);
    expect(calendar.isWorkingDay('2025-02-08')).toBe(true);
    expect(calendar.addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
  });

  it('moves Friday 2/5/2025 to Saturday 26/4/2025', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.isWorkingDay('2025-05-02')).toBe(false);
    expect(calendar.addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
  });

  it('closes for Tết Bính Ngọ 2026 from 14/2 to 22/2 and gives Monday 27/4/2026 for Giỗ Tổ on a Sunday', () => {
    expect(calendar.addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(calendar.isWorkingDay('2026-04-27')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
  });

  it('counts 251 working days after New Year 2025 to the end of the year', () => {
    expect(calendar.workingDaysBetween('2025-01-01', '2025-12-31')).toBe(251);
  });

  it('knows which years it covers, and outside them skips only weekends', () => {
    expect(calendar.covers('2027-06-01')).toBe(true);
    expect(calendar.covers('2028-01-03')).toBe(false);
    expect(calendar.isWorkingDay('2028-01-03')).toBe(true);
    expect(calendar.isWorkingDay('2028-01-08')).toBe(false);
  });
});

describe('a calendar from the portal', () => {
  it('is rejected with a message in Vietnamese when a compensatory working day is not a weekend', () => {
    const loaded = loadWorkingCalendar({
      ...vietnamHolidayData,
      years: [{ year: 2025, status: 'announced', note: 'thử', daysOff: [], compensatoryWorkingDays: [{ date: '2025-03-05', name: 'sai' }] }],
    });
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.message).toMatch(/thứ Bảy hoặc Chủ nhật/);
  });

  it('replaces the shipped one: a new holiday is skipped', () => {
    const data = structuredClone(vietnamHolidayData);
    data.years[1]!.daysOff.push({ date: '2026-11-24', name: 'Ngày Văn hoá Việt Nam', kind: 'public-holiday' });
    const updated = buildWorkingCalendar(data);
    expect(updated.isWorkingDay('2026-11-24')).toBe(false);
    expect(calendar.isWorkingDay('2026-11-24')).toBe(true);
  });
});

const day = fc.integer({ min: toDayNumber('2024-06-01'), max: toDayNumber('2028-06-30') }).map(fromDayNumber);
const count = fc.integer({ min: -80, max: 80 });

function naiveBetween(from: string, to: string): number {
  let n = 0;
  if (to >= from) for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) n += calendar.isWorkingDay(d) ? 1 : 0;
  else for (let d = addDays(to, 1); d <= from; d = addDays(d, 1)) n -= calendar.isWorkingDay(d) ? 1 : 0;
  return n;
}

describe('working-day arithmetic (properties)', () => {
  it('adding n working days (n ≠ 0) always lands on a working day', () => {
    fc.assert(fc.property(day, count.filter((n) => n !== 0), (start, n) => calendar.isWorkingDay(calendar.addWorkingDays(start, n))));
  });

  it('adding n working days then counting between gives n', () => {
    fc.assert(fc.property(day, count, (start, n) => calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n)) === n));
  });

  it('counting matches a day-by-day count', () => {
    fc.assert(fc.property(day, day, (a, b) => calendar.workingDaysBetween(a, b) === naiveBetween(a, b)), { numRuns: 200 });
  });

  it('counting is antisymmetric and additive', () => {
    fc.assert(
      fc.property(day, day, day, (a, b, c) => {
        expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, a)).toBe(0);
        expect(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c)).toBe(calendar.workingDaysBetween(a, c));
      }),
    );
  });

  it('a later start never gives an earlier result', () => {
    fc.assert(
      fc.property(day, day, count, (a, b, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        return calendar.addWorkingDays(early, n) <= calendar.addWorkingDays(late, n);
      }),
    );
  });
});
