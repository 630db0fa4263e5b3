// The database outlives the process: migrations are applied once and recorded, demo data is seeded
// only into an empty database, and a restarted portal finds everything where it was.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { pullResponseSchema, syncPaths } from '../../shared/sync/contract';
import { createPortal } from '../src/app';
import { shippedMigrations } from '../src/db/migrate';

describe('a portal on a PGlite data folder', () => {
  const folders: string[] = [];
  afterAll(() => Promise.all(folders.map((f) => rm(f, { recursive: true, force: true }))));

  it('migrates and seeds once, and keeps demo dossiers and sessions across a restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'portal-data-'));
    folders.push(dataDir);
    const options = { database: 'pglite' as const, dataDir: join(dataDir, 'pglite'), blobDir: join(dataDir, 'blobs'), demoDossiersPerUnit: 20 };
    const first = await createPortal(options);
    const base = await first.app.listen({ host: '127.0.0.1', port: 0 });
    const session = await (await fetch(base + syncPaths.session, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'vpb.mc1', password: 'demo' }) })).json();
    const before = (await first.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers')).rows[0]!.n;
    expect(before).toBe(20 * shippedCatalogue.units.length);
    await first.close();

    const second = await createPortal(options);
    const again = await second.app.listen({ host: '127.0.0.1', port: 0 });
    const { rows } = await second.db.query<{ id: number }>('SELECT id FROM schema_migrations ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(shippedMigrations().map((m) => m.id));
    expect((await second.db.query<{ n: number }>('SELECT count(*)::int AS n FROM dossiers')).rows[0]!.n).toBe(before);
    const pulled = pullResponseSchema.parse(await (await fetch(`${again}${syncPaths.pull}?limit=1000`, { headers: { authorization: `Bearer ${session.token}` } })).json());
    expect(pulled.changes.length).toBeGreaterThan(20);
    expect(pulled.changes.every((c) => c.kind === 'event' && c.event.dossierId.length > 0)).toBe(true);
    await second.close();
  }, 60_000);
});
