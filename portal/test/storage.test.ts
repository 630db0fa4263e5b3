// The database outlives the process: migrations are applied once and recorded, demo data is seeded
// only into an empty database, and a restarted portal finds everything where it was.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { pullResponseSchema, syncPaths } from '../../shared/sync/contract';
import { createPortal } from '../src/app';
import { migrate, shippedMigrations } from '../src/db/migrate';
import { openDatabase } from '../src/db/database';

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

  it('migration 002 gives each dossier’s last change the id of its event, for rows written before it', async () => {
    const db = await openDatabase('pglite');
    const [first, ...later] = shippedMigrations();
    await migrate(db, [first!]);
    const lastEvent = { type: 'received', actor: { id: 'cudcn.mc1', name: 'Cán bộ', role: 'clerk' }, at: '2026-03-09T02:00:00.000Z', version: 2 };
    await db.query(`INSERT INTO dossiers (id, unit_code, code, version, body, last_event) VALUES ('d1', 'CUDCN', 'CUDCN-260309-0001', 2, '{}'::jsonb, $1::jsonb)`, [JSON.stringify(lastEvent)]);
    for (const [item, version] of [['e1', 1], ['e2', 2]] as const) {
      await db.query(`INSERT INTO feed (unit_code, kind, dossier_id, item_id, version, body) VALUES ('CUDCN', 'event', 'd1', $1, $2, '{}'::jsonb)`, [item, version]);
    }
    expect(await migrate(db, [first!, ...later])).toEqual(later.map((m) => m.id));
    const { rows } = await db.query<{ last_event: unknown }>(`SELECT last_event FROM dossiers WHERE id = 'd1'`);
    expect(rows[0]!.last_event).toEqual({ ...lastEvent, id: 'e2' });
    await db.close();
    // Every later migration runs too, and PGlite in memory is slow on a loaded machine.
  }, 30_000);
});
