// The data part of schema v6: report facts for every dossier the desk lists, derived from its
// events by the same fold sync uses to rebuild rows (foldHistory), read in chunks in history order
// so a desk of 100,000 dossiers never holds all its events at once.
import type { Transaction } from 'dexie';
import type { ReportFacts } from '../../../../shared/reports/report-facts';
import { foldHistory } from '../../sync/rebase';
import type { StoredEvent } from '../records';

/** Events read per request. */
const CHUNK = 5_000;

export async function upgradeToReportFacts(tx: Transaction): Promise<void> {
  const events = tx.table<StoredEvent, string>('events');
  const facts = tx.table<ReportFacts, string>('reportFacts');
  // A dossier whose row left the list (its code went to the portal's dossier) is in no report.
  const listed = new Set(await tx.table('dossiers').toCollection().primaryKeys());
  let history: StoredEvent[] = [];
  let after: [string, number] | null = null;
  for (;;) {
    const chunk: StoredEvent[] = await (after === null ? events.orderBy('[dossierId+version]') : events.where('[dossierId+version]').above(after)).limit(CHUNK).toArray();
    const derived: ReportFacts[] = [];
    for (const event of chunk) {
      if (history.length > 0 && history[0]!.dossierId !== event.dossierId) {
        derived.push(...factsOf(history, listed));
        history = [];
      }
      history.push(event);
    }
    // The chunk's last history may go on in the next chunk; it is derived once complete.
    if (chunk.length < CHUNK) derived.push(...factsOf(history, listed));
    await facts.bulkPut(derived);
    if (chunk.length < CHUNK) return;
    const last = chunk.at(-1)!;
    after = [last.dossierId, last.version];
  }
}

function factsOf(history: StoredEvent[], listed: ReadonlySet<unknown>): ReportFacts[] {
  if (history.length === 0 || !listed.has(history[0]!.dossierId)) return [];
  const { facts } = foldHistory(history);
  return facts ? [facts] : [];
}
