// Numbered migrations (portal/migrations/NNN_name.sql), applied in order at start-up in one
// transaction under a lock, and recorded, so two portals starting together never race.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
const FILE = /^(\d{3})_[a-z0-9_]+\.sql$/;

export type Migration = { id: number; name: string; sql: string };

export function shippedMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => FILE.test(name))
    .sort()
    .map((name) => ({ id: Number(FILE.exec(name)![1]), name, sql: readFileSync(dir + name, 'utf8') }));
}

/** Applies what is missing; answers the ids applied now. */
export async function migrate(db: Database, migrations = shippedMigrations()): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('portal:migrations'))`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set((await tx.query<{ id: number }>('SELECT id FROM schema_migrations')).rows.map((r) => r.id));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id, name) VALUES ($1, $2)', [migration.id, migration.name]);
      applied.push(migration.id);
    }
    return applied;
  });
}
