// Why a call to the portal did not give a usable answer, sorted by what the desk should do next:
// try again later (no network, timeout, a server fault), sign in again, or report a refusal.
export type PortalFailureKind =
  /** No connection to the portal (DNS, refused, cut): the desk works on and tries again later. */
  | 'offline'
  | 'timeout'
  /** The run was stopped on purpose (the watchdog, signing out). */
  | 'aborted'
  /** 401: the session is missing, unknown or expired. */
  | 'unauthorized'
  /** Another 4xx: the portal understood and refused the request itself. */
  | 'refused'
  /** 5xx or 429: the portal could not answer now. */
  | 'server'
  /** An answer that does not follow the contract: refused before anything is stored. */
  | 'malformed';

export type PortalFailure = { kind: PortalFailureKind; status?: number; code: string; message: string };

/** The 401 code of a desk the portal's administrator revoked: no officer may sync from it again. */
export const DEVICE_REVOKED = 'DEVICE_REVOKED';

export type PortalAnswer<T> = { ok: true; value: T } | { ok: false; failure: PortalFailure };

export const answered = <T>(value: T): PortalAnswer<T> => ({ ok: true, value });
export const failed = <T = never>(failure: PortalFailure): PortalAnswer<T> => ({ ok: false, failure });

/** Failures worth an automatic retry after a back-off; the others need a person first. */
export function isRetryable(failure: PortalFailure): boolean {
  return failure.kind === 'offline' || failure.kind === 'timeout' || failure.kind === 'server' || failure.kind === 'malformed' || failure.code === 'BLOB_MISSING';
}
