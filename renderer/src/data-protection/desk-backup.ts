// Encrypted backup of the whole desk (every table, every attachment's bytes) into one .ddbak file,
// and its restore: the file is decrypted and checked end to end first, then written into a fresh
// database; the desk's current database is never written to, so a refused file changes nothing.
import type { IndexableType, IndexableTypeArrayReadonly, Table } from 'dexie';
import type { DeskDatabase } from '../store/database';
import { schemaVersions } from '../store/migrations';
import { BackupFileError, BackupSealer, openBackup, type OpenOptions, type SealOptions } from './backup-container';
import {
  BLOB_PIECE_BYTES,
  BackupContentError,
  FrameKind,
  blobPieceFrame,
  checkRows,
  encodeRows,
  frame,
  jsonFrame,
  readContent,
  type BackupEnd,
  type BackupManifest,
  type RowsBatch,
} from './backup-content';
import type { DeskDatabases } from './desk-databases';

const PAGE_ROWS = 1000;

export type BackupProgress = { phase: 'reading' | 'verifying' | 'writing'; done: number; total: number };
export type BackupSummary = { rows: number; blobs: number; blobBytes: number; fileBytes: number };

export type BackupOptions = { seal?: SealOptions; now?: () => string; onProgress?: (progress: BackupProgress) => void };

/** Reads one table a page at a time, keys and rows of a page in one read transaction. */
async function* tablePages(db: DeskDatabase, table: Table): AsyncGenerator<{ rows: unknown[]; keys: IndexableType[] }> {
  let last: IndexableType | undefined;
  for (;;) {
    const collection = () => (last === undefined ? table.toCollection() : table.where(':id').above(last)).limit(PAGE_ROWS);
    const page = await db.transaction('r', table, async () => ({ keys: await collection().primaryKeys(), rows: await collection().toArray() }));
    if (page.rows.length === 0) return;
    yield page;
    if (page.rows.length < PAGE_ROWS) return;
    last = page.keys[page.keys.length - 1];
  }
}

export async function backupDesk(db: DeskDatabase, passphrase: string, options: BackupOptions = {}): Promise<{ file: Blob; summary: BackupSummary }> {
  const now = options.now ?? (() => new Date().toISOString());
  const tables = db.tables;
  const total = (await Promise.all(tables.map((t) => t.count()))).reduce((a, b) => a + b, 0);
  const sealer = await BackupSealer.start(passphrase, options.seal);
  const manifest: BackupManifest = { app: 'dossier-desk', schemaVersion: db.verno, createdAt: now(), tables: tables.map((t) => t.name) };
  await sealer.write(jsonFrame(FrameKind.manifest, manifest));
  const end: BackupEnd = { rows: {}, blobs: 0, blobBytes: 0 };
  let done = 0;
  options.onProgress?.({ phase: 'reading', done, total });
  for (const table of tables) {
    const outbound = !table.schema.primKey.keyPath;
    for await (const page of tablePages(db, table)) {
      const { json, blobs } = encodeRows(table.name, page.rows, outbound ? page.keys : undefined, end.blobs);
      // Bytes first: the reader rebuilds each Blob before the row that holds it.
      for (const blob of blobs) {
        for (let offset = 0; offset < blob.size; offset += BLOB_PIECE_BYTES) {
          const piece = new Uint8Array(await blob.slice(offset, offset + BLOB_PIECE_BYTES).arrayBuffer());
          await sealer.write(blobPieceFrame(end.blobs, piece));
        }
        end.blobs++;
        end.blobBytes += blob.size;
      }
      await sealer.write(frame(FrameKind.rows, json));
      end.rows[table.name] = (end.rows[table.name] ?? 0) + page.rows.length;
      done += page.rows.length;
      options.onProgress?.({ phase: 'reading', done, total: Math.max(total, done) });
    }
  }
  await sealer.write(jsonFrame(FrameKind.end, end));
  const file = await sealer.finish();
  return { file, summary: { rows: done, blobs: end.blobs, blobBytes: end.blobBytes, fileBytes: file.size } };
}

// ---- restore ----

export type RestoreProblem = 'notBackup' | 'newerFormat' | 'newerDesk' | 'damaged' | 'wrongPassphraseOrDamaged' | 'incomplete' | 'writeFailed';
export type RestoreOutcome = { ok: true; databaseName: string; manifest: BackupManifest; end: BackupEnd } | { ok: false; problem: RestoreProblem };

export type RestoreOptions = { databases: DeskDatabases; open?: OpenOptions; onProgress?: (progress: BackupProgress) => void };

export const LATEST_SCHEMA_VERSION = Math.max(...schemaVersions.map((s) => s.version));

/** The Dexie store specs of a schema version, as a database created at that version has them. */
export function storesAt(version: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const schema of schemaVersions.filter((s) => s.version <= version)) {
    for (const [name, spec] of Object.entries(schema.stores)) {
      if (spec === null) delete stores[name];
      else stores[name] = spec;
    }
  }
  return stores;
}

function problemOf(error: unknown): RestoreProblem {
  if (error instanceof BackupFileError) return error.problem;
  if (error instanceof BackupContentError) return error.problem;
  throw error;
}

/**
 * Restores a backup into a fresh database and answers its name; the caller makes it the active
 * one. Pass one decrypts and checks everything (every chunk's tag, every frame, every row's shape)
 * without writing; pass two decrypts again and writes. A failure in pass two deletes the fresh
 * database, so either the whole backup lands or nothing does.
 */
export async function restoreDesk(file: Uint8Array, passphrase: string, options: RestoreOptions): Promise<RestoreOutcome> {
  const { databases } = options;
  let manifest: BackupManifest | null = null;
  let stores: Record<string, string> = {};
  let opened;
  let end: BackupEnd;
  const progress = (phase: BackupProgress['phase']) =>
    async function* (chunks: AsyncGenerator<{ plain: Uint8Array; consumed: number }>) {
      for await (const { plain, consumed } of chunks) {
        options.onProgress?.({ phase, done: consumed, total: file.byteLength });
        yield plain;
      }
    };
  try {
    opened = await openBackup(file, passphrase, options.open);
    end = await readContent(progress('verifying')(opened.chunks()), {
      manifest(found) {
        if (found.schemaVersion > LATEST_SCHEMA_VERSION) throw new BackupContentError('made by a newer app', 'newerDesk');
        manifest = found;
        stores = storesAt(found.schemaVersion);
      },
      rows: (batch) => checkRows(batch, stores[batch.table]),
    });
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  }
  const verified = manifest as BackupManifest | null;
  if (!verified) return { ok: false, problem: 'damaged' };

  const name = databases.freshName();
  // Created at the backup's own version, then opened at the app's so the usual upgrades run.
  const fresh = databases.open(name, verified.schemaVersion);
  try {
    await fresh.open();
    await readContent(progress('writing')(opened.chunks()), {
      manifest() {},
      rows: (batch: RowsBatch) =>
        fresh.transaction('rw', fresh.table(batch.table), async () => {
          const table = fresh.table(batch.table);
          if (batch.keys) await table.bulkAdd(batch.rows, batch.keys as IndexableTypeArrayReadonly);
          else await table.bulkAdd(batch.rows);
        }),
    });
    fresh.close();
    const upgraded = databases.open(name);
    await upgraded.open();
    upgraded.close();
  } catch {
    fresh.close();
    await databases.delete(name).catch(() => undefined);
    return { ok: false, problem: 'writeFailed' };
  }
  return { ok: true, databaseName: name, manifest: verified, end };
}
