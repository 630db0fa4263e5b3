// Every Tổng quan bar opens the list on exactly the dossiers it counts: over generated demo data,
// the list's count for each bar's filter equals the figure the dashboard counter gives the bar.
import { describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../../shared/domain/catalogue/shipped-catalogue';
import { vietnamWorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { dueWindow, isOverdue } from '../../../shared/domain/deadlines/timeliness';
import { generateDemoDossiers } from '../../../shared/domain/demo/generate';
import { foldVietnamese } from '../../../shared/domain/text/fold';
import { DashboardCounter } from '../../../shared/reports/dashboard';
import { DossierListIndex } from '../dossiers/list-index';
import { resolveFilter, type ListFilter } from '../dossiers/list-view-store';
import { toListRow } from '../store/dossier-queries';
import { monthOnlineFilter, overdueFilter, procedureOnTimeFilter, weekBarFilter } from './chart-filters';

const calendar = vietnamWorkingCalendar();
const today = '2026-03-12';
const demo = generateDemoDossiers(7, 3000, { catalogue: shippedCatalogue, calendar, now: '2026-03-12T03:00:00.000Z' });
const index = new DossierListIndex(foldVietnamese);
index.load(demo.dossiers.map(toListRow));

// The whole desk, and the unit of an overdue dossier (so every chart of it has bars).
const busyUnit = demo.dossiers.find((d) => isOverdue(d, today))!.unitCode;

describe.each([null, busyUnit])('the Tổng quan bars, for unit %s', (unitCode) => {
  const counter = new DashboardCounter(today, unitCode);
  for (const dossier of demo.dossiers) counter.add(dossier);
  const figures = counter.figures();
  const count = (filter: ListFilter) => index.query(resolveFilter({ ...filter, ...(unitCode ? { unitCode } : {}) }, '', null), { key: 'updatedAt', direction: 'desc' }, dueWindow(today, calendar), 0, 0).total;

  it('a week bar lists exactly the dossiers received, or resolved, on the Vietnamese days of that week', () => {
    expect(figures.weeks.some((w) => w.received > 0 && w.resolved > 0)).toBe(true);
    for (const week of figures.weeks) {
      expect({ week: week.weekStart, received: count(weekBarFilter(week.weekStart, 0)) }).toEqual({ week: week.weekStart, received: week.received });
      expect({ week: week.weekStart, resolved: count(weekBarFilter(week.weekStart, 1)) }).toEqual({ week: week.weekStart, resolved: week.resolved });
    }
  });

  it("a month bar lists the month's online receptions, and a procedure bar its dossiers processed within the year", () => {
    expect(figures.months.some((m) => m.online > 0) && figures.procedures.length > 0).toBe(true);
    for (const month of figures.months) expect({ month: month.month, online: count(monthOnlineFilter(month.month)) }).toEqual({ month: month.month, online: month.online });
    for (const rate of figures.procedures) expect({ procedure: rate.procedureCode, resolved: count(procedureOnTimeFilter(rate.procedureCode, today)) }).toEqual({ procedure: rate.procedureCode, resolved: rate.resolved });
  });

  it('an officer bar lists their overdue dossiers', () => {
    expect(figures.overdue.length).toBeGreaterThan(0);
    for (const a of figures.overdue) expect({ who: a.assigneeId, overdue: count(overdueFilter(a.assigneeId ?? 'unassigned')) }).toEqual({ who: a.assigneeId, overdue: a.overdue });
  });
});
