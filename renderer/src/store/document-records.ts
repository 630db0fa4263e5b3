// The rows of issued documents (decisions, certificates, one-stop forms) and of the decision-number
// blocks leased from the portal. The draft is the shared/documents model; the PDF bytes live in the
// attachments table by SHA-256 like any other file.
import type { DocumentDraft } from '../../../shared/documents/draft-schema';
import type { SignatureArea } from '../../../shared/documents/render-document';
import type { OneStopForm } from '../../../shared/domain/workflow/forms';
import type { VerificationReport } from '../../../shared/signing/verification-report';

/** What a document is, as lists and buttons name it: one-stop forms carry their number. */
export type DocumentRecordKind = 'decision' | 'certificate' | `form-${OneStopForm}`;

/**
 * draft → awaitingSignature (numbered, PDF rendered, in the Ký duyệt queue) → signed (the signed
 * bytes replace the draft PDF) → issued (handed over; nothing changes after).
 */
export type DocumentStatus = 'draft' | 'awaitingSignature' | 'signed' | 'issued';

export type DocumentSignature = { fieldName: string; signerName: string; role: string; at: string };

export type DocumentRecord = {
  id: string;
  dossierId: string;
  /** The dossier's unit: the Ký duyệt queue lists a unit's documents. */
  unitCode: string;
  kind: DocumentRecordKind;
  /** Always valid against documentDraftSchema: checked before every write. */
  draft: DocumentDraft;
  /** '{n}/{symbol}', e.g. '15/QĐ-UDCN', from the unit's leased decision numbers; set on submission. */
  number?: string;
  status: DocumentStatus;
  /** The latest PDF (rendered, then signed), in the attachments table. */
  pdfSha256?: string;
  /**
   * The blank of the signature block in that PDF, found at submission: signing puts the agency's
   * signature and seal there and the initial beside it. Absent on documents submitted before it
   * was kept, or whose block was not found; those sign at the default place.
   */
  signatureArea?: SignatureArea;
  signatures: DocumentSignature[];
  verification?: VerificationReport & { verifiedAt: string };
  createdAt: string;
  updatedAt: string;
  /** Officer id. */
  createdBy: string;
};

/**
 * A block of document numbers leased from the portal for a unit and calendar year (the portal's
 * 'decision' kind: numbers count per year, Decree 30/2020). There is no desk-local fallback as for
 * dossier codes: two desks numbering on their own would issue the same "Số" twice.
 */
export type StoredDecisionBlock = {
  /** '{unitCode}:{year}:{from}'. */
  id: string;
  unitCode: string;
  year: number;
  from: number;
  to: number;
  /** Next number to issue; next > to means used up. */
  next: number;
  leasedAt: string;
};
