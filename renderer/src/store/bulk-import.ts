// Loading many dossiers with their histories at once (demo data now, the first pull from the
// portal later): batches of dossiers and events, each batch one transaction, progress reported.
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';
import type { DeskDatabase } from './database';

export type ImportItem = { dossier: Dossier; events: ProcessingEvent[] };
export type ImportProgress = { dossiers: number; events: number; total: number };
export type ImportOptions = { total: number; batchSize?: number; onProgress?: (progress: ImportProgress) => void; signal?: AbortSignal };

export async function importDossiers(db: DeskDatabase, items: Iterable<ImportItem>, options: ImportOptions): Promise<ImportProgress> {
  const batchSize = options.batchSize ?? 2000;
  const progress: ImportProgress = { dossiers: 0, events: 0, total: options.total };
  let dossiers: Dossier[] = [];
  let events: ProcessingEvent[] = [];
  const flush = async () => {
    if (dossiers.length === 0) return;
    const batch = { dossiers, events };
    dossiers = [];
    events = [];
    await db.transaction('rw', [db.dossiers, db.events], async () => {
      await db.dossiers.bulkPut(batch.dossiers);
      await db.events.bulkPut(batch.events);
    });
    progress.dossiers += batch.dossiers.length;
    progress.events += batch.events.length;
    options.onProgress?.({ ...progress });
  };
  for (const item of items) {
    if (options.signal?.aborted) break;
    dossiers.push(item.dossier);
    for (const event of item.events) events.push(event);
    if (dossiers.length >= batchSize) await flush();
  }
  await flush();
  return progress;
}
