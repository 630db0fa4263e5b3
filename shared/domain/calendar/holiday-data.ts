// The shape of the public-holiday calendar as data: one entry per year, because the government
// announces each year's dates (lunar holidays move, days are swapped) and the portal can ship updates.
import { z } from 'zod';
import { dayOfWeek, isLocalDate, localDateSchema, yearOf } from './local-date';

export const dayOffKindSchema = z.enum([
  /** A statutory holiday (Labour Code 2019, Art. 112). */
  'public-holiday',
  /** A holiday fell on a weekend, so the next working day is taken off instead (nghỉ bù). */
  'compensatory-day-off',
  /** A working day moved onto a Saturday to make a longer break (hoán đổi ngày làm việc). */
  'swapped-day-off',
]);

export const dayOffSchema = z.object({ date: localDateSchema, name: z.string().min(1), kind: dayOffKindSchema }).strict();

/** A Saturday or Sunday that is worked (ngày làm bù), usually in exchange for a swapped day off. */
export const compensatoryWorkingDaySchema = z
  .object({ date: localDateSchema, name: z.string().min(1), replaces: localDateSchema.optional() })
  .strict();

export const holidayYearSchema = z
  .object({
    year: z.int().min(2000).max(2200),
    /** 'announced' when every date follows a published notice; 'derived' when reconstructed from the law. */
    status: z.enum(['announced', 'partly-announced', 'derived']),
    /** Source or assumption behind the dates, for whoever reviews the calendar. */
    note: z.string().min(1),
    daysOff: z.array(dayOffSchema),
    compensatoryWorkingDays: z.array(compensatoryWorkingDaySchema),
  })
  .strict()
  .superRefine((entry, ctx) => {
    const seen = new Set<string>();
    for (const day of [...entry.daysOff, ...entry.compensatoryWorkingDays]) {
      if (!isLocalDate(day.date)) continue;
      if (yearOf(day.date) !== entry.year) ctx.addIssue({ code: 'custom', message: `Ngày ${day.date} không thuộc năm ${entry.year}.` });
      if (seen.has(day.date)) ctx.addIssue({ code: 'custom', message: `Ngày ${day.date} được khai báo hai lần.` });
      seen.add(day.date);
    }
    for (const day of entry.compensatoryWorkingDays) {
      if (isLocalDate(day.date) && ![0, 6].includes(dayOfWeek(day.date)))
        ctx.addIssue({ code: 'custom', message: `Ngày làm bù ${day.date} phải là thứ Bảy hoặc Chủ nhật.` });
    }
  });

export const holidayCalendarDataSchema = z
  .object({
    version: z.string().min(1),
    /** Weekly rest days, 0 = Sunday ... 6 = Saturday; the public sector rests on Saturday and Sunday. */
    weeklyRestDays: z.array(z.int().min(0).max(6)).max(6),
    years: z.array(holidayYearSchema),
  })
  .strict()
  .superRefine((data, ctx) => {
    const years = data.years.map((y) => y.year);
    if (new Set(years).size !== years.length) ctx.addIssue({ code: 'custom', message: 'Một năm được khai báo hai lần trong lịch nghỉ.' });
  });

export type DayOffKind = z.infer<typeof dayOffKindSchema>;
export type DayOff = z.infer<typeof dayOffSchema>;
export type CompensatoryWorkingDay = z.infer<typeof compensatoryWorkingDaySchema>;
export type HolidayYear = z.infer<typeof holidayYearSchema>;
export type HolidayCalendarData = z.infer<typeof holidayCalendarDataSchema>;
