// Rebuilds dossier projections from the events the desk holds, inside the caller's transaction
// (which must cover dossiers, events and dossierFiles), after sync changed those events.
import Dexie from 'dexie';
import type { DeskDatabase } from '../../store/database';
import { foldHistory } from '../rebase';

/**
 * Re-folds each dossier and writes its row (or deletes it when nothing is left, as after a refused
 * intake). Answers every dossier id whose list row may have changed.
 */
export async function rebuildDossiers(db: DeskDatabase, dossierIds: Iterable<string>): Promise<Set<string>> {
  const touched = new Set<string>();
  for (const id of new Set(dossierIds)) {
    touched.add(id);
    const events = await db.events.where('[dossierId+version]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
    const { dossier, rebased } = foldHistory(events);
    if (rebased.length > 0) await db.events.bulkPut(rebased);
    if (!dossier) {
      await db.dossiers.delete(id);
      await db.dossierFiles.where('dossierId').equals(id).delete();
      continue;
    }
    // Codes are unique. The portal's dossier wins a code another dossier holds here: one the portal
    // never confirmed (two desks numbered the same day offline; its refusal comes with its push),
    // or local demo data. That row leaves the list; its events stay until sync settles them.
    const holder = await db.dossiers.where('code').equals(dossier.code).first();
    if (holder && holder.id !== dossier.id) {
      await db.dossiers.delete(holder.id);
      touched.add(holder.id);
    }
    await db.dossiers.put(dossier);
  }
  return touched;
}
