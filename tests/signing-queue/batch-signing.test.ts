// Batch signing through the worker protocol with the real signPdf and a test PKI: every good
// document is signed (and poppler's pdfsig agrees), a bad one is reported with its reason and
// does not stop the others, progress counts n of m, and a USB token's signatures go via the page.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { err, ok } from '../../shared/result';
import { openP12Signer } from '../../shared/signing/p12-signer';
import { verifyPdf } from '../../shared/signing/verify-pdf';
import { SigningWorkerClient, type DocumentProgress } from '../../renderer/src/signing/worker/signing-worker-client';
import { nssDbTrusting, pdfsig, startTestTsa } from '../support/pdf-tools';
import { notoSans, samplePdf, sampleSealPng, sampleSignaturePng } from '../support/signing-fixtures';
import { createTestPki, type TestPki } from '../support/test-pki';
import { inProcessWorker } from './in-process-worker';

let pki: TestPki;
let nssDir: string;
let onePage: Uint8Array;
let twoPages: Uint8Array;
const work = mkdtempSync(path.join(os.tmpdir(), 'ky-duyet-batch-'));
const read = (file: string) => new Uint8Array(readFileSync(file));

beforeAll(async () => {
  pki = createTestPki(path.join(work, 'pki'));
  nssDir = nssDbTrusting(pki);
  onePage = await samplePdf();
  twoPages = await samplePdf({ pages: 2 });
}, 60_000);

async function openedClient(p12File: string) {
  const client = new SigningWorkerClient(inProcessWorker());
  const opened = await client.openP12(read(p12File), pki.passphrase);
  expect(opened.ok).toBe(true);
  return client;
}

function pdfsigSays(pdf: Uint8Array, name: string) {
  const file = path.join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return pdfsig(file, nssDir);
}

describe('a batch signed with the leader’s .p12', () => {
  it('signs the good documents and reports the corrupt one, without stopping', async () => {
    const client = await openedClient(pki.agency.p12File);
    const progress: DocumentProgress[] = [];
    const corrupt = new TextEncoder().encode('%PDF-1.7\nthis is not a PDF\n%%EOF\n');
    const summary = await client.signBatch(
      { documents: [{ documentId: 'qd-1', pdf: onePage }, { documentId: 'qd-hong', pdf: corrupt }, { documentId: 'qd-2', pdf: twoPages }], reason: 'Ký duyệt' },
      { kind: 'opened-p12' },
      (report) => progress.push(report),
    ).done;

    expect(summary).toEqual({ signed: 2, failed: 1, cancelled: false });
    expect(progress.map((p) => [p.documentId, p.done, p.total, p.result.ok])).toEqual([
      ['qd-1', 1, 3, true],
      ['qd-hong', 2, 3, false],
      ['qd-2', 3, 3, true],
    ]);
    const failure = progress[1]!.result;
    expect(!failure.ok && failure.error.code).toBe('corrupt-pdf');
    expect(!failure.ok && failure.error.message).toMatch(/Tệp PDF bị hỏng/);

    for (const { documentId, result } of [progress[0]!, progress[2]!]) {
      if (!result.ok) throw new Error(result.error.message);
      const [signature] = pdfsigSays(result.value.pdf, documentId);
      expect(signature?.signatureValidation).toBe('Signature is Valid.');
      expect(signature?.totalDocumentSigned).toBe(true);
      const report = await verifyPdf(result.value.pdf, { trustAnchors: [pki.root.certDer] });
      expect(report.ok && report.value.status).toBe('valid');
    }
  }, 60_000);

  it('puts the agency signature with the seal on the last page, as Vietnamese documents sign', async () => {
    const client = await openedClient(pki.agency.p12File);
    const progress: DocumentProgress[] = [];
    const box = { x: 330, y: 90, width: 210, height: 80 };
    await client.signBatch(
      {
        documents: [{ documentId: 'qd-2-trang', pdf: twoPages }],
        visible: { placement: { page: 'last', box }, appearance: { kind: 'agency', sealImage: sampleSealPng(), agencyName: 'Sở Khoa học và Công nghệ Thử nghiệm', signatureImage: sampleSignaturePng(), signerName: 'Trần Văn Đức' }, font: notoSans() },
      },
      { kind: 'opened-p12' },
      (report) => progress.push(report),
    ).done;
    const result = progress[0]!.result;
    if (!result.ok) throw new Error(result.error.message);
    const text = new TextDecoder('latin1').decode(result.value.pdf.subarray(twoPages.length));
    expect(text).toMatch(new RegExp(`/Rect \\[\\s*${box.x} ${box.y} ${box.x + box.width} ${box.y + box.height}\\s*\\]`));
    expect(pdfsigSays(result.value.pdf, 'agency-visible')[0]?.signatureValidation).toBe('Signature is Valid.');
  }, 60_000);

  it('puts each document’s signature on its own page and box, and the others at the batch’s default', async () => {
    const client = await openedClient(pki.agency.p12File);
    const progress: DocumentProgress[] = [];
    const fallback = { x: 330, y: 90, width: 210, height: 80 };
    const own = { x: 300, y: 600, width: 250, height: 80 };
    await client.signBatch(
      {
        documents: [
          { documentId: 'trang-1', pdf: twoPages, placement: { page: 0, box: own } },
          { documentId: 'mac-dinh', pdf: twoPages },
        ],
        visible: { placement: { page: 'last', box: fallback }, appearance: { kind: 'agency', sealImage: sampleSealPng(), agencyName: 'Sở Khoa học và Công nghệ Thử nghiệm', signerName: 'Trần Văn Đức' }, font: notoSans() },
      },
      { kind: 'opened-p12' },
      (report) => progress.push(report),
    ).done;
    const widgets = await Promise.all(
      progress.map(async ({ result }) => {
        if (!result.ok) throw new Error(result.error.message);
        const doc = await PDFDocument.load(result.value.pdf);
        const [widget] = doc.getForm().getSignature(result.value.fieldName).acroField.getWidgets();
        const onPage = doc.getPages().findIndex((page) => page.ref === widget!.P());
        return { page: onPage, rect: widget!.getRectangle(), pdf: result.value.pdf };
      }),
    );
    expect(widgets.map(({ page, rect }) => ({ page, rect }))).toEqual([
      { page: 0, rect: own },
      { page: 1, rect: fallback },
    ]);
    expect(pdfsigSays(widgets[0]!.pdf, 'own-placement')[0]?.signatureValidation).toBe('Signature is Valid.');
  }, 60_000);

  it('refuses every document with a clear reason once the key is closed', async () => {
    const client = await openedClient(pki.officer.p12File);
    client.closeKey();
    const progress: DocumentProgress[] = [];
    const summary = await client.signBatch({ documents: [{ documentId: 'a', pdf: onePage }] }, { kind: 'opened-p12' }, (p) => progress.push(p)).done;
    expect(summary).toEqual({ signed: 0, failed: 1, cancelled: false });
    expect(!progress[0]!.result.ok && progress[0]!.result.error.message).toMatch(/Phiên ký đã khoá/);
  });
});

