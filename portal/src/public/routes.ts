// The endpoints the national public-service portal calls, authenticated by its key (x-portal-key).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { dossierCodeSchema } from '../../../shared/domain/codes/dossier-code';
import { API_PREFIX, publicFilingSchema, publicWithdrawRequestSchema, syncPaths } from '../../../shared/sync/contract';
import { requirePortalKey } from '../auth/sessions';
import type { PortalContext } from '../context';
import { parseOr400 } from '../http/validate';
import { recordPublicFiling, withdrawPublicFiling } from './national-portal';

const withdrawParams = z.object({ code: dossierCodeSchema }).strict();

export function publicRoutes(app: FastifyInstance, ctx: PortalContext): void {
  app.post(syncPaths.publicDossiers, async (request, reply) => {
    requirePortalKey(ctx, request);
    const filing = parseOr400(publicFilingSchema, request.body, 'Hồ sơ nộp trực tuyến');
    const answer = await recordPublicFiling(ctx, filing);
    reply.code(answer.created ? 201 : 200);
    return { dossierId: answer.dossierId, code: answer.code };
  });

  app.post(`${API_PREFIX}/public/dossiers/:code/withdraw`, async (request) => {
    requirePortalKey(ctx, request);
    const { code } = parseOr400(withdrawParams, request.params, 'Mã hồ sơ');
    const body = parseOr400(publicWithdrawRequestSchema, request.body, 'Đề nghị rút hồ sơ');
    return withdrawPublicFiling(ctx, code, body);
  });
}
