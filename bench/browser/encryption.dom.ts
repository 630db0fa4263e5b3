// The database-encryption decision, measured (docs/security.md): the same dossiers and events kept
// plain, as the desk keeps them, and sealed row by row with AES-GCM (encrypt on write, decrypt on
// read), through the desk's own list rows, list index and search. Driven by bench/security.bench.ts.
import Dexie from 'dexie';
import { vietnamDateOf } from '../../shared/domain/calendar/vietnam-time';
import { vietnamWorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { dueWindow } from '../../shared/domain/deadlines/timeliness';
import { iterateDemoDossiers, type DemoDossier } from '../../shared/domain/demo/generate';
import type { Dossier } from '../../shared/domain/dossiers/dossier';
import { foldVietnamese } from '../../shared/domain/text/fold';
import { DossierListIndex, type DossierListRow } from '../../renderer/src/dossiers/list-index';
import { toListRow } from '../../renderer/src/store/dossier-queries';

export type Storage = 'plain' | 'sealed';

const NOW = '2026-11-20T03:00:00.000Z';
const CHUNK = 2000;
const READ_CHUNK = 5000;
const names: Record<Storage, string> = { plain: 'bench-enc-plain', sealed: 'bench-enc-sealed' };

/** What a sealed row keeps in clear: only the keys a lookup needs. Everything else is in `sealed`. */
type Sealed = { iv: Uint8Array<ArrayBuffer>; sealed: ArrayBuffer };
type SealedDossier = Sealed & { id: string };
type SealedEvent = Sealed & { id: string; dossierId: string; version: number };

let key: CryptoKey;
const databases = new Map<Storage, Dexie>();
const indexes = new Map<Storage, DossierListIndex>();
const dueToday = () => dueWindow(vietnamDateOf(NOW), vietnamWorkingCalendar());

function open(storage: Storage): Dexie {
  const db = new Dexie(names[storage]);
  // The plain store has the desk's indexes; the sealed one can index only what it keeps in clear.
  db.version(1).stores(
    storage === 'plain'
      ? { dossiers: 'id, &code, status, updatedAt', events: 'id, [dossierId+version]' }
      : { dossiers: 'id', events: 'id, [dossierId+version]' },
  );
  return db;
}

async function seal(value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value)));
  return { iv, sealed };
}

async function unseal<T>(row: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: row.iv }, key, row.sealed);
  return JSON.parse(new TextDecoder().decode(plain)) as T;
}

async function timeAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

/** The next READ_CHUNK rows of the dossiers table after `after`, in primary-key order. */
function readChunk(db: Dexie, after: string | null): Promise<Array<{ id: string }>> {
  const table = db.table<{ id: string }, string>('dossiers');
  return (after === null ? table.orderBy(':id') : table.where(':id').above(after)).limit(READ_CHUNK).toArray();
}

/** Writes one chunk; answers [milliseconds encrypting, milliseconds writing]. */
async function write(storage: Storage, items: readonly DemoDossier[]): Promise<[number, number]> {
  const db = databases.get(storage)!;
  let dossiers: unknown[] = items.map((i) => i.dossier);
  let events: unknown[] = items.flatMap((i) => i.events);
  let sealMs = 0;
  if (storage === 'sealed') {
    [[dossiers, events], sealMs] = await timeAsync(() =>
      Promise.all([
        Promise.all(items.map(async ({ dossier }) => ({ id: dossier.id, ...(await seal(dossier)) }) satisfies SealedDossier)),
        Promise.all(items.flatMap((i) => i.events).map(async (e) => ({ id: e.id, dossierId: e.dossierId, version: e.version, ...(await seal(e)) }) satisfies SealedEvent)),
      ]),
    );
  }
  const [, writeMs] = await timeAsync(() => db.transaction('rw', ['dossiers', 'events'], () => Promise.all([db.table('dossiers').bulkPut(dossiers), db.table('events').bulkPut(events)])));
  return [sealMs, writeMs];
}

