// The throttle's arithmetic, without HTTP: locks grow, stop growing at the cap, and old failures
// are forgotten (security.test.ts proves the same rules through the portal).
import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle';

const at = (ms: number) => new Date(Date.UTC(2026, 2, 10) + ms);
/** A checked attempt with a wrong password. */
const fail = (throttle: SignInThrottle, username: string, address: string, now: Date) => {
  expect(throttle.begin(username, address, now)).toBe(0);
  throttle.end(username, address, 'failed', now);
};
/** The wait a next attempt would get, without leaving it in flight. */
const peek = (throttle: SignInThrottle, username: string, address: string, now: Date) => {
  const waitMs = throttle.begin(username, address, now);
  if (waitMs === 0) throttle.end(username, address, 'unchecked', now);
  return waitMs;
};
const rules = { username: { failures: 2, firstLockMs: 1000, maxLockMs: 4000 }, address: { failures: 100, firstLockMs: 1000, maxLockMs: 4000 } };

describe('sign-in throttle', () => {
  it('locks after the allowed failures, doubling each further failure up to the cap', () => {
    const throttle = new SignInThrottle(rules);
    fail(throttle, 'cudcn.mc1', '10.0.0.1', at(0));
    const locks = [1, 2, 3, 4, 5].map((n) => {
      fail(throttle, 'cudcn.mc1', '10.0.0.1', at(n * 10_000));
      return peek(throttle, 'cudcn.mc1', '10.0.0.2', at(n * 10_000));
    });
    expect(locks).toEqual([1000, 2000, 4000, 4000, 4000]);
    expect(peek(throttle, 'cudcn.mc2', '10.0.0.2', at(50_000))).toBe(0);
  });

  it('counts attempts still being checked, so a parallel burst gets no more than the allowance', () => {
    const throttle = new SignInThrottle(rules);
    expect(throttle.begin('a', 'x', at(0))).toBe(0);
    expect(throttle.begin('a', 'x', at(0))).toBe(0);
    expect(throttle.begin('a', 'x', at(0))).toBe(1000);
    throttle.end('a', 'x', 'unchecked', at(1));
    throttle.end('a', 'x', 'unchecked', at(1));
    expect(peek(throttle, 'a', 'x', at(2))).toBe(0);
  });

  it('forgets a username a day after its last failure, and at once after a right password', () => {
    const throttle = new SignInThrottle(rules);
    fail(throttle, 'a', 'x', at(0));
    throttle.begin('a', 'x', at(0));
    throttle.end('a', 'x', 'succeeded', at(0));
    fail(throttle, 'a', 'x', at(10));
    expect(peek(throttle, 'a', 'y', at(10))).toBe(0);
    fail(throttle, 'b', 'x', at(0));
    fail(throttle, 'b', 'x', at(24 * 3_600_000 + 1));
    expect(peek(throttle, 'b', 'y', at(24 * 3_600_000 + 1))).toBe(0);
  });
});
