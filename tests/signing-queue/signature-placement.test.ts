// A decision from draft to signed PDF as the app does it: rendered and located by shared/documents
// at Trình ký, then initialled and signed for the agency through the signing worker. Both
// signatures land on the decision's own signature block (found on its third page), poppler
// accepts them, and the red of the seal lies on the block, not on the text above it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locateSignature, renderDocument, type DocumentFonts, type SignatureArea } from '../../shared/documents';
import type { Box, SignatureAppearance } from '../../shared/signing/appearance';
import { DocumentStore } from '../../renderer/src/documents/document-store';
import { decisionDraftFor, dossierInProcessing, leaseDecisionBlock, specialist } from '../../renderer/src/documents/test-support';
import { createSigningSession } from '../../renderer/src/signing/signing-session';
import { signSelected, type SignatureKind } from '../../renderer/src/signing-queue/sign-selected';
import type { DeskDatabase } from '../../renderer/src/store/database';
import { freshDatabase } from '../../renderer/src/store/test-support';
import { loadDocumentFonts } from '../../scripts/documents/node-fonts';
import { decision572 } from '../documents/fixtures';
import { nssDbTrusting, pdfsig } from '../support/pdf-tools';
import { sampleSealPng, sampleSignaturePng } from '../support/signing-fixtures';
import { createTestPki, type TestPki } from '../support/test-pki';
import { inProcessWorker } from './in-process-worker';

const work = mkdtempSync(path.join(os.tmpdir(), 'signature-placement-'));
const clock = { now: '2026-03-10T02:00:00.000Z' };
const unavailable = async () => ({ ok: false as const, error: { code: 'HOST_UNAVAILABLE', message: 'không có token' } });
const host = { signingTokens: unavailable, tokenLogin: unavailable, tokenSign: unavailable, tokenLogout: unavailable };

let pki: TestPki;
let fonts: DocumentFonts;
let db: DeskDatabase;
let area: SignatureArea;
let signed: Uint8Array;

async function sign(store: DocumentStore, documentId: string, p12File: string, kind: SignatureKind, appearance: SignatureAppearance) {
  const session = createSigningSession({ host, createPort: inProcessWorker });
  const unlocked = await session.unlockWithP12({ name: path.basename(p12File), bytes: new Uint8Array(readFileSync(p12File)) }, pki.passphrase);
  if (!unlocked.ok) throw new Error(unlocked.error.message);
  const failures: string[] = [];
  await signSelected({
    documentIds: [documentId],
    documents: store,
    session,
    key: unlocked.value,
    kind,
    appearance,
    onOutcome: (_, outcome) => outcome.state === 'failed' && failures.push(outcome.message),
    onProgress: () => {},
  });
  session.lock();
  expect(failures).toEqual([]);
}

beforeAll(async () => {
  pki = createTestPki(path.join(work, 'pki'));
  fonts = await loadDocumentFonts();
  db = freshDatabase();
  const store = new DocumentStore({
    db,
    now: () => clock.now,
    newId: () => crypto.randomUUID(),
    render: (draft) => renderDocument(draft, fonts),
    locate: async (draft) => locateSignature(draft, fonts),
  });
  const dossier = await dossierInProcessing(db, clock);
  // The model decision's legal bases and articles, so the signature block falls on page 3.
  const { legalBases, articles } = decision572();
  const created = await store.createDraft({ dossierId: dossier.id, draft: { ...decisionDraftFor(dossier), legalBases, articles }, actor: specialist });
  if (!created.ok) throw new Error(created.error.message);
  await leaseDecisionBlock(db, 2026, 15, 34);
  const submitted = await store.submitForSignature(created.value.id);
  if (!submitted.ok) throw new Error(submitted.error.message);
  area = submitted.value.signatureArea!;

  const font = fonts.regular;
  await sign(store, created.value.id, pki.officer.p12File, 'individual', { kind: 'individual', signatureImage: sampleSignaturePng(), signerName: 'Nguyễn Thị Thu Hà', font });
  await sign(store, created.value.id, pki.agency.p12File, 'agency', {
    kind: 'agency',
    sealImage: sampleSealPng(),
    agencyName: 'Cục Ứng dụng và Phát triển công nghệ',
    signatureImage: sampleSignaturePng(),
    signerName: 'Trần Văn Đức',
    font,
  });
  const pdf = await store.pdfOf(created.value.id);
  if (!pdf.ok) throw new Error(pdf.error.message);
  signed = pdf.value;
  writeFileSync(path.join(work, 'signed.pdf'), signed);
}, 120_000);

