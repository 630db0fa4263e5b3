// Signs a batch of PDFs one after another with one key, reporting each document's outcome as it
// comes. A document that fails (corrupt, encrypted, the token refusing) is reported and the batch
// goes on: one bad draft must not hold up the leader's other signatures.
import type { Result } from '../../../../shared/result';
import { asResult } from '../../../../shared/signing/errors';
import { loadPdf } from '../../../../shared/signing/load-pdf';
import { signPdf, type SignedPdf } from '../../../../shared/signing/sign-pdf';
import type { CmsSigner } from '../../../../shared/signing/signer';
import type { SignBatchMessage } from './protocol';

export type BatchRequest = Omit<SignBatchMessage, 'type' | 'batchId' | 'key'>;
type BatchDocument = BatchRequest['documents'][number];

export type DocumentReport = { documentId: string; done: number; total: number; result: Result<SignedPdf> };
export type BatchSummary = { signed: number; failed: number; cancelled: boolean };

/** The page index to sign on: 'last' is read from the document itself. */
async function pageIndexOf(pdf: Uint8Array, page: number | 'last'): Promise<Result<number>> {
  if (page !== 'last') return { ok: true, value: page };
  return asResult(async () => (await loadPdf(pdf)).getPageCount() - 1, 'corrupt-pdf');
}

async function signOne({ pdf, placement: own }: BatchDocument, request: BatchRequest, signer: CmsSigner): Promise<Result<SignedPdf>> {
  const { visible, reason, location, timestampUrl } = request;
  const options = { signer, ...(reason ? { reason } : {}), ...(location ? { location } : {}), ...(timestampUrl ? { timestampUrl } : {}) };
  if (!visible) return signPdf(pdf, options);
  // The document's signature block when it is known, else the batch's default place.
  const placement = own ?? visible.placement;
  const page = await pageIndexOf(pdf, placement.page);
  if (!page.ok) return page;
  return signPdf(pdf, { ...options, visible: { page: page.value, box: placement.box, appearance: { ...visible.appearance, font: visible.font } } });
}

/**
 * Signs every document of `request` in order; `report` hears each outcome (n of m) as soon as it is
 * known. `cancelled` is asked between documents, so a cancel never leaves a half-written file.
 */
export async function runBatch(request: BatchRequest, signer: CmsSigner, report: (document: DocumentReport) => void, cancelled: () => boolean = () => false): Promise<BatchSummary> {
  const total = request.documents.length;
  let signed = 0;
  let failed = 0;
  for (const [index, document] of request.documents.entries()) {
    if (cancelled()) return { signed, failed, cancelled: true };
    let result: Result<SignedPdf>;
    try {
      result = await signOne(document, request, signer);
    } catch (error) {
      // signPdf answers errors as values; anything thrown past it is still this document's failure only.
      result = { ok: false, error: { code: 'signing-failed', message: `Không tạo được chữ ký số. (${error instanceof Error ? error.message : String(error)})` } };
    }
    if (result.ok) signed++;
    else failed++;
    report({ documentId: document.documentId, done: index + 1, total, result });
  }
  return { signed, failed, cancelled: false };
}
