import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentDraft } from '../../../shared/documents/draft-schema';
import { err, ok } from '../../../shared/result';
import type { VerificationReport } from '../../../shared/signing/verification-report';
import { sha256Hex } from '../attachments/attachment-rules';
import type { DeskDatabase } from '../store/database';
import { freshDatabase } from '../store/test-support';
import { DECISION_NUMBERS_EXHAUSTED_MESSAGE } from './decision-numbers';
import { DocumentStore, type LocateSignature } from './document-store';
import { brokenRender, decisionDraftFor, documentStore, dossierInProcessing, leaseDecisionBlock, pdfText, specialist, textRender } from './test-support';

let db: DeskDatabase;
afterEach(() => db?.close());
const clock = { now: '2026-03-10T02:00:00.000Z' }; // 09:00 in Hà Nội

async function drafted() {
  db = freshDatabase();
  const dossier = await dossierInProcessing(db, clock);
  const store = documentStore(db, clock);
  const created = await store.createDraft({ dossierId: dossier.id, draft: decisionDraftFor(dossier), actor: specialist });
  if (!created.ok) throw new Error(created.error.message);
  return { dossier, store, document: created.value };
}

const report = (documentSha256: string): VerificationReport => ({
  checkedAt: '2026-03-10T03:00:00.000Z',
  documentSha256,
  signatures: [],
  status: 'unsigned',
  summary: 'Văn bản không có chữ ký số.',
});

describe('drafting a decision for a dossier', () => {
  it('keeps the draft with the dossier, unnumbered and without a PDF', async () => {
    const { dossier, store, document } = await drafted();
    expect(document).toMatchObject({ dossierId: dossier.id, unitCode: 'CUDCN', kind: 'decision', status: 'draft', signatures: [], createdBy: specialist.id });
    expect(document.number).toBeUndefined();
    expect(document.draft.number).toBe('…/QĐ-UDCN');
    expect((await store.documentsOf(dossier.id)).map((d) => d.id)).toEqual([document.id]);
    expect(await store.pdfOf(document.id)).toMatchObject({ ok: false, error: { code: 'PDF_NOT_RENDERED' } });
  });

  it('refuses a draft without articles, in words the officer can act on, and writes nothing', async () => {
    db = freshDatabase();
    const dossier = await dossierInProcessing(db, clock);
    const store = documentStore(db, clock);
    const refused = await store.createDraft({ dossierId: dossier.id, draft: { ...decisionDraftFor(dossier), articles: [] }, actor: specialist });
    expect(refused).toEqual({ ok: false, error: { code: 'DRAFT_INVALID', message: 'Quyết định cần ít nhất một điều.' } });
    expect(await db.documents.count()).toBe(0);
  });

  it('refuses a decision for a dossier no longer in processing, or of another unit', async () => {
    db = freshDatabase();
    const dossier = await dossierInProcessing(db, clock);
    const store = documentStore(db, clock);
    await db.dossiers.put({ ...dossier, status: 10 });
    expect(await store.createDraft({ dossierId: dossier.id, draft: decisionDraftFor(dossier), actor: specialist })).toMatchObject({ ok: false, error: { code: 'WRONG_STATUS' } });
    await db.dossiers.put(dossier);
    expect(await store.createDraft({ dossierId: dossier.id, draft: decisionDraftFor(dossier), actor: { ...specialist, unitCode: 'CSHTT' } })).toMatchObject({ ok: false, error: { code: 'OTHER_UNIT' } });
    expect(await db.documents.count()).toBe(0);
  });

  it('a dossier has one decision: a second is refused once the first is submitted', async () => {
    const { dossier, store, document } = await drafted();
    await leaseDecisionBlock(db, 2026, 15, 34);
    await store.submitForSignature(document.id);
    const second = await store.createDraft({ dossierId: dossier.id, draft: decisionDraftFor(dossier), actor: specialist });
    expect(second).toEqual({ ok: false, error: { code: 'RESULT_EXISTS', message: 'Hồ sơ đã có văn bản kết quả loại này (số 15/QĐ-UDCN); mỗi hồ sơ chỉ có một.' } });
    expect(await db.documents.count()).toBe(1);
  });

  it('saves an edited article; a second decision draft of the same dossier is refused', async () => {
    const { dossier, store, document } = await drafted();
    const edited = { ...document.draft, articles: [{ paragraphs: ['Điều chỉnh: cấp phép cho Công ty Ánh Dương đến hết năm 2027.'] }] };
    const saved = await store.updateDraft(document.id, edited);
    expect(saved.ok && saved.value.draft.kind === 'decision' && saved.value.draft.articles[0]!.paragraphs[0]).toBe('Điều chỉnh: cấp phép cho Công ty Ánh Dương đến hết năm 2027.');
    expect(await store.createDraft({ dossierId: dossier.id, draft: decisionDraftFor(dossier), actor: specialist })).toMatchObject({ ok: false, error: { code: 'DRAFT_EXISTS' } });
  });

  it('stores text in composed form (NFC), whatever the keyboard produced', async () => {
    const { store, document } = await drafted();
    const decomposed = 'Quyết định này có hiệu lực kể từ ngày ký.'.normalize('NFD');
    const saved = await store.updateDraft(document.id, { ...document.draft, articles: [{ paragraphs: [decomposed] }] });
    expect(saved.ok && saved.value.draft.kind === 'decision' && saved.value.draft.articles[0]!.paragraphs[0]).toBe(decomposed.normalize('NFC'));
  });
});

