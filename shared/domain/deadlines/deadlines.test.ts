import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vietnamDateOf } from '../calendar/vietnam-time';
import { vietnamWorkingCalendar } from '../calendar/working-calendar';
import { indexCatalogue } from '../catalogue/catalogue-index';
import { shippedCatalogue } from '../catalogue/shipped-catalogue';
import { vn } from '../workflow/testing';
import { computeDueDate, countingDay } from './due-date';
import { remainingAtPause, resumeDueDate } from './paused-clock';
import { classifyCompletion, daysLeftFor, dueWindow, isOverdue, workingDaysLeft } from './timeliness';

const calendar = vietnamWorkingCalendar();
const catalogue = indexCatalogue(shippedCatalogue);
const techTransfer = catalogue.procedure('1.004512')!; // 5 working days, cut-off 15:00, resume
const rdCentre = catalogue.procedure('1.010866')!; // 30 working days, no cut-off
const xRayLicence = catalogue.procedure('1.004712')!; // 15 working days, cut-off 15:00, restart
const trademark = catalogue.procedure('1.005157')!; // no return date

describe('the promised return date', () => {
  it('a dossier received before 15:00 counts from the day of receipt: 5 working days from Monday is next Monday', () => {
    expect(computeDueDate(vn('2025-03-03 10:00'), techTransfer, calendar)).toBe('2025-03-10');
  });

  it('a dossier received after 15:00 counts from the next working day', () => {
    expect(countingDay(vn('2025-03-03 15:30'), '15:00', calendar)).toBe('2025-03-04');
    expect(computeDueDate(vn('2025-03-03 15:30'), techTransfer, calendar)).toBe('2025-03-11');
  });

  it('15:00 sharp is still before the cut-off; a second later is not', () => {
    expect(computeDueDate('2025-03-03T08:00:00Z', techTransfer, calendar)).toBe('2025-03-10');
    expect(computeDueDate('2025-03-03T08:00:01Z', techTransfer, calendar)).toBe('2025-03-11');
  });

  it('a dossier filed online on a Saturday counts from Monday', () => {
    expect(computeDueDate(vn('2025-03-08 10:00'), techTransfer, calendar)).toBe('2025-03-17');
  });

  it('reads the receipt time in Vietnam: 18:00 UTC on Sunday is 01:00 on Monday', () => {
    expect(computeDueDate('2025-03-02T18:00:00Z', techTransfer, calendar)).toBe('2025-03-10');
    expect(computeDueDate('2025-03-03T08:30:00Z', techTransfer, calendar)).toBe('2025-03-11');
  });

  it('skips the Tết holiday: received Thursday 23/1/2025, due Thursday 6/2/2025', () => {
    expect(computeDueDate(vn('2025-01-23 10:00'), techTransfer, calendar)).toBe('2025-02-06');
  });

  it('counts the compensatory Saturday 8/2/2025 as a working day', () => {
    expect(computeDueDate(vn('2025-02-04 10:00'), techTransfer, calendar)).toBe('2025-02-10');
  });

  it('without a cut-off, a receipt at 16:59 still counts that day; 30 days skip Giỗ Tổ on 7/4/2025', () => {
    expect(computeDueDate(vn('2025-03-03 16:59'), rdCentre, calendar)).toBe('2025-04-15');
  });

  it('procedures that promise no return date have none', () => {
    expect(computeDueDate(vn('2025-03-03 10:00'), trademark, calendar)).toBeNull();
  });
});

describe('the clock while waiting for a supplement', () => {
  it('stops with the days left and, on resume, continues with them from the day the supplement arrives', () => {
    const remaining = remainingAtPause('2025-03-10', vn('2025-03-05 10:00'), calendar);
    expect(remaining).toBe(3);
    expect(resumeDueDate({ remainingWorkingDays: remaining, resumedAt: vn('2025-03-17 09:00'), mode: 'resume', procedure: techTransfer, calendar })).toBe('2025-03-20');
  });

  it('keeps the due date when the supplement comes back the same morning', () => {
    const remaining = remainingAtPause('2025-03-10', vn('2025-03-05 09:00'), calendar);
    expect(resumeDueDate({ remainingWorkingDays: remaining, resumedAt: vn('2025-03-05 11:00'), mode: 'resume', procedure: techTransfer, calendar })).toBe('2025-03-10');
  });

  it('restarts the full 15 days for a radiation licence, from the next working day when the supplement comes after 15:00', () => {
    const due = computeDueDate(vn('2025-03-03 10:00'), xRayLicence, calendar);
    expect(due).toBe('2025-03-24');
    const remaining = remainingAtPause(due, vn('2025-03-12 10:00'), calendar);
    expect(remaining).toBe(8);
    expect(resumeDueDate({ remainingWorkingDays: remaining, resumedAt: vn('2025-03-26 16:00'), mode: 'restart', procedure: xRayLicence, calendar })).toBe('2025-04-18');
  });

  it('a restart never gives less time than an extension had already granted', () => {
    const remaining = remainingAtPause('2025-06-30', vn('2025-03-12 10:00'), calendar)!;
    const resumed = resumeDueDate({ remainingWorkingDays: remaining, resumedAt: vn('2025-03-26 10:00'), mode: 'resume', procedure: xRayLicence, calendar });
    expect(resumeDueDate({ remainingWorkingDays: remaining, resumedAt: vn('2025-03-26 10:00'), mode: 'restart', procedure: xRayLicence, calendar })).toBe(resumed);
  });

  it('a dossier already late when paused stays late by as many days', () => {
    const remaining = remainingAtPause('2025-03-10', vn('2025-03-12 10:00'), calendar);
    expect(remaining).toBe(-2);
    expect(resumeDueDate({ remainingWorkingDays: remaining, resumedAt: vn('2025-03-14 10:00'), mode: 'resume', procedure: techTransfer, calendar })).toBe('2025-03-12');
  });
});

