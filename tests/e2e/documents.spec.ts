// Documents of a dossier: a specialist drafts a decision for a dossier in processing, edits an
// article and sees the preview follow, submits it for signature and gets the next number of the
// unit's leased block; the saved PDF says what the officer wrote (checked with poppler's pdftotext).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { openP12Signer } from '../../shared/signing/p12-signer';
import { signPdf } from '../../shared/signing/sign-pdf';
import { createTestPki } from '../support/test-pki';
import { expect, test } from './fixtures';
import { DocumentsCard } from './pages/documents-card';
import { demoData, openSeededDossier } from './seed-dossiers';

// The trace recorder fetches blob: frames from inside the page, which the CSP blocks (see dossier-files.spec.ts).
test.use({ trace: 'off', viewport: { width: 1366, height: 1000 } });

const data = demoData(300, 14);
const dossier = data.dossiers.find((d) => d.status === 4 && d.assigneeId !== null && d.step?.role === 'specialist')!;
const specialist = data.staff.find((o) => o.id === dossier.assigneeId)!;
const symbol = shippedCatalogue.units.find((u) => u.code === dossier.unitCode)!.documentSymbol;
const year = new Date().getFullYear();
const article = 'Cho phép Công ty TNHH Ánh Dương sử dụng kết quả thẩm định đến hết ngày 31 tháng 12 năm 2027.';

