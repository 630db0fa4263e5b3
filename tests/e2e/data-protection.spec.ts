// Data protection in Chromium's real IndexedDB: an encrypted backup made on one desktop and restored
// on another (a second browser context), a wrong passphrase refused with the data untouched, the
// desk wiped after confirmation, and the recovery screen for a database this app cannot open,
// rebuilt from the loopback portal while the damaged database stays.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { portalOnLoopbackEachTest } from './loopback-portal';
import { DossiersPage } from './pages/dossiers-page';
import { SyncPage } from './pages/sync-page';
import { pdfFile } from './sample-files';
import { demoData, seedDossiers } from './seed-dossiers';

const PASSPHRASE = 'Trống đồng Đông Sơn 2026!';

/** Counts and attachment bytes of the active database, read in the page. */
async function deskContents(page: Page) {
  return page.evaluate(async () => {
    const name = localStorage.getItem('desk.database') || 'dossier-desk';
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const dossiers = await all<{ code: string }>('dossiers');
    const attachments = await all<{ sha256: string; blob: Blob }>('attachments');
    const outbox = await all<unknown>('outbox');
    const events = await all<unknown>('events');
    const bytes = await Promise.all(attachments.map(async (a) => [a.sha256, Array.from(new Uint8Array(await a.blob.arrayBuffer()))] as const));
    db.close();
    return { name, codes: dossiers.map((d) => d.code).sort(), events: events.length, outbox: outbox.length, bytes: Object.fromEntries(bytes) };
  });
}

/** An unsent change, as an officer's action would leave it (the outbox row is all the refusal counts). */
async function addUnsentChange(page: Page) {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(localStorage.getItem('desk.database') || 'dossier-desk');
      request.onsuccess = () => resolve(request.result);
    });
    const tx = db.transaction('outbox', 'readwrite');
    tx.objectStore('outbox').add({ mutationId: crypto.randomUUID(), dossierId: 'd', command: { type: 'assign' }, actor: {}, eventIds: [], baseVersion: 1, createdAt: new Date().toISOString(), files: [] });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });
}

async function openSettings(page: Page) {
  await page.goto('/index.html#/cai-dat');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt');
}

test('a backup made on one desktop restores on another with the same dossiers and file bytes; a wrong passphrase changes nothing', async ({ page, browser }) => {
  const dossiers = new DossiersPage(page);
  await dossiers.open();
  const data = demoData(40);
  const pdf = pdfFile('hop-dong.pdf');
  await seedDossiers(page, data, [{ dossierId: data.dossiers[0]!.id, componentCode: 'HD', name: pdf.name, mimeType: pdf.mimeType, bytes: [...pdf.buffer] }]);
  await expect(dossiers.rows.first()).toBeVisible();
  const original = await deskContents(page);
  expect(original.codes).toHaveLength(40);

  await openSettings(page);
  const card = page.getByRole('region', { name: 'Sao lưu và khôi phục' });
  await card.getByLabel('Cụm mật khẩu sao lưu').fill('ngắn');
  await card.getByLabel('Nhập lại cụm mật khẩu').fill('ngắn');
  await card.getByRole('button', { name: 'Tạo bản sao lưu' }).click();
  await expect(card.getByText('Cụm mật khẩu cần ít nhất 12 ký tự.')).toBeVisible();
  await card.getByLabel('Cụm mật khẩu sao lưu').fill(PASSPHRASE);
  await expect(page.getByTestId('passphrase-strength')).toHaveText('Độ mạnh: tốt.');
  await card.getByLabel('Nhập lại cụm mật khẩu').fill(PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await card.getByLabel('Nhập lại cụm mật khẩu').press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^dossier-desk-\d{4}-\d\d-\d\d\.ddbak$/);
  const folder = await mkdtemp(path.join(tmpdir(), 'desk-backup-'));
  const file = path.join(folder, download.suggestedFilename());
  await download.saveAs(file);
  await expect(page.getByTestId('backup-status')).toContainText('Đã lưu bản sao lưu');
  const sealed = await readFile(file);
  expect(sealed.subarray(0, 5).toString('latin1')).toBe('DDBAK');
  // Encrypted: no applicant's name and no PDF bytes readable in the file.
  expect(sealed.includes(Buffer.from(data.dossiers[0]!.applicant.name, 'utf8'))).toBe(false);
  expect(sealed.includes(Buffer.from('%PDF-1.4'))).toBe(false);

  // Another desktop: its own IndexedDB and localStorage, with work of its own.
  const other = await browser.newContext();
  await other.addInitScript(() => localStorage.setItem('desk.standIn', '1'));
  const desk2 = await other.newPage();
  const errors: string[] = [];
  desk2.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const dossiers2 = new DossiersPage(desk2);
  await dossiers2.open();
  await seedDossiers(desk2, demoData(3, 0, 7));
  expect((await deskContents(desk2)).codes).toHaveLength(3);
  await addUnsentChange(desk2);
  const before = await deskContents(desk2);

  await openSettings(desk2);
  const restore = desk2.getByRole('region', { name: 'Sao lưu và khôi phục' });
  const choosing = desk2.waitForEvent('filechooser');
  await restore.getByRole('button', { name: 'Chọn tệp sao lưu…' }).click();
  await (await choosing).setFiles(file);
  await expect(desk2.getByTestId('restore-chosen')).toContainText('.ddbak');
  await restore.getByLabel('Cụm mật khẩu của bản sao lưu').fill('Trống đồng Đông Sơn 2025!');
  // One unsent change: refused until the officer ticks that it will be lost.
  await expect(restore.getByText('Còn 1 thay đổi chưa gửi lên Cổng.', { exact: false })).toBeVisible();
  await restore.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(desk2.getByTestId('restore-error')).toHaveText('Hãy đánh dấu xác nhận ở trên nếu vẫn muốn khôi phục.');
  await restore.getByLabel('Tôi hiểu 1 thay đổi chưa gửi sẽ bị mất').check();
  await restore.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(desk2.getByTestId('restore-error')).toHaveText('Sai cụm mật khẩu, hoặc tệp sao lưu đã hỏng. Dữ liệu trên máy không thay đổi.');
  expect(await deskContents(desk2)).toEqual(before);

  await restore.getByLabel('Cụm mật khẩu của bản sao lưu').fill(PASSPHRASE);
  const reloaded = desk2.waitForEvent('load');
  await restore.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await reloaded;
  const restored = await deskContents(desk2);
  expect(restored.name).not.toBe('dossier-desk');
  expect(restored.codes).toEqual(original.codes);
  expect(restored.events).toBe(original.events);
  expect(restored.bytes).toEqual(original.bytes);
  expect(Object.values(restored.bytes)[0]).toEqual([...pdf.buffer]);
  await dossiers2.open();
  await expect(dossiers2.rows.first()).toBeVisible();
  // The replaced database is deleted at this start; the restore is in the restored audit log.
  await expect.poll(async () => (await desk2.evaluate(() => indexedDB.databases())).map((d) => d.name)).not.toContain('dossier-desk');
  expect(errors).toEqual([]);
  await other.close();
  await rm(folder, { recursive: true, force: true });
});