export const encryptionBench = {
  /** Generates `count` dossiers once and writes each chunk to both stores; generation is outside the timings. */
  async encryptionWrite(count: number, seed: number) {
    key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const totals = { plain: { sealMs: 0, writeMs: 0 }, sealed: { sealMs: 0, writeMs: 0 }, dossiers: 0, events: 0 };
    for (const storage of ['plain', 'sealed'] as const) {
      await Dexie.delete(names[storage]);
      databases.set(storage, open(storage));
    }
    let chunk: DemoDossier[] = [];
    const flush = async () => {
      for (const storage of ['plain', 'sealed'] as const) {
        const [sealMs, writeMs] = await write(storage, chunk);
        totals[storage].sealMs += sealMs;
        totals[storage].writeMs += writeMs;
      }
      totals.dossiers += chunk.length;
      totals.events += chunk.reduce((n, i) => n + i.events.length, 0);
      chunk = [];
    };
    for (const item of iterateDemoDossiers(seed, count, { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now: NOW })) {
      chunk.push(item);
      if (chunk.length === CHUNK) await flush();
    }
    if (chunk.length > 0) await flush();
    return totals;
  },

  /** Start-up: every dossier read in primary-key chunks (and decrypted), turned into list rows, indexed. */
  async encryptionStartup(storage: Storage) {
    const db = databases.get(storage)!;
    let readMs = 0;
    let unsealMs = 0;
    const rows: DossierListRow[] = [];
    let after: string | null = null;
    for (;;) {
      const [stored, ms] = await timeAsync(() => readChunk(db, after));
      readMs += ms;
      if (stored.length === 0) break;
      after = stored.at(-1)!.id;
      let dossiers = stored as unknown as Dossier[];
      if (storage === 'sealed') {
        const [opened, ms] = await timeAsync(() => Promise.all((stored as SealedDossier[]).map((row) => unseal<Dossier>(row))));
        dossiers = opened;
        unsealMs += ms;
      }
      rows.push(...dossiers.map(toListRow));
    }
    const index = new DossierListIndex(foldVietnamese);
    const started = performance.now();
    index.load(rows);
    const indexMs = performance.now() - started;
    indexes.set(storage, index);
    return { readMs, unsealMs, indexMs, totalMs: readMs + unsealMs + indexMs, rows: rows.length };
  },

  /** The officers' search box over the in-memory list index, as bench/store.bench.ts types it. */
  encryptionSearch(storage: Storage, rounds: number) {
    const index = indexes.get(storage)!;
    const due = dueToday();
    const sample = index.query({}, { key: 'code', direction: 'asc' }, due, 5000, 30).rows;
    const queries = [
      'nguyen', 'tran thi', 'Lê Văn', 'pham', 'hoang anh', 'dang ky', 'chuyen giao cong nghe', 'nhan hieu', 'buc xa', 'cong ty',
      ...sample.slice(0, 10).map((r) => r.code),
      ...sample.slice(10, 20).map((r) => r.applicantIdNumber.slice(0, 8)),
      ...sample.slice(20, 30).map((r) => r.applicantName.split(' ').slice(-2).join(' ')),
    ];
    const samples: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const query of queries) {
        const started = performance.now();
        index.query({ query }, { key: 'dueDate', direction: 'asc' }, due, 0, 50);
        samples.push(performance.now() - started);
      }
    }
    return samples;
  },

  /**
   * A search that cannot use the in-memory index (before it is built, or a store that keeps no
   * index): every row read, decrypted if sealed, and matched. What "search in the database" costs.
   */
  async encryptionScanSearch(storage: Storage, query: string) {
    const db = databases.get(storage)!;
    const wanted = foldVietnamese(query);
    const [hits, ms] = await timeAsync(async () => {
      let found = 0;
      let after: string | null = null;
      for (;;) {
        const stored = await readChunk(db, after);
        if (stored.length === 0) return found;
        after = stored.at(-1)!.id;
        const dossiers = storage === 'sealed' ? await Promise.all((stored as SealedDossier[]).map((row) => unseal<Dossier>(row))) : (stored as unknown as Dossier[]);
        for (const d of dossiers) if (foldVietnamese(`${d.code} ${d.applicant.name} ${d.summary}`).includes(wanted)) found++;
      }
    });
    return { hits, ms };
  },

  /** Opening a dossier: its row and its timeline, decrypted if sealed. */
  async encryptionOpen(storage: Storage, count: number) {
    const db = databases.get(storage)!;
    const ids = indexes.get(storage)!.query({}, { key: 'updatedAt', direction: 'desc' }, dueToday(), 0, 100_000).rows.map((r) => r.id);
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const id = ids[(i * 7919) % ids.length]!;
      const [, ms] = await timeAsync(async () => {
        const [row, events] = await db.transaction('r', ['dossiers', 'events'], () =>
          Promise.all([db.table('dossiers').get(id), db.table('events').where('[dossierId+version]').between([id, 0], [id, Number.MAX_SAFE_INTEGER]).toArray()]),
        );
        if (storage === 'plain') return { dossier: row as Dossier, events };
        // Decrypted after the read transaction: WebCrypto's promises would let IndexedDB commit it.
        return { dossier: await unseal<Dossier>(row as SealedDossier), events: await Promise.all((events as SealedEvent[]).map((e) => unseal(e))) };
      });
      samples.push(ms);
    }
    return samples;
  },

  async encryptionCleanUp() {
    for (const [storage, db] of databases) {
      db.close();
      await Dexie.delete(names[storage]);
    }
    databases.clear();
    indexes.clear();
  },
};