describe('submitting for signature', () => {
  it('numbers the decision from the leased block, dates it today, stores the PDF and queues it for the unit', async () => {
    const { store, document } = await drafted();
    await leaseDecisionBlock(db, 2026, 15, 34);
    const submitted = await store.submitForSignature(document.id);
    if (!submitted.ok) throw new Error(submitted.error.message);
    expect(submitted.value).toMatchObject({ status: 'awaitingSignature', number: '15/QĐ-UDCN', draft: { number: '15/QĐ-UDCN', date: '2026-03-10' } });
    const pdf = await store.pdfOf(document.id);
    expect(pdf.ok && pdfText(pdf.value)).toContain('15/QĐ-UDCN');
    expect(pdf.ok && (await sha256Hex(pdf.value as Uint8Array<ArrayBuffer>))).toBe(submitted.value.pdfSha256);
    expect((await store.listAwaitingSignature('CUDCN')).map((d) => d.id)).toEqual([document.id]);
    expect(await store.listAwaitingSignature('CSHTT')).toEqual([]);
    expect(await store.updateDraft(document.id, document.draft)).toMatchObject({ ok: false, error: { code: 'NOT_A_DRAFT' } });
    expect(await store.submitForSignature(document.id)).toMatchObject({ ok: false, error: { code: 'NOT_A_DRAFT' } });
  });

  it('offline with no numbers left: says so and leaves the draft as it was', async () => {
    const { store, document } = await drafted();
    await leaseDecisionBlock(db, 2026, 1, 1);
    await db.decisionBlocks.update('CUDCN:2026:1', { next: 2 });
    const refused = await store.submitForSignature(document.id);
    expect(refused).toEqual({ ok: false, error: { code: 'DECISION_NUMBERS_EXHAUSTED', message: DECISION_NUMBERS_EXHAUSTED_MESSAGE } });
    expect(refused.ok ? '' : refused.error.message).toBe('Đã dùng hết số quyết định được cấp trước; hãy kết nối mạng để nhận thêm số.');
    expect(await db.documents.get(document.id)).toEqual(document);
    expect(await db.attachments.count()).toBe(0);
  });

  it("last year's block does not number this year's decisions", async () => {
    const { store, document } = await drafted();
    await leaseDecisionBlock(db, 2025, 1, 50);
    expect(await store.submitForSignature(document.id)).toMatchObject({ ok: false, error: { code: 'DECISION_NUMBERS_EXHAUSTED' } });
  });

  it('a draft that does not render is not submitted and spends no number', async () => {
    db = freshDatabase();
    const dossier = await dossierInProcessing(db, clock);
    const store = documentStore(db, clock, brokenRender);
    await leaseDecisionBlock(db, 2026, 1, 10);
    const created = await store.createDraft({ dossierId: dossier.id, draft: decisionDraftFor(dossier), actor: specialist });
    if (!created.ok) throw new Error(created.error.message);
    expect(await store.submitForSignature(created.value.id)).toMatchObject({ ok: false, error: { code: 'DRAFT_TOO_LONG' } });
    expect((await db.decisionBlocks.get('CUDCN:2026:1'))!.next).toBe(1);
    expect((await db.documents.get(created.value.id))!.status).toBe('draft');
  });
});

