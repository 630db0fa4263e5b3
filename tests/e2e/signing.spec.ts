// Ký duyệt as a leader uses it: the unit's documents awaiting signature, a batch signed after one
// passphrase entry with a test PKCS#12, the queue emptying as they are signed; then the signed PDF
// checked in the app ("Chữ ký hợp lệ", kept with the document) and by poppler's pdfsig.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { nssDbTrusting, pdfsig } from '../support/pdf-tools';
import { samplePdf } from '../support/signing-fixtures';
import { createTestPki, type TestPki } from '../support/test-pki';
import { expect, test } from './fixtures';
import { SigningPage } from './pages/signing-page';
import { chooseProfile, demoData, seedDossiers } from './seed-dossiers';

/**
 * A batch runs in a fresh worker that first loads the fonts and the crypto code: a few seconds on a
 * 2-core machine (about 1 run in 15 of this file missed the default 5 s here). How fast signing is belongs
 * to the benchmarks (`pdf.sign.*`), not to this test.
 */
const signingTime = { timeout: 20_000 };

// The preview is a blob: frame, which Playwright's trace recorder would fetch and the CSP block.
test.use({ trace: 'off' });

const data = demoData(60, 7);
const leader = data.staff.find((officer) => officer.role === 'leader' && data.dossiers.some((d) => d.unitCode === officer.unitCode))!;
const unitDossiers = data.dossiers.filter((d) => d.unitCode === leader.unitCode);
const work = path.join(os.tmpdir(), 'ky-duyet-e2e');
// Kept outside test-results, which the next Playwright run (anyone's) empties.
const shots = path.join(work, 'screenshots');
let pki: TestPki;
let nssDir: string;

type SeedDocument = { id: string; dossierId: string; number: string; summary: string; pdf: number[] };

test.beforeAll(() => {
  mkdirSync(work, { recursive: true });
  pki = createTestPki(path.join(work, 'pki'));
  nssDir = nssDbTrusting(pki);
});

/** Documents awaiting signature, written into the app's database as the document store keeps them. */
async function seedDocuments(page: Page, documents: SeedDocument[]): Promise<void> {
  await page.evaluate(
    async ({ documents, unitCode }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dossier-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = [];
      for (const document of documents) {
        const bytes = new Uint8Array(document.pdf);
        const sha256 = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
        rows.push({ document, bytes, sha256 });
      }
      const tx = db.transaction(['documents', 'attachments'], 'readwrite');
      rows.forEach(({ document, bytes, sha256 }, i) => {
        const at = new Date(Date.now() - (documents.length - i) * 60_000).toISOString();
        tx.objectStore('attachments').put({ sha256, size: bytes.length, mimeType: 'application/pdf', blob: new Blob([bytes], { type: 'application/pdf' }), storedAt: at });
        tx.objectStore('documents').put({
          id: document.id,
          dossierId: document.dossierId,
          unitCode,
          kind: 'decision',
          draft: { kind: 'decision', summary: document.summary, number: document.number },
          number: document.number,
          status: 'awaitingSignature',
          pdfSha256: sha256,
          signatures: [],
          createdAt: at,
          updatedAt: at,
          createdBy: 'seed',
        });
      });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { documents, unitCode: leader.unitCode },
  );
  await page.reload();
}

/** The document's current PDF and what the app recorded about it, read from its database. */
function storedDocument(page: Page, id: string) {
  return page.evaluate(async (documentId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('dossier-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const get = <T,>(store: string, key: string) =>
      new Promise<T>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).get(key);
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error);
      });
    const record = await get<{ status: string; pdfSha256: string; signatures: { signerName: string }[]; verification?: { status: string } }>('documents', documentId);
    const attachment = await get<{ blob: Blob }>('attachments', record.pdfSha256);
    const pdf = Array.from(new Uint8Array(await attachment.blob.arrayBuffer()));
    db.close();
    return { status: record.status, signers: record.signatures.map((s) => s.signerName), verification: record.verification?.status ?? null, pdf };
  }, id);
}

async function openQueue(page: Page, documents: SeedDocument[]): Promise<SigningPage> {
  const signing = new SigningPage(page);
  await signing.open();
  await page.waitForFunction(async () => (await indexedDB.databases()).some((db) => db.name === 'dossier-desk'));
  await chooseProfile(page, leader);
  await seedDossiers(page, { dossiers: unitDossiers, events: data.events.filter((e) => unitDossiers.some((d) => d.id === e.dossierId)) });
  await seedDocuments(page, documents);
  await expect(signing.rows).toHaveCount(documents.length);
  return signing;
}

