// The procedure catalogue and holiday calendar the portal judges by, so desks decide alike.
import type { FastifyInstance } from 'fastify';
import { syncPaths, type CatalogResponse } from '../../../shared/sync/contract';
import { requireOfficer } from '../auth/sessions';
import type { PortalContext } from '../context';

export function catalogRoutes(app: FastifyInstance, ctx: PortalContext): void {
  app.get(syncPaths.catalog, async (request): Promise<CatalogResponse> => {
    await requireOfficer(ctx, request);
    const catalogue = ctx.catalogue.catalogue;
    return { version: `${catalogue.version}+${ctx.holidays.version}`, catalogue, holidays: ctx.holidays, desktopPolicy: ctx.desktopPolicy };
  });
}
