import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditLog } from '../audit/audit-log';
import type { DeskDatabase } from '../store/database';
import { prepareAttachment } from '../store/attachment-store';
import { intakeAtCounter } from '../store/processing';
import { counterDraft, officer, storeContext } from '../store/test-support';
import { BackupSealer, HEADER_BYTES } from './backup-container';
import { FrameKind, jsonFrame } from './backup-content';
import { deskDatabases, type DeskDatabases } from './desk-databases';
import { adoptRestored } from './adopt-restored';
import { backupDesk, LATEST_SCHEMA_VERSION, restoreDesk } from './desk-backup';

const FAST = { seal: { iterations: 1000, chunkBytes: 4096 } };
const OPEN_FAST = { minIterations: 1000 };
const PASSPHRASE = 'bàn làm việc số 3, tầng 2';
const unit = 'CUDCN';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

/** One desktop: its own IndexedDB and localStorage. */
const desktop = (): DeskDatabases => deskDatabases(memoryStorage(), { indexedDB: new IDBFactory(), IDBKeyRange });

const opened: DeskDatabase[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

async function deskWithWork(databases: DeskDatabases): Promise<DeskDatabase> {
  const db = databases.open(databases.activeName());
  opened.push(db);
  const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
  const pdf = new Blob([new TextEncoder().encode('%PDF-1.7\n' + 'hợp đồng '.repeat(3000) + '\n%%EOF\n')]);
  const prepared = await prepareAttachment(pdf, 'hop-dong.pdf');
  if (!prepared.ok) throw new Error(prepared.message);
  for (let i = 0; i < 3; i++) {
    const done = await intakeAtCounter(ctx, counterDraft(unit), i === 0 ? [{ componentCode: 'HD', file: prepared.value }] : [], officer(unit, 'clerk'));
    if (!done.ok) throw new Error(done.error.message);
  }
  await new AuditLog(db, () => '2026-03-10T02:05:00.000Z').record({ action: 'backupExported', officer: null });
  return db;
}

/** Every row of every table, blobs as their bytes: what "byte-for-byte untouched" compares. */
async function dump(db: DeskDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = await Promise.all(
      rows.map(async (row) => (row && typeof row === 'object' && 'blob' in row ? { ...row, blob: [...new Uint8Array(await (row.blob as Blob).arrayBuffer())] } : row)),
    );
  }
  return out;
}

async function fileOf(db: DeskDatabase, passphrase = PASSPHRASE): Promise<Uint8Array> {
  const { file } = await backupDesk(db, passphrase, FAST);
  return new Uint8Array(await file.arrayBuffer());
}