describe('the signature area kept at submission', () => {
  const area = { page: 1, x: 295.5, y: 615.8, width: 257.2, height: 64 };

  async function submittedWith(locate: LocateSignature) {
    db = freshDatabase();
    const dossier = await dossierInProcessing(db, clock);
    const located: DocumentDraft[] = [];
    const store = new DocumentStore({ db, now: () => clock.now, newId: () => crypto.randomUUID(), render: textRender, locate: (draft) => (located.push(draft), locate(draft)) });
    await leaseDecisionBlock(db, 2026, 15, 34);
    const created = await store.createDraft({ dossierId: dossier.id, draft: decisionDraftFor(dossier), actor: specialist });
    if (!created.ok) throw new Error(created.error.message);
    return { submitted: await store.submitForSignature(created.value.id), located, store };
  }

  it('is found on the numbered, dated draft that was rendered, and stays on the record once signed', async () => {
    const { submitted, located, store } = await submittedWith(async () => ok(area));
    if (!submitted.ok) throw new Error(submitted.error.message);
    expect(submitted.value.signatureArea).toEqual(area);
    // The number and date change the layout, so the area must be of the final draft.
    expect(located.map((d) => [d.number, d.date])).toEqual([['15/QĐ-UDCN', '2026-03-10']]);
    expect((await db.documents.get(submitted.value.id))!.signatureArea).toEqual(area);
    const signed = await store.recordSigned(submitted.value.id, new TextEncoder().encode('%PDF-1.7\nsigned\n'), { fieldName: 'Sig1', signerName: 'Trần Văn Bình', role: 'agency', at: '2026-03-10T03:00:00.000Z' });
    expect(signed.ok && signed.value.signatureArea).toEqual(area);
  });

  it('not found or failing to load: the document is still submitted, without an area', async () => {
    for (const locate of [async () => err<never>('SIGNATURE_AREA_MISSING', 'Văn bản này không có ô chữ ký.'), () => Promise.reject(new Error('fonts'))]) {
      const { submitted } = await submittedWith(locate);
      expect(submitted).toMatchObject({ ok: true, value: { status: 'awaitingSignature', number: '15/QĐ-UDCN' } });
      expect(submitted.ok && 'signatureArea' in submitted.value).toBe(false);
      db.close();
    }
  });
});

describe('signing and verification', () => {
  async function submitted() {
    const setup = await drafted();
    await leaseDecisionBlock(db, 2026, 1, 10);
    const done = await setup.store.submitForSignature(setup.document.id);
    if (!done.ok) throw new Error(done.error.message);
    return { ...setup, document: done.value };
  }
  const signedBytes = (mark: string) => new TextEncoder().encode(`%PDF-1.7\nsigned ${mark}\n%%EOF\n`);

  it('the signed bytes replace the PDF, the signature is recorded, a second signature adds to the first', async () => {
    const { store, document } = await submitted();
    const first = await store.recordSigned(document.id, signedBytes('individual'), { fieldName: 'Sig1', signerName: 'Trần Văn Bình', role: 'leader', at: '2026-03-10T03:00:00.000Z' });
    expect(first).toMatchObject({ ok: true, value: { status: 'signed', signatures: [{ fieldName: 'Sig1' }] } });
    const second = await store.recordSigned(document.id, signedBytes('agency'), { fieldName: 'Sig2', signerName: 'Cục Ứng dụng và Phát triển công nghệ', role: 'agency', at: '2026-03-10T03:01:00.000Z' });
    expect(second.ok && second.value.signatures.map((s) => s.fieldName)).toEqual(['Sig1', 'Sig2']);
    const pdf = await store.pdfOf(document.id);
    expect(pdf.ok && pdfText(pdf.value)).toContain('signed agency');
    expect(await store.listAwaitingSignature('CUDCN')).toEqual([]);
  });

  it('refuses bytes that are not a PDF, a reused signature field, and a document not yet submitted', async () => {
    const { store, document } = await submitted();
    const info = { fieldName: 'Sig1', signerName: 'Trần Văn Bình', role: 'leader', at: '2026-03-10T03:00:00.000Z' };
    expect(await store.recordSigned(document.id, new TextEncoder().encode('hello'), info)).toMatchObject({ ok: false, error: { code: 'NOT_A_PDF' } });
    await store.recordSigned(document.id, signedBytes('1'), info);
    expect(await store.recordSigned(document.id, signedBytes('2'), info)).toMatchObject({ ok: false, error: { code: 'SIGNATURE_FIELD_TAKEN' } });
    const { store: other, document: draft } = await drafted();
    expect(await other.recordSigned(draft.id, signedBytes('3'), info)).toMatchObject({ ok: false, error: { code: 'NOT_AWAITING_SIGNATURE' } });
  });

  it("keeps a verification of the document's current PDF, and refuses one of another file", async () => {
    const { store, document } = await submitted();
    expect(await store.recordVerification(document.id, report('0'.repeat(64)))).toMatchObject({ ok: false, error: { code: 'VERIFICATION_OTHER_FILE' } });
    const kept = await store.recordVerification(document.id, report(document.pdfSha256!));
    expect(kept).toMatchObject({ ok: true, value: { verification: { status: 'unsigned', verifiedAt: clock.now } } });
    expect(await store.recordVerification(document.id, { ...report(document.pdfSha256!), status: 'fine' } as never)).toMatchObject({ ok: false, error: { code: 'VERIFICATION_INVALID' } });
  });
});
