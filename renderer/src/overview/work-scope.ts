// What "my work" means for each role at a unit, as list filters the Tổng quan cards count and
// open: the counter's queue (to receive, to hand back), dossiers assigned to me, those waiting for
// a head to assign them, what falls due within two working days, what is late, and what was
// returned this week. Without a profile, the whole desk.
import { addDays, dayOfWeek, type LocalDate } from '../../../shared/domain/calendar/local-date';
import { vietnamInstant, type Instant } from '../../../shared/domain/calendar/vietnam-time';
import type { Actor } from '../../../shared/domain/officers/officer';
import type { DossierSort } from '../dossiers/list-index';
import { MINE, OPEN_STATUSES, type ListFilter } from '../dossiers/list-view-store';

export type CardId = 'open' | 'mine' | 'counter' | 'awaitingAssignment' | 'dueSoon' | 'overdue' | 'returnedThisWeek';
/** Whose dossiers a card counts: the officer's own, the unit's, or every dossier on this desk. */
export type CardScope = 'mine' | 'unit' | 'all';
export type WorkCard = { id: CardId; scope: CardScope; filter: ListFilter; sort: DossierSort };

const BY_DUE: DossierSort = { key: 'dueDate', direction: 'asc' };
const NEWEST: DossierSort = { key: 'updatedAt', direction: 'desc' };

/** Monday of the week `today` falls in. */
export function startOfWeek(today: LocalDate): LocalDate {
  return addDays(today, -((dayOfWeek(today) + 6) % 7));
}

/** 00:00 in Hà Nội on Monday of this week, as the instant "returned this week" counts from. */
export function weekStartInstant(today: LocalDate): Instant {
  return vietnamInstant(startOfWeek(today), 0);
}

type Officer = Pick<Actor, 'role' | 'unitCode'>;

/** The officer's own queue: the one the urgent list draws from and "Việc của tôi" opens. */
export function myWork(officer: Officer | null): WorkCard {
  if (!officer || officer.role === 'admin') return { id: 'open', scope: officer ? 'unit' : 'all', filter: { statuses: [...OPEN_STATUSES], ...unit(officer) }, sort: BY_DUE };
  // The counter receives online submissions (1) and hands results back (9); nobody assigns it.
  if (officer.role === 'clerk') return { id: 'counter', scope: 'unit', filter: { statuses: [1, 9], unitCode: officer.unitCode }, sort: BY_DUE };
  return { id: 'mine', scope: 'mine', filter: { assigneeId: MINE, statuses: [...OPEN_STATUSES] }, sort: BY_DUE };
}

/** Where the most urgent dossiers come from: the officer's own queue, and for whoever assigns, what waits for it. */
export function urgentSources(officer: Officer | null, today: LocalDate): WorkCard[] {
  return workCards(officer, today).filter((card) => card.id === 'open' || card.id === 'mine' || card.id === 'counter' || card.id === 'awaitingAssignment');
}

export function workCards(officer: Officer | null, today: LocalDate): WorkCard[] {
  const own = myWork(officer);
  // Deadlines are watched where the work sits: the officer's own dossiers, or the unit's for the counter and the administrator.
  const dueScope: Pick<WorkCard, 'scope' | 'filter'> =
    own.id === 'mine' ? { scope: 'mine', filter: { assigneeId: MINE } } : { scope: officer ? 'unit' : 'all', filter: unit(officer) };
  const cards: WorkCard[] = [own];
  if (officer && (officer.role === 'head' || officer.role === 'admin')) {
    cards.push({ id: 'awaitingAssignment', scope: 'unit', filter: { statuses: [2], unitCode: officer.unitCode }, sort: BY_DUE });
  }
  cards.push(
    { id: 'dueSoon', scope: dueScope.scope, filter: { ...dueScope.filter, due: 'due-soon' }, sort: BY_DUE },
    { id: 'overdue', scope: dueScope.scope, filter: { ...dueScope.filter, due: 'overdue' }, sort: BY_DUE },
    { id: 'returnedThisWeek', scope: officer ? 'unit' : 'all', filter: { statuses: [10], updatedSince: weekStartInstant(today), ...unit(officer) }, sort: NEWEST },
  );
  return cards;
}

function unit(officer: Officer | null): ListFilter {
  return officer ? { unitCode: officer.unitCode } : {};
}
