// The desk's sync engine against the real portal on loopback: a portal per test file (PGlite in
// memory, or PostgreSQL when the harness's variant says so; blobs in a temporary folder), desks as
// fake-indexeddb databases that can be reopened like a restarted app, and a recording fetch — the
// one seam these tests wrap, to count requests, cut connections, lose answers and garble them.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import http from 'node:http';
import type { DBCore, DBCoreMutateRequest, DBCoreTable } from 'dexie';
import { DEFAULT_PUBLIC_KEY, type Portal } from '../../portal/src/app';
import { startPortal as startHarnessPortal, variants, type Variant } from '../../portal/test/support/harness';
import { sha256Hex } from '../../renderer/src/attachments/attachment-rules';
import type { PreparedAttachment } from '../../renderer/src/store/attachment-store';
import { DeskDatabase } from '../../renderer/src/store/database';
import { intakeAtCounter, act, type StoreContext } from '../../renderer/src/store/processing';
import type { StoredEvent } from '../../renderer/src/store/records';
import { calendar, catalogue, counterDraft, officer } from '../../renderer/src/store/test-support';
import { PortalClient } from '../../renderer/src/sync/http/portal-client';
import { runSync, type SyncOutcome, type SyncRunDeps } from '../../renderer/src/sync/engine/sync-run';
import type { ProcessingEvent } from '../../shared/domain/workflow/events';
import type { Dossier } from '../../shared/domain/dossiers/dossier';
import type { Command } from '../../shared/domain/workflow/commands';
import { PORTAL_KEY_HEADER, publicFilingResponseSchema, syncPaths, BLOB_CONTENT_TYPE, BLOB_HEADERS, type PublicFiling, type RemoteFile } from '../../shared/sync/contract';

export { variants, type Variant };

export type RunningPortal = { portal: Portal; base: string; variant: Variant['name']; close(): Promise<void> };

/** A portal on a loopback port with the real clock (desks act "now"); PGlite unless a variant says otherwise. */
export async function startPortal(now: () => Date = () => new Date(), variant: Variant = variants[0]!): Promise<RunningPortal> {
  const started = await startHarnessPortal(variant, { now });
  return { portal: started.portal, base: started.base, variant: variant.name, close: () => started.close() };
}

/**
 * A workstation's local data. `indexedDB` and `name` say where it lives, so a test can close this
 * Dexie object and open a new one on the same database, as the app does when it starts again.
 */
export type Desk = { db: DeskDatabase; ctx: StoreContext; unit: string; indexedDB: IDBFactory; name: string };

/** Runs before each write (add, put, delete) the desk's database makes; throwing makes that write, and its transaction, fail. */
export type WriteHook = (request: DBCoreMutateRequest, table: string) => void;

function openDeskDatabase(indexedDB: IDBFactory, name: string, beforeWrite?: WriteHook): DeskDatabase {
  const db = new DeskDatabase(name, { indexedDB, IDBKeyRange });
  if (beforeWrite) {
    // Dexie's lowest level: every write of every transaction passes here.
    db.use({
      stack: 'dbcore',
      name: 'test-write-hook',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(tableName: string): DBCoreTable {
          const table = down.table(tableName);
          return {
            ...table,
            mutate(request) {
              try {
                beforeWrite(request, tableName);
              } catch (error) {
                return Promise.reject(error);
              }
              return table.mutate(request);
            },
          };
        },
      }),
    });
  }
  return db;
}

function deskOn(unit: string, indexedDB: IDBFactory, name: string, beforeWrite?: WriteHook): Desk {
  const db = openDeskDatabase(indexedDB, name, beforeWrite);
  return { db, unit, indexedDB, name, ctx: { db, env: { calendar, catalogue, newEventId: () => crypto.randomUUID() }, now: () => new Date().toISOString(), newId: () => crypto.randomUUID() } };
}

