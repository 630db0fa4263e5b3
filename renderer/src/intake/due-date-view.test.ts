// The promised return date as the counter shows it: cut-off, days off, no date; and how days read.
import { describe, expect, it } from 'vitest';
import { vietnamWorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { formatLocalDate } from './dates';
import { dueDateView } from './due-date-view';

const calendar = vietnamWorkingCalendar();
const fiveDays = { processingDays: 5, cutOff: '15:00' };

describe('the promised date shown while receiving', () => {
  it('a dossier received on a Tuesday morning is due five working days later', () => {
    // 2026-03-10 09:00 in Hà Nội.
    expect(dueDateView('2026-03-10T02:00:00.000Z', fiveDays, calendar)).toEqual({ dueDate: '2026-03-17', countsFrom: '2026-03-10', shifted: null });
  });

  it('a dossier received after the 15:00 cut-off counts from the next working day, and says so', () => {
    expect(dueDateView('2026-03-10T08:30:00.000Z', fiveDays, calendar)).toEqual({ dueDate: '2026-03-18', countsFrom: '2026-03-11', shifted: 'afterCutOff' });
  });

  it('a dossier received on a Saturday counts from Monday', () => {
    expect(dueDateView('2026-03-14T02:00:00.000Z', fiveDays, calendar)).toEqual({ dueDate: '2026-03-23', countsFrom: '2026-03-16', shifted: 'dayOff' });
  });

  it('a procedure without a return date promises none', () => {
    expect(dueDateView('2026-03-10T02:00:00.000Z', { processingDays: null, cutOff: null }, calendar).dueDate).toBeNull();
  });
});

describe('calendar days as the counter says them', () => {
  it('gives the weekday and dd/mm/yyyy whatever the machine’s time zone', () => {
    expect(formatLocalDate('2026-03-17', 'vi-VN')).toBe('Thứ Ba, 17/03/2026');
    expect(formatLocalDate('2026-03-17', 'en-GB')).toMatch(/^Tuesday,? 17\/03\/2026$/);
  });
});
