// Rebuilds dossier projections and their report facts from the events the desk holds, inside the
// caller's transaction (which must cover dossiers, reportFacts, events and dossierFiles), after sync
// changed those events. `db` may be the database or the transaction's own tables (local/pull-pages.ts).
import Dexie from 'dexie';
import type { DeskDatabase } from '../../store/database';
import { foldHistory } from '../rebase';

type RebuildTables = Pick<DeskDatabase, 'events' | 'dossiers' | 'reportFacts' | 'dossierFiles'>;

/**
 * Re-folds each dossier and writes its row and facts (or deletes them when nothing is left, as
 * after a refused intake). Answers every dossier id whose list row may have changed.
 */
export async function rebuildDossiers(db: RebuildTables, dossierIds: Iterable<string>): Promise<Set<string>> {
  const touched = new Set<string>();
  for (const id of new Set(dossierIds)) {
    touched.add(id);
    const events = await db.events.where('[dossierId+version]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray();
    const { dossier, facts, rebased } = foldHistory(events);
    if (rebased.length > 0) await db.events.bulkPut(rebased);
    if (!dossier) {
      await db.dossiers.delete(id);
      await db.reportFacts.delete(id);
      await db.dossierFiles.where('dossierId').equals(id).delete();
      continue;
    }
    for (const displaced of await displaceCodeHolders(db, new Map([[dossier.code, dossier.id]]))) touched.add(displaced);
    await db.dossiers.put(dossier);
    // Never received (a refused receipt of an online submission): in no report.
    if (facts) await db.reportFacts.put(facts);
    else await db.reportFacts.delete(id);
  }
  return touched;
}

/**
 * Codes are unique. The portal's dossier wins a code another dossier holds here: one the portal
 * never confirmed (two desks numbered the same day offline; its refusal comes with its push), or
 * local demo data. Those rows leave the list; their events stay until sync settles them. `codes`
 * maps each code about to be written to the dossier taking it; answers the ids of the rows removed
 * (their report facts go with them).
 */
export async function displaceCodeHolders(db: Pick<DeskDatabase, 'dossiers' | 'reportFacts'>, codes: ReadonlyMap<string, string>): Promise<string[]> {
  if (codes.size === 0) return [];
  const holders = await db.dossiers.where('code').anyOf([...codes.keys()]).toArray();
  const displaced = holders.filter((holder) => codes.get(holder.code) !== holder.id).map((holder) => holder.id);
  if (displaced.length > 0) {
    await db.dossiers.bulkDelete(displaced);
    await db.reportFacts.bulkDelete(displaced);
  }
  return displaced;
}
