import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('waiting after failed runs', () => {
  it('doubles with each failure, between half and all of the step, and stops growing at the cap', () => {
    const policy = { baseMs: 1000, capMs: 60_000 };
    expect(backoffDelay(0, () => 0.5, policy)).toBe(0);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 1, policy))).toEqual([1000, 2000, 4000, 8000]);
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, () => 0, policy))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffDelay(40, () => 1, policy)).toBe(60_000);
  });

  it('spreads desks that failed together (jitter)', () => {
    const delays = new Set(Array.from({ length: 20 }, () => backoffDelay(3)));
    expect(delays.size).toBeGreaterThan(10);
  });
});
