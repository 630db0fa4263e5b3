// What the Báo cáo screen shows: the tab, the period as the officer picks it, and the unit. Kept
// in a store so leaving the section and coming back finds the same report.
import { create } from 'zustand';
import type { LocalDate } from '../../../shared/domain/calendar/local-date';
import { customPeriod, defaultPeriod, monthPeriod, quarterPeriod, sixMonthPeriod, yearPeriod, type PeriodKind, type ReportPeriod } from '../../../shared/reports/period';

export type ReportTab = 'bieu06' | 'deployment';

export type PeriodChoice = {
  kind: PeriodKind;
  year: number;
  half: 1 | 2;
  quarter: 1 | 2 | 3 | 4;
  month: number;
  from: LocalDate;
  to: LocalDate;
};

type ReportViewState = {
  tab: ReportTab;
  choice: PeriodChoice | null;
  /** undefined: not chosen yet (the officer's unit, else all); null: every unit. */
  unitCode: string | null | undefined;
  setTab(tab: ReportTab): void;
  setChoice(patch: Partial<PeriodChoice>, today: LocalDate): void;
  setUnit(unitCode: string | null): void;
};

/** The six months containing today, with the other pickers set to the matching year and month. */
export function initialChoice(today: LocalDate): PeriodChoice {
  const period = defaultPeriod(today);
  const month = Number(today.slice(5, 7));
  return { kind: 'six-month', year: Number(today.slice(0, 4)), half: month <= 6 ? 1 : 2, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4, month, from: period.from, to: today };
}

/** The period a choice names; null for custom dates that are not a range. */
export function periodOf(choice: PeriodChoice): ReportPeriod | null {
  switch (choice.kind) {
    case 'six-month':
      return sixMonthPeriod(choice.year, choice.half);
    case 'quarter':
      return quarterPeriod(choice.year, choice.quarter);
    case 'month':
      return monthPeriod(choice.year, choice.month);
    case 'year':
      return yearPeriod(choice.year);
    case 'custom':
      return customPeriod(choice.from, choice.to);
  }
}

export const useReportView = create<ReportViewState>()((set) => ({
  tab: 'bieu06',
  choice: null,
  unitCode: undefined,
  setTab: (tab) => set({ tab }),
  setChoice: (patch, today) => set((state) => ({ choice: { ...(state.choice ?? initialChoice(today)), ...patch } })),
  setUnit: (unitCode) => set({ unitCode }),
}));
