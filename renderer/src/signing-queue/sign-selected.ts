// Signs the documents the leader ticked: their PDFs go to the signing worker in small groups (so a
// batch of a thousand never holds every file in memory at once), each signed file is recorded as
// soon as it comes back, and every document ends signed or failed with its reason.
import type { SignatureArea } from '../../../shared/documents/render-document';
import type { Result } from '../../../shared/result';
import type { Box, SignatureAppearance } from '../../../shared/signing/appearance';
import type { SigningSession, UnlockedKey } from '../signing/signing-session';
import type { DocumentRecord, DocumentSignature } from '../store/document-records';

export type SignatureKind = 'individual' | 'agency';

export type RowOutcome = { state: 'waiting' } | { state: 'signed'; at: string } | { state: 'failed'; code: string; message: string };

/** The parts of the document store a batch needs. */
export type SignableDocuments = {
  pdfOf(documentId: string): Promise<Result<Uint8Array>>;
  /** The record, for the signature area found when it was submitted. */
  get(documentId: string): Promise<Pick<DocumentRecord, 'signatureArea'> | undefined>;
  recordSigned(documentId: string, pdf: Uint8Array, signature: DocumentSignature): Promise<Result<DocumentRecord>>;
};

export type SignSelectedInput = {
  documentIds: readonly string[];
  documents: SignableDocuments;
  session: Pick<SigningSession, 'signBatch'>;
  key: UnlockedKey;
  /** Kept as the signature's role: individual signatures come first, the agency's last. */
  kind: SignatureKind;
  /** What shows on the page: images, names and the font; null signs invisibly. */
  appearance: SignatureAppearance | null;
  onOutcome(documentId: string, outcome: RowOutcome): void;
  onProgress(done: number, total: number): void;
  /** Documents per message to the worker. */
  groupSize?: number;
  /** The RFC 3161 timestamp authority to ask (PAdES B-T); none signs B-B. */
  timestampUrl?: string | null;
};

/**
 * Where the signature goes on the last page (points, origin bottom-left) when the document's own
 * signature area is not known (submitted before areas were kept, or none found): the agency's at
 * the bottom right, the officer's initial just above it.
 */
export const SIGNATURE_BOXES: Record<SignatureKind, Box> = {
  agency: { x: 320, y: 90, width: 220, height: 90 },
  individual: { x: 360, y: 190, width: 150, height: 55 },
};

/**
 * The officer's initial (ký nháy): beside the signer's title, at the top left of the signature
 * column, which the centred title leaves blank; narrow enough to clear 'KT. BỘ TRƯỞNG'.
 */
export const INITIAL_BOX = { width: 66, height: 34 };

export type Placement = { page: number | 'last'; box: Box };

/**
 * Where a document's signature of `kind` goes: on its signature block when it is known. The block
 * lies inside the page's margins (Decree 30: 15 mm and more), so these boxes stay on the page.
 */
export function placementFor(kind: SignatureKind, area: SignatureArea | undefined): Placement {
  if (!area) return { page: 'last', box: SIGNATURE_BOXES[kind] };
  // The agency's box is the blank itself, not more: the appearance writes its red lines along the
  // top and sizes the seal to the height, so a taller box would put both over the title and name.
  if (kind === 'agency') return { page: area.page, box: { x: area.x, y: area.y, width: area.width, height: area.height } };
  return { page: area.page, box: { x: area.x, y: area.y + area.height, width: Math.min(INITIAL_BOX.width, area.width), height: INITIAL_BOX.height } };
}

export async function signSelected(input: SignSelectedInput): Promise<{ signed: number; failed: number }> {
  const { documentIds, documents, session, key, kind, appearance, onOutcome, onProgress } = input;
  const total = documentIds.length;
  const groupSize = input.groupSize ?? 20;
  let done = 0;
  let signed = 0;
  const answered = new Set<string>();
  const finish = (documentId: string, outcome: RowOutcome) => {
    answered.add(documentId);
    done++;
    if (outcome.state === 'signed') signed++;
    onOutcome(documentId, outcome);
    onProgress(done, total);
  };
  const signerName = key.certificate.subject.commonName ?? key.certificate.subject.text;

  for (let start = 0; start < total; start += groupSize) {
    const group: { documentId: string; pdf: Uint8Array; placement?: Placement }[] = [];
    for (const documentId of documentIds.slice(start, start + groupSize)) {
      const pdf = await documents.pdfOf(documentId);
      if (!pdf.ok) {
        finish(documentId, { state: 'failed', ...pdf.error });
        continue;
      }
      const area = appearance ? (await documents.get(documentId))?.signatureArea : undefined;
      group.push({ documentId, pdf: pdf.value, ...(area ? { placement: placementFor(kind, area) } : {}) });
    }
    if (group.length === 0) continue;
    // Records are written one after another, in the order the worker signs.
    let writes = Promise.resolve();
    const running = session.signBatch(
      {
        documents: group,
        reason: kind === 'agency' ? 'Ký ban hành văn bản' : 'Ký nháy xác nhận nội dung',
        ...(input.timestampUrl ? { timestampUrl: input.timestampUrl } : {}),
        ...(appearance ? { visible: { placement: placementFor(kind, undefined), appearance: withoutFont(appearance), font: appearance.font } } : {}),
      },
      (progress) => {
        writes = writes.then(async () => {
          const result = progress.result;
          if (!result.ok) return finish(progress.documentId, { state: 'failed', ...result.error });
          const signature: DocumentSignature = { fieldName: result.value.fieldName, signerName, role: kind, at: result.value.signingTime };
          const recorded = await documents.recordSigned(progress.documentId, result.value.pdf, signature);
          finish(progress.documentId, recorded.ok ? { state: 'signed', at: result.value.signingTime } : { state: 'failed', ...recorded.error });
        });
      },
    );
    try {
      await running.done;
    } catch (error) {
      // The worker stopped (the session locked, a crash): the group's unanswered documents fail with why.
      await writes;
      const message = error instanceof Error ? error.message : String(error);
      for (const { documentId } of group) if (!answered.has(documentId)) finish(documentId, { state: 'failed', code: 'worker-failed', message });
    }
    await writes;
  }
  return { signed, failed: total - signed };
}

function withoutFont(appearance: SignatureAppearance) {
  const { font: _font, ...rest } = appearance;
  return rest;
}