test('wiping the desk is refused while a change is unsent until the phrase is typed, then leaves a first-run desk', async ({ page }) => {
  const dossiers = new DossiersPage(page);
  await dossiers.open();
  await seedDossiers(page, demoData(5));
  expect((await deskContents(page)).codes).toHaveLength(5);
  await addUnsentChange(page);
  await page.evaluate(() => localStorage.setItem('desk.language', 'vi'));

  await openSettings(page);
  await page.getByRole('button', { name: 'Xóa dữ liệu trên máy này…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xóa dữ liệu trên máy này?' });
  await expect(dialog.getByTestId('wipe-unsent')).toHaveText('Còn 1 thay đổi chưa gửi lên Cổng và sẽ bị mất. Nên «Đồng bộ ngay» hoặc tạo bản sao lưu trước.');
  await dialog.getByRole('button', { name: 'Xóa dữ liệu' }).click();
  await expect(dialog.getByText('Hãy gõ đúng «XÓA DỮ LIỆU» để xác nhận.')).toBeVisible();
  // Escape closes without deleting anything.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await deskContents(page)).codes).toHaveLength(5);

  await page.getByRole('button', { name: 'Xóa dữ liệu trên máy này…' }).click();
  await dialog.getByLabel('Để vẫn xóa, gõ «XÓA DỮ LIỆU»').fill('XÓA DỮ LIỆU');
  const reloaded = page.waitForEvent('load');
  await dialog.getByRole('button', { name: 'Xóa dữ liệu' }).click();
  await reloaded;
  expect(await page.evaluate(() => localStorage.getItem('desk.language'))).toBeNull();
  await dossiers.open();
  await expect(dossiers.emptyState).toBeVisible();
  const after = await deskContents(page);
  expect(after).toMatchObject({ codes: [], outbox: 0, events: 0 });
});

test.describe('a database this app cannot open', () => {
  portalOnLoopbackEachTest(undefined, { demoDossiersPerUnit: 4 });

  test('shows the recovery screen, rebuilds from the portal, and keeps the damaged database', async ({ page }) => {
    // A page of the app's origin that does not start the app: the database is made before it loads.
    await page.route('**/blank.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
    await page.goto('/blank.html');
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open('dossier-desk', 9990);
          opening.onupgradeneeded = () => {
            opening.result.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
            opening.result.createObjectStore('fromTheFuture', { keyPath: 'id' }).add({ id: 1 });
          };
          opening.onsuccess = () => {
            opening.result.close();
            resolve();
          };
          opening.onerror = () => reject(opening.error);
        }),
    );

    await page.goto('/index.html');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không mở được dữ liệu trên máy này');
    await expect(page.getByText('được tạo bởi phiên bản ứng dụng mới hơn')).toBeVisible();
    await expect(page.getByText('bản dữ liệu này được giữ nguyên dưới tên «dossier-desk»')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Thử lại' })).toBeVisible();
    await page.getByRole('button', { name: 'Khôi phục từ bản sao lưu' }).click();
    await expect(page.getByRole('button', { name: 'Chọn tệp sao lưu…' })).toBeVisible();

    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Khôi phục từ cổng' }).click();
    await reloaded;
    const sync = new SyncPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đồng bộ');
    await sync.signIn('cshtt.mc1');
    await expect(sync.historyRows().first()).toContainText('Thành công');
    const dossiers = new DossiersPage(page);
    await dossiers.open();
    await expect(dossiers.rows.first()).toBeVisible();

    const databases = await page.evaluate(() => indexedDB.databases());
    expect(databases).toContainEqual({ name: 'dossier-desk', version: 9990 });
    expect(databases.filter((d) => d.name?.startsWith('dossier-desk-'))).toHaveLength(1);
    await openSettings(page);
    await expect(page.getByTestId('kept-databases')).toContainText('«dossier-desk»');
    await expect(page.getByTestId('kept-databases')).toContainText('có thể xóa bản này');
  });
});
