// The desks (workstations) behind the calls: each sends its client id in X-Desk-Client. The portal
// notes which desks it has seen, for whom, and refuses every call from a desk the unit's
// administrator revoked (401 DEVICE_REVOKED); revoking also ends the sessions signed in from it.
import type { FastifyRequest } from 'fastify';
import { clientIdSchema, DESK_CLIENT_HEADER, type Desk } from '../../../shared/sync/contract';
import type { PortalContext } from '../context';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/errors';
import type { Officer } from '../auth/sessions';

/** A desk's "last seen" is written at most this often, so a run's many calls cost one read each. */
const SEEN_EVERY_MS = 60_000;

export const deviceRevoked = () =>
  new HttpError(401, 'DEVICE_REVOKED', 'Quản trị đơn vị đã thu hồi quyền đồng bộ của máy trạm này; máy không được gửi hay nhận dữ liệu nữa. Hãy liên hệ quản trị đơn vị.', {
    'www-authenticate': 'Bearer',
  });

/** The client id the request names in X-Desk-Client; null when it names none; 400 when it is not one. */
export function deskClientId(request: FastifyRequest): string | null {
  const header = request.headers[DESK_CLIENT_HEADER];
  if (header === undefined) return null;
  const parsed = clientIdSchema.safeParse(header);
  if (!parsed.success) throw new HttpError(400, 'INVALID_INPUT', `Tiêu đề ${DESK_CLIENT_HEADER} phải là mã máy trạm dạng UUID.`);
  return parsed.data;
}

export type DeskRow = { client_id: string; unit_code: string; last_officer_id: string; first_seen: Date | string; last_seen: Date | string; revoked_at: Date | string | null; revoked_by: string | null };

const iso = (value: Date | string) => new Date(value).toISOString();
const deskOfRow = (row: DeskRow): Desk => ({
  clientId: row.client_id,
  unitCode: row.unit_code,
  lastOfficerId: row.last_officer_id,
  firstSeenAt: iso(row.first_seen),
  lastSeenAt: iso(row.last_seen),
  revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
  revokedBy: row.revoked_by,
});

async function deskRow(db: Queryable, clientId: string): Promise<DeskRow | undefined> {
  const { rows } = await db.query<DeskRow>('SELECT client_id, unit_code, last_officer_id, first_seen, last_seen, revoked_at, revoked_by FROM desks WHERE client_id = $1', [clientId]);
  return rows[0];
}

/** 401 DEVICE_REVOKED when the desk was revoked. Answers its row (undefined: never seen). */
export async function refuseRevokedDesk(ctx: PortalContext, clientId: string): Promise<DeskRow | undefined> {
  const row = await deskRow(ctx.db, clientId);
  if (row?.revoked_at) throw deviceRevoked();
  return row;
}

/** Notes the desk as seen by this officer (at most once a minute while nothing else changed). */
export async function noteDesk(ctx: PortalContext, clientId: string, seen: DeskRow | undefined, officer: Officer): Promise<void> {
  const now = ctx.now();
  if (seen && seen.unit_code === officer.unitCode && seen.last_officer_id === officer.id && now.getTime() - Date.parse(iso(seen.last_seen)) < SEEN_EVERY_MS) return;
  await ctx.db.query(
    `INSERT INTO desks (client_id, unit_code, last_officer_id, first_seen, last_seen) VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz)
     ON CONFLICT (client_id) DO UPDATE SET unit_code = EXCLUDED.unit_code, last_officer_id = EXCLUDED.last_officer_id, last_seen = EXCLUDED.last_seen
      WHERE desks.revoked_at IS NULL`,
    [clientId, officer.unitCode, officer.id, now.toISOString()],
  );
}

/**
 * A call that names its desk in the body too (push, leases): it must be the desk of the header;
 * without the header, that desk must not be revoked either.
 */
export async function admitBodyDesk(ctx: PortalContext, request: FastifyRequest, bodyClientId: string): Promise<void> {
  const header = deskClientId(request);
  if (header === null) await refuseRevokedDesk(ctx, bodyClientId);
  else if (header !== bodyClientId) throw new HttpError(400, 'INVALID_INPUT', `Mã máy trạm trong tiêu đề ${DESK_CLIENT_HEADER} khác với mã trong nội dung yêu cầu.`);
}

/** The desks of a unit, most recently seen first. */
export async function unitDesks(ctx: PortalContext, unitCode: string): Promise<Desk[]> {
  const { rows } = await ctx.db.query<DeskRow>(
    'SELECT client_id, unit_code, last_officer_id, first_seen, last_seen, revoked_at, revoked_by FROM desks WHERE unit_code = $1 ORDER BY last_seen DESC, client_id',
    [unitCode],
  );
  return rows.map(deskOfRow);
}

/**
 * Revokes a desk of the administrator's unit and ends the sessions signed in from it. Revoking it
 * again changes nothing. Undefined when the unit has no such desk (another unit's is not shown).
 */
export async function revokeDesk(ctx: PortalContext, admin: Officer, clientId: string): Promise<{ desk: Desk; sessionsEnded: number } | undefined> {
  return ctx.db.transaction(async (tx) => {
    const { rows } = await tx.query<DeskRow>(
      `UPDATE desks SET revoked_at = COALESCE(revoked_at, $3::timestamptz), revoked_by = COALESCE(revoked_by, $4)
        WHERE client_id = $1 AND unit_code = $2
        RETURNING client_id, unit_code, last_officer_id, first_seen, last_seen, revoked_at, revoked_by`,
      [clientId, admin.unitCode, ctx.now().toISOString(), admin.id],
    );
    if (!rows[0]) return undefined;
    const ended = await tx.query<{ token_hash: string }>('DELETE FROM sessions WHERE client_id = $1 RETURNING token_hash', [clientId]);
    return { desk: deskOfRow(rows[0]), sessionsEnded: ended.rows.length };
  });
}
