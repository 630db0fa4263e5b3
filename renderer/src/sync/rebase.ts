// Folding a dossier's history as the desk holds it: the portal's confirmed events in version order,
// then the desk's still-pending events re-based after them (renumbered from the last confirmed
// version). Pure, so merge and rebase can be tested without a database.
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import { apply, ProjectionError } from '../../../shared/domain/workflow/apply';
import { nextReportFacts, type ReportFacts } from '../../../shared/reports/report-facts';
import type { StoredEvent } from '../store/records';

export type FoldedHistory = {
  /** The projection; null when nothing in the history can start a dossier (a refused intake). */
  dossier: Dossier | null;
  /** Its report facts, kept along the same fold; null when it was never received. */
  facts: ReportFacts | null;
  /** Pending events whose version changed in the re-base, to write back. */
  rebased: StoredEvent[];
  /** Events that could not be folded (a pending step whose dossier the portal never had). */
  skipped: string[];
};

const byVersion = (a: StoredEvent, b: StoredEvent) => a.version - b.version;

export function foldHistory(events: readonly StoredEvent[]): FoldedHistory {
  const confirmed = events.filter((e) => !e.pending).sort(byVersion);
  const pending = events.filter((e) => e.pending).sort(byVersion);
  const top = confirmed.at(-1)?.version ?? 0;
  const rebased: StoredEvent[] = [];
  const queued = pending.map((event, i) => {
    const version = top + i + 1;
    if (event.version === version) return event;
    const moved = { ...event, version };
    rebased.push(moved);
    return moved;
  });

  let dossier: Dossier | null = null;
  let facts: ReportFacts | null = null;
  const skipped: string[] = [];
  for (const event of [...confirmed, ...queued]) {
    // A gap means the portal holds events between these that the desk has not pulled yet (its own
    // applied mutation came back first): fold across it and keep the portal's version number.
    const expected: number = (dossier?.version ?? 0) + 1;
    const step: StoredEvent = dossier && event.version !== expected ? { ...event, version: expected } : event;
    try {
      const next: Dossier = apply(dossier, step);
      facts = nextReportFacts(facts, dossier, step, next);
      dossier = step === event ? next : { ...next, version: event.version };
    } catch (error) {
      if (!(error instanceof ProjectionError)) throw error;
      skipped.push(event.id);
    }
  }
  return { dossier, facts, rebased, skipped };
}
