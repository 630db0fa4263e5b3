// How long to wait before trying again after failed runs: exponential, capped, with jitter so a
// unit's desks coming back online together do not all knock on the portal at the same moment.
export type BackoffPolicy = { baseMs: number; capMs: number };

export const SYNC_BACKOFF: BackoffPolicy = { baseMs: 5_000, capMs: 5 * 60_000 };

/** The wait after `failures` failures in a row (1, 2, 3...): between half and all of base·2^(n-1), capped. */
export function backoffDelay(failures: number, random: () => number = Math.random, policy: BackoffPolicy = SYNC_BACKOFF): number {
  if (failures <= 0) return 0;
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.min(failures - 1, 30));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