afterAll(() => db?.close());

/** Each signature widget's page and /Rect, in signing order. */
async function widgets() {
  const doc = await PDFDocument.load(signed);
  return doc
    .getForm()
    .getFields()
    .map((field) => {
      const [widget] = field.acroField.getWidgets();
      return { page: doc.getPages().findIndex((page) => page.ref === widget!.P()), rect: widget!.getRectangle() };
    });
}

const inside = (rect: Box, outer: Box) =>
  rect.x >= outer.x - 0.01 && rect.y >= outer.y - 0.01 && rect.x + rect.width <= outer.x + outer.width + 0.01 && rect.y + rect.height <= outer.y + outer.height + 0.01;

describe('a decision signed where its signature block is', () => {
  it('keeps the area found at Trình ký: the blank under the signer’s title on the third page', () => {
    expect(area).toMatchObject({ page: 2 });
    expect(area.x).toBeGreaterThan(250);
    expect(area.height).toBe(64);
  });

  it('puts the agency signature on the located area and the initial just above its top left', async () => {
    const [initial, agency] = await widgets();
    expect(agency!.page).toBe(area.page);
    expect(inside(agency!.rect, area)).toBe(true);
    expect(agency!.rect.width * agency!.rect.height).toBeGreaterThan(0.9 * area.width * area.height);
    expect(initial!.page).toBe(area.page);
    expect(initial!.rect).toMatchObject({ x: area.x, y: area.y + area.height });
    expect(initial!.rect.width).toBeLessThan(area.width / 3);
  });

  it('is valid for poppler, both signatures', () => {
    const report = pdfsig(path.join(work, 'signed.pdf'), nssDbTrusting(pki));
    expect(report.map((s) => s.signatureValidation)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    expect(report.at(-1)?.totalDocumentSigned).toBe(true);
  });

  it('shows the red seal on the signature block and none over the text of the page', () => {
    // One pixel per point, so PDF boxes map straight onto pixels (origin top-left in the PNG).
    execFileSync('pdftoppm', ['-r', '72', '-png', '-singlefile', '-f', String(area.page + 1), '-l', String(area.page + 1), path.join(work, 'signed.pdf'), path.join(work, 'page')]);
    // For a person to look at, as the leader would see the page.
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(area.page + 1), '-l', String(area.page + 1), path.join(work, 'signed.pdf'), path.join(work, 'page-60dpi')]);
    const page = PNG.sync.read(readFileSync(path.join(work, 'page.png')));
    const redIn = (box: Box) => {
      let n = 0;
      for (let y = Math.max(0, Math.round(page.height - box.y - box.height)); y < Math.min(page.height, page.height - box.y); y++) {
        for (let x = Math.max(0, Math.round(box.x)); x < Math.min(page.width, box.x + box.width); x++) {
          const i = (y * page.width + x) * 4;
          if (page.data[i]! > 150 && page.data[i + 1]! < 110 && page.data[i + 2]! < 110) n++;
        }
      }
      return n;
    };
    expect(redIn({ x: area.x, y: area.y, width: area.width / 3, height: area.height })).toBeGreaterThan(300);
    // Everything above the signer's title and its neighbour (the body text, the heading) stays black.
    const titleTop = area.y + area.height + 2 * 17;
    expect(redIn({ x: 0, y: titleTop, width: page.width, height: page.height - titleTop })).toBe(0);
  });
});