/** A desk of `unit` whose clock is the real one (the portal refuses actions dated in its future). */
export function newDesk(unit: string, beforeWrite?: WriteHook): Desk {
  return deskOn(unit, new IDBFactory(), `desk-${crypto.randomUUID()}`, beforeWrite);
}

/**
 * The app started again on the same machine: this Dexie object is closed (a run still using it
 * fails from now on) and a new one opens the same IndexedDB database.
 */
export function restartDesk(desk: Desk, beforeWrite?: WriteHook): Desk {
  desk.db.close();
  return deskOn(desk.unit, desk.indexedDB, desk.name, beforeWrite);
}

export async function signIn(base: string, username: string): Promise<string> {
  const answer = await new PortalClient({ baseUrl: base }).signIn({ username, password: 'demo' });
  if (!answer.ok) throw new Error(`${answer.failure.code}: ${answer.failure.message}`);
  tokenOwners.set(answer.value.token, answer.value.officer.id);
  return answer.value.token;
}

const tokens = new Map<string, string>();
/** Whose each token handed out here is (the demo username is the officer id). */
const tokenOwners = new Map<string, string>();

async function cachedToken(base: string, username: string): Promise<string> {
  const key = `${base} ${username}`;
  const known = tokens.get(key);
  if (known) return known;
  const token = await signIn(base, username);
  tokens.set(key, token);
  return token;
}

/** A bearer token per portal and officer, signed in once (scrypt makes each sign-in cost ~80 ms). */
export function tokenFor(running: RunningPortal, username: string): Promise<string> {
  return cachedToken(running.base, username);
}

/**
 * The tokens a run pushes with, as the app has them: each officer whose action waits in the
 * outbox signed in on the desk (the run's own token for its own officer).
 */
async function officersTokens(desk: Desk, base: string, token: string): Promise<Map<string, string>> {
  const own = new Map<string, string>();
  const owner = tokenOwners.get(token);
  if (owner) own.set(owner, token);
  for (const entry of await desk.db.outbox.toArray()) {
    if (!own.has(entry.actor.id)) own.set(entry.actor.id, await cachedToken(base, entry.actor.id));
  }
  return own;
}

export type Call = { method: string; path: string; query: URLSearchParams; bodyBytes: number; status: number | 'failed' };

/** The request as the desk made it, for a seam that forwards it its own way (a chunk cut half-way). */
export type SentRequest = { url: string; init: RequestInit | undefined };

/**
 * fetch that records every call. `alter` may answer instead of the portal (a cut connection, a
 * garbled body); it sees the request and, when it lets the portal answer first, its response.
 */
export function recordingFetch(alter?: (call: Omit<Call, 'status'>, response: () => Promise<Response>, request: SentRequest) => Promise<Response>) {
  const calls: Call[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const body = init?.body;
    const bodyBytes = body instanceof Blob ? body.size : typeof body === 'string' ? new TextEncoder().encode(body).byteLength : 0;
    const call = { method: init?.method ?? 'GET', path: url.pathname, query: url.searchParams, bodyBytes };
    try {
      const response = alter ? await alter(call, () => fetch(input, init), { url: url.toString(), init }) : await fetch(input, init);
      calls.push({ ...call, status: response.status });
      return response;
    } catch (error) {
      calls.push({ ...call, status: 'failed' });
      throw error;
    }
  };
  return { calls, fetch: wrapped };
}

/**
 * One run of the desk's engine: pull and leases with `token`, each queued action pushed with its
 * own officer's token (signed in on demand), unless `clientFor` says otherwise.
 */
export async function sync(desk: Desk, base: string, token: string, options: Partial<SyncRunDeps> & { fetch?: typeof fetch } = {}): Promise<SyncOutcome> {
  const { fetch: fetchImpl, ...rest } = options;
  // The run's signal stops its calls too, as the app's scheduler wires it (desk-sync.ts).
  const client = (bearer: string) => new PortalClient({ baseUrl: base, token: bearer, ...(fetchImpl ? { fetch: fetchImpl } : {}), ...(options.signal ? { signal: options.signal } : {}) });
  const own = options.clientFor ? new Map<string, string>() : await officersTokens(desk, base, token);
  return runSync(
    {
      db: desk.db,
      client: client(token),
      clientFor: (officerId) => {
        const bearer = own.get(officerId);
        return bearer ? client(bearer) : null;
      },
      feed: { portalOrigin: base, unitCode: desk.unit },
      now: () => new Date().toISOString(),
      calendar,
      ...rest,
    },
    'manual',
  );
}