const decision = async (n: number, pdf: Uint8Array): Promise<SeedDocument> => ({
  id: `vb-${n}`,
  dossierId: unitDossiers[n % unitDossiers.length]!.id,
  number: `${n}/QĐ-TN`,
  summary: `Về việc cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ số ${n}`,
  pdf: [...pdf],
});

test('a leader signs the queue in one batch after one passphrase, and the signed PDF verifies', async ({ page, shell }) => {
  const documents = [await decision(1, await samplePdf()), await decision(2, await samplePdf({ pages: 2 })), await decision(3, await samplePdf({ objectStreams: false }))];
  const signing = await openQueue(page, documents);
  await expect(signing.rows.first()).toContainText('Quyết định số 1/QĐ-TN');

  // Keyboard: Enter opens the first document, arrows move, Space selects each.
  await signing.rows.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('iframe.signing-preview__frame')).toHaveAttribute('src', /^blob:/);
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(signing.rows.and(page.locator('[aria-selected="true"]'))).toHaveCount(3);
  await signing.screenshot('ky-duyet-queue', shots);

  await signing.signSelected.click();
  await expect(signing.dialog).toBeVisible();
  await signing.openKey(pki.agency.p12File, pki.passphrase);
  await expect(signing.certificate).toContainText('Trần Văn Đức');
  await expect(signing.certificate).toContainText('Dossier Desk Test Signing CA');
  await signing.screenshot('ky-duyet-certificate', shots);
  await signing.dialog.getByRole('button', { name: 'Ký 3 văn bản' }).click();

  await expect(signing.finished).toHaveText('Đã ký xong: 3 văn bản thành công, 0 văn bản lỗi.', signingTime);
  await expect(signing.progress).toHaveAttribute('aria-valuenow', '3');
  await expect(signing.emptyQueue).toBeVisible();
  await expect(page.getByTestId('signing-signed')).toHaveText(documents.map((d) => new RegExp(`^Quyết định số ${d.number}: Đã ký lúc`)));
  await expect(page.getByTestId('signing-session')).toContainText('Trần Văn Đức');
  await signing.screenshot('ky-duyet-signed', shots);

  // poppler, a verifier we did not write, on the bytes the app stored.
  const stored = await storedDocument(page, 'vb-2');
  expect(stored.status).toBe('signed');
  expect(stored.signers).toEqual(['Trần Văn Đức']);
  const file = path.join(work, 'vb-2-da-ky.pdf');
  writeFileSync(file, new Uint8Array(stored.pdf));
  const [signature] = pdfsig(file, nssDir);
  expect(signature?.signatureValidation).toBe('Signature is Valid.');
  expect(signature?.totalDocumentSigned).toBe(true);

  // The app's own verifier, after the unit's root is added as a trust anchor.
  await signing.tab('Chứng thư tin cậy và hình ảnh').click();
  await signing.addTrustAnchor(pki.caFile);
  await expect(page.getByTestId('trust-anchors')).toContainText('Dossier Desk Test Root CA');
  await signing.screenshot('ky-duyet-settings', shots);
  await signing.tab('Kiểm tra chữ ký').click();
  await signing.verify(file);
  await expect(signing.report.getByRole('status')).toHaveText('Chữ ký hợp lệ: cả 1 chữ ký số đều hợp lệ.');
  await expect(signing.report).toContainText('Trần Văn Đức');
  await expect(signing.report).toContainText('Nội dung được ký còn nguyên vẹn.');
  await expect(signing.report).toContainText('Bao trùm toàn bộ văn bản.');
  await expect(page.getByTestId('verification-kept')).toContainText('Quyết định số 2/QĐ-TN');
  await signing.screenshot('ky-duyet-verified', shots);
  expect((await storedDocument(page, 'vb-2')).verification).toBe('valid');

  // The same verdict reads in English when the officer switches language.
  await shell.switchLanguage('English');
  await expect(signing.report.getByRole('status')).toHaveText('Signature valid: all 1 signatures are valid.');
  await expect(signing.report).toContainText('The signed content is intact.');
});

test('a document that cannot be signed is listed with its reason, the others are signed, and it can be retried', async ({ page }) => {
  const broken = new TextEncoder().encode('%PDF-1.7\nkhông phải PDF\n%%EOF\n');
  const documents = [await decision(11, await samplePdf()), await decision(12, broken)];
  const signing = await openQueue(page, documents);
  await page.getByLabel('Chọn tất cả').check();
  await signing.signSelected.click();
  await signing.openKey(pki.officer.p12File, pki.passphrase);
  await signing.dialog.getByRole('button', { name: 'Ký 2 văn bản' }).click();

  await expect(signing.finished).toHaveText('Đã ký xong: 1 văn bản thành công, 1 văn bản lỗi.', signingTime);
  await expect(signing.rows).toHaveCount(1);
  await expect(signing.failures).toHaveText(/Quyết định số 12\/QĐ-TN: Tệp PDF bị hỏng hoặc không đọc được/);
  await expect(signing.rows.first()).toContainText('Không ký được');
  await page.getByRole('button', { name: 'Ký lại các văn bản lỗi' }).scrollIntoViewIfNeeded();
  await signing.screenshot('ky-duyet-failure', shots);

  // Retrying asks no passphrase again: the session is open, so the certificate and the question show.
  await page.getByRole('button', { name: 'Ký lại các văn bản lỗi' }).click();
  await expect(signing.certificate).toContainText('Nguyễn Thị Thu Hà');
  await expect(signing.passphrase).toHaveCount(0);
});

