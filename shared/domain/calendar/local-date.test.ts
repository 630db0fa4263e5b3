import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, formatVietnameseDate, fromDayNumber, isLocalDate, localDateSchema, toDayNumber } from './local-date';
import { toVietnamWallClock, vietnamDateOf, vietnamInstant } from './vietnam-time';

describe('a local date', () => {
  it('is a real calendar day written YYYY-MM-DD', () => {
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2025-4-07')).toBe(false);
    expect(localDateSchema.safeParse('2025-13-01').success).toBe(false);
  });

  it('counts days without a time zone, across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(dayOfWeek('2025-01-29')).toBe(3); // Tết Ất Tỵ fell on a Wednesday
  });

  it('agrees with UTC calendar arithmetic for any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 100_000 }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        expect(date).toBe(new Date(dayNumber * 86_400_000).toISOString().slice(0, 10));
        expect(toDayNumber(date)).toBe(dayNumber);
      }),
    );
  });

  it('is written dd/MM/yyyy on forms', () => {
    expect(formatVietnameseDate('2026-02-17')).toBe('17/02/2026');
  });
});

describe('Vietnam time', () => {
  it('reads an instant on a UTC+7 wall clock whatever the machine zone', () => {
    expect(toVietnamWallClock('2025-03-02T18:00:00Z')).toMatchObject({ date: '2025-03-03', minuteOfDay: 60 });
    expect(vietnamDateOf('2025-03-03T16:59:59Z')).toBe('2025-03-03');
    expect(vietnamDateOf('2025-03-03T17:00:00Z')).toBe('2025-03-04');
    expect(vietnamDateOf('2025-03-03T23:30:00+07:00')).toBe('2025-03-03');
  });

  it('turns a wall-clock time back into the same instant', () => {
    expect(vietnamInstant('2025-03-03', 15 * 60)).toBe('2025-03-03T08:00:00.000Z');
  });

  it('refuses instants without an offset, which JS would read in local time', () => {
    expect(() => toVietnamWallClock('2025-03-03T10:00:00')).toThrow(RangeError);
  });
});
