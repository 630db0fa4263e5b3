// What each Tổng quan chart bar counts, as a dossier-list filter: the same Vietnamese days and the
// same received / resolved reading as shared/reports/dashboard, so the list opened from a bar
// shows exactly the bar's figure.
import { addDays, daysInMonth, type LocalDate } from '../../../shared/domain/calendar/local-date';
import type { DayRange } from '../dossiers/list-index';
import type { ListFilter } from '../dossiers/list-view-store';

const PROCESSED = [9, 10];

/** Received (series 0) or resolved (series 1) in the week starting on Monday `weekStart`. */
export function weekBarFilter(weekStart: LocalDate, series: number): ListFilter {
  const week: DayRange = { from: weekStart, to: addDays(weekStart, 6) };
  // "Resolved" counts every end of processing (signed, returned, stopped, withdrawn): no status filter.
  return series === 1 ? { resolvedBetween: week } : { receivedBetween: week };
}

/** Received online in month 'YYYY-MM' (the bar shows their share of all received that month). */
export function monthOnlineFilter(month: string): ListFilter {
  const lastDay = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return { channel: 'online', receivedBetween: { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` } };
}

/** Processed or returned within the year up to `today` (after the day a year before, as counted). */
export function procedureOnTimeFilter(procedureCode: string, today: LocalDate): ListFilter {
  return { procedureCode, statuses: PROCESSED, resolvedBetween: { from: addDays(today, -364), to: today } };
}

/** Overdue in `assigneeId`'s hands, or 'unassigned'. */
export function overdueFilter(assigneeId: string): ListFilter {
  return { due: 'overdue', assigneeId };
}
