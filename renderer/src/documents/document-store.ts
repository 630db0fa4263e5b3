// Documents of a dossier in the local store: drafts an officer edits, submitted for signature
// (numbered and rendered), signed, verified. Each write is one Dexie transaction; a draft is checked
// against documentDraftSchema before every write, and bad input is refused with nothing written.
// Rendering and hashing happen before the transaction (Dexie commits a transaction that awaits
// anything but Dexie), so a write re-reads the record inside it and refuses a stale base.
import type { Table } from 'dexie';
import type { DocumentDraft } from '../../../shared/documents/draft-schema';
import { validateDraft } from '../../../shared/documents/draft-schema';
import type { SignatureArea } from '../../../shared/documents/render-document';
import { vietnamDateOf } from '../../../shared/domain/calendar/vietnam-time';
import type { Actor } from '../../../shared/domain/officers/officer';
import { err, ok, type Result } from '../../../shared/result';
import { verificationReportSchema, type VerificationReport } from '../../../shared/signing/verification-report';
import { sha256Hex } from '../attachments/attachment-rules';
import { putAttachmentBytes, verifyStoredAttachment } from '../store/attachment-store';
import type { DeskDatabase } from '../store/database';
import type { DocumentRecord, DocumentSignature } from '../store/document-records';
import { blocksNewDraft, kindAllowed, recordKindOf } from './document-kinds';
import { peekDecisionNumber, takeDecisionNumber, withNumber } from './decision-numbers';

export type RenderDraft = (draft: DocumentDraft) => Promise<Result<Uint8Array>>;
/** Where the blank of the signature block lands on the rendered pages (shared/documents' locateSignature). */
export type LocateSignature = (draft: DocumentDraft) => Promise<Result<SignatureArea>>;

export type DocumentStoreDeps = {
  db: DeskDatabase;
  now: () => string;
  newId: () => string;
  /** Draft → PDF bytes: a worker in the app, the shared renderer or a fake in tests. */
  render: RenderDraft;
  /**
   * Finds the signature block of the submitted draft, so signing puts the signature and seal there.
   * Without it (or when it fails) documents are signed at the batch's default place.
   */
  locate?: LocateSignature;
  /** Told after every committed write, so screens re-read (DeskStore.notify). */
  changed?: () => void;
};

export type NewDocument = { dossierId: string; draft: unknown; actor: Actor };

/** Thrown inside a transaction to roll it back; turned into the result it carries. */
class Refusal extends Error {
  constructor(readonly result: Result<never>) {
    super(result.ok ? '' : result.error.message);
  }
}

const refuse = (code: string, message: string): never => {
  throw new Refusal(err(code, message));
};

