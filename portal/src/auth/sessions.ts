// Officer sessions: sign-in with a password gives an opaque bearer token valid for a configured
// number of hours (8 by default); the portal stores only its SHA-256, so a token cannot be forged
// from anything the database or the token itself shows. Every officer call resolves the token to
// the officer and unit. Repeated failed sign-ins are throttled (sign-in-throttle.ts). A call from a
// revoked desk (X-Desk-Client) is refused before its token is even looked at (desks/desks.ts).
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../shared/domain/officers/officer';
import { authorizationHeaderSchema, PORTAL_KEY_HEADER, type SessionResponse } from '../../../shared/sync/contract';
import type { PortalContext } from '../context';
import { deskClientId, noteDesk, refuseRevokedDesk } from '../desks/desks';
import { HttpError } from '../http/errors';
import { UNKNOWN_USER_HASH, verifyPassword } from './passwords';
import type { AttemptOutcome } from './sign-in-throttle';

/** How long a session lasts unless the portal is configured otherwise (PORTAL_SESSION_HOURS). */
export const DEFAULT_SESSION_HOURS = 8;

export type Officer = Actor & { title: string };
export type SignedIn = { officer: Officer; tokenHash: string };

type OfficerRow = { id: string; name: string; role: Actor['role']; unit_code: string; title: string };
export const officerOfRow = (row: OfficerRow): Officer => ({ id: row.id, name: row.name, role: row.role, unitCode: row.unit_code, title: row.title });

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const unauthorized = (code: string, message: string) => new HttpError(401, code, message, { 'www-authenticate': 'Bearer' });

/** Seconds for Retry-After, rounded up so a client never retries a moment too early. */
const retryAfterSeconds = (ms: number) => String(Math.ceil(ms / 1000));

function tooManyAttempts(waitMs: number): HttpError {
  const minutes = Math.ceil(waitMs / 60_000);
  return new HttpError(
    429,
    'TOO_MANY_ATTEMPTS',
    `Đăng nhập sai quá nhiều lần; tài khoản hoặc máy này tạm bị khoá. Hãy thử lại sau ${minutes} phút, hoặc liên hệ quản trị nếu quên mật khẩu.`,
    { 'retry-after': retryAfterSeconds(waitMs) },
  );
}

/**
 * `address` is the client's IP, counted together with the username against password guessing;
 * `clientId` the desk signing in (its sessions end when the desk is revoked), null when unnamed.
 */
export async function signIn(ctx: PortalContext, givenUsername: string, password: string, address: string, clientId: string | null = null): Promise<SessionResponse> {
  const username = givenUsername.trim().toLowerCase();
  if (clientId !== null) await refuseRevokedDesk(ctx, clientId);
  // Checked before the password: a locked account costs no scrypt time and reveals nothing.
  const waitMs = ctx.signInThrottle.begin(username, address, ctx.now());
  if (waitMs > 0) throw tooManyAttempts(waitMs);
  let outcome: AttemptOutcome = 'unchecked';
  let row: (OfficerRow & { password_hash: string }) | undefined;
  try {
    ({ rows: [row] } = await ctx.db.query<OfficerRow & { password_hash: string }>(
      'SELECT id, name, role, unit_code, title, password_hash FROM officers WHERE username = $1',
      [username],
    ));
    const matches = await verifyPassword(password, row?.password_hash ?? UNKNOWN_USER_HASH);
    outcome = row && matches ? 'succeeded' : 'failed';
  } finally {
    ctx.signInThrottle.end(username, address, outcome, ctx.now());
  }
  if (!row || outcome === 'failed') throw unauthorized('BAD_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  const officer = officerOfRow(row);
  const unit = ctx.catalogue.unit(officer.unitCode);
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.sessionHours * 3_600_000);
  const token = randomBytes(32).toString('base64url');
  await ctx.db.transaction(async (tx) => {
    await tx.query('DELETE FROM sessions WHERE expires_at < $1::timestamptz', [now.toISOString()]);
    await tx.query('INSERT INTO sessions (token_hash, officer_id, created_at, expires_at, client_id) VALUES ($1, $2, $3::timestamptz, $4::timestamptz, $5)', [
      hashToken(token),
      officer.id,
      now.toISOString(),
      expiresAt.toISOString(),
      clientId,
    ]);
  });
  return {
    token,
    expiresAt: expiresAt.toISOString(),
    officer: { id: officer.id, name: officer.name, role: officer.role, unitCode: officer.unitCode },
    unit: { code: officer.unitCode, name: unit?.name ?? officer.unitCode },
    roles: [officer.role],
  };
}

