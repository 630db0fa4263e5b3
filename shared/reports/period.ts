// Reporting periods: whole Vietnamese calendar days from `from` to `to`, both included. The report
// reads every instant on the Vietnamese clock, so a period never depends on the machine's zone.
import { addDays, daysInMonth, formatVietnameseDate, isLocalDate, toDayNumber, type LocalDate } from '../domain/calendar/local-date';
import { instantMillis, vietnamInstant, type Instant } from '../domain/calendar/vietnam-time';

export type PeriodKind = 'six-month' | 'month' | 'quarter' | 'year' | 'custom';

export type ReportPeriod = { kind: PeriodKind; from: LocalDate; to: LocalDate };

/** The period as instants: [startMs, endMs), endMs being midnight after `to` in Vietnam. */
export type PeriodBounds = { startMs: number; endMs: number; lastDay: LocalDate };

const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (year: number, month: number): LocalDate => `${year}-${pad(month)}-01`;
const monthEnd = (year: number, month: number): LocalDate => `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;

export function monthPeriod(year: number, month: number): ReportPeriod {
  return { kind: 'month', from: monthStart(year, month), to: monthEnd(year, month) };
}

export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): ReportPeriod {
  return { kind: 'quarter', from: monthStart(year, quarter * 3 - 2), to: monthEnd(year, quarter * 3) };
}

/** Decision 572 asks for a report every six months: January-June and July-December. */
export function sixMonthPeriod(year: number, half: 1 | 2): ReportPeriod {
  return { kind: 'six-month', from: monthStart(year, half === 1 ? 1 : 7), to: monthEnd(year, half === 1 ? 6 : 12) };
}

export function yearPeriod(year: number): ReportPeriod {
  return { kind: 'year', from: monthStart(year, 1), to: monthEnd(year, 12) };
}

/** A period the officer picks by dates; null when the dates are not real or run backwards. */
export function customPeriod(from: string, to: string): ReportPeriod | null {
  if (!isLocalDate(from) || !isLocalDate(to) || to < from) return null;
  return { kind: 'custom', from, to };
}

/** The six months containing `today`: what the Báo cáo screen opens on. */
export function defaultPeriod(today: LocalDate): ReportPeriod {
  return sixMonthPeriod(Number(today.slice(0, 4)), Number(today.slice(5, 7)) <= 6 ? 1 : 2);
}

/** The period of the same kind and length just before `period` ("kỳ trước"), for comparisons. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const year = Number(period.from.slice(0, 4));
  const month = Number(period.from.slice(5, 7));
  switch (period.kind) {
    case 'month':
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    case 'quarter':
      return month === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, ((month - 1) / 3) as 1 | 2 | 3);
    case 'six-month':
      return month === 1 ? sixMonthPeriod(year - 1, 2) : sixMonthPeriod(year, 1);
    case 'year':
      return yearPeriod(year - 1);
    case 'custom': {
      const length = toDayNumber(period.to) - toDayNumber(period.from) + 1;
      return { kind: 'custom', from: addDays(period.from, -length), to: addDays(period.from, -1) };
    }
  }
}

export function periodBounds(period: ReportPeriod): PeriodBounds {
  return { startMs: instantMillis(periodStart(period)), endMs: instantMillis(vietnamInstant(addDays(period.to, 1), 0)), lastDay: period.to };
}

export function periodStart(period: ReportPeriod): Instant {
  return vietnamInstant(period.from, 0);
}

/** How the form names the period: "6 tháng đầu năm 2026", "Quý III năm 2026", "Từ 01/02/2026 đến 15/03/2026". */
export function periodTitle(period: ReportPeriod): string {
  const year = period.from.slice(0, 4);
  const month = Number(period.from.slice(5, 7));
  switch (period.kind) {
    case 'six-month':
      return `6 tháng ${month === 1 ? 'đầu' : 'cuối'} năm ${year}`;
    case 'quarter':
      return `Quý ${['I', 'II', 'III', 'IV'][(month - 1) / 3]} năm ${year}`;
    case 'month':
      return `Tháng ${month} năm ${year}`;
    case 'year':
      return `Năm ${year}`;
    case 'custom':
      return `Từ ngày ${formatVietnameseDate(period.from)} đến ngày ${formatVietnameseDate(period.to)}`;
  }
}
