// Test helpers for documents: a dossier in processing at CUDCN, its decision draft, a document
// store whose "renderer" writes the draft as text behind a PDF header (the layout engine has its
// own tests; these are about what the store keeps).
import { buildDecisionDraft } from '../../../shared/documents/build-drafts';
import type { DecisionDraft } from '../../../shared/documents/draft-schema';
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import { err, ok } from '../../../shared/result';
import type { DeskDatabase } from '../store/database';
import { intakeAtCounter } from '../store/processing';
import { catalogue, counterDraft, officer, storeContext } from '../store/test-support';
import { DocumentStore, type RenderDraft } from './document-store';

export const UNIT = 'CUDCN';
export const specialist = officer(UNIT, 'specialist');

/** A dossier received at the counter and now being processed (status 4). */
export async function dossierInProcessing(db: DeskDatabase, clock: { now: string }): Promise<Dossier> {
  const received = await intakeAtCounter(storeContext(db, clock), counterDraft(UNIT), [], officer(UNIT, 'clerk'));
  if (!received.ok) throw new Error(received.error.message);
  const processing: Dossier = { ...received.value.dossier, status: 4 };
  await db.dossiers.put(processing);
  return processing;
}

export function decisionDraftFor(dossier: Dossier, issuedOn = '2026-03-10'): DecisionDraft {
  const leader = officer(UNIT, 'leader');
  const built = buildDecisionDraft(dossier, { catalogue, issuedOn, signer: { name: leader.name, title: 'Cục trưởng' } });
  if (!built.ok) throw new Error(built.error.message);
  return built.value;
}

export const textRender: RenderDraft = async (draft) => ok(new TextEncoder().encode(`%PDF-1.7\n${JSON.stringify(draft)}\n%%EOF\n`));
export const brokenRender: RenderDraft = async () => err('DRAFT_TOO_LONG', '«Trích yếu» không vừa khung.');

export function documentStore(db: DeskDatabase, clock: { now: string }, render: RenderDraft = textRender): DocumentStore {
  return new DocumentStore({ db, now: () => clock.now, newId: () => crypto.randomUUID(), render });
}

/** A block of document numbers as the portal would lease it. */
export async function leaseDecisionBlock(db: DeskDatabase, year: number, from: number, to: number): Promise<void> {
  await db.decisionBlocks.put({ id: `${UNIT}:${year}:${from}`, unitCode: UNIT, year, from, to, next: from, leasedAt: `${year}-01-02T01:00:00.000Z` });
}

export const pdfText = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
