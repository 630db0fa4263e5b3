// Slows password guessing: after repeated failed sign-ins for one username, or from one client
// address, further attempts are refused (429 + Retry-After) for a period that doubles with each
// further failure. Kept in this process's memory: a portal run as several instances behind a load
// balancer would need a shared store (PostgreSQL table or Redis) so the counts add up across them.

export type ThrottleRule = {
  /** Failures allowed before the first lock. */
  failures: number;
  /** The first lock; each failure after it doubles the lock, up to `maxLockMs`. */
  firstLockMs: number;
  maxLockMs: number;
};

export type ThrottleRules = { username: ThrottleRule; address: ThrottleRule };

export const DEFAULT_THROTTLE_RULES: ThrottleRules = {
  // Five wrong passwords lock an account for a minute, then 2, 4, … up to an hour.
  username: { failures: 5, firstLockMs: 60_000, maxLockMs: 3_600_000 },
  // A unit's officers often share one public address (the office NAT), so an address gets more
  // room before it is locked than a username does.
  address: { failures: 30, firstLockMs: 60_000, maxLockMs: 3_600_000 },
};

type FailureRecord = { failures: number; lockedUntil: number; lastFailure: number };

/** Forget a key this long after its last failure, so memory does not grow with old attempts. */
const FORGET_AFTER_MS = 24 * 3_600_000;
/** At most this many keys per kind; a spray of invented usernames evicts the oldest first. */
const MAX_KEYS = 20_000;
/** Retry-After when the allowance is used up by attempts still being checked (a parallel burst). */
const IN_FLIGHT_WAIT_MS = 1000;

/** How a checked attempt ended; 'unchecked' when it failed before the password was compared. */
export type AttemptOutcome = 'failed' | 'succeeded' | 'unchecked';

class FailureCounter {
  private readonly records = new Map<string, FailureRecord>();
  /** Attempts whose password is being compared now: a burst sent in parallel counts them too. */
  private readonly inFlight = new Map<string, number>();
  constructor(private readonly rule: ThrottleRule) {}

  /** Milliseconds until `key` may try again, or 0. */
  waitMs(key: string, now: number): number {
    const record = this.current(key, now);
    const locked = record ? Math.max(0, record.lockedUntil - now) : 0;
    if (locked > 0) return locked;
    const inFlight = this.inFlight.get(key) ?? 0;
    return inFlight > 0 && (record?.failures ?? 0) + inFlight >= this.rule.failures ? IN_FLIGHT_WAIT_MS : 0;
  }

  begin(key: string): void {
    this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
  }

  end(key: string): void {
    const left = (this.inFlight.get(key) ?? 1) - 1;
    if (left > 0) this.inFlight.set(key, left);
    else this.inFlight.delete(key);
  }

  fail(key: string, now: number): void {
    const record = this.current(key, now) ?? { failures: 0, lockedUntil: 0, lastFailure: now };
    record.failures += 1;
    record.lastFailure = now;
    const over = record.failures - this.rule.failures;
    // The first lock comes with the allowed number itself: the next attempt is the one refused.
    if (over >= 0) record.lockedUntil = now + Math.min(this.rule.maxLockMs, this.rule.firstLockMs * 2 ** Math.min(over, 30));
    // Re-insert so the map's order is oldest-failure first, which eviction relies on.
    this.records.delete(key);
    this.records.set(key, record);
    if (this.records.size > MAX_KEYS) this.records.delete(this.records.keys().next().value!);
  }

  reset(key: string): void {
    this.records.delete(key);
  }

  private current(key: string, now: number): FailureRecord | undefined {
    const record = this.records.get(key);
    if (record && now - record.lastFailure > FORGET_AFTER_MS && now >= record.lockedUntil) {
      this.records.delete(key);
      return undefined;
    }
    return record;
  }
}

export class SignInThrottle {
  private readonly byUsername: FailureCounter;
  private readonly byAddress: FailureCounter;

  constructor(rules: ThrottleRules = DEFAULT_THROTTLE_RULES) {
    this.byUsername = new FailureCounter(rules.username);
    this.byAddress = new FailureCounter(rules.address);
  }

  /**
   * Before the password is compared: milliseconds the caller must wait, or 0 — and then the
   * attempt is counted as in flight until `end`, so a parallel burst cannot all pass this check.
   */
  begin(username: string, address: string, now: Date): number {
    const at = now.getTime();
    const waitMs = Math.max(this.byUsername.waitMs(username, at), this.byAddress.waitMs(address, at));
    if (waitMs > 0) return waitMs;
    this.byUsername.begin(username);
    this.byAddress.begin(address);
    return 0;
  }

  /** A right password clears the username's count; the address keeps its own (one valid account must not unlock guessing at others). */
  end(username: string, address: string, outcome: AttemptOutcome, now: Date): void {
    this.byUsername.end(username);
    this.byAddress.end(address);
    if (outcome === 'failed') {
      this.byUsername.fail(username, now.getTime());
      this.byAddress.fail(address, now.getTime());
    } else if (outcome === 'succeeded') {
      this.byUsername.reset(username);
    }
  }
}
