// Leasing blocks of numbers to a desk, so it can issue dossier codes and decision numbers offline
// without colliding with another workstation: blocks never overlap and are never handed out twice.
import type { FastifyInstance } from 'fastify';
import { addDays, formatVietnameseDate } from '../../../shared/domain/calendar/local-date';
import { vietnamDateOf } from '../../../shared/domain/calendar/vietnam-time';
import { leaseRequestSchema, syncPaths, type LeaseResponse } from '../../../shared/sync/contract';
import { requireOfficer } from '../auth/sessions';
import type { PortalContext } from '../context';
import { admitBodyDesk } from '../desks/desks';
import { HttpError } from '../http/errors';
import { parseOr400 } from '../http/validate';
import { lockUnit } from '../sync/ledger';
import { allocateNumbers, recordLease } from './numbering';

/** A desk leases for today and the days ahead it may spend offline (a long holiday), not for any day. */
const LEASE_DAYS_AROUND_TODAY = 31;

export function leaseRoutes(app: FastifyInstance, ctx: PortalContext): void {
  app.post(syncPaths.leases, async (request): Promise<LeaseResponse> => {
    const { officer } = await requireOfficer(ctx, request);
    const lease = parseOr400(leaseRequestSchema, request.body, 'Yêu cầu cấp khối số');
    await admitBodyDesk(ctx, request, lease.clientId);
    const now = ctx.now();
    const today = vietnamDateOf(now.toISOString());
    if (lease.day < addDays(today, -1) || lease.day > addDays(today, LEASE_DAYS_AROUND_TODAY)) {
      throw new HttpError(400, 'LEASE_DAY_OUT_OF_RANGE', `Chỉ cấp khối số cho hôm qua, hôm nay và ${LEASE_DAYS_AROUND_TODAY} ngày tới; ngày ${formatVietnameseDate(lease.day)} nằm ngoài khoảng đó.`);
    }
    const block = await ctx.db.transaction(async (tx) => {
      await lockUnit(tx, officer.unitCode);
      const { from, to } = await allocateNumbers(tx, lease.kind, officer.unitCode, lease.day, lease.size);
      await recordLease(tx, { kind: lease.kind, unitCode: officer.unitCode, day: lease.day, from, to, clientId: lease.clientId, officerId: officer.id, at: now });
      return { unitCode: officer.unitCode, day: lease.day, from, to, next: from };
    });
    return { kind: lease.kind, block };
  });
}
