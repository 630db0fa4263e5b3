// Sign-in: username and password for a bearer token valid the configured hours (8 by default).
// Refused sign-ins are logged with username, address and reason — never the password — so an
// administrator can see guessing; the body is not logged by Fastify.
import type { FastifyInstance } from 'fastify';
import { sessionRequestSchema, syncPaths } from '../../../shared/sync/contract';
import type { PortalContext } from '../context';
import { HttpError } from '../http/errors';
import { parseOr400 } from '../http/validate';
import { deskClientId } from '../desks/desks';
import { signIn } from './sessions';

export function sessionRoutes(app: FastifyInstance, ctx: PortalContext): void {
  app.post(syncPaths.session, async (request) => {
    const { username, password } = parseOr400(sessionRequestSchema, request.body, 'Thông tin đăng nhập');
    try {
      return await signIn(ctx, username, password, request.ip, deskClientId(request));
    } catch (error) {
      if (error instanceof HttpError) request.log.warn({ event: 'sign-in-refused', username, address: request.ip, code: error.code }, 'sign-in refused');
      throw error;
    }
  });
}
