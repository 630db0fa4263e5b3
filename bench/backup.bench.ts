// Encrypted backup and restore of a desk: 20,000 dossiers with their events and 200 attachments of
// 256 KiB in Chromium's IndexedDB; MB/s of the .ddbak file and seconds, for each direction.
// Numbers: docs/performance.md ("Backup and restore").
import type { Page } from '@playwright/test';
import { callBench } from './lib/bench-page';
import { withRendererPage } from './lib/chromium';
import { round, type Benchmark } from './lib/types';

const DOSSIERS = Number(process.env['BENCH_DOSSIERS'] ?? 20_000);
const BLOBS = 200;
const BLOB_BYTES = 256 * 1024;

// What bench/browser/backup.dom.ts answers (a browser module, so not imported here).
type BackupBench = {
  backupSeed(count: number, blobs: number, blobBytes: number): Promise<{ dossiers: number; events: number }>;
  backupRun(): Promise<{ ms: number; rows: number; blobs: number; blobBytes: number; fileBytes: number }>;
  restoreRun(): Promise<{ ms: number; verifyMs: number; writeMs: number; fileBytes: number }>;
  backupCleanUp(): Promise<void>;
};

const call = <K extends keyof BackupBench>(page: Page, name: K, ...args: Parameters<BackupBench[K]>) =>
  callBench<Awaited<ReturnType<BackupBench[K]>>>(page, name, ...args);

const MB = 1024 * 1024;

const backup: Benchmark = {
  name: 'backup',
  description: `Encrypted backup and restore of ${DOSSIERS.toLocaleString('en')} dossiers with events and ${BLOBS} × 256 KiB attachments in Chromium.`,
  async run() {
    return withRendererPage(async (page) => {
      page.setDefaultTimeout(0);
      await page.waitForFunction(() => 'deskBench' in globalThis);
      const seeded = await call(page, 'backupSeed', DOSSIERS, BLOBS, BLOB_BYTES);
      const made = await call(page, 'backupRun');
      const restored = await call(page, 'restoreRun');
      await call(page, 'backupCleanUp');
      const fileMB = made.fileBytes / MB;
      return {
        'backup.export.MBps': { value: round(fileMB / (made.ms / 1000)), unit: 'MB/s', seconds: round(made.ms / 1000), fileMB: round(fileMB), rows: made.rows, blobs: made.blobs, dossiers: seeded.dossiers, events: seeded.events },
        'backup.restore.MBps': { value: round(fileMB / (restored.ms / 1000)), unit: 'MB/s', seconds: round(restored.ms / 1000), fileMB: round(fileMB), verifySeconds: round(restored.verifyMs / 1000), writeSeconds: round(restored.writeMs / 1000), note: 'verify pass, then write pass into a fresh database; each decrypts the whole file' },
      };
    }, 'bench');
  },
};

export const benchmarks: Benchmark[] = [backup];
