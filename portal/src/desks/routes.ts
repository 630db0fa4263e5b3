// The unit administrator's desk endpoints: the desks seen for the unit, and revoking one (a lost
// or stolen laptop). Other roles are refused with 403 ROLE_NOT_ALLOWED; every revocation is logged.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { clientIdSchema, syncPaths, type DesksResponse, type RevokeDeskResponse } from '../../../shared/sync/contract';
import { requireOfficer, type SignedIn } from '../auth/sessions';
import type { PortalContext } from '../context';
import { HttpError } from '../http/errors';
import { parseOr400 } from '../http/validate';
import { revokeDesk, unitDesks } from './desks';

const revokeParamsSchema = z.object({ clientId: clientIdSchema }).strict();

function requireAdmin(signedIn: SignedIn): SignedIn {
  if (signedIn.officer.role !== 'admin') throw new HttpError(403, 'ROLE_NOT_ALLOWED', 'Chỉ quản trị đơn vị mới xem và thu hồi được máy trạm của đơn vị.');
  return signedIn;
}

export function deskRoutes(app: FastifyInstance, ctx: PortalContext): void {
  app.get(syncPaths.adminDesks, async (request): Promise<DesksResponse> => {
    const { officer } = requireAdmin(await requireOfficer(ctx, request));
    return { desks: await unitDesks(ctx, officer.unitCode) };
  });

  app.post(`${syncPaths.adminDesks}/:clientId/revoke`, async (request): Promise<RevokeDeskResponse> => {
    const { officer } = requireAdmin(await requireOfficer(ctx, request));
    const { clientId } = parseOr400(revokeParamsSchema, request.params, 'Mã máy trạm');
    const revoked = await revokeDesk(ctx, officer, clientId);
    if (!revoked) throw new HttpError(404, 'DESK_NOT_FOUND', 'Đơn vị chưa có máy trạm nào với mã này đồng bộ với Cổng.');
    request.log.warn({ event: 'desk-revoked', clientId, unitCode: officer.unitCode, by: officer.id, sessionsEnded: revoked.sessionsEnded }, 'desk revoked');
    return revoked;
  });
}
