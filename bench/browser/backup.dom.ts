// Encrypted backup and restore of a desk at scale (renderer/src/data-protection): demo dossiers with
// their events and some attachment blobs, backed up with the real PBKDF2 cost and restored into a
// fresh database. Driven by bench/backup.bench.ts.
import Dexie from 'dexie';
import { iterateDemoDossiers } from '../../shared/domain/demo/generate';
import { vietnamWorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { backupDesk, restoreDesk } from '../../renderer/src/data-protection/desk-backup';
import { deskDatabases } from '../../renderer/src/data-protection/desk-databases';
import { importDossiers } from '../../renderer/src/store/bulk-import';
import { DeskDatabase } from '../../renderer/src/store/database';

const NAME = 'bench-backup-desk';
const NOW = '2026-11-20T03:00:00.000Z';
const PASSPHRASE = 'Cụm mật khẩu đo hiệu năng 2026';
let file: Uint8Array | null = null;
const restoredNames: string[] = [];

export const backupBench = {
  /** `count` demo dossiers and `blobs` attachments of `blobBytes` random bytes each. */
  async backupSeed(count: number, blobs: number, blobBytes: number) {
    await Dexie.delete(NAME);
    const db = new DeskDatabase(NAME);
    const items = iterateDemoDossiers(2026, count, { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now: NOW });
    const imported = await importDossiers(db, items, { total: count });
    for (let i = 0; i < blobs; i++) {
      const bytes = new Uint8Array(blobBytes);
      for (let offset = 0; offset < blobBytes; offset += 65536) crypto.getRandomValues(bytes.subarray(offset, Math.min(offset + 65536, blobBytes)));
      await db.attachments.put({ sha256: i.toString(16).padStart(64, '0'), size: blobBytes, mimeType: 'application/pdf', blob: new Blob([bytes]), storedAt: NOW });
    }
    db.close();
    return imported;
  },
  async backupRun() {
    const db = new DeskDatabase(NAME);
    const started = performance.now();
    const { file: sealed, summary } = await backupDesk(db, PASSPHRASE);
    const sealMs = performance.now() - started;
    file = new Uint8Array(await sealed.arrayBuffer());
    db.close();
    return { ms: sealMs, ...summary };
  },
  async restoreRun() {
    if (!file) throw new Error('backupRun first');
    const databases = deskDatabases(sessionStorage);
    const started = performance.now();
    let writingFrom = 0;
    const outcome = await restoreDesk(file, PASSPHRASE, { databases, onProgress: (p) => void (p.phase === 'writing' && !writingFrom && (writingFrom = performance.now())) });
    const ms = performance.now() - started;
    if (!outcome.ok) throw new Error(outcome.problem);
    restoredNames.push(outcome.databaseName);
    return { ms, verifyMs: writingFrom - started, writeMs: performance.now() - writingFrom, fileBytes: file.byteLength };
  },
  async backupCleanUp() {
    for (const name of [NAME, ...restoredNames.splice(0)]) await Dexie.delete(name);
    file = null;
  },
};
