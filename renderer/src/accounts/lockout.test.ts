// The lockout schedule: five free attempts, then doubling waits from 30 seconds, at most an hour.
import { describe, expect, it } from 'vitest';
import { afterFailure, delayAfter, NO_LOCKOUT, remainingWait, type Lockout } from './lockout';

const at = new Date('2026-11-27T08:00:00.000Z');

describe('growing delays after wrong passwords', () => {
  it('lets the first four wrong passwords pass without a wait', () => {
    expect([1, 2, 3, 4].map(delayAfter)).toEqual([0, 0, 0, 0]);
  });

  it('waits 30 s after the fifth, then 1, 2, 4 … minutes, never more than an hour', () => {
    expect([5, 6, 7, 8].map(delayAfter)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(delayAfter(12)).toBe(60 * 60_000);
    expect(delayAfter(40)).toBe(60 * 60_000);
  });

  it('counts down from the failure that started the lock and lets the next attempt in when it ends', () => {
    let state: Lockout = NO_LOCKOUT;
    for (let i = 0; i < 5; i++) state = afterFailure(state, at);
    expect(state.failures).toBe(5);
    expect(remainingWait(state, at)).toBe(30_000);
    expect(remainingWait(state, new Date(at.getTime() + 12_000))).toBe(18_000);
    expect(remainingWait(state, new Date(at.getTime() + 30_000))).toBe(0);
    expect(remainingWait(afterFailure(state, new Date(at.getTime() + 31_000)), new Date(at.getTime() + 31_000))).toBe(60_000);
  });
});
