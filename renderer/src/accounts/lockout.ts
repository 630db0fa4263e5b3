// Growing delays after wrong passwords, per user name: five free attempts, then 30 s, 1, 2, 4 … minutes,
// at most an hour. Pure arithmetic; lockout-store.ts keeps the state across reloads.
import { z } from 'zod';

export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_MS = 30_000;
const LONGEST_DELAY_MS = 60 * 60_000;

export const lockoutSchema = z.object({ failures: z.int().min(0), lockedUntil: z.iso.datetime().nullable() }).strict();
export type Lockout = z.infer<typeof lockoutSchema>;

export const NO_LOCKOUT: Lockout = { failures: 0, lockedUntil: null };

/** How long the desk refuses attempts after the n-th wrong password in a row. */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS));
}

export function afterFailure(state: Lockout, now: Date): Lockout {
  const failures = state.failures + 1;
  const delay = delayAfter(failures);
  return { failures, lockedUntil: delay > 0 ? new Date(now.getTime() + delay).toISOString() : null };
}

/** Milliseconds left before the next attempt is allowed; 0 when it is allowed now. */
export function remainingWait(state: Lockout, now: Date): number {
  return state.lockedUntil ? Math.max(0, Date.parse(state.lockedUntil) - now.getTime()) : 0;
}
