// Officer sessions: sign-in with a password gives an opaque bearer token valid for 8 hours; the
// portal stores only its SHA-256. Every officer call resolves the token to the officer and unit.
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../shared/domain/officers/officer';
import { authorizationHeaderSchema, PORTAL_KEY_HEADER, type SessionResponse } from '../../../shared/sync/contract';
import type { PortalContext } from '../context';
import { HttpError } from '../http/errors';
import { UNKNOWN_USER_HASH, verifyPassword } from './passwords';

export const SESSION_HOURS = 8;

export type Officer = Actor & { title: string };
export type SignedIn = { officer: Officer; tokenHash: string };

type OfficerRow = { id: string; name: string; role: Actor['role']; unit_code: string; title: string };
export const officerOfRow = (row: OfficerRow): Officer => ({ id: row.id, name: row.name, role: row.role, unitCode: row.unit_code, title: row.title });

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const unauthorized = (code: string, message: string) => new HttpError(401, code, message, { 'www-authenticate': 'Bearer' });

export async function signIn(ctx: PortalContext, username: string, password: string): Promise<SessionResponse> {
  const { rows } = await ctx.db.query<OfficerRow & { password_hash: string }>(
    'SELECT id, name, role, unit_code, title, password_hash FROM officers WHERE username = $1',
    [username.trim().toLowerCase()],
  );
  const row = rows[0];
  const matches = await verifyPassword(password, row?.password_hash ?? UNKNOWN_USER_HASH);
  if (!row || !matches) throw unauthorized('BAD_CREDENTIALS', 'Tên đăng nhập hoặc mật khẩu không đúng.');
  const officer = officerOfRow(row);
  const unit = ctx.catalogue.unit(officer.unitCode);
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  const token = randomBytes(32).toString('base64url');
  await ctx.db.transaction(async (tx) => {
    await tx.query('DELETE FROM sessions WHERE expires_at < $1::timestamptz', [now.toISOString()]);
    await tx.query('INSERT INTO sessions (token_hash, officer_id, created_at, expires_at) VALUES ($1, $2, $3::timestamptz, $4::timestamptz)', [
      hashToken(token),
      officer.id,
      now.toISOString(),
      expiresAt.toISOString(),
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

/** The officer behind the request's bearer token; 401 when it is missing, unknown or expired. */
export async function requireOfficer(ctx: PortalContext, request: FastifyRequest): Promise<SignedIn> {
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
  if (!row) throw unauthorized('UNAUTHENTICATED', 'Phiên đăng nhập không hợp lệ; hãy đăng nhập lại.');
  if (row.expired) throw unauthorized('SESSION_EXPIRED', `Phiên đăng nhập đã hết hạn (sau ${SESSION_HOURS} giờ); hãy đăng nhập lại để đồng bộ tiếp.`);
  return { officer: officerOfRow(row), tokenHash };
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