describe('early, on time or late', () => {
  it('compares the Vietnamese day the dossier was finished with the promised date', () => {
    expect(classifyCompletion(vn('2025-03-07 10:00'), '2025-03-10')).toBe('early');
    expect(classifyCompletion(vn('2025-03-10 16:30'), '2025-03-10')).toBe('on-time');
    expect(classifyCompletion('2025-03-10T18:00:00Z', '2025-03-10')).toBe('late');
  });

  it('a dossier without a promised date is on time', () => {
    expect(classifyCompletion(vn('2026-01-10 10:00'), null)).toBe('on-time');
  });
});

describe('days left', () => {
  it('counts working days to the due date: 0 on the day, negative when overdue', () => {
    expect(workingDaysLeft('2025-03-10', '2025-03-07', calendar)).toBe(1);
    expect(workingDaysLeft('2025-03-10', '2025-03-10', calendar)).toBe(0);
    expect(workingDaysLeft('2025-03-10', '2025-03-11', calendar)).toBe(-1);
    expect(workingDaysLeft('2025-03-10', '2025-03-18', calendar)).toBe(-6);
    expect(workingDaysLeft(null, '2025-03-11', calendar)).toBeNull();
  });

  it('a Saturday after a Friday due date already shows the dossier late', () => {
    expect(workingDaysLeft('2025-03-14', '2025-03-15', calendar)).toBe(-1);
  });

  it('are frozen while the dossier waits for the applicant, and such a dossier is not overdue', () => {
    const waiting = { status: 5 as const, dueDate: '2025-03-10', pausedSince: vn('2025-03-05 10:00'), remainingWorkingDays: 3 };
    expect(daysLeftFor(waiting, '2025-04-01', calendar)).toBe(3);
    expect(isOverdue(waiting, '2025-04-01')).toBe(false);
    expect(isOverdue({ status: 4, dueDate: '2025-03-10' }, '2025-03-11')).toBe(true);
    expect(isOverdue({ status: 9, dueDate: '2025-03-10' }, '2025-03-11')).toBe(false);
  });

  it('the due-soon window ends two working days ahead', () => {
    expect(dueWindow('2025-03-07', calendar)).toEqual({ today: '2025-03-07', dueSoonUntil: '2025-03-11' });
  });
});

const withDays = shippedCatalogue.procedures.filter((p) => p.processingDays !== null);
const instant = fc.integer({ min: Date.parse('2025-01-01T00:00:00Z'), max: Date.parse('2027-10-01T00:00:00Z') }).map((ms) => new Date(ms).toISOString());
const procedure = fc.constantFrom(...withDays);

describe('due dates (properties)', () => {
  it('the due date is always a working day', () => {
    fc.assert(fc.property(instant, procedure, (at, p) => calendar.isWorkingDay(computeDueDate(at, p, calendar)!)));
  });

  it('there are exactly n working days between the day counting starts and the due date', () => {
    fc.assert(fc.property(instant, procedure, (at, p) => calendar.workingDaysBetween(countingDay(at, p.cutOff, calendar), computeDueDate(at, p, calendar)!) === p.processingDays));
  });

  it('a later receipt never gives an earlier due date', () => {
    fc.assert(
      fc.property(instant, instant, procedure, (a, b, p) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        return computeDueDate(early, p, calendar)! <= computeDueDate(late, p, calendar)!;
      }),
    );
  });

  it('a supplement pause never makes the due date earlier, whether the clock resumes or restarts', () => {
    const ms = fc.integer({ min: 0, max: 60 * 86_400_000 });
    fc.assert(
      fc.property(instant, ms, ms, procedure, fc.constantFrom('resume' as const, 'restart' as const), (receivedAt, pauseAfter, waitFor, p, mode) => {
        const due = computeDueDate(receivedAt, p, calendar)!;
        const pausedAt = new Date(Date.parse(receivedAt) + pauseAfter).toISOString();
        const resumedAt = new Date(Date.parse(pausedAt) + waitFor).toISOString();
        const resumed = resumeDueDate({ remainingWorkingDays: remainingAtPause(due, pausedAt, calendar), resumedAt, mode, procedure: p, calendar })!;
        expect(resumed >= due).toBe(true);
        expect(calendar.isWorkingDay(resumed)).toBe(true);
      }),
    );
  });

  it('a dossier finished on its due date is on time, the day before early, the working day after late', () => {
    fc.assert(
      fc.property(instant, procedure, (at, p) => {
        const due = computeDueDate(at, p, calendar)!;
        expect(classifyCompletion(vn(`${due} 10:00`), due)).toBe('on-time');
        expect(classifyCompletion(vn(`${calendar.addWorkingDays(due, -1)} 10:00`), due)).toBe('early');
        expect(classifyCompletion(vn(`${calendar.addWorkingDays(due, 1)} 10:00`), due)).toBe('late');
        expect(vietnamDateOf(vn(`${due} 23:59`))).toBe(due);
      }),
    );
  });
});
