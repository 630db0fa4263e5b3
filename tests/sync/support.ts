// The desk's sync engine against the real portal on loopback: a portal per test file (PGlite in
// memory, blobs in a temporary folder), desks as fresh fake-indexeddb databases, and a recording
// fetch — the one seam these tests wrap, to count requests, cut connections and garble answers.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPortal, type Portal } from '../../portal/src/app';
import { sha256Hex } from '../../renderer/src/attachments/attachment-rules';
import type { PreparedAttachment } from '../../renderer/src/store/attachment-store';
import type { DeskDatabase } from '../../renderer/src/store/database';
import { intakeAtCounter, act, type StoreContext } from '../../renderer/src/store/processing';
import type { StoredEvent } from '../../renderer/src/store/records';
import { calendar, catalogue, counterDraft, freshDatabase, officer } from '../../renderer/src/store/test-support';
import { PortalClient } from '../../renderer/src/sync/http/portal-client';
import { runSync, type SyncOutcome, type SyncRunDeps } from '../../renderer/src/sync/engine/sync-run';
import type { ProcessingEvent } from '../../shared/domain/workflow/events';
import type { Dossier } from '../../shared/domain/dossiers/dossier';
import type { Command } from '../../shared/domain/workflow/commands';

export type RunningPortal = { portal: Portal; base: string; close(): Promise<void> };

export async function startPortal(now?: () => Date): Promise<RunningPortal> {
  const blobDir = await mkdtemp(path.join(tmpdir(), 'desk-sync-blobs-'));
  const portal = await createPortal({ database: 'pglite', blobDir, ...(now ? { now } : {}) });
  const base = await portal.app.listen({ host: '127.0.0.1', port: 0 });
  return {
    portal,
    base,
    async close() {
      await portal.close();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

export type Desk = { db: DeskDatabase; ctx: StoreContext; unit: string };

/** A desk of `unit` whose clock is the real one (the portal refuses actions dated in its future). */
export function newDesk(unit: string): Desk {
  const db = freshDatabase();
  return { db, unit, ctx: { db, env: { calendar, catalogue, newEventId: () => crypto.randomUUID() }, now: () => new Date().toISOString(), newId: () => crypto.randomUUID() } };
}

export async function signIn(base: string, username: string): Promise<string> {
  const answer = await new PortalClient({ baseUrl: base }).signIn({ username, password: 'demo' });
  if (!answer.ok) throw new Error(`${answer.failure.code}: ${answer.failure.message}`);
  return answer.value.token;
}

export type Call = { method: string; path: string; query: URLSearchParams; bodyBytes: number; status: number | 'failed' };

/**
 * fetch that records every call. `alter` may answer instead of the portal (a cut connection, a
 * garbled body); it sees the request and, when it lets the portal answer first, its response.
 */
export function recordingFetch(alter?: (call: Omit<Call, 'status'>, response: () => Promise<Response>) => Promise<Response>) {
  const calls: Call[] = [];
  const wrapped: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const body = init?.body;
    const bodyBytes = body instanceof Blob ? body.size : typeof body === 'string' ? new TextEncoder().encode(body).byteLength : 0;
    const call = { method: init?.method ?? 'GET', path: url.pathname, query: url.searchParams, bodyBytes };
    try {
      const response = alter ? await alter(call, () => fetch(input, init)) : await fetch(input, init);
      calls.push({ ...call, status: response.status });
      return response;
    } catch (error) {
      calls.push({ ...call, status: 'failed' });
      throw error;
    }
  };
  return { calls, fetch: wrapped };
}

export function sync(desk: Desk, base: string, token: string, options: Partial<SyncRunDeps> & { fetch?: typeof fetch } = {}): Promise<SyncOutcome> {
  const { fetch: fetchImpl, ...rest } = options;
  return runSync(
    {
      db: desk.db,
      client: new PortalClient({ baseUrl: base, token, ...(fetchImpl ? { fetch: fetchImpl } : {}) }),
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
  const token = await signIn(running.base, username);
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

export async function receive(desk: Desk, files: { componentCode: string; file: PreparedAttachment }[] = []): Promise<Dossier> {
  const outcome = await intakeAtCounter(desk.ctx, counterDraft(desk.unit), files, officer(desk.unit, 'clerk'));
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
