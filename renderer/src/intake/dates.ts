// Calendar days (LocalDate, 'YYYY-MM-DD') as the counter says them: weekday and dd/mm/yyyy. The day
// is formatted in UTC on purpose: a LocalDate has no zone, so none may shift it.
import type { LocalDate } from '../../../shared/domain/calendar/local-date';

export function formatLocalDate(date: LocalDate, locale: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
