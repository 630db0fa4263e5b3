// Which documents an officer may draft for a dossier now: the result (decision, certificate) while
// the dossier is being processed, and the one-stop slips (forms 01-05) for the events that call for
// them, plus the control sheet (06). The register (07) covers a unit, not one dossier.
import type { DocumentDraft } from '../../../shared/documents/draft-schema';
import type { Procedure } from '../../../shared/domain/catalogue/catalogue-schema';
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';
import { slipFor, type OneStopForm } from '../../../shared/domain/workflow/forms';
import type { DossierStatus } from '../../../shared/domain/workflow/status';
import type { DocumentRecord, DocumentRecordKind } from '../store/document-records';

/** Results are drafted while the case is worked on (4 — Đang xử lý), before approval and signing. */
export const RESULT_DRAFT_STATUSES: ReadonlySet<DossierStatus> = new Set<DossierStatus>([4]);

export function recordKindOf(draft: DocumentDraft): DocumentRecordKind {
  return draft.kind === 'form' ? `form-${draft.form}` : draft.kind;
}

export function formOf(kind: DocumentRecordKind): OneStopForm | null {
  return kind.startsWith('form-') ? (kind.slice(5) as OneStopForm) : null;
}

/** The kinds to offer, in the order the buttons show them. */
export function draftableKinds(dossier: Dossier, procedure: Procedure | undefined, events: readonly ProcessingEvent[]): DocumentRecordKind[] {
  const kinds: DocumentRecordKind[] = [];
  if (RESULT_DRAFT_STATUSES.has(dossier.status)) {
    kinds.push('decision');
    // A certificate or licence is the result itself for those procedures; others end in a decision.
    if (procedure && (procedure.result.kind === 'certificate' || procedure.result.kind === 'licence')) kinds.push('certificate');
  }
  const slips = new Set<OneStopForm>();
  for (const event of events) {
    const form = slipFor(event.type);
    if (form) slips.add(form);
  }
  for (const form of [...slips].sort()) kinds.push(`form-${form}`);
  if (events.some((e) => e.type === 'received')) kinds.push('form-06');
  return kinds;
}

/** The store's own check, so a draft cannot be created for a dossier in the wrong state. */
export function kindAllowed(kind: DocumentRecordKind, status: DossierStatus): boolean {
  return kind === 'decision' || kind === 'certificate' ? RESULT_DRAFT_STATUSES.has(status) : true;
}

/**
 * An existing document that stands in the way of a new one of `kind`: an open draft of that kind
 * (edit it instead), or for a result (decision, certificate) any one — a dossier has one result.
 */
export function blocksNewDraft(existing: Pick<DocumentRecord, 'kind' | 'status'>, kind: DocumentRecordKind): boolean {
  if (existing.kind !== kind) return false;
  return existing.status === 'draft' || kind === 'decision' || kind === 'certificate';
}
