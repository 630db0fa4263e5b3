// Loading many dossiers with their histories at once (demo data): batches of dossiers, their events
// and their report facts, each batch one transaction, progress reported.
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';
import { reportFactsOf } from '../../../shared/reports/report-facts';
import type { DeskDatabase } from './database';

export type ImportItem = { dossier: Dossier; events: ProcessingEvent[] };
export type ImportProgress = { dossiers: number; events: number; total: number };
export type ImportOptions = { total: number; batchSize?: number; onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal };

export async function importDossiers(db: DeskDatabase, items: Iterable<ImportItem>, options: ImportOptions): Promise<ImportProgress> {
  const batchSize = options.batchSize ?? 2000;
  const progress: ImportProgress = { dossiers: 0, events: 0, total: options.total };
  let batch: ImportItem[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const written = batch;
    batch = [];
    const events = written.flatMap((item) => item.events);
    await db.transaction('rw', [db.dossiers, db.reportFacts, db.events], async () => {
      const rows = Promise.all([db.dossiers.bulkPut(written.map((item) => item.dossier)), db.events.bulkPut(events)]);
      // Derived while IndexedDB writes the rows, so folding the histories again costs the import little.
      const facts = written.flatMap((item) => reportFactsOf(item.events) ?? []);
      await Promise.all([rows, db.reportFacts.bulkPut(facts)]);
    });
    progress.dossiers += written.length;
    progress.events += events.length;
    options.onProgress?.({ ...progress });
  };
  for (const item of items) {
    if (options.signal?.aborted) break;
    batch.push(item);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return progress;
}
