// A real portal for integration tests: real HTTP on a loopback port and a real database — PGlite
// in memory always, and PostgreSQL when PORTAL_TEST_DATABASE_URL is set (each portal in a schema
// of its own, dropped afterwards). Nothing of the portal is mocked; only its clock is set.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { demoStaff } from '../../../shared/domain/demo/staff';
import { shippedCatalogue } from '../../../shared/domain/catalogue/shipped-catalogue';
import type { Role } from '../../../shared/domain/officers/officer';
import { pushResponseSchema, sessionResponseSchema, syncPaths, type Mutation, type MutationResult } from '../../../shared/sync/contract';
import { createPortal, DEFAULT_PUBLIC_KEY, type Portal, type PortalOptions } from '../../src/app';
import type { DatabaseOption } from '../../src/db/database';

export type Variant = { name: 'PGlite' | 'PostgreSQL'; skip: boolean; reason?: string };

const postgresUrl = process.env.PORTAL_TEST_DATABASE_URL;

/** The databases the sync suite runs against; PostgreSQL is skipped, with the reason, without a URL. */
export const variants: Variant[] = [
  { name: 'PGlite', skip: false },
  postgresUrl
    ? { name: 'PostgreSQL', skip: false }
    : { name: 'PostgreSQL', skip: true, reason: 'PORTAL_TEST_DATABASE_URL is not set: the PostgreSQL variant of the portal suite is skipped (.ci/run sets it).' },
];

let reasonPrinted = false;
/** Prints once per test file why a variant is skipped, so a green run never hides a skipped database. */
export function announceSkips(): void {
  for (const variant of variants) {
    if (!variant.skip || reasonPrinted) continue;
    console.log(`[portal tests] ${variant.reason}`);
    reasonPrinted = true;
  }
}

/** A clock the test moves by hand; starts on Tuesday 10 March 2026, 10:00 in Hà Nội. */
export class TestClock {
  current = new Date('2026-03-10T03:00:00.000Z');
  now = () => new Date(this.current);
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export type TestPortal = {
  portal: Portal;
  base: string;
  clock: TestClock;
  key: string;
  /** Signs in a demo officer (password "demo") and answers the bearer token. */
  token(username: string): Promise<string>;
  /**
   * Pushes as a desk does: consecutive mutations of one officer in one request, with that
   * officer's own token, in order; answers every result (each request must answer 200).
   */
  pushAsDesk(clientId: string, mutations: readonly Mutation[]): Promise<MutationResult[]>;
  /** fetch against the portal with JSON in and the status, headers and parsed body out. */
  call(path: string, init?: CallInit): Promise<CallAnswer>;
  /** Row counts of every table, to prove a refused request stored nothing. */
  counts(): Promise<Record<Table, number>>;
  close(): Promise<void>;
};

export type CallInit = { method?: string; token?: string; json?: unknown; body?: string | Uint8Array; headers?: Record<string, string> };
const TABLES = ['officers', 'sessions', 'dossiers', 'feed', 'mutation_results', 'number_counters', 'leases', 'public_filings', 'blobs', 'reports'] as const;
type Table = (typeof TABLES)[number];
export type CallAnswer = { status: number; headers: Headers; body: any; bytes: Buffer };

async function postgresSchema(): Promise<{ option: DatabaseOption; drop: () => Promise<void> }> {
  const schema = `portal_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(postgresUrl!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    option: { url: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

export async function startPortal(variant: Variant, options: Partial<PortalOptions> = {}): Promise<TestPortal> {
  const blobDir = await mkdtemp(join(tmpdir(), 'portal-blobs-'));
  const pgSchema = variant.name === 'PostgreSQL' ? await postgresSchema() : undefined;
  const clock = new TestClock();
  const portal = await createPortal({ database: pgSchema?.option ?? 'pglite', blobDir, now: clock.now, ...options });
  const base = await portal.app.listen({ host: '127.0.0.1', port: 0 });
  const tokens = new Map<string, string>();

  const call = async (path: string, init: CallInit = {}): Promise<CallAnswer> => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.json !== undefined) headers['content-type'] ??= 'application/json';
    const response = await fetch(base + path, {
      method: init.method ?? (init.json !== undefined || init.body !== undefined ? 'POST' : 'GET'),
      headers,
      body: init.json !== undefined ? JSON.stringify(init.json) : typeof init.body === 'string' || init.body === undefined ? init.body : new Uint8Array(init.body),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    let body: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text) body = JSON.parse(text);
    return { status: response.status, headers: response.headers, body, bytes };
  };

  const token = async (username: string): Promise<string> => {
    const known = tokens.get(username);
    if (known) return known;
    const answer = await call(syncPaths.session, { json: { username, password: 'demo' } });
    if (answer.status !== 200) throw new Error(`Sign-in of ${username} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    const bearer = sessionResponseSchema.parse(answer.body).token;
    tokens.set(username, bearer);
    return bearer;
  };

  return {
    portal,
    base,
    clock,
    key: DEFAULT_PUBLIC_KEY,
    call,
    token,
    async pushAsDesk(clientId, mutations) {
      const results: MutationResult[] = [];
      for (let start = 0; start < mutations.length; ) {
        const actorId = mutations[start]!.actor.id;
        let end = start + 1;
        while (end < mutations.length && mutations[end]!.actor.id === actorId) end++;
        const answer = await call(syncPaths.push, { token: await token(actorId), json: { clientId, mutations: mutations.slice(start, end) } });
        if (answer.status !== 200) throw new Error(`Push by ${actorId} answered ${answer.status} ${JSON.stringify(answer.body)}`);
        results.push(...pushResponseSchema.parse(answer.body).results);
        start = end;
      }
      return results;
    },
    async counts() {
      const { rows } = await portal.db.query<{ t: Table; n: number }>(TABLES.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM ${t}`).join(' UNION ALL '));
      return Object.fromEntries(rows.map((row) => [row.t, row.n])) as Record<Table, number>;
    },
    async close() {
      await portal.close();
      await pgSchema?.drop();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

const staff = demoStaff(shippedCatalogue);

/** The n-th demo officer of a role in a unit, as the portal's roster has them. */
export function officerOf(unitCode: string, role: Role, n = 1) {
  const found = staff.filter((o) => o.unitCode === unitCode && o.role === role)[n - 1];
  if (!found) throw new Error(`No ${role} ${n} in ${unitCode}`);
  const { id, name, unitCode: unit } = found;
  return { id, name, role: found.role, unitCode: unit };
}
