// The first draft of a document for a dossier, filled by shared/documents from the dossier, the
// catalogue and who signs. Until sign-in lands, the unit's signer comes from the demo roster (its
// first leader, the head of the unit), like the stand-in officer picker.
import { buildCertificateDraft, buildDecisionDraft, buildFormDraft, type DocumentContext } from '../../../shared/documents/build-drafts';
import type { DocumentDraft } from '../../../shared/documents/draft-schema';
import type { LocalDate } from '../../../shared/domain/calendar/local-date';
import type { CatalogueIndex } from '../../../shared/domain/catalogue/catalogue-index';
import type { Catalogue } from '../../../shared/domain/catalogue/catalogue-schema';
import { demoStaff } from '../../../shared/domain/demo/staff';
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';
import type { Result } from '../../../shared/result';
import type { DocumentRecordKind } from '../store/document-records';
import { formOf } from './document-kinds';

export type DraftSources = {
  catalogue: Catalogue;
  catalogueIndex: CatalogueIndex;
  today: LocalDate;
  /** The officer drafting (forms name the receiving officer). */
  officer: { name: string };
  events: readonly ProcessingEvent[];
};

/** The reason the latest event of the form's kind gave (supplement, refusal, extension, stop). */
function reasonFor(events: readonly ProcessingEvent[], kind: DocumentRecordKind): { reason?: string; previousDueDate?: LocalDate } {
  const wanted = { 'form-02': 'supplementRequested', 'form-03': 'refusedToReceive', 'form-04': 'extended', 'form-05': 'stopped' }[kind as string];
  const event = [...events].reverse().find((e) => e.type === wanted);
  if (!event || !('reason' in event.payload)) return {};
  return { reason: event.payload.reason, ...(event.type === 'extended' ? { previousDueDate: event.payload.previousDueDate } : {}) };
}

export function newDraft(kind: DocumentRecordKind, dossier: Dossier, sources: DraftSources): Result<DocumentDraft> {
  const leader = demoStaff(sources.catalogue).find((o) => o.unitCode === dossier.unitCode && o.role === 'leader');
  const context: DocumentContext = {
    catalogue: sources.catalogueIndex,
    issuedOn: sources.today,
    officer: sources.officer,
    events: sources.events,
    ...(leader ? { signer: { name: leader.name, title: leader.title } } : {}),
    ...reasonFor(sources.events, kind),
  };
  const form = formOf(kind);
  if (form) return buildFormDraft(form, dossier, context);
  return kind === 'decision' ? buildDecisionDraft(dossier, context) : buildCertificateDraft(dossier, context);
}
