// The Tổng quan cards count each role's own work, and open the list on exactly those dossiers.
import { describe, expect, it } from 'vitest';
import { vietnamWorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { foldVietnamese } from '../../../shared/domain/text/fold';
import { dueWindow } from '../../../shared/domain/deadlines/timeliness';
import { generateDemoDossiers } from '../../../shared/domain/demo/generate';
import { shippedCatalogue } from '../../../shared/domain/catalogue/shipped-catalogue';
import { DossierListIndex } from '../dossiers/list-index';
import { resolveFilter } from '../dossiers/list-view-store';
import { toListRow } from '../store/dossier-queries';
import { myWork, startOfWeek, urgentSources, weekStartInstant, workCards } from './work-scope';

const calendar = vietnamWorkingCalendar();
const today = '2026-03-12'; // a Thursday
const demo = generateDemoDossiers(5, 3000, { catalogue: shippedCatalogue, calendar, now: '2026-03-12T03:00:00.000Z' });
const index = new DossierListIndex(foldVietnamese);
index.load(demo.dossiers.map(toListRow));
const count = (filter: ReturnType<typeof resolveFilter>) => index.query(filter, { key: 'dueDate', direction: 'asc' }, dueWindow(today, calendar), 0, 0).total;

describe('the week', () => {
  it('starts on Monday at midnight in Hà Nội', () => {
    expect(startOfWeek(today)).toBe('2026-03-09');
    expect(startOfWeek('2026-03-09')).toBe('2026-03-09');
    expect(startOfWeek('2026-03-15')).toBe('2026-03-09');
    expect(weekStartInstant(today)).toBe('2026-03-08T17:00:00.000Z');
  });
});

describe("each role's work", () => {
  it('a specialist counts the open dossiers assigned to them, and only those', () => {
    const specialist = demo.staff.find((o) => o.role === 'specialist' && demo.dossiers.some((d) => d.assigneeId === o.id && d.status === 4))!;
    const mine = myWork(specialist);
    const expected = demo.dossiers.filter((d) => d.assigneeId === specialist.id && [1, 2, 4, 5, 6].includes(d.status)).length;
    expect(mine.id).toBe('mine');
    expect(count(resolveFilter(mine.filter, '', specialist.id))).toBe(expected);
    expect(expected).toBeGreaterThan(0);
  });

  it("the counter's queue is its unit's new online submissions and results waiting to be handed back", () => {
    const clerk = demo.staff.find((o) => o.role === 'clerk' && o.unitCode === 'CSHTT')!;
    const queue = myWork(clerk);
    const expected = demo.dossiers.filter((d) => d.unitCode === 'CSHTT' && (d.status === 1 || d.status === 9)).length;
    expect(count(resolveFilter(queue.filter, '', clerk.id))).toBe(expected);
  });

  it('a head also sees what waits to be assigned in the unit; a specialist does not', () => {
    const head = demo.staff.find((o) => o.role === 'head')!;
    const specialist = demo.staff.find((o) => o.role === 'specialist')!;
    expect(workCards(head, today).map((c) => c.id)).toEqual(['mine', 'awaitingAssignment', 'dueSoon', 'overdue', 'returnedThisWeek']);
    expect(workCards(specialist, today).map((c) => c.id)).toEqual(['mine', 'dueSoon', 'overdue', 'returnedThisWeek']);
    const waiting = workCards(head, today)[1]!;
    expect(count(resolveFilter(waiting.filter, '', head.id))).toBe(demo.dossiers.filter((d) => d.unitCode === head.unitCode && d.status === 2).length);
  });

  it('the urgent list draws on the own queue, and for a head also on what waits to be assigned', () => {
    const head = demo.staff.find((o) => o.role === 'head')!;
    const clerk = demo.staff.find((o) => o.role === 'clerk')!;
    expect(urgentSources(head, today).map((c) => c.id)).toEqual(['mine', 'awaitingAssignment']);
    expect(urgentSources(clerk, today).map((c) => c.id)).toEqual(['counter']);
    expect(urgentSources(null, today).map((c) => c.id)).toEqual(['open']);
  });

  it('without a profile the cards count every dossier on the desk', () => {
    const cards = workCards(null, today);
    expect(cards.map((c) => [c.id, c.scope])).toEqual([
      ['open', 'all'],
      ['dueSoon', 'all'],
      ['overdue', 'all'],
      ['returnedThisWeek', 'all'],
    ]);
    const returned = demo.dossiers.filter((d) => d.status === 10 && d.returnedAt! >= '2026-03-08T17:00:00.000Z').length;
    expect(count(resolveFilter(cards[3]!.filter, '', null))).toBe(returned);
    expect(count(resolveFilter(cards[2]!.filter, '', null))).toBe(index.facets(undefined, dueWindow(today, calendar)).overdue);
  });
});
