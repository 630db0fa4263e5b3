// Reading dossiers back: one dossier with its timeline and files, and the whole set as light list
// rows read in chunks (never 100,000 full rows in memory at once).
import { vietnamDateOf } from '../../../shared/domain/calendar/vietnam-time';
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';
import { isOpen } from '../../../shared/domain/workflow/status';
import { resolvedAt } from '../../../shared/reports/dossier-facts';
import type { DossierListRow } from '../dossiers/list-index';
import type { DeskDatabase } from './database';
import type { DossierFile } from './records';

export type OpenedDossier = { dossier: Dossier; events: ProcessingEvent[]; files: DossierFile[] };

export async function openDossier(db: DeskDatabase, id: string): Promise<OpenedDossier | null> {
  return db.transaction('r', [db.dossiers, db.events, db.dossierFiles], async () => {
    const dossier = await db.dossiers.get(id);
    if (!dossier) return null;
    const [events, files] = await Promise.all([
      db.events.where('[dossierId+version]').between([id, 0], [id, Number.MAX_SAFE_INTEGER]).toArray(),
      db.dossierFiles.where('dossierId').equals(id).toArray(),
    ]);
    return { dossier, events, files };
  });
}

export function toListRow(dossier: Dossier): DossierListRow {
  return {
    id: dossier.id,
    code: dossier.code,
    status: dossier.status,
    procedureCode: dossier.procedureCode,
    fieldCode: dossier.fieldCode,
    assigneeId: dossier.assigneeId,
    channel: dossier.channel,
    receivedAt: dossier.receivedAt ?? dossier.submittedAt,
    receivedDay: dossier.receivedAt === null ? null : vietnamDateOf(dossier.receivedAt),
    resolvedDay: resolvedDayOf(dossier),
    // While the clock is stopped the promised date is not running out, so it is not "due".
    dueDate: dossier.pausedSince ? null : dossier.dueDate,
    updatedAt: dossier.updatedAt,
    applicantName: dossier.applicant.name,
    applicantIdNumber: dossier.applicant.taxCode ? `${dossier.applicant.idNumber} ${dossier.applicant.taxCode}` : dossier.applicant.idNumber,
    summary: dossier.summary,
    open: isOpen(dossier.status),
  };
}

/** The day the Tổng quan charts count a dossier resolved on: only processing that began can end. */
function resolvedDayOf(dossier: Dossier): string | null {
  const ended = dossier.receivedAt === null ? null : resolvedAt(dossier);
  return ended === null ? null : vietnamDateOf(ended);
}

/** Every dossier as list rows, `chunkSize` at a time in primary-key order. */
export async function* listRowChunks(db: DeskDatabase, chunkSize = 5000): AsyncGenerator<DossierListRow[]> {
  let after: string | null = null;
  for (;;) {
    const query = after === null ? db.dossiers.orderBy(':id') : db.dossiers.where(':id').above(after);
    const chunk: Dossier[] = await query.limit(chunkSize).toArray();
    if (chunk.length === 0) return;
    after = chunk[chunk.length - 1]!.id;
    yield chunk.map(toListRow);
  }
}