const notFound = () => err<never>('DOCUMENT_NOT_FOUND', 'Không tìm thấy văn bản trên máy này. Hãy mở lại hồ sơ.');
/** Another write got there between our read and our transaction: read again and retry. */
const STALE_CODE = 'DOCUMENT_BUSY';
const STALE = err<never>(STALE_CODE, 'Văn bản vừa được thay đổi ở nơi khác; hãy mở lại hồ sơ rồi thử lại.');
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export class DocumentStore {
  private submissions: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: DocumentStoreDeps) {}

  /** A new draft of a document for a dossier the officer's unit holds, in a state that allows it. */
  async createDraft({ dossierId, draft, actor }: NewDocument): Promise<Result<DocumentRecord>> {
    const valid = validateDraft(draft);
    if (!valid.ok) return valid;
    const kind = recordKindOf(valid.value);
    const { db } = this.deps;
    return this.write([db.documents, db.dossiers], async () => {
      const dossier = await db.dossiers.get(dossierId);
      if (!dossier) return refuse('DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ trên máy này. Hãy tải lại danh sách.');
      if (dossier.unitCode !== actor.unitCode) return refuse('OTHER_UNIT', `Hồ sơ ${dossier.code} thuộc đơn vị khác; chỉ cán bộ của đơn vị ${dossier.unitCode} soạn văn bản cho hồ sơ này.`);
      if (!kindAllowed(kind, dossier.status)) return refuse('WRONG_STATUS', `Chỉ soạn quyết định, giấy chứng nhận khi hồ sơ đang xử lý; hồ sơ ${dossier.code} không còn ở trạng thái đó.`);
      const existing = await db.documents.where('dossierId').equals(dossierId).filter((d) => blocksNewDraft(d, kind)).first();
      if (existing?.status === 'draft') return refuse('DRAFT_EXISTS', 'Hồ sơ đã có một bản nháp văn bản loại này; hãy mở bản nháp đó để sửa tiếp.');
      if (existing) return refuse('RESULT_EXISTS', `Hồ sơ đã có văn bản kết quả loại này${existing.number ? ` (số ${existing.number})` : ''}; mỗi hồ sơ chỉ có một.`);
      const now = this.deps.now();
      const record: DocumentRecord = { id: this.deps.newId(), dossierId, unitCode: dossier.unitCode, kind, draft: valid.value, status: 'draft', signatures: [], createdAt: now, updatedAt: now, createdBy: actor.id };
      await db.documents.add(record);
      return record;
    });
  }

  /** Saves the officer's edits; only a draft changes, and never into another kind of document. */
  async updateDraft(documentId: string, draft: unknown): Promise<Result<DocumentRecord>> {
    const valid = validateDraft(draft);
    if (!valid.ok) return valid;
    const { db } = this.deps;
    return this.write([db.documents], async () => {
      const current = await this.draftOf(documentId);
      if (recordKindOf(valid.value) !== current.kind) return refuse('KIND_CHANGED', 'Không đổi được loại văn bản của một bản nháp; hãy soạn văn bản mới.');
      const record: DocumentRecord = { ...current, draft: valid.value, updatedAt: this.deps.now() };
      await db.documents.put(record);
      return record;
    });
  }

  /**
   * Numbers, dates and renders the draft, stores the PDF and puts it in the Ký duyệt queue. The
   * number is taken here, not at issue: it is printed on the page the leader signs, and a signed
   * PDF cannot be changed afterwards without breaking the signature. The date becomes today's, so
   * the number's year (the portal counts per calendar year) is the year printed beside it.
   */
  submitForSignature(documentId: string): Promise<Result<DocumentRecord>> {
    // One at a time in this window, so a batch does not race itself for the same number.
    const turn = this.submissions.then(() => this.submitNow(documentId));
    this.submissions = turn.catch(() => undefined);
    return turn;
  }

  private async submitNow(documentId: string): Promise<Result<DocumentRecord>> {
    const { db } = this.deps;
    // Another tab taking a number between our peek and our write: try again with the next one.
    for (let attempt = 0; attempt < 3; attempt++) {
      const current = await db.documents.get(documentId);
      if (!current) return notFound();
      if (current.status !== 'draft') return err('NOT_A_DRAFT', 'Văn bản đã được trình ký; không trình lại được.');
      const today = vietnamDateOf(this.deps.now());
      const year = Number(today.slice(0, 4));
      const numbered = current.number === undefined && current.draft.number.includes('/');
      let number: number | null = null;
      if (numbered) {
        const peeked = await peekDecisionNumber(db, current.unitCode, year);
        if (!peeked.ok) return peeked;
        number = peeked.value;
      }
      const draft = validateDraft({ ...current.draft, date: today, ...(number === null ? {} : { number: withNumber(current.draft.number, number) }) });
      if (!draft.ok) return draft;
      const pdf = await this.renderChecked(draft.value);
      if (!pdf.ok) return pdf;
      const sha256 = await sha256Hex(pdf.value as Uint8Array<ArrayBuffer>);
      const signatureArea = await this.locateQuietly(draft.value);
      const outcome = await this.write([db.documents, db.decisionBlocks, db.attachments], async () => {
        const fresh = await db.documents.get(documentId);
        if (!fresh || fresh.updatedAt !== current.updatedAt || fresh.status !== 'draft') throw new Refusal(STALE);
        if (number !== null) {
          const taken = await takeDecisionNumber(db, current.unitCode, year);
          if (!taken.ok) throw new Refusal(taken);
          // Thrown, not returned: the number just taken must go back with the rolled-back transaction.
          if (taken.value !== number) throw new Refusal(STALE);
        }
        await this.putPdf(pdf.value, sha256, current.id);
        const record: DocumentRecord = {
          ...fresh,
          draft: draft.value,
          ...(number === null ? {} : { number: draft.value.number }),
          status: 'awaitingSignature',
          pdfSha256: sha256,
          ...(signatureArea ? { signatureArea } : {}),
          updatedAt: this.deps.now(),
        };
        await db.documents.put(record);
        return record;
      });
      if (outcome.ok || outcome.error.code !== STALE_CODE) return this.checkedPdf(outcome);
    }
    return STALE;
  }

  /** The signed bytes replace the document's PDF; a later signature (the agency's) appends another. */
  async recordSigned(documentId: string, signedPdfBytes: Uint8Array, signature: DocumentSignature): Promise<Result<DocumentRecord>> {
    if (!PDF_MAGIC.every((b, i) => signedPdfBytes[i] === b)) return err('NOT_A_PDF', 'Tệp đã ký không phải PDF; văn bản giữ nguyên bản trước khi ký.');
    if (!signature.fieldName || !signature.signerName || Number.isNaN(Date.parse(signature.at))) {
      return err('SIGNATURE_INFO_MISSING', 'Thiếu thông tin chữ ký (trường chữ ký, người ký hoặc thời gian ký); văn bản giữ nguyên.');
    }
    const sha256 = await sha256Hex(signedPdfBytes as Uint8Array<ArrayBuffer>);
    const { db } = this.deps;
    const outcome = await this.write([db.documents, db.attachments], async () => {
      const current = await db.documents.get(documentId);
      if (!current) throw new Refusal(notFound());
      if (current.status !== 'awaitingSignature' && current.status !== 'signed') return refuse('NOT_AWAITING_SIGNATURE', 'Văn bản chưa được trình ký hoặc đã ban hành; không ghi nhận chữ ký được.');
      if (current.signatures.some((s) => s.fieldName === signature.fieldName)) return refuse('SIGNATURE_FIELD_TAKEN', `Văn bản đã có chữ ký ở trường «${signature.fieldName}».`);
      await this.putPdf(signedPdfBytes, sha256, current.id);
      // A verification was of the earlier bytes; it no longer describes this file.
      const { verification: _older, ...rest } = current;
      const record: DocumentRecord = { ...rest, status: 'signed', pdfSha256: sha256, signatures: [...current.signatures, { ...signature }], updatedAt: this.deps.now() };
      await db.documents.put(record);
      return record;
    });
    return this.checkedPdf(outcome);
  }

  /** Keeps what verifying the document's current PDF found (Circular 15/2025/TT-BKHCN). */
  async recordVerification(documentId: string, report: VerificationReport): Promise<Result<DocumentRecord>> {
    const parsed = verificationReportSchema.safeParse(report);
    if (!parsed.success) return err('VERIFICATION_INVALID', 'Kết quả kiểm tra chữ ký không đúng cấu trúc; chưa lưu. Hãy kiểm tra lại.');
    const { db } = this.deps;
    return this.write([db.documents], async () => {
      const current = await db.documents.get(documentId);
      if (!current) throw new Refusal(notFound());
      if (current.pdfSha256 !== parsed.data.documentSha256) return refuse('VERIFICATION_OTHER_FILE', 'Kết quả kiểm tra thuộc một tệp khác với bản PDF hiện tại của văn bản; chưa lưu. Hãy kiểm tra lại.');
      const record: DocumentRecord = { ...current, verification: { ...parsed.data, verifiedAt: this.deps.now() }, updatedAt: this.deps.now() };
      await db.documents.put(record);
      return record;
    });
  }

  /** The result handed over: the document is closed for good. */
  async markIssued(documentId: string): Promise<Result<DocumentRecord>> {
    const { db } = this.deps;
    return this.write([db.documents], async () => {
      const current = await db.documents.get(documentId);
      if (!current) throw new Refusal(notFound());
      if (current.status !== 'signed') return refuse('NOT_SIGNED', 'Chỉ ban hành được văn bản đã ký.');
      const record: DocumentRecord = { ...current, status: 'issued', updatedAt: this.deps.now() };
      await db.documents.put(record);
      return record;
    });
  }

  /** The Ký duyệt queue of a unit, oldest first. */
  async listAwaitingSignature(unitCode: string): Promise<DocumentRecord[]> {
    const rows = await this.deps.db.documents.where('[unitCode+status]').equals([unitCode, 'awaitingSignature']).toArray();
    return rows.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  }

  /** A dossier's documents, newest first. */
  async documentsOf(dossierId: string): Promise<DocumentRecord[]> {
    const rows = await this.deps.db.documents.where('dossierId').equals(dossierId).toArray();
    return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  async get(documentId: string): Promise<DocumentRecord | undefined> {
    return this.deps.db.documents.get(documentId);
  }

  /** The document's current PDF bytes (rendered or signed); a draft has none until submitted. */
  async pdfOf(documentId: string): Promise<Result<Uint8Array>> {
    const { db } = this.deps;
    const record = await db.documents.get(documentId);
    if (!record) return notFound();
    if (!record.pdfSha256) return err('PDF_NOT_RENDERED', 'Văn bản còn là bản nháp, chưa có tệp PDF; hãy trình ký trước.');
    const stored = await db.attachments.get(record.pdfSha256);
    if (!stored) return err('PDF_MISSING', 'Không tìm thấy tệp PDF của văn bản trên máy này.');
    return ok(new Uint8Array(await stored.blob.arrayBuffer()));
  }

  /** Renders for the live preview, without storing anything. */
  preview(draft: unknown): Promise<Result<Uint8Array>> {
    const valid = validateDraft(draft);
    return valid.ok ? this.renderChecked(valid.value) : Promise.resolve(valid);
  }

  private async renderChecked(draft: DocumentDraft): Promise<Result<Uint8Array>> {
    try {
      return await this.deps.render(draft);
    } catch {
      return err('RENDER_FAILED', 'Không tạo được tệp PDF của văn bản. Hãy thử lại; nếu vẫn lỗi, báo bộ phận công nghệ thông tin.');
    }
  }

  /**
   * The signature area of the draft as rendered, or nothing: a document whose block cannot be found
   * (a form without signatures, fonts not loading) is still submitted and signed at the default place.
   */
  private async locateQuietly(draft: DocumentDraft): Promise<SignatureArea | undefined> {
    if (!this.deps.locate) return undefined;
    try {
      const area = await this.deps.locate(draft);
      return area.ok ? area.value : undefined;
    } catch {
      return undefined;
    }
  }

  private async putPdf(bytes: Uint8Array, sha256: string, documentId: string): Promise<void> {
    const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' });
    await putAttachmentBytes(this.deps.db, { name: `${documentId}.pdf`, sha256, size: bytes.byteLength, mimeType: 'application/pdf', blob }, this.deps.now());
  }

  private async draftOf(documentId: string): Promise<DocumentRecord> {
    const current = await this.deps.db.documents.get(documentId);
    if (!current) throw new Refusal(notFound());
    if (current.status !== 'draft') refuse('NOT_A_DRAFT', 'Văn bản đã trình ký nên không sửa được nữa.');
    return current;
  }

  /** After commit: the PDF written must read back as the bytes meant (see attachment-store). */
  private async checkedPdf(outcome: Result<DocumentRecord>): Promise<Result<DocumentRecord>> {
    if (!outcome.ok || !outcome.value.pdfSha256) return outcome;
    if (await verifyStoredAttachment(this.deps.db, outcome.value.pdfSha256)) return outcome;
    return err('PDF_NOT_STORED', 'Tệp PDF không được lưu trọn vẹn trên máy (ổ đĩa đầy?). Hãy giải phóng dung lượng rồi thử lại.');
  }

  private async write<T>(tables: Table[], work: () => Promise<T>): Promise<Result<T>> {
    try {
      const value = await this.deps.db.transaction('rw', tables, work);
      this.deps.changed?.();
      return ok(value);
    } catch (error) {
      if (error instanceof Refusal) return error.result;
      throw error;
    }
  }
}
