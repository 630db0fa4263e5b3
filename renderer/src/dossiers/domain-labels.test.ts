// The Vietnamese labels say exactly what the domain says, so the list, the buttons and the
// workflow's own messages never disagree; and dates, days left and money read the Vietnamese way.
import { describe, expect, it } from 'vitest';
import { vietnamWorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { roleTitles } from '../../../shared/domain/officers/officer';
import { actionNames } from '../../../shared/domain/workflow/rules';
import { DOSSIER_STATUSES, statusNames } from '../../../shared/domain/workflow/status';
import { translator } from '../i18n/translate';
import { actionName, capitalise, roleTitle, statusName } from './domain-labels';
import { daysLeftOf, daysLeftText, formatAmount, formatVietnamDateTime, formatVietnamDay } from './format';

const vi = translator('vi');
const en = translator('en');
const calendar = vietnamWorkingCalendar();

describe('domain labels in Vietnamese', () => {
  it('name every status as the portal does', () => {
    for (const status of DOSSIER_STATUSES) expect(statusName(vi, status)).toBe(statusNames[status]);
  });

  it('name every action as the workflow rules do, capitalised for a button', () => {
    for (const [type, name] of Object.entries(actionNames)) expect(actionName(vi, type as keyof typeof actionNames)).toBe(capitalise(name));
  });

  it('give every role its title', () => {
    for (const [role, title] of Object.entries(roleTitles)) expect(roleTitle(vi, role as keyof typeof roleTitles)).toBe(title);
  });
});

describe('times and amounts', () => {
  it('read instants on the Vietnamese wall clock, whatever the machine zone', () => {
    expect(formatVietnamDateTime('2026-03-09T17:05:00.000Z')).toBe('10/03/2026 00:05');
    expect(formatVietnamDay('2026-03-09T16:59:00.000Z')).toBe('09/03/2026');
    expect(formatVietnamDateTime('2026-03-10T08:30:00+07:00')).toBe('10/03/2026 08:30');
  });

  it('group thousands with dots in Vietnamese', () => {
    expect(formatAmount(3_000_000, 'vi-VN')).toBe('3.000.000');
  });
});

describe('days left before the promised date', () => {
  const today = '2026-03-10'; // a Tuesday

  it('count working days: a Friday due date is 3 days away, Monday is overdue by one', () => {
    const left = daysLeftOf({ status: 4, dueDate: '2026-03-13' }, today, calendar);
    expect(left).toEqual({ kind: 'running', days: 3, tone: 'ok' });
    expect(daysLeftText(left, vi)).toBe('còn 3 ngày');
    const late = daysLeftOf({ status: 4, dueDate: '2026-03-09' }, today, calendar);
    expect(late).toEqual({ kind: 'running', days: -1, tone: 'overdue' });
    expect(daysLeftText(late, vi)).toBe('quá hạn 1 ngày');
    expect(daysLeftText(late, en)).toBe('1 working day(s) overdue');
  });

  it('mark the due date itself and the two working days before it', () => {
    expect(daysLeftText(daysLeftOf({ status: 2, dueDate: today }, today, calendar), vi)).toBe('đến hạn hôm nay');
    expect(daysLeftOf({ status: 4, dueDate: '2026-03-12' }, today, calendar)).toMatchObject({ tone: 'soon', days: 2 });
  });

  it('stand still while the dossier waits on the applicant', () => {
    const paused = daysLeftOf({ status: 5, dueDate: '2026-03-01', pausedSince: '2026-02-25T03:00:00.000Z', remainingWorkingDays: 3 }, today, calendar);
    expect(daysLeftText(paused, vi)).toBe('Tạm dừng tính thời gian (còn 3 ngày)');
    expect(daysLeftText(daysLeftOf({ status: 6, dueDate: null }, today, calendar), vi)).toBe('Tạm dừng tính thời gian');
    expect(daysLeftText(daysLeftOf({ status: 5, dueDate: null, pausedSince: '2026-02-25T03:00:00.000Z', remainingWorkingDays: -2 }, today, calendar), vi)).toBe(
      'Tạm dừng tính thời gian (đã quá hạn 2 ngày)',
    );
  });

  it('say when there is no promised date, and nothing for closed or not yet received dossiers', () => {
    expect(daysLeftText(daysLeftOf({ status: 4, dueDate: null }, today, calendar), vi)).toBe('Không có hẹn trả');
    expect(daysLeftText(daysLeftOf({ status: 10, dueDate: '2026-03-01' }, today, calendar), vi)).toBe('');
    expect(daysLeftText(daysLeftOf({ status: 1, dueDate: null }, today, calendar), vi)).toBe('');
  });

  it('read a finished dossier as early, on time or late against its promised date, in Vietnamese days', () => {
    // 16:59 UTC on 1 March is 23:59 on 1 March in Việt Nam; 17:00 UTC is already 2 March there.
    const finished = (finishedAt: string) => daysLeftText(daysLeftOf({ status: 9, dueDate: '2026-03-02', finishedAt }, today, calendar), vi);
    expect(finished('2026-03-01T16:59:00.000Z')).toBe('Hoàn thành trước hạn');
    expect(finished('2026-03-01T17:00:00.000Z')).toBe('Hoàn thành đúng hạn');
    expect(finished('2026-03-02T17:00:00.000Z')).toBe('Hoàn thành quá hạn');
    expect(daysLeftOf({ status: 10, dueDate: null, finishedAt: '2026-03-05T03:00:00.000Z' }, today, calendar)).toEqual({ kind: 'finished', timeliness: 'on-time' });
  });
});
