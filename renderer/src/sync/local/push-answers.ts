// Writing the portal's answer to one pushed mutation, each in one transaction, and only then
// deleting its outbox entry. Applied: the desk's events give way to the portal's copy (same ids,
// the portal's versions). Rejected for good: the refusal is recorded with both sides, the desk's
// events of that action are dropped and the dossier folds back from what is left.
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import type { MutationResult } from '../../../../shared/sync/contract';
import type { DeskDatabase } from '../../store/database';
import type { OutboxEntry } from '../../store/records';
import type { SyncIssue } from '../../store/sync-records';
import { rebuildDossiers } from './rebuild';

type Applied = Extract<MutationResult, { status: 'applied' }>;
type Rejected = Extract<MutationResult, { status: 'rejected' }>;

/** Answers the dossier ids whose rows changed. */
export async function writeApplied(db: DeskDatabase, entry: OutboxEntry, result: Applied): Promise<Set<string>> {
  return db.transaction('rw', [db.outbox, db.events, db.dossiers, db.reportFacts, db.dossierFiles], async () => {
    // A repeat of an answer already written (a run cut after the write) changes nothing.
    if (!(await db.outbox.get(entry.seq!))) return new Set<string>();
    const kept = new Set(result.events.map((e) => e.id));
    await db.events.bulkDelete(entry.eventIds.filter((id) => !kept.has(id)));
    await db.events.bulkPut(result.events);
    const touched = await rebuildDossiers(db, [entry.dossierId, ...result.events.map((e) => e.dossierId)]);
    await db.outbox.delete(entry.seq!);
    return touched;
  });
}

export async function writeRejected(db: DeskDatabase, entry: OutboxEntry, result: Rejected, now: string): Promise<Set<string>> {
  return db.transaction('rw', [db.outbox, db.events, db.dossiers, db.reportFacts, db.dossierFiles, db.syncIssues], async () => {
    if (!(await db.outbox.get(entry.seq!))) return new Set<string>();
    const desk = (await db.dossiers.get(entry.dossierId)) ?? null;
    const issue: SyncIssue = {
      mutationId: entry.mutationId,
      dossierId: entry.dossierId,
      // The dossier moved on since the desk decided: someone else's change won, not the rules alone.
      kind: (await movedSinceDecided(db, entry, result.dossier)) ? 'conflict' : 'rejected',
      code: result.code,
      message: result.message,
      command: entry.command,
      actor: entry.actor,
      actedAt: entry.createdAt,
      baseVersion: entry.baseVersion,
      desk,
      portal: result.dossier,
      recordedAt: now,
    };
    await db.syncIssues.put(issue);
    // Only the desk's own unconfirmed copies go; an event the portal confirmed stays.
    const named = await db.events.bulkGet(entry.eventIds);
    await db.events.bulkDelete(named.filter((e) => e?.pending).map((e) => e!.id));
    const touched = await rebuildDossiers(db, [entry.dossierId]);
    await db.outbox.delete(entry.seq!);
    return touched;
  });
}

/**
 * Whether the portal's dossier is no longer the one the officer acted on. The event the action was
 * decided on says it: gone (an earlier action of this desk it built on was refused, so the portal's
 * history went another way), confirmed below the portal's version (others changed it since), or
 * confirmed under a higher number than the desk gave it (others' changes came before it). Its
 * version number alone could not: the desk's own unconfirmed events reuse numbers the portal gave to
 * someone else's. Entries written before the base event was recorded fall back to the numbers.
 */
async function movedSinceDecided(db: DeskDatabase, entry: OutboxEntry, portal: Dossier | null): Promise<boolean> {
  if (!portal) return false;
  if (!entry.baseEventId) return portal.version > entry.baseVersion;
  const base = await db.events.get(entry.baseEventId);
  if (!base) return true;
  if (base.pending) return portal.version > entry.baseVersion;
  return portal.version > base.version || base.version > entry.baseVersion;
}
