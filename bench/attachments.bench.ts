// Where attachment bytes should live: IndexedDB Blob values against the Origin Private File
// System, written and read back in Chromium at sizes officers attach (scans of 1 MB, bundles of
// 20 MB, a 150 MB archive above Chromium's ~133 MB single-value cap for IndexedDB).
import { withRendererPage } from './lib/chromium';
import { round, type Benchmark, type BenchResult } from './lib/types';

type Trial = { label: string; sizeMB: number; count: number };
const trials: Trial[] = [
  { label: '1MB', sizeMB: 1, count: 40 },
  { label: '20MB', sizeMB: 20, count: 5 },
  { label: '150MB', sizeMB: 150, count: 1 },
];

type Outcome = { writeMBps: number; readMBps: number; error?: string };

const attachmentStorage: Benchmark = {
  name: 'attachments.storage',
  description: 'Write then read attachment bytes via IndexedDB Blob values and via OPFS files.',
  async run() {
    const outcomes = await withRendererPage((page) =>
      page.evaluate(async (trials: Trial[]) => {
        const bytesOf = (mb: number, seed: number) => {
          const data = new Uint8Array(mb * 1024 * 1024);
          for (let i = 0; i < data.length; i += 4096) data[i] = (i + seed) & 255;
          return data;
        };
        const openDb = () =>
          new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open('bench-attachments', 1);
            request.onupgradeneeded = () => request.result.createObjectStore('blobs');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        const idbRun = (db: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest) =>
          new Promise<unknown>((resolve, reject) => {
            const tx = db.transaction('blobs', mode);
            const request = work(tx.objectStore('blobs'));
            tx.oncomplete = () => resolve(request.result);
            tx.onerror = () => reject(tx.error);
            tx.onabort = () => reject(tx.error ?? new Error('aborted'));
          });
        const results: Record<string, { idb: { writeMBps: number; readMBps: number; error?: string }; opfs: { writeMBps: number; readMBps: number; error?: string } }> = {};
        const db = await openDb();
        const root = await navigator.storage.getDirectory();
        for (const trial of trials) {
          const payloads = Array.from({ length: trial.count }, (_, i) => bytesOf(trial.sizeMB, i));
          const total = trial.sizeMB * trial.count;
          const measure = async (write: (i: number) => Promise<void>, read: (i: number) => Promise<number>) => {
            try {
              let started = performance.now();
              for (let i = 0; i < payloads.length; i++) await write(i);
              const writeMs = performance.now() - started;
              started = performance.now();
              let bytes = 0;
              for (let i = 0; i < payloads.length; i++) bytes += await read(i);
              const readMs = performance.now() - started;
              if (bytes !== total * 1024 * 1024) throw new Error(`read back ${bytes} bytes`);
              return { writeMBps: total / (writeMs / 1000), readMBps: total / (readMs / 1000) };
            } catch (error) {
              return { writeMBps: 0, readMBps: 0, error: String(error) };
            }
          };
          const idb = await measure(
            async (i) => void (await idbRun(db, 'readwrite', (s) => s.put(new Blob([payloads[i]!]), `${trial.label}-${i}`))),
            async (i) => ((await idbRun(db, 'readonly', (s) => s.get(`${trial.label}-${i}`))) as Blob).arrayBuffer().then((b) => b.byteLength),
          );
          const opfs = await measure(
            async (i) => {
              const handle = await root.getFileHandle(`${trial.label}-${i}`, { create: true });
              const writable = await handle.createWritable();
              await writable.write(payloads[i]!);
              await writable.close();
            },
            async (i) => (await (await root.getFileHandle(`${trial.label}-${i}`)).getFile()).arrayBuffer().then((b) => b.byteLength),
          );
          results[trial.label] = { idb, opfs };
        }
        db.close();
        return results;
      }, trials),
    );
    const out: Record<string, BenchResult> = {};
    for (const [label, { idb, opfs }] of Object.entries(outcomes) as [string, { idb: Outcome; opfs: Outcome }][]) {
      out[`attachments.idb.${label}.writeMBps`] = { value: round(idb.writeMBps), unit: 'MB/s', readMBps: round(idb.readMBps), ...(idb.error ? { error: idb.error } : {}) };
      out[`attachments.opfs.${label}.writeMBps`] = { value: round(opfs.writeMBps), unit: 'MB/s', readMBps: round(opfs.readMBps), ...(opfs.error ? { error: opfs.error } : {}) };
    }
    return out;
  },
};

export const benchmarks: Benchmark[] = [attachmentStorage];