test('an officer initials first and the leader signs for the agency last: both signatures stay valid', async ({ page }) => {
  const signing = await openQueue(page, [await decision(31, await samplePdf())]);
  await signing.rows.first().focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Chữ ký cá nhân (ký nháy của cán bộ)').check();
  await signing.signSelected.click();
  await signing.openKey(pki.officer.p12File, pki.passphrase);
  await signing.dialog.getByRole('button', { name: 'Ký 1 văn bản' }).click();
  await expect(signing.finished).toHaveText('Đã ký xong: 1 văn bản thành công, 0 văn bản lỗi.', signingTime);
  // The initialled document waits for the agency signature.
  await expect(signing.rows.first()).toContainText('Đã có chữ ký nháy của Nguyễn Thị Thu Hà');

  await signing.rows.first().focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Chữ ký của cơ quan (lãnh đạo ký, đóng dấu)').check();
  await signing.signSelected.click();
  await signing.dialog.getByRole('button', { name: 'Dùng chứng thư số khác' }).click();
  await signing.openKey(pki.agency.p12File, pki.passphrase);
  await expect(signing.certificate).toContainText('Trần Văn Đức');
  await signing.dialog.getByRole('button', { name: 'Ký 1 văn bản' }).click();
  await expect(signing.emptyQueue).toBeVisible(signingTime);

  const stored = await storedDocument(page, 'vb-31');
  expect(stored.signers).toEqual(['Nguyễn Thị Thu Hà', 'Trần Văn Đức']);
  const file = path.join(work, 'vb-31-hai-chu-ky.pdf');
  writeFileSync(file, new Uint8Array(stored.pdf));
  const report = pdfsig(file, nssDir);
  expect(report.map((s) => s.signatureValidation)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
  expect(report.map((s) => s.totalDocumentSigned)).toEqual([false, true]);
});

test('the window stays responsive while a batch is signed in the worker', async ({ page }) => {
  const pdf = await samplePdf({ pages: 2 });
  const documents = await Promise.all(Array.from({ length: 40 }, (_, i) => decision(100 + i, pdf)));
  const signing = await openQueue(page, documents);
  await page.getByLabel('Chọn tất cả').check();
  await signing.signSelected.click();
  await signing.openKey(pki.agency.p12File, pki.passphrase);
  // A 20 ms heartbeat on the page: its longest gap is how long the UI thread was busy at once.
  await page.evaluate(() => {
    const w = window as unknown as { __gaps: number[] };
    w.__gaps = [];
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__gaps.push(now - last);
      last = now;
    }, 20);
  });
  await signing.dialog.getByRole('button', { name: 'Ký 40 văn bản' }).click();
  await expect(signing.finished).toHaveText('Đã ký xong: 40 văn bản thành công, 0 văn bản lỗi.', { timeout: 60_000 });
  const gaps = await page.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps);
  const longest = Math.max(...gaps);
  test.info().annotations.push({ type: 'longest UI pause (ms)', description: longest.toFixed(0) });
  expect(longest).toBeLessThan(300);
});

test('a wrong passphrase and an expired certificate are refused before anything is signed', async ({ page }) => {
  const signing = await openQueue(page, [await decision(21, await samplePdf())]);
  await signing.rows.first().focus();
  await page.keyboard.press('Space');
  await signing.signSelected.click();
  await signing.openKey(pki.officer.p12File, 'sai-mat-khau');
  await expect(signing.dialog.getByRole('alert')).toHaveText('Mật khẩu của tệp chứng thư số (.p12/.pfx) không đúng.');
  await signing.openKey(pki.expired.p12File, pki.passphrase);
  await expect(signing.dialog.getByRole('alert')).toHaveText('Chứng thư số của người ký đã hết hiệu lực.');
  await signing.screenshot('ky-duyet-expired', shots);
  await signing.dialog.getByRole('button', { name: 'Huỷ' }).click();
  await expect(signing.rows).toHaveCount(1);
});