/**
 * A desk signed in and synced once, so it holds dossier numbers leased from the portal: desks that
 * numbered their own day offline would collide on codes (which the portal refuses).
 */
export async function readyDesk(running: RunningPortal, unit: string, username: string): Promise<{ desk: Desk; token: string }> {
  const desk = newDesk(unit);
  const token = await tokenFor(running, username);
  const first = await sync(desk, running.base, token);
  if (first.failure) throw new Error(`${first.failure.code}: ${first.failure.message}`);
  return { desk, token };
}

/** A PDF-looking attachment of `size` bytes whose content depends on `seed`. */
export async function pdfFile(name: string, size: number, seed: number): Promise<PreparedAttachment> {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  let x = seed * 2654435761;
  for (let i = 9; i < size; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return { name, sha256: await sha256Hex(bytes), size, mimeType: 'application/pdf', blob: new Blob([bytes], { type: 'application/pdf' }) };
}

/** An attachment of `size` bytes drawn from `random` (a seeded generator), PDF-looking. */
export async function randomPdf(name: string, size: number, random: () => number): Promise<PreparedAttachment> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = Math.floor(random() * 256);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return { name, sha256: await sha256Hex(bytes), size, mimeType: 'application/pdf', blob: new Blob([bytes], { type: 'application/pdf' }) };
}

/** Receives a dossier at the counter (or, with `refusal`, refuses it there and records it: form 03). */
export async function receive(desk: Desk, files: { componentCode: string; file: PreparedAttachment }[] = [], refusal?: { reason: string }): Promise<Dossier> {
  const outcome = await intakeAtCounter(desk.ctx, counterDraft(desk.unit), files, officer(desk.unit, 'clerk'), refusal);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value.dossier;
}

export async function perform(desk: Desk, dossierId: string, command: Command, role: 'head' | 'specialist' | 'leader' | 'clerk' = 'head'): Promise<Dossier> {
  const outcome = await act(desk.ctx, dossierId, command, officer(desk.unit, role));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value.dossier;
}

export function assignCommand(unit: string, n = 1): Command {
  const specialist = officer(unit, 'specialist', n);
  return { type: 'assign', assignee: { id: specialist.id, name: specialist.name, role: 'specialist' } };
}

/** A dossier's events as the portal's feed holds them, in version order. */
export async function portalEvents(running: RunningPortal, dossierId: string): Promise<ProcessingEvent[]> {
  const { rows } = await running.portal.db.query<{ body: ProcessingEvent }>("SELECT body FROM feed WHERE kind = 'event' AND dossier_id = $1 ORDER BY version", [dossierId]);
  return rows.map((row) => row.body);
}

export async function portalDossier(running: RunningPortal, dossierId: string): Promise<Dossier | undefined> {
  const { rows } = await running.portal.db.query<{ body: Dossier }>('SELECT body FROM dossiers WHERE id = $1', [dossierId]);
  return rows[0]?.body;
}

/** A dossier's events as the desk holds them, in version order. */
export async function deskEvents(desk: Desk, dossierId: string): Promise<StoredEvent[]> {
  return (await desk.db.events.toArray()).filter((e) => e.dossierId === dossierId).sort((a, b) => a.version - b.version);
}

/** Everything local data consists of, to prove an answer left it untouched. */
export async function localData(desk: Desk) {
  const db = desk.db;
  return {
    dossiers: await db.dossiers.toArray(),
    events: await db.events.toArray(),
    outbox: await db.outbox.toArray(),
    files: await db.dossierFiles.toArray(),
    issues: await db.syncIssues.toArray(),
    blocks: await db.numberBlocks.toArray(),
    cursor: (await db.syncState.toArray()).map((s) => s.cursor),
  };
}

