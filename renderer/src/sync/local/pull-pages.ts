// Writing one page of the unit's feed: its events merged by id (the desk's own come back too and
// replace their pending copies), its file records, the affected dossiers re-folded, and the new
// cursor, all in one transaction, so a cut connection resumes exactly after the last page written.
import type { PullResponse } from '../../../../shared/sync/contract';
import type { DeskDatabase } from '../../store/database';
import type { DossierFile } from '../../store/records';
import type { ProcessingEvent } from '../../../../shared/domain/workflow/events';
import { rebuildDossiers } from './rebuild';
import { writeCursor, type FeedIdentity } from './sync-state';

/** Answers the dossier ids whose rows changed. */
export async function writePullPage(db: DeskDatabase, feed: FeedIdentity, page: PullResponse): Promise<Set<string>> {
  const events: ProcessingEvent[] = [];
  const files: DossierFile[] = [];
  for (const change of page.changes) {
    if (change.kind === 'event') events.push(change.event);
    else files.push(change.file);
  }
  return db.transaction('rw', [db.events, db.dossiers, db.dossierFiles, db.syncState], async () => {
    await db.events.bulkPut(events);
    await db.dossierFiles.bulkPut(files);
    const touched = await rebuildDossiers(db, events.map((e) => e.dossierId));
    await writeCursor(db, feed, page.cursor);
    return touched;
  });
}
