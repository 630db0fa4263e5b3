// The Dossier Desk portal: the unit-sync server desks push to and pull from, as one Fastify app.
//
// Usage (tests, the desk's integration tests):
//   import { createPortal } from '<repo>/portal/src/app';
//   const portal = await createPortal({ database: 'pglite', blobDir: await mkdtemp(join(tmpdir(), 'blobs-')) });
//   const base = await portal.app.listen({ host: '127.0.0.1', port: 0 });   // 'http://127.0.0.1:<port>'
//   // sign in as any demo officer, e.g. POST `${base}/api/v1/session` {username: 'cshtt.mc1', password: 'demo'}
//   await portal.close();
// `database: 'pglite'` without `dataDir` is in memory; `{ url: 'postgres://…' }` uses a server.
// The demo roster (demoStaff, password "demo") is always seeded into an empty database.
import { readFileSync } from 'node:fs';
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import { indexCatalogue } from '../../shared/domain/catalogue/catalogue-index';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { vietnamHolidayData } from '../../shared/domain/calendar/vietnam-holidays';
import { vietnamWorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import { BLOB_HEADERS, DESK_CLIENT_HEADER, PORTAL_KEY_HEADER, SYNC_LIMITS, syncPaths, desktopPolicySchema, type DesktopPolicy } from '../../shared/sync/contract';
import { auditRoutes } from './audit/routes';
import { sessionRoutes } from './auth/routes';
import { DEFAULT_SESSION_HOURS } from './auth/sessions';
import { SignInThrottle, type ThrottleRules } from './auth/sign-in-throttle';
import { DiskBlobStore } from './blobs/disk-blob-store';
import { blobRoutes } from './blobs/routes';
import { catalogRoutes } from './catalog/routes';
import type { PortalContext } from './context';
import { openDatabase, type Database, type DatabaseOption } from './db/database';
import { migrate } from './db/migrate';
import { installErrorHandling, routerErrors } from './http/errors';
import { installSecurityHeaders } from './http/security-headers';
import { refuseUnstorableText } from './http/validate';
import { leaseRoutes } from './leases/routes';
import { openApiDocument } from './openapi/openapi';
import { publicRoutes } from './public/routes';
import { deskRoutes } from './desks/routes';
import { reportRoutes } from './reports/routes';
import { seedDemoDossiers, seedRoster } from './seed/demo-seed';
import { syncRoutes } from './sync/routes';
import { updateRoutes } from './updates/routes';

/** The national portal's key when none is configured: for demos only, documented in docs/sync-api.md. */
export const DEFAULT_PUBLIC_KEY = 'demo-cong-dvc-key';
/** The desk's origins: the Electron app, web mode, web mode with hot reload. */
export const DEFAULT_ALLOWED_ORIGINS = ['app://desk', 'http://127.0.0.1:5180', 'http://localhost:5173'] as const;

export type PortalOptions = {
  database: DatabaseOption;
  /** PGlite's data folder; in memory when absent. Ignored for a PostgreSQL url. */
  dataDir?: string;
  /** Where attachment bytes are kept. */
  blobDir: string;
  /** The portal's clock; tests set it. */
  now?: () => Date;
  /** Fastify's request log; tests pass a stream to read what was logged. */
  logger?: boolean | { level?: string; stream: { write(line: string): void } };
  /** The national portal's key (x-portal-key). */
  publicKey?: string;
  /** Browser origins allowed to call (CORS); any other origin gets no CORS headers at all. */
  allowedOrigins?: readonly string[];
  /** How long a bearer token lasts (8 by default). */
  sessionHours?: number;
  /** When failed sign-ins lock a username or a client address (sign-in-throttle.ts has the defaults). */
  signInLimits?: ThrottleRules;
  /** Demo dossiers to generate per unit into an empty database (0 by default). */
  demoDossiersPerUnit?: number;
  /** The desk's update folder, served at /updates/ (scripts/release.ts publishes into it). */
  updatesDir?: string;
  /** Sent to desks with the catalogue: e.g. a minimum version that forces an update. */
  desktopPolicy?: DesktopPolicy;
};

export type Portal = { app: FastifyInstance; close(): Promise<void>; db: Database };

const PORTAL_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function createPortal(options: PortalOptions): Promise<Portal> {
  const db = await openDatabase(options.database, options.dataDir);
  try {
    await migrate(db);
    const now = options.now ?? (() => new Date());
    await seedRoster(db, shippedCatalogue);
    await seedDemoDossiers(db, { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now: now(), perUnit: options.demoDossiersPerUnit ?? 0 });
    const ctx: PortalContext = {
      db,
      blobs: new DiskBlobStore(options.blobDir),
      catalogue: indexCatalogue(shippedCatalogue),
      calendar: vietnamWorkingCalendar(),
      holidays: vietnamHolidayData,
      now,
      publicKey: options.publicKey ?? DEFAULT_PUBLIC_KEY,
      version: PORTAL_VERSION,
      // Checked here too: the portal's own start-up (an environment variable) feeds it unvalidated.
      desktopPolicy: desktopPolicySchema.parse(options.desktopPolicy ?? {}),
      sessionHours: options.sessionHours ?? DEFAULT_SESSION_HOURS,
      signInThrottle: new SignInThrottle(options.signInLimits),
    };
    const app = Fastify({ logger: options.logger ?? false, bodyLimit: SYNC_LIMITS.jsonMaxBytes, frameworkErrors: routerErrors });
    installSecurityHeaders(app);
    const allowedOrigins = new Set(options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS);
    await app.register(cors, {
      // A function answering false (not a list) so another origin's preflight gets no
      // Access-Control-Allow-* header at all, not even the allowed methods and headers.
      origin: (origin, allow) => allow(null, origin !== undefined && allowedOrigins.has(origin) ? origin : false),
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS'],
      allowedHeaders: ['Authorization', 'Content-Type', BLOB_HEADERS.offset, BLOB_HEADERS.length, 'Range', PORTAL_KEY_HEADER, DESK_CLIENT_HEADER],
      exposedHeaders: [BLOB_HEADERS.offset, BLOB_HEADERS.length, 'Content-Range', 'Content-Length', 'ETag'],
      maxAge: 600,
    });
    installErrorHandling(app);
    refuseUnstorableText(app);
    // JSON or blob chunks only: a text body is refused with 415 rather than read as a string.
    app.removeContentTypeParser('text/plain');
    app.get(syncPaths.health, async () => ({ ok: true as const, database: db.kind, version: PORTAL_VERSION }));
    app.get(syncPaths.openapi, async () => openApiDocument(PORTAL_VERSION));
    sessionRoutes(app, ctx);
    catalogRoutes(app, ctx);
    syncRoutes(app, ctx);
    blobRoutes(app, ctx);
    leaseRoutes(app, ctx);
    publicRoutes(app, ctx);
    reportRoutes(app, ctx);
    deskRoutes(app, ctx);
    auditRoutes(app, ctx);
    updateRoutes(app, options.updatesDir);
    await app.ready();
    return {
      app,
      db,
      async close() {
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
