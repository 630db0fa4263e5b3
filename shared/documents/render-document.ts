// The public entry for turning a draft into PDF bytes: validate (one schema), lay out with the
// template of its kind, render. Errors come back as values with a Vietnamese message.
import type { OneStopForm } from '../domain/workflow/forms';
import { err, ok, type Result } from '../result';
import { certificateLayout } from './compose/certificate';
import { decisionLayout } from './compose/decision';
import { formLayout } from './compose/form';
import { validateDraft, type CertificateDraft, type DecisionDraft, type DocumentDraft, type FormDraft } from './draft-schema';
import { SIGNATURE_ANCHOR } from './compose/decree30';
import { fontMetrics, type DocumentFonts } from './fonts';
import type { DocumentLayout } from './layout/model';
import { paginate } from './layout/paginate';
import { renderLayout, type RenderOptions } from './layout/render';

export function layoutOf(draft: DocumentDraft): DocumentLayout {
  if (draft.kind === 'decision') return decisionLayout(draft);
  if (draft.kind === 'certificate') return certificateLayout(draft);
  return formLayout(draft);
}

function titleOf(draft: DocumentDraft): string {
  if (draft.kind === 'decision') return `Quyết định số ${draft.number} ${draft.summary.charAt(0).toLocaleLowerCase('vi')}${draft.summary.slice(1)}`;
  if (draft.kind === 'certificate') return `${draft.title} số ${draft.number}`;
  return `Mẫu số ${draft.form as OneStopForm}: ${draft.title.charAt(0)}${draft.title.slice(1).toLocaleLowerCase('vi')}`;
}

/** Any draft (as edited in the app, so unchecked) to PDF bytes; nothing is produced when it does not fit. */
export async function renderDocument(input: unknown, fonts: DocumentFonts, options: RenderOptions = {}): Promise<Result<Uint8Array>> {
  const draft = validateDraft(input);
  if (!draft.ok) return draft;
  const [year, month, day] = draft.value.date.split('-').map(Number) as [number, number, number];
  // Noon in Vietnam of the document's date: stable bytes for a fixed draft, and the right day anywhere.
  const date = new Date(Date.UTC(year, month - 1, day, 5, 0, 0));
  return renderLayout(layoutOf(draft.value), fonts, { title: titleOf(draft.value), author: draft.value.issuer.name, date }, options);
}

export const renderDecision = (draft: DecisionDraft, fonts: DocumentFonts, options?: RenderOptions) => renderDocument(draft, fonts, options);
export const renderCertificate = (draft: CertificateDraft, fonts: DocumentFonts, options?: RenderOptions) => renderDocument(draft, fonts, options);
export const renderForm = (draft: FormDraft, fonts: DocumentFonts, options?: RenderOptions) => renderDocument(draft, fonts, options);

/** A rectangle on a page in PDF user space (points, origin bottom-left); `page` counts from 0. */
export type SignatureArea = { page: number; x: number; y: number; width: number; height: number };

/**
 * Where the blank space of the signature block lands (between the signer's title and name), for
 * placing the signature and seal images when signing: the same layout as renderDocument computes.
 * Forms with two signature columns name the left one 'signature-left'.
 */
export function locateSignature(input: unknown, fonts: DocumentFonts, anchor: string = SIGNATURE_ANCHOR): Result<SignatureArea> {
  const draft = validateDraft(input);
  if (!draft.ok) return draft;
  const layout = layoutOf(draft.value);
  const pages = paginate(layout, fontMetrics(fonts));
  if (!pages.ok) return pages;
  for (const [page, ops] of pages.value.entries()) {
    const found = ops.find((op) => op.kind === 'anchor' && op.name === anchor);
    if (found && found.kind === 'anchor') {
      return ok({ page, x: found.x, y: layout.page.height - found.y - found.height, width: found.width, height: found.height });
    }
  }
  return err('SIGNATURE_AREA_MISSING', 'Văn bản này không có ô chữ ký.');
}
