// The officer's sync endpoints: push a batch of mutations, pull the unit's changes.
import type { FastifyInstance } from 'fastify';
import { pullQuerySchema, pushRequestSchema, SYNC_LIMITS, syncPaths } from '../../../shared/sync/contract';
import { requireOfficer } from '../auth/sessions';
import type { PortalContext } from '../context';
import { admitBodyDesk } from '../desks/desks';
import { HttpError } from '../http/errors';
import { parseOr400 } from '../http/validate';
import { pull } from './pull';
import { push } from './push';

export function syncRoutes(app: FastifyInstance, ctx: PortalContext): void {
  app.post(syncPaths.push, async (request) => {
    const signedIn = await requireOfficer(ctx, request);
    const body = request.body as { mutations?: unknown } | null;
    if (body && Array.isArray(body.mutations) && body.mutations.length > SYNC_LIMITS.pushMaxMutations) {
      throw new HttpError(413, 'TOO_MANY_MUTATIONS', `Mỗi lần đẩy tối đa ${SYNC_LIMITS.pushMaxMutations} thao tác; lần này có ${body.mutations.length}.`);
    }
    const pushed = parseOr400(pushRequestSchema, request.body, 'Nội dung đẩy đồng bộ');
    await admitBodyDesk(ctx, request, pushed.clientId);
    return push(ctx, signedIn, pushed);
  });

  app.get(syncPaths.pull, async (request, reply) => {
    const { officer } = await requireOfficer(ctx, request);
    const raw = { ...(request.query as Record<string, unknown>) };
    // The contract reads an empty cursor as "from the start".
    if (raw.cursor === '') delete raw.cursor;
    const page = await pull(ctx, officer.unitCode, parseOr400(pullQuerySchema, raw, 'Tham số kéo đồng bộ'));
    return reply.type('application/json; charset=utf-8').send(page);
  });
}
