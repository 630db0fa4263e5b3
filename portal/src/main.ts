// `npm run portal`: the portal on 127.0.0.1:8787 with its data in .portal-data/ (PGlite and blobs),
// or on PostgreSQL when DATABASE_URL is set; an empty database gets the demo roster and dossiers.
import { join, resolve } from 'node:path';
import { createPortal, DEFAULT_ALLOWED_ORIGINS, DEFAULT_PUBLIC_KEY } from './app';
import { DEMO_PASSWORD } from './seed/demo-seed';

const env = process.env;
const dataDir = resolve(env.PORTAL_DATA_DIR ?? '.portal-data');
const host = env.PORTAL_HOST ?? '127.0.0.1';
const port = Number(env.PORTAL_PORT ?? 8787);
const origins = env.PORTAL_ALLOWED_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean);

/** A typo must not give tokens that never expire (NaN) or that are dead on arrival. */
function sessionHours(value: string): number {
  const hours = Number(value);
  if (!(hours > 0 && hours <= 24 * 30)) throw new Error(`PORTAL_SESSION_HOURS must be a number of hours between 0 and 720, not «${value}».`);
  return hours;
}

const portal = await createPortal({
  database: env.DATABASE_URL ? { url: env.DATABASE_URL } : 'pglite',
  dataDir: join(dataDir, 'pglite'),
  blobDir: join(dataDir, 'blobs'),
  logger: env.PORTAL_LOG !== '0',
  publicKey: env.PORTAL_PUBLIC_KEY ?? DEFAULT_PUBLIC_KEY,
  allowedOrigins: origins ?? DEFAULT_ALLOWED_ORIGINS,
  ...(env.PORTAL_SESSION_HOURS ? { sessionHours: sessionHours(env.PORTAL_SESSION_HOURS) } : {}),
  demoDossiersPerUnit: Number(env.PORTAL_DEMO_DOSSIERS ?? 250),
  // `npm run release:local` publishes here; desks find it at /updates/.
  updatesDir: env.PORTAL_UPDATES_DIR ?? join(dataDir, 'updates'),
  desktopPolicy: env.PORTAL_DESK_MIN_VERSION ? { minimumVersion: env.PORTAL_DESK_MIN_VERSION } : {},
});
const address = await portal.app.listen({ host, port });
console.log(`Portal at ${address} (database: ${portal.db.kind}; data: ${env.DATABASE_URL ? 'DATABASE_URL' : dataDir}).`);
console.log(`Sign in as e.g. cshtt.mc1 / ${DEMO_PASSWORD}; national portal key: ${env.PORTAL_PUBLIC_KEY ? '(from PORTAL_PUBLIC_KEY)' : DEFAULT_PUBLIC_KEY}.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void portal.close().then(() => process.exit(0));
  });
}