/** The decision numbers the desk leased while it was online: 15 to 34 of this year. */
async function leaseDecisionNumbers(page: Page, from: number, to: number): Promise<void> {
  await page.evaluate(
    async ({ unitCode, year, from, to }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dossier-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('decisionBlocks', 'readwrite');
      tx.objectStore('decisionBlocks').put({ id: `${unitCode}:${year}:${from}`, unitCode, year, from, to, next: from, leasedAt: new Date().toISOString() });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { unitCode: dossier.unitCode, year, from, to },
  );
}

test('a specialist drafts a decision, edits an article, submits it for signature and saves the numbered PDF', async ({ page }) => {
  await openSeededDossier(page, data, specialist, dossier.id);
  await leaseDecisionNumbers(page, 15, 34);
  const documents = new DocumentsCard(page);
  await expect(documents.card).toContainText('Hồ sơ chưa có văn bản nào.');

  await documents.button('Soạn quyết định').click();
  await expect(documents.rows).toHaveCount(1);
  await expect(documents.rows.first()).toContainText('Quyết định');
  await expect(documents.rows.first()).toContainText('Bản nháp');
  await expect(documents.rows.first()).toContainText('Chưa có số');
  const first = await documents.previewChangedFrom(null);

  // Keyboard only: into Điều 1, replace its text.
  await documents.article(1).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(article);
  await expect(documents.card.getByRole('status').filter({ hasText: 'chưa lưu' })).toBeVisible();
  await documents.previewChangedFrom(first);
  const draftPdf = path.join(mkdtempSync(path.join(tmpdir(), 'documents-')), 'ban-nhap.pdf');
  await documents.savePdf(draftPdf);
  expect(pdfText(draftPdf)).toContain(article);

  await documents.button('Lưu bản nháp').click();
  await expect(documents.card.getByRole('status').filter({ hasText: /^Đã lưu bản nháp lúc/ })).toBeVisible();
  await documents.screenshot('documents-draft');

  await documents.button('Trình ký').click();
  const number = `15/QĐ-${symbol}`;
  await expect(documents.done).toHaveText(`Đã trình ký: Quyết định số ${number}. Văn bản đã vào danh sách Ký duyệt.`);
  await expect(documents.rows.first()).toContainText(`Số: ${number}`);
  await expect(documents.rows.first()).toContainText('Chờ ký');
  await expect(documents.editor).toContainText('Văn bản đã trình ký nên không sửa được nữa.');
  await expect(documents.article(1)).toHaveCount(0);
  await documents.previewChangedFrom(null);
  await documents.screenshot('documents-submitted');

  const submittedPdf = path.join(path.dirname(draftPdf), 'trinh-ky.pdf');
  const download = await documents.savePdf(submittedPdf);
  expect(download.suggestedFilename()).toBe(`Quyet-dinh-15-QD-${symbol}.pdf`);
  const text = pdfText(submittedPdf);
  expect(text).toContain(article);
  expect(text).toContain(`Số: ${number}`);

  // After a reload the document is still there, numbered and waiting for the leader; a dossier
  // has one decision, so none is offered again.
  await page.reload();
  await expect(documents.rows.first()).toContainText(`Số: ${number}`);
  await expect(documents.rows.first()).toContainText('Chờ ký');
  await expect(documents.button('Soạn quyết định')).toHaveCount(0);
});

test('offline with the leased decision numbers used up, submission says what to do and the draft stays', async ({ page }) => {
  await openSeededDossier(page, data, specialist, dossier.id);
  const documents = new DocumentsCard(page);
  await documents.button('Soạn quyết định').click();
  await documents.previewChangedFrom(null);
  await documents.button('Trình ký').click();
  await expect(documents.alert).toHaveText('Đã dùng hết số quyết định được cấp trước; hãy kết nối mạng để nhận thêm số.');
  await expect(documents.rows.first()).toContainText('Bản nháp');
  await expect(documents.article(1)).toBeEditable();
});

/** What Ký duyệt does after signing (recordSigned), and the desk trusting the test CA's root. */
async function recordSignedElsewhere(page: Page, signed: Uint8Array, signerName: string, rootDer: Uint8Array): Promise<void> {
  await page.evaluate(
    async ({ signed, signerName, rootDer }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('dossier-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const bytes = new Uint8Array(signed);
      const sha256 = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
      const now = new Date().toISOString();
      const tx = db.transaction(['documents', 'attachments', 'meta'], 'readwrite');
      tx.objectStore('attachments').put({ sha256, size: bytes.length, mimeType: 'application/pdf', blob: new Blob([bytes], { type: 'application/pdf' }), storedAt: now });
      const documents = tx.objectStore('documents');
      documents.getAll().onsuccess = (event) => {
        const [record] = (event.target as IDBRequest<Record<string, unknown>[]>).result;
        documents.put({ ...record, status: 'signed', pdfSha256: sha256, signatures: [{ fieldName: 'Signature1', signerName, role: 'leader', at: now }], updatedAt: now });
      };
      tx.objectStore('meta').put({ key: 'signing.trustAnchors', value: [{ id: 'root', name: 'Test Root CA', der: new Uint8Array(rootDer), validTo: '2099-01-01T00:00:00.000Z', addedAt: now, demo: false }] });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { signed: [...signed], signerName, rootDer: [...rootDer] },
  );
}

test('a signed decision shows its signature check in Vietnamese, and the result stays with the dossier', async ({ page }) => {
  const work = mkdtempSync(path.join(tmpdir(), 'documents-signed-'));
  const pki = createTestPki(path.join(work, 'pki'));
  await openSeededDossier(page, data, specialist, dossier.id);
  await leaseDecisionNumbers(page, 40, 59);
  const documents = new DocumentsCard(page);
  await documents.button('Soạn quyết định').click();
  await documents.previewChangedFrom(null);
  await documents.button('Trình ký').click();
  await expect(documents.rows.first()).toContainText(`Số: 40/QĐ-${symbol}`);
  await documents.previewChangedFrom(null);
  const submitted = path.join(work, 'trinh-ky.pdf');
  await documents.savePdf(submitted);

  const signer = await openP12Signer(readFileSync(pki.officer.p12File), pki.passphrase);
  if (!signer.ok) throw new Error(signer.error.message);
  const signed = await signPdf(readFileSync(submitted), { signer: signer.value, fieldName: 'Signature1' });
  if (!signed.ok) throw new Error(signed.error.message);
  await recordSignedElsewhere(page, signed.value.pdf, 'Hồ Công Đức', pki.root.certDer);
  await page.reload();

  await expect(documents.rows.first()).toContainText('Đã ký');
  await documents.button(/^Mở/).click();
  await expect(documents.editor).toContainText('Đã ký: Hồ Công Đức');
  await expect(documents.editor).toContainText('Chưa kiểm tra chữ ký số của văn bản này.');
  await documents.button('Kiểm tra chữ ký số').click();
  const verdict = documents.editor.locator('.document-verification__verdict');
  await expect(verdict).toHaveText('Hợp lệ');
  await expect(documents.editor).toContainText('Cả 1 chữ ký số đều hợp lệ.');
  await documents.screenshot('documents-signed-verified');

  await page.reload();
  await documents.button(/^Mở/).click();
  await expect(verdict).toHaveText('Hợp lệ');
});

function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}
