// Sync benchmarks on the benchmark page: the desk's real sync engine (runSync with its PortalClient,
// the store's list refresh) pulling a unit's whole feed into IndexedDB, plain bulkPut of the same
// rows as the yardstick, and attachments going up through the resumable chunked uploader. The portal
// runs in the benchmark's Node process (bench/sync.bench.ts) on a loopback port.
import Dexie from 'dexie';
import { vietnamWorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { iterateDemoDossiers, type DemoDossier } from '../../shared/domain/demo/generate';
import { SYNC_LIMITS } from '../../shared/sync/contract';
import { DeskDatabase } from '../../renderer/src/store/database';
import { DeskStore } from '../../renderer/src/store/desk-store';
import type { StoredAttachment } from '../../renderer/src/store/records';
import { uploadBlob } from '../../renderer/src/sync/engine/blob-upload';
import { runSync } from '../../renderer/src/sync/engine/sync-run';
import { PortalClient } from '../../renderer/src/sync/http/portal-client';
import { openRawDesk, putRaw } from './raw-store.dom';

export type GeneratedSet = { count: number; seed: number; now: string };
export type PortalAccess = { base: string; token: string };

const PULL_DB = 'bench-pull';
const BLOB_DB = 'bench-blobs';
const RAW_BATCH = 2000;

/** The rows the portal was filled with: the same generator, seed, catalogue and clock. */
const generated = (set: GeneratedSet) => iterateDemoDossiers(set.seed, set.count, { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now: set.now });

async function* batches(set: GeneratedSet, size: number): AsyncGenerator<DemoDossier[]> {
  let batch: DemoDossier[] = [];
  for (const item of generated(set)) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Deep equality of JSON-shaped values, ignoring key order and keys holding undefined (JSON drops them). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((v, i) => sameJson(v, (b as unknown[])[i]));
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function randomBlob(bytes: number): Blob {
  const data = new Uint8Array(bytes);
  for (let i = 0; i < bytes; i += 65536) crypto.getRandomValues(data.subarray(i, Math.min(i + 65536, bytes)));
  return new Blob([data], { type: 'application/octet-stream' });
}

async function sha256Of(blob: Blob): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function storeAttachments(db: DeskDatabase, count: number, bytes: number): Promise<string[]> {
  const hashes: string[] = [];
  for (let i = 0; i < count; i++) {
    const blob = randomBlob(bytes);
    const attachment: StoredAttachment = { sha256: await sha256Of(blob), size: bytes, mimeType: 'application/pdf', blob, storedAt: new Date().toISOString() };
    await db.attachments.put(attachment);
    hashes.push(attachment.sha256);
  }
  return hashes;
}

const now = () => new Date().toISOString();
let blobDb: DeskDatabase | null = null;
let blobHashes: string[] = [];

export const syncBench = {
  /** The yardstick: the generated rows bulkPut in batches of 2000 dossiers; generation is not timed. */
  async syncRawBulkPut(set: GeneratedSet) {
    await Dexie.delete('bench-raw');
    const raw = openRawDesk('bench-raw');
    let ms = 0;
    let dossiers = 0;
    let events = 0;
    for await (const batch of batches(set, RAW_BATCH)) {
      ms += await putRaw(raw, batch);
      dossiers += batch.length;
      events += batch.reduce((n, i) => n + i.events.length, 0);
    }
    raw.close();
    await Dexie.delete('bench-raw');
    return { ms, dossiers, events };
  },

  /**
   * A desk signed in to the unit, empty, running one sync as the app does (DeskSync.run): runSync
   * with its PortalClient on the page's fetch, the list index refreshed after every batch written.
   */
  async syncPull(access: PortalAccess & { unitCode: string; pageSize?: number }) {
    await Dexie.delete(PULL_DB);
    const db = new DeskDatabase(PULL_DB);
    const store = new DeskStore({ db });
    await store.load();
    let pulls = 0;
    let refreshMs = 0;
    let batches = 0;
    const fetchPage: typeof fetch = (input, init) => {
      if (String(input).includes('/sync/pull')) pulls++;
      return fetch(input, init);
    };
    const client = new PortalClient({ baseUrl: access.base, token: access.token, fetch: fetchPage });
    // How long the page could not answer the officer: tasks over 50 ms while the pull ran.
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((entry) => longTasks.push(entry.duration)));
    observer.observe({ type: 'longtask' });
    const started = performance.now();
    const outcome = await runSync(
      {
        db,
        client,
        // A fresh desk: nothing queued to push, so no officer's own token is asked for.
        clientFor: () => client,
        feed: { portalOrigin: access.base, unitCode: access.unitCode },
        now,
        calendar: store.calendar,
        ...(access.pageSize ? { pageSize: access.pageSize } : {}),
        onDossiersChanged: async (ids, rows) => {
          const t0 = performance.now();
          batches++;
          await store.refreshDossiers(ids, rows);
          refreshMs += performance.now() - t0;
        },
      },
      'manual',
    );
    const ms = performance.now() - started;
    observer.disconnect();
    const longestTaskMs = Math.max(0, ...longTasks);
    const counts = { dossiers: await db.dossiers.count(), events: await db.events.count(), listRows: store.query({}, { key: 'code', direction: 'asc' }, 0, 1).total };
    db.close();
    return { ms, outcome, pulls, batches, refreshMs, longTasks: longTasks.length, longestTaskMs, ...counts };
  },

  /** After syncPull: every generated dossier and event is on the desk exactly as generated. */
  async syncVerifyPulled(set: GeneratedSet) {
    const db = new DeskDatabase(PULL_DB);
    let dossiers = 0;
    let events = 0;
    const wrong: string[] = [];
    for await (const batch of batches(set, RAW_BATCH)) {
      const stored = await db.dossiers.bulkGet(batch.map((i) => i.dossier.id));
      batch.forEach((item, i) => {
        if (!sameJson(stored[i], item.dossier)) wrong.push(`dossier ${item.dossier.id}`);
      });
      const history = batch.flatMap((i) => i.events);
      const storedEvents = await db.events.bulkGet(history.map((e) => e.id));
      history.forEach((event, i) => {
        if (!sameJson(storedEvents[i], event)) wrong.push(`event ${event.id}`);
      });
      dossiers += batch.length;
      events += history.length;
    }
    const extra = { dossiers: (await db.dossiers.count()) - dossiers, events: (await db.events.count()) - events };
    db.close();
    await Dexie.delete(PULL_DB);
    return { dossiers, events, wrong: wrong.length, firstWrong: wrong.slice(0, 3), extra };
  },

  /** `count` attachments of random bytes stored on the desk as the counter stores them (not timed). */
  async syncPrepareBlobs(count: number, bytes: number) {
    await Dexie.delete(BLOB_DB);
    blobDb = new DeskDatabase(BLOB_DB);
    blobHashes = await storeAttachments(blobDb, count, bytes);
    return blobHashes.length;
  },

  /** The prepared attachments read from IndexedDB and uploaded one after another, as push does. */
  async syncUploadBlobs(access: PortalAccess) {
    const db = blobDb!;
    let puts = 0;
    let bytes = 0;
    const counting: typeof fetch = (input, init) => {
      if (init?.method === 'PUT') {
        puts++;
        bytes += (init.body as Blob).size;
      }
      return fetch(input, init);
    };
    const client = new PortalClient({ baseUrl: access.base, token: access.token, fetch: counting });
    const started = performance.now();
    const attachments = await db.attachments.bulkGet(blobHashes);
    for (const attachment of attachments) {
      const answer = await uploadBlob(client, db, attachment!, { now });
      if (!answer.ok) throw new Error(`upload failed: ${answer.failure.code} ${answer.failure.message}`);
    }
    return { ms: performance.now() - started, puts, bytes };
  },

  /**
   * One attachment whose `cutChunk`-th chunk the fetch seam sends through `cutBase`, a proxy that cuts
   * the connection halfway through the chunk; the next run resumes. Answers what went over the wire.
   */
  async syncUploadWithCut(access: PortalAccess & { cutBase: string; cutChunk: number; bytes: number }) {
    const db = blobDb!;
    const [sha256] = await storeAttachments(db, 1, access.bytes);
    const attachment = (await db.attachments.get(sha256!))!;
    const puts: { offset: number; bytes: number; ok: boolean }[] = [];
    let resumedAt: number | null = null;
    const seam: typeof fetch = async (input, init) => {
      const url = String(input);
      if (init?.method === 'HEAD') {
        const response = await fetch(input, init);
        resumedAt = Number(response.headers.get('upload-offset'));
        return response;
      }
      if (init?.method !== 'PUT') return fetch(input, init);
      const put = { offset: Number((init.headers as Record<string, string>)['upload-offset']), bytes: (init.body as Blob).size, ok: false };
      puts.push(put);
      const target = puts.length === access.cutChunk ? url.replace(access.base, access.cutBase) : url;
      const response = await fetch(target, init);
      put.ok = response.ok;
      return response;
    };
    const client = new PortalClient({ baseUrl: access.base, token: access.token, fetch: seam });
    const first = await uploadBlob(client, db, attachment, { now });
    // The next sync run, a moment later (the portal notices the cut and keeps what arrived).
    await new Promise((resolve) => setTimeout(resolve, 500));
    const second = await uploadBlob(client, db, attachment, { now });
    const cut = puts[access.cutChunk - 1];
    const handed = puts.reduce((n, p) => n + p.bytes, 0);
    return {
      size: attachment.size,
      chunk: SYNC_LIMITS.blobChunkBytes,
      firstRun: first.ok ? 'ok' : first.failure.code,
      secondRun: second.ok ? 'ok' : second.failure.code,
      cutChunkAt: cut?.offset ?? null,
      resumedAt,
      /** Bytes handed to fetch beyond the attachment's size: the part of the cut chunk handed again. */
      handedTwiceBytes: handed - attachment.size,
      puts: puts.length,
    };
  },

  async syncCloseBlobs() {
    blobDb?.close();
    blobDb = null;
    await Dexie.delete(BLOB_DB);
  },
};