describe('backing up a desk and restoring it on another desktop', () => {
  it('brings back every table and every attachment byte, in a fresh database', async () => {
    const source = await deskWithWork(desktop());
    const progress: number[] = [];
    const { file, summary } = await backupDesk(source, PASSPHRASE, { ...FAST, onProgress: (p) => progress.push(p.done) });
    expect(summary.blobs).toBe(1);
    expect(summary.rows).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(summary.rows);

    const other = desktop();
    const restored = await restoreDesk(new Uint8Array(await file.arrayBuffer()), PASSPHRASE, { databases: other, open: OPEN_FAST });
    if (!restored.ok) throw new Error(restored.problem);
    expect(restored.databaseName).not.toBe(other.activeName());
    const copy = other.open(restored.databaseName);
    opened.push(copy);
    expect(await dump(copy)).toEqual(await dump(source));
    expect(await new AuditLog(copy).verifyChain()).toMatchObject({ ok: true });
  });

  it('makes the restored database the active one, audited in its own chain, and deletes the replaced one at the next start', async () => {
    const source = await deskWithWork(desktop());
    const file = await fileOf(source);
    const databases = desktop();
    const current = await deskWithWork(databases);
    const restored = await restoreDesk(file, PASSPHRASE, { databases, open: OPEN_FAST });
    if (!restored.ok) throw new Error(restored.problem);
    await adoptRestored(databases, current, restored);
    expect(databases.activeName()).toBe(restored.databaseName);
    current.close();
    await databases.deleteRetired();
    expect(await databases.existingNames()).toEqual([restored.databaseName]);
    const copy = databases.open(restored.databaseName);
    opened.push(copy);
    const log = new AuditLog(copy);
    expect((await log.search())[0]).toMatchObject({ action: 'backupRestored', details: { attachments: 1, backupCreatedAt: restored.manifest.createdAt } });
    expect(await log.verifyChain()).toMatchObject({ ok: true });
  });

  it('refuses a wrong passphrase and a damaged file, writing nothing anywhere', async () => {
    const databases = desktop();
    const db = await deskWithWork(databases);
    const before = await dump(db);
    const file = await fileOf(db);
    const namesBefore = await databases.existingNames();

    expect(await restoreDesk(file, 'bàn làm việc số 4, tầng 2', { databases, open: OPEN_FAST })).toEqual({ ok: false, problem: 'wrongPassphraseOrDamaged' });
    const flipped = file.slice();
    flipped[Math.floor(file.length / 2)]! ^= 0x40;
    expect(await restoreDesk(flipped, PASSPHRASE, { databases, open: OPEN_FAST })).toEqual({ ok: false, problem: 'damaged' });
    expect(await restoreDesk(file.subarray(0, file.length - 100), PASSPHRASE, { databases, open: OPEN_FAST })).toMatchObject({ ok: false });
    expect(await restoreDesk(file.subarray(0, HEADER_BYTES - 1), PASSPHRASE, { databases, open: OPEN_FAST })).toEqual({ ok: false, problem: 'incomplete' });

    expect(await dump(db)).toEqual(before);
    expect(await databases.existingNames()).toEqual(namesBefore);
  });

  it('refuses a backup made by a newer version of the app, and content that is not a desk', async () => {
    const databases = desktop();
    const sealed = async (frames: Uint8Array[]) => {
      const sealer = await BackupSealer.start(PASSPHRASE, FAST.seal);
      for (const f of frames) await sealer.write(f);
      return new Uint8Array(await (await sealer.finish()).arrayBuffer());
    };
    const manifest = (schemaVersion: number) => jsonFrame(FrameKind.manifest, { app: 'dossier-desk', schemaVersion, createdAt: '2026-03-10T02:00:00.000Z', tables: ['dossiers'] });
    const end = (rows: number) => jsonFrame(FrameKind.end, { rows: { dossiers: rows }, blobs: 0, blobBytes: 0 });
    expect(await restoreDesk(await sealed([manifest(LATEST_SCHEMA_VERSION + 1), end(0)]), PASSPHRASE, { databases, open: OPEN_FAST })).toEqual({ ok: false, problem: 'newerDesk' });
    const badRow = jsonFrame(FrameKind.rows, { table: 'dossiers', rows: [{ id: 'x' }] });
    expect(await restoreDesk(await sealed([manifest(LATEST_SCHEMA_VERSION), badRow, end(1)]), PASSPHRASE, { databases, open: OPEN_FAST })).toEqual({ ok: false, problem: 'damaged' });
    // Row counts that disagree with the end frame: a batch was lost.
    const goodRow = jsonFrame(FrameKind.rows, { table: 'dossiers', rows: [{ id: 'x', code: 'C', status: 2, updatedAt: '2026-03-10T02:00:00.000Z' }] });
    expect(await restoreDesk(await sealed([manifest(LATEST_SCHEMA_VERSION), goodRow, end(2)]), PASSPHRASE, { databases, open: OPEN_FAST })).toEqual({ ok: false, problem: 'damaged' });
    expect(await databases.existingNames()).toEqual([]);
  });

  it('deletes the half-written database when the rows cannot be written (duplicate codes), leaving the desk as it was', async () => {
    const databases = desktop();
    const db = await deskWithWork(databases);
    const before = await dump(db);
    const row = { id: 'a', code: 'SAME', status: 2, updatedAt: '2026-03-10T02:00:00.000Z' };
    const sealer = await BackupSealer.start(PASSPHRASE, FAST.seal);
    await sealer.write(jsonFrame(FrameKind.manifest, { app: 'dossier-desk', schemaVersion: LATEST_SCHEMA_VERSION, createdAt: '2026-03-10T02:00:00.000Z', tables: ['dossiers'] }));
    await sealer.write(jsonFrame(FrameKind.rows, { table: 'dossiers', rows: [row, { ...row, id: 'b' }] }));
    await sealer.write(jsonFrame(FrameKind.end, { rows: { dossiers: 2 }, blobs: 0, blobBytes: 0 }));
    const file = new Uint8Array(await (await sealer.finish()).arrayBuffer());
    expect(await restoreDesk(file, PASSPHRASE, { databases, open: OPEN_FAST })).toEqual({ ok: false, problem: 'writeFailed' });
    expect(await databases.existingNames()).toEqual([databases.activeName()]);
    expect(await dump(db)).toEqual(before);
  });
});
