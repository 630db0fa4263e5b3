// The signing worker's messages: what each side accepts, and what it turns away before acting.
import { describe, expect, it } from 'vitest';
import { pageMessageSchema, transferablesOf, workerMessageSchema, type WorkerMessage } from './protocol';

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

describe('messages from the page to the worker', () => {
  it('accept a batch signed with the opened .p12, with the leader’s visible agency signature', () => {
    const message = {
      type: 'sign-batch',
      batchId: 3,
      key: { kind: 'opened-p12' },
      documents: [{ documentId: 'doc-1', pdf }],
      visible: { placement: { page: 'last', box: { x: 330, y: 80, width: 200, height: 80 } }, appearance: { kind: 'agency', sealImage: png, agencyName: 'Sở Khoa học và Công nghệ' }, font: pdf },
      reason: 'Ký duyệt',
    };
    expect(pageMessageSchema.parse(message)).toEqual(message);
  });

  it('accept a document placed on its own signature block beside one that takes the batch’s default place', () => {
    const message = {
      type: 'sign-batch',
      batchId: 4,
      key: { kind: 'opened-p12' },
      documents: [{ documentId: 'located', pdf, placement: { page: 2, box: { x: 295.5, y: 615.8, width: 257.2, height: 64 } } }, { documentId: 'older', pdf }],
      visible: { placement: { page: 'last', box: { x: 320, y: 90, width: 220, height: 90 } }, appearance: { kind: 'agency', sealImage: png, agencyName: 'Sở Khoa học và Công nghệ' }, font: pdf },
    };
    expect(pageMessageSchema.parse(message)).toEqual(message);
  });

  it('refuse a document placement off the page list or with an empty box', () => {
    const base = { type: 'sign-batch', batchId: 1, key: { kind: 'opened-p12' } };
    const placed = (placement: unknown) => ({ ...base, documents: [{ documentId: 'a', pdf, placement }] });
    expect(pageMessageSchema.safeParse(placed({ page: -1, box: { x: 0, y: 0, width: 10, height: 10 } })).success).toBe(false);
    expect(pageMessageSchema.safeParse(placed({ page: 0, box: { x: 0, y: 0, width: 0, height: 10 } })).success).toBe(false);
    expect(pageMessageSchema.safeParse(placed({ page: 0, box: { x: 0, y: 0, width: 10, height: 10 }, seal: true })).success).toBe(false);
  });

  it('accept a token batch that carries only the certificate chain, never a key', () => {
    const parsed = pageMessageSchema.parse({ type: 'sign-batch', batchId: 1, key: { kind: 'remote', chain: [pdf] }, documents: [] });
    expect(parsed.type === 'sign-batch' && parsed.key.kind).toBe('remote');
  });

  it('refuse a batch whose PDF is not bytes, an unknown key kind, or a stray field', () => {
    const base = { type: 'sign-batch', batchId: 1, key: { kind: 'opened-p12' }, documents: [{ documentId: 'a', pdf }] };
    expect(pageMessageSchema.safeParse({ ...base, documents: [{ documentId: 'a', pdf: 'JVBERi0=' }] }).success).toBe(false);
    expect(pageMessageSchema.safeParse({ ...base, key: { kind: 'pkcs11', pin: '1234' } }).success).toBe(false);
    expect(pageMessageSchema.safeParse({ ...base, passphrase: 'leaked' }).success).toBe(false);
  });

  it('refuse a remote key with no certificate and a visible signature without a font', () => {
    expect(pageMessageSchema.safeParse({ type: 'sign-batch', batchId: 1, key: { kind: 'remote', chain: [] }, documents: [] }).success).toBe(false);
    const visible = { placement: { page: 0, box: { x: 0, y: 0, width: 10, height: 10 } }, appearance: { kind: 'individual', signatureImage: png, signerName: 'A' } };
    expect(pageMessageSchema.safeParse({ type: 'sign-batch', batchId: 1, key: { kind: 'opened-p12' }, documents: [], visible }).success).toBe(false);
  });

  it('carry a token’s answer as a result, its failure with the reason', () => {
    expect(pageMessageSchema.parse({ type: 'remote-signature', requestId: 7, result: { ok: true, value: png } }).type).toBe('remote-signature');
    const refused = { type: 'remote-signature', requestId: 7, result: { ok: false, error: { code: 'TOKEN_NOT_PRESENT', message: 'Không thấy USB token.' } } };
    expect(pageMessageSchema.parse(refused)).toEqual(refused);
    expect(pageMessageSchema.safeParse({ type: 'remote-signature', requestId: -1, result: { ok: true, value: png } }).success).toBe(false);
  });
});

describe('messages from the worker to the page', () => {
  it('report each document as "n of m" with its signed bytes or the reason it failed', () => {
    const signed: WorkerMessage = { type: 'document-signed', batchId: 1, done: 1, total: 2, documentId: 'a', result: { ok: true, value: { pdf, fieldName: 'Signature1', signingTime: '2026-11-27T07:00:00.000Z' } } };
    const failed = { type: 'document-signed', batchId: 1, done: 2, total: 2, documentId: 'b', result: { ok: false, error: { code: 'corrupt-pdf', message: 'Tệp PDF bị hỏng hoặc không đọc được.' } } };
    expect(workerMessageSchema.parse(signed)).toEqual(signed);
    expect(workerMessageSchema.parse(failed)).toEqual(failed);
    expect(workerMessageSchema.safeParse({ ...failed, done: 0 }).success).toBe(false);
  });

  it('answer an opened key with its chain only; a passphrase has no place in any answer', () => {
    expect(workerMessageSchema.parse({ type: 'p12-opened', requestId: 1, result: { ok: true, value: { chain: [pdf] } } }).type).toBe('p12-opened');
    expect(workerMessageSchema.safeParse({ type: 'p12-opened', requestId: 1, result: { ok: true, value: { chain: [pdf], passphrase: 'x' } } }).success).toBe(false);
  });

  it('hand over a signed PDF’s buffer instead of copying it, and nothing else', () => {
    const signed: WorkerMessage = { type: 'document-signed', batchId: 1, done: 1, total: 1, documentId: 'a', result: { ok: true, value: { pdf, fieldName: 'S', signingTime: '2026-11-27T07:00:00.000Z' } } };
    expect(transferablesOf(signed)).toEqual([pdf.buffer]);
    expect(transferablesOf({ type: 'batch-done', batchId: 1, signed: 1, failed: 0, cancelled: false })).toEqual([]);
  });
});