/**
 * The officer behind the request's bearer token; 401 when it is missing, unknown or expired, or
 * when the request comes from a revoked desk (DEVICE_REVOKED).
 */
export async function requireOfficer(ctx: PortalContext, request: FastifyRequest): Promise<SignedIn> {
  const clientId = deskClientId(request);
  const desk = clientId === null ? undefined : await refuseRevokedDesk(ctx, clientId);
  const header = request.headers.authorization;
  if (header === undefined) throw unauthorized('UNAUTHENTICATED', 'Cần đăng nhập: thiếu tiêu đề Authorization: Bearer <mã phiên>.');
  const parsed = authorizationHeaderSchema.safeParse(header);
  if (!parsed.success) throw unauthorized('UNAUTHENTICATED', 'Tiêu đề Authorization phải có dạng «Bearer <mã phiên>».');
  const tokenHash = hashToken(parsed.data.slice('Bearer '.length));
  const { rows } = await ctx.db.query<OfficerRow & { expired: boolean }>(
    `SELECT o.id, o.name, o.role, o.unit_code, o.title, s.expires_at <= $2::timestamptz AS expired
       FROM sessions s JOIN officers o ON o.id = s.officer_id WHERE s.token_hash = $1`,
    [tokenHash, ctx.now().toISOString()],
  );
  const row = rows[0];
  // Unknown covers a forged or altered token as well as one the portal revoked or forgot.
  if (!row) throw unauthorized('UNAUTHENTICATED', 'Mã phiên đăng nhập không hợp lệ hoặc đã bị thu hồi; hãy đăng nhập lại.');
  if (row.expired) throw unauthorized('SESSION_EXPIRED', `Phiên đăng nhập đã hết hạn (sau ${ctx.sessionHours} giờ); hãy đăng nhập lại để đồng bộ tiếp.`);
  const officer = officerOfRow(row);
  if (clientId !== null) await noteDesk(ctx, clientId, desk, officer);
  return { officer, tokenHash };
}

/** True when the request carries the national portal's key; 401 when it carries a wrong one. */
export function hasPortalKey(ctx: PortalContext, request: FastifyRequest): boolean {
  const key = request.headers[PORTAL_KEY_HEADER];
  if (key === undefined) return false;
  if (typeof key !== 'string' || !sameSecret(key, ctx.publicKey)) throw unauthorized('BAD_PORTAL_KEY', `Khoá ${PORTAL_KEY_HEADER} không đúng.`);
  return true;
}

export function requirePortalKey(ctx: PortalContext, request: FastifyRequest): void {
  if (!hasPortalKey(ctx, request)) throw unauthorized('UNAUTHENTICATED', `Cần khoá của Cổng Dịch vụ công trong tiêu đề ${PORTAL_KEY_HEADER}.`);
}

/** Who calls a blob endpoint: an officer of a unit, or the national portal. */
export type BlobCaller = { kind: 'officer'; unitCode: string } | { kind: 'public' };

export async function requireBlobCaller(ctx: PortalContext, request: FastifyRequest): Promise<BlobCaller> {
  if (hasPortalKey(ctx, request)) return { kind: 'public' };
  const { officer } = await requireOfficer(ctx, request);
  return { kind: 'officer', unitCode: officer.unitCode };
}

function sameSecret(given: string, expected: string): boolean {
  // Compare digests so the comparison takes as long whatever the lengths.
  return hashToken(given) === hashToken(expected);
}
