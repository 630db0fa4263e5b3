import { describe, expect, it } from 'vitest';
import { DashboardCounter, mondayOf } from './dashboard';
import { assign, history, intake, receive, signAt, specialist, withdraw } from './testing';

// Today Monday 30/06/2025; the weekly chart covers twelve weeks from Monday 14/04.
const today = '2025-06-30';
const dossiers = [
  // Received Mon 02/06, due 09/06, signed Wed 04/06: received and resolved in the week of 02/06, early.
  history([...receive('a', '2025-06-02 10:00', intake(1)), assign('2025-06-02 11:00'), ...signAt('2025-06-04 10:00')]),
  // Received Tue 10/06, due 17/06, still with the specialist on 30/06: overdue, in their hands.
  history([...receive('b', '2025-06-10 10:00', intake(2)), assign('2025-06-10 11:00')]),
  // Online, received Mon 23/06, withdrawn Wed 25/06: resolved that week, but not a result, so not in the on-time rate.
  history([...receive('c', '2025-06-23 10:00', intake(3, { channel: 'online' })), withdraw('2025-06-25 10:00')]),
  // Received Mon 05/05, due 12/05, signed Tue 13/05: received one week, resolved late the next.
  history([...receive('d', '2025-05-05 10:00', intake(4)), assign('2025-05-05 11:00'), ...signAt('2025-05-13 10:00')]),
];

describe('the Tổng quan chart figures', () => {
  const counter = new DashboardCounter(today, null);
  for (const { dossier } of dossiers) counter.add(dossier);
  const figures = counter.figures();
  const week = (monday: string) => figures.weeks.find((w) => w.weekStart === monday);

  it('weeks start on Monday', () => {
    expect(mondayOf('2025-06-29')).toBe('2025-06-23');
    expect(mondayOf('2025-06-30')).toBe('2025-06-30');
    expect(figures.weeks).toHaveLength(12);
    expect(figures.weeks[0]!.weekStart).toBe('2025-04-14');
  });

  it('counts received and resolved dossiers in the week each happened', () => {
    expect(week('2025-05-05')).toEqual({ weekStart: '2025-05-05', received: 1, resolved: 0 });
    expect(week('2025-05-12')).toEqual({ weekStart: '2025-05-12', received: 0, resolved: 1 });
    expect(week('2025-06-02')).toEqual({ weekStart: '2025-06-02', received: 1, resolved: 1 });
    expect(week('2025-06-09')).toEqual({ weekStart: '2025-06-09', received: 1, resolved: 0 });
    expect(week('2025-06-23')).toEqual({ weekStart: '2025-06-23', received: 1, resolved: 1 });
    expect(figures.weeks.reduce((n, w) => n + w.received, 0)).toBe(4);
  });

  it('rates results (signed or refused) on time against their promised date: one early, one late', () => {
    expect(figures.procedures).toEqual([{ procedureCode: '1.004512', resolved: 2, onTime: 1 }]);
  });

  it('puts the overdue dossier with the officer holding it', () => {
    expect(figures.overdue).toEqual([{ assigneeId: specialist.id, overdue: 1 }]);
  });

  it('counts the online share per month of receipt', () => {
    expect(figures.months.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(figures.months.at(-2)).toEqual({ month: '2025-05', received: 1, online: 0 });
    expect(figures.months.at(-1)).toEqual({ month: '2025-06', received: 3, online: 1 });
  });

  it('two shares merged give the figures of the whole', () => {
    const first = new DashboardCounter(today, null);
    const second = new DashboardCounter(today, null);
    dossiers.forEach(({ dossier }, i) => (i % 2 ? first : second).add(dossier));
    first.merge(second.figures());
    expect(first.figures()).toEqual(figures);
  });
});