describe('a batch signed on a USB token (the key stays with the page’s host)', () => {
  it('asks the page for each signature and carries a refusal as that document’s failure only', async () => {
    const opened = await openP12Signer(read(pki.officer.p12File), pki.passphrase);
    if (!opened.ok) throw new Error(opened.error.message);
    const token = opened.value;
    let asked = 0;
    const client = new SigningWorkerClient(inProcessWorker());
    const progress: DocumentProgress[] = [];
    const summary = await client.signBatch(
      { documents: ['a', 'b', 'c'].map((documentId) => ({ documentId, pdf: onePage })) },
      {
        kind: 'remote',
        chain: [...token.chain],
        // The second signature meets a pulled-out token.
        sign: async (data) => (++asked === 2 ? err('TOKEN_NOT_PRESENT', 'Không thấy USB token đã chọn.') : ok(await token.sign(data))),
      },
      (report) => progress.push(report),
    ).done;
    expect(asked).toBe(3);
    expect(summary).toEqual({ signed: 2, failed: 1, cancelled: false });
    expect(progress.map((p) => p.result.ok)).toEqual([true, false, true]);
    expect(!progress[1]!.result.ok && progress[1]!.result.error.message).toMatch(/Không thấy USB token/);
    const signed = progress[2]!.result;
    if (!signed.ok) throw new Error(signed.error.message);
    expect(pdfsigSays(signed.value.pdf, 'token')[0]?.signatureValidation).toBe('Signature is Valid.');
  }, 60_000);
});

describe('cancelling a batch', () => {
  it('stops between documents and says so', async () => {
    const client = await openedClient(pki.officer.p12File);
    const progress: DocumentProgress[] = [];
    const running = client.signBatch(
      { documents: Array.from({ length: 20 }, (_, i) => ({ documentId: `d${i}`, pdf: onePage })) },
      { kind: 'opened-p12' },
      (report) => {
        progress.push(report);
        if (report.done === 2) running.cancel();
      },
    );
    const summary = await running.done;
    expect(summary.cancelled).toBe(true);
    expect(summary.signed).toBeLessThan(20);
    expect(progress.every((p) => p.result.ok)).toBe(true);
  }, 60_000);
});

describe('a batch with a timestamp authority configured', () => {
  let tsa: Awaited<ReturnType<typeof startTestTsa>>;
  beforeAll(async () => {
    tsa = await startTestTsa(pki);
  });
  afterAll(() => tsa.close());

  it('signs PAdES B-T: each signature carries the TSA token and its time is the TSA’s', async () => {
    const client = await openedClient(pki.agency.p12File);
    const signed: Uint8Array[] = [];
    const summary = await client.signBatch(
      { documents: [{ documentId: 'qd-1', pdf: onePage }, { documentId: 'qd-2', pdf: twoPages }], reason: 'Ký duyệt', timestampUrl: tsa.url },
      { kind: 'opened-p12' },
      (report) => report.result.ok && signed.push(report.result.value.pdf),
    ).done;
    expect(summary).toEqual({ signed: 2, failed: 0, cancelled: false });
    expect(tsa.requests).toBe(2);
    for (const pdf of signed) {
      const report = await verifyPdf(pdf, { trustAnchors: [pki.root.certDer] });
      expect(report.ok && report.value.signatures[0]).toMatchObject({ status: 'valid', signingTimeSource: 'timestamp', timestamp: { valid: true, trusted: true } });
    }
    expect(pdfsigSays(signed[0]!, 'timestamped-batch')[0]?.signatureValidation).toBe('Signature is Valid.');
  }, 60_000);
});