// ---- the national public-service portal's side, through its public endpoints ----

const keyHeaders = { [PORTAL_KEY_HEADER]: DEFAULT_PUBLIC_KEY };

/**
 * The national portal uploads a file's bytes (in about `pieces` chunks) before forwarding a filing
 * that names it: like a desk, it asks which blobs are missing and resumes from the portal's offset.
 */
export async function uploadAsNationalPortal(running: RunningPortal, file: PreparedAttachment, pieces = 1): Promise<void> {
  const url = running.base + syncPaths.blob(file.sha256);
  const missing = await postJson(running.base + syncPaths.blobsMissing, { hashes: [file.sha256] });
  if (missing.status !== 200) throw new Error(`Missing-blobs question refused: ${missing.status}`);
  if (!(missing.body.missing as string[]).includes(file.sha256)) return;
  const bytes = new Uint8Array(await file.blob.arrayBuffer());
  const step = Math.max(1, Math.ceil(bytes.byteLength / pieces));
  const head = await fetch(url, { method: 'HEAD', headers: keyHeaders });
  let offset = head.status === 200 ? Number(head.headers.get(BLOB_HEADERS.offset)) : 0;
  for (let attempts = 0; offset < bytes.byteLength; attempts++) {
    if (attempts > 20) throw new Error(`Upload of ${file.name} did not finish`);
    const chunk = bytes.subarray(offset, Math.min(offset + step, bytes.byteLength));
    const response = await fetch(url, {
      method: 'PUT',
      headers: { ...keyHeaders, 'content-type': BLOB_CONTENT_TYPE, [BLOB_HEADERS.offset]: String(offset), [BLOB_HEADERS.length]: String(bytes.byteLength) },
      body: chunk,
    });
    await response.arrayBuffer();
    const reported = Number(response.headers.get(BLOB_HEADERS.offset));
    if (response.status === 204 || (response.status === 409 && response.headers.has(BLOB_HEADERS.offset))) offset = reported;
    else if (response.status === 409) await new Promise((resolve) => setTimeout(resolve, 10));
    else throw new Error(`Upload of ${file.name} refused: ${response.status}`);
  }
}

export type PublicAnswer = { status: number; body: any };

