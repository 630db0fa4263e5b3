// The one seam between the portal and its database: PostgreSQL SQL everywhere, run either by
// embedded PGlite (demo, tests) or by a PostgreSQL server through `pg` (production).
export type Rows<T> = { rows: T[]; rowCount: number };

/** What a statement needs: the database itself or an open transaction. */
export interface Queryable {
  /** One statement with $1… parameters; objects are passed as JSON text and cast in SQL (`$1::jsonb`). */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<Rows<T>>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseOption = 'pglite' | { url: string };

/** Opens PGlite (in memory without `dataDir`) or a PostgreSQL pool; the drivers load only when used. */
export async function openDatabase(option: DatabaseOption, dataDir?: string): Promise<Database> {
  if (option === 'pglite') {
    const { openPglite } = await import('./pglite');
    return openPglite(dataDir);
  }
  const { openPostgres } = await import('./postgres');
  return openPostgres(option.url);
}
