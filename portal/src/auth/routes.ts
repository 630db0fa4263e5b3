// Sign-in: username and password for a bearer token valid 8 hours.
import type { FastifyInstance } from 'fastify';
import { sessionRequestSchema, syncPaths } from '../../../shared/sync/contract';
import type { PortalContext } from '../context';
import { parseOr400 } from '../http/validate';
import { signIn } from './sessions';

export function sessionRoutes(app: FastifyInstance, ctx: PortalContext): void {
  app.post(syncPaths.session, async (request) => {
    const { username, password } = parseOr400(sessionRequestSchema, request.body, 'Thông tin đăng nhập');
    return signIn(ctx, username, password);
  });
}
