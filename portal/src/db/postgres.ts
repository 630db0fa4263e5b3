// A PostgreSQL server through a `pg` pool (DATABASE_URL). bigint and numeric stay strings, so the
// SQL casts what it wants as numbers (`::int`) or keeps as text (sequence numbers).
import pg from 'pg';
import type { Database, Queryable, Rows } from './database';

function wrap(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<Rows<T>> {
      const result = await client.query(sql, params as unknown[]);
      return { rows: result.rows as T[], rowCount: result.rowCount ?? result.rows.length };
    },
    exec: async (sql) => void (await client.query(sql)),
  };
}

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fail at start-up, not on the first request, when the server cannot be reached.
  (await pool.connect()).release();
  const self = wrap(pool);
  return {
    kind: 'postgres',
    ...self,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const value = await work(wrap(client));
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