async function postJson(url: string, body: unknown): Promise<PublicAnswer> {
  const response = await fetch(url, { method: 'POST', headers: { ...keyHeaders, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

/** A citizen's online filing for `unit`'s counter procedure, forwarded by the national portal (POST public/dossiers). */
export async function fileOnline(running: RunningPortal, unit: string, externalId: string, files: { componentCode: string; file: PreparedAttachment }[] = []): Promise<{ status: number; dossierId: string; code: string }> {
  const { channel: _channel, ...intake } = counterDraft(unit);
  const filing: PublicFiling = {
    externalId,
    intake: { ...intake, summary: `Nộp trực tuyến ${externalId}` },
    submittedAt: new Date().toISOString(),
    files: files.map(({ componentCode, file }) => ({ componentCode, name: file.name, mimeType: file.mimeType, sha256: file.sha256, size: file.size })),
  };
  const answer = await postJson(running.base + syncPaths.publicDossiers, filing);
  if (answer.status !== 201 && answer.status !== 200) throw new Error(`Online filing refused: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { status: answer.status, ...publicFilingResponseSchema.parse(answer.body) };
}

/** A citizen withdraws a dossier through the national portal (POST public/dossiers/{code}/withdraw). */
export function withdrawOnline(running: RunningPortal, code: string, reason = 'Công dân đề nghị rút hồ sơ trên Cổng Dịch vụ công', at = new Date().toISOString()): Promise<PublicAnswer> {
  return postJson(running.base + syncPaths.publicWithdraw(code), { reason, at });
}

// ---- whole-unit snapshots, to prove desks and portal agree ----

export type UnitSnapshot = { dossiers: Dossier[]; events: StoredEvent[]; files: RemoteFile[] };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byDossierAndVersion = (a: ProcessingEvent, b: ProcessingEvent) => (a.dossierId < b.dossierId ? -1 : a.dossierId > b.dossierId ? 1 : a.version - b.version);

/** Every dossier, event and file record the portal holds for `unit`, in a stable order. */
export async function unitOnPortal(running: RunningPortal, unit: string): Promise<UnitSnapshot> {
  const db = running.portal.db;
  const dossiers = (await db.query<{ body: Dossier }>('SELECT body FROM dossiers WHERE unit_code = $1', [unit])).rows.map((r) => r.body);
  const feed = (await db.query<{ kind: 'event' | 'file'; body: any }>('SELECT kind, body FROM feed WHERE unit_code = $1 ORDER BY seq', [unit])).rows;
  return {
    dossiers: dossiers.sort(byId),
    events: feed.filter((r) => r.kind === 'event').map((r) => r.body as ProcessingEvent).sort(byDossierAndVersion),
    files: feed.filter((r) => r.kind === 'file').map((r) => r.body as RemoteFile).sort(byId),
  };
}

/** The same view of a desk's local data (pending events keep their mark, so a leftover shows). */
export async function unitOnDesk(desk: Desk): Promise<UnitSnapshot> {
  return {
    dossiers: (await desk.db.dossiers.toArray()).sort(byId),
    events: (await desk.db.events.toArray()).sort(byDossierAndVersion),
    files: (await desk.db.dossierFiles.toArray()).sort(byId),
  };
}

/**
 * Test-only: the portal forgets one unit's dossiers, feed, filings and remembered answers, so the
 * next scenario starts from an empty unit on a portal already running. Number counters and
 * leases stay, so no code is ever issued twice; blobs stay (they are content-addressed).
 */
export async function resetUnit(running: RunningPortal, unit: string): Promise<void> {
  await running.portal.db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('portal:unit:' || $1))`, [unit]);
    await tx.query('DELETE FROM public_filings WHERE dossier_id IN (SELECT id FROM dossiers WHERE unit_code = $1)', [unit]);
    await tx.query('DELETE FROM feed WHERE unit_code = $1', [unit]);
    await tx.query('DELETE FROM dossiers WHERE unit_code = $1', [unit]);
    await tx.query('DELETE FROM mutation_results WHERE unit_code = $1', [unit]);
  });
}

// ---- a connection cut in the middle of a blob chunk ----

/** How many bytes of a blob the portal holds (HEAD), with the desk's own credentials. */
async function heldBytes(url: string, headers: Record<string, string>): Promise<number> {
  const response = await fetch(url, { method: 'HEAD', headers: { authorization: headers['authorization'] ?? '' } });
  return Number(response.headers.get(BLOB_HEADERS.offset) ?? 0);
}

/**
 * Sends the desk's chunk upload over a raw socket, but only its first `part` bytes: once the
 * portal holds them (it keeps what arrived), the connection is cut. The desk never gets an answer.
 */
export async function sendPartOfChunk(request: SentRequest, part: number): Promise<void> {
  const headers = { ...(request.init?.headers as Record<string, string>) };
  const bytes = new Uint8Array(await (request.init!.body as Blob).arrayBuffer());
  const start = Number(headers[BLOB_HEADERS.offset]);
  const url = new URL(request.url);
  await new Promise<void>((resolve) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'PUT', agent: false, headers: { ...headers, 'content-length': String(bytes.byteLength) } });
    req.on('error', () => resolve());
    req.on('response', (response) => {
      response.resume();
      resolve();
    });
    req.write(bytes.subarray(0, part), () => {
      void (async () => {
        const deadline = Date.now() + 2_000;
        while (Date.now() < deadline && part > 0 && (await heldBytes(request.url, headers)) < start + part) await new Promise((r) => setTimeout(r, 2));
        req.destroy();
        resolve();
      })();
    });
  });
}
