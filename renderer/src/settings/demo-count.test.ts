// The demo-data card's count box.
import { describe, expect, it } from 'vitest';
import { DEMO_COUNT_MAX, parseDemoCount } from './demo-count';

describe('the number of demo dossiers to load', () => {
  it('reads what an officer types, thousands separators included', () => {
    expect(parseDemoCount('300')).toEqual({ ok: true, value: 300 });
    expect(parseDemoCount(' 10.000 ')).toEqual({ ok: true, value: 10_000 });
    expect(parseDemoCount('100 000')).toEqual({ ok: true, value: DEMO_COUNT_MAX });
  });

  it('refuses nothing, fractions, words, zero and more than the benchmark size', () => {
    expect(parseDemoCount('')).toEqual({ ok: false, problem: 'missing' });
    expect(parseDemoCount('12e3')).toEqual({ ok: false, problem: 'notWhole' });
    expect(parseDemoCount('-5')).toEqual({ ok: false, problem: 'notWhole' });
    expect(parseDemoCount('0')).toEqual({ ok: false, problem: 'outOfRange' });
    expect(parseDemoCount('100001')).toEqual({ ok: false, problem: 'outOfRange' });
  });
});
