import { describe, expect, it } from 'vitest';
import { formatVietnamTime, parsePdfDate, pdfDate } from './signing-time';

describe('signing times', () => {
  it('are shown on a Vietnamese wall clock whatever the machine zone: 17:30:05Z is 00:30:05 the next day', () => {
    const at = new Date('2026-11-27T17:30:05Z');
    expect(formatVietnamTime(at)).toBe('28/11/2026 00:30:05');
    expect(pdfDate(at)).toBe("D:20261128003005+07'00'");
  });

  it('read back from /M with any offset, or none', () => {
    expect(parsePdfDate("D:20261128003005+07'00'")?.toISOString()).toBe('2026-11-27T17:30:05.000Z');
    expect(parsePdfDate("D:20261127120000-05'30'")?.toISOString()).toBe('2026-11-27T17:30:00.000Z');
    expect(parsePdfDate('D:20261127')?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(parsePdfDate('hôm qua')).toBeNull();
  });
});
