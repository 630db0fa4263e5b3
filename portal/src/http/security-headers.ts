// Headers every answer carries, errors and preflights included: the portal serves JSON and files,
// never pages, so nothing of it may be sniffed as HTML, framed, or leak its address as a referrer;
// API answers hold officers' and citizens' data and must not be kept in any HTTP cache (an
// Electron disk cache on a lost laptop). The update folder sets its own caching (updates/routes.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UPDATES_PATH } from '../../../shared/updates/release-metadata';

const ALWAYS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
} as const;

/** Also called for the router's own refusals (errors.ts), which run no hooks. */
export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(ALWAYS);
  if (!request.url.startsWith(UPDATES_PATH)) reply.header('cache-control', 'no-store');
}

/** Registered before CORS so its own early answers (preflights) carry the headers too. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => applySecurityHeaders(request, reply));
  // Fastify sends no X-Powered-By; this keeps it so should a plugin ever add one.
  app.addHook('onSend', async (_request, reply) => {
    reply.removeHeader('x-powered-by');
  });
}
