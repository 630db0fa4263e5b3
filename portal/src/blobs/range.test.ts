import { describe, expect, it } from 'vitest';
import { parseRange } from './range';

describe('reading a Range header against a 1000-byte blob', () => {
  it('reads first-last, open-ended and suffix ranges, clipping the end to the blob', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
    expect(parseRange('bytes=990-5000', 1000)).toEqual({ start: 990, end: 999 });
  });

  it('answers the whole blob without a header, and unsatisfiable for ranges outside it or several ranges', () => {
    expect(parseRange(undefined, 1000)).toBeNull();
    for (const header of ['bytes=1000-', 'bytes=50-10', 'bytes=-0', 'bytes=0-1,5-6', 'items=0-1', 'bytes=-']) expect(parseRange(header, 1000)).toBe('unsatisfiable');
  });
});
