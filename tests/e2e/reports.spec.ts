// Báo cáo as an officer uses it: demo data on the desk, Biểu 06 for the six months by default
// (counted in workers), the CSV export with the same figures, another period, and the
// online-services tab. The expected figures come from the shared report code over the same events.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { vietnamDateOf } from '../../shared/domain/calendar/vietnam-time';
import { vietnamWorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import type { ProcessingEvent } from '../../shared/domain/workflow/events';
import { bieu06FromHistories, BIEU06_COLUMNS, type Bieu06Report } from '../../shared/reports/bieu06';
import { parseCsv, UTF8_BOM } from '../../shared/reports/csv';
import { defaultPeriod, yearPeriod, type ReportPeriod } from '../../shared/reports/period';
import { XLSX_FIRST_DATA_ROW } from '../../shared/reports/xlsx';
import { createPortal } from '../../portal/src/app';
import { expect, test } from './fixtures';
import { ReportsPage } from './pages/reports-page';
import { SyncPage } from './pages/sync-page';
import { demoData, seedDossiers } from './seed-dossiers';

const data = demoData(400);

function expected(period: ReportPeriod): Bieu06Report {
  const histories = new Map<string, ProcessingEvent[]>();
  for (const event of data.events) histories.set(event.dossierId, [...(histories.get(event.dossierId) ?? []), event]);
  for (const events of histories.values()) events.sort((a, b) => a.version - b.version);
  return bieu06FromHistories(histories.values(), { period, unitCode: null, catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar() });
}

test('Biểu 06 of the six months counts the demo data, and the CSV export holds the same figures', async ({ page, shell }) => {
  const reports = new ReportsPage(page);
  await reports.open();
  await seedDossiers(page, data);
  const want = expected(defaultPeriod(vietnamDateOf(new Date().toISOString())));
  expect(want.totals.receivedTotal).toBeGreaterThan(50);
  expect(want.totals.carriedOver).toBeGreaterThan(0);

  await expect(reports.table).toBeVisible();
  await expect(reports.table.locator('caption')).toContainText('6 tháng');
  expect(await reports.figures('total')).toEqual(want.totals);
  for (const field of want.fields) expect(await reports.figures(field.fieldCode)).toEqual(field.counts);
  await shell.screenshot('reports-bieu06-1280');

  const download = await reports.export('CSV');
  expect(download.suggestedFilename()).toMatch(/^Bieu-06-tat-ca-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const rows = parseCsv(text);
  const total = rows.find((row) => row[3] === 'Tổng cộng')!;
  expect(total.slice(4).map(Number)).toEqual(BIEU06_COLUMNS.map((c) => want.totals[c]));
  for (const field of want.fields) {
    for (const line of field.procedures) {
      const row = rows.find((r) => r[1] === 'procedure' && r[2] === line.procedureCode)!;
      expect(row.slice(4).map(Number)).toEqual(BIEU06_COLUMNS.map((c) => line.counts[c]));
    }
  }
  await expect(page.getByText(/Đã lưu Bieu-06/)).toBeVisible();
});

test('another period is counted again and exported as XLSX and PDF; the online-services tab compares it with the one before', async ({ page, shell }) => {
  const reports = new ReportsPage(page);
  await reports.open();
  await seedDossiers(page, data);
  await expect(reports.table).toBeVisible();
  const year = Number(vietnamDateOf(new Date().toISOString()).slice(0, 4));
  await reports.periodKind.selectOption({ label: 'Năm' });
  await expect(reports.table.locator('caption')).toContainText(`Năm ${year}`);
  const yearReport = expected(yearPeriod(year));
  expect(await reports.figures('total')).toEqual(yearReport.totals);
  const figures = BIEU06_COLUMNS.map((c) => yearReport.totals[c]);

  // The workbook, written in the worker by exceljs as Vite bundled it, opens and holds the figures.
  const xlsx = await reports.export('Excel (XLSX)');
  expect(xlsx.suggestedFilename()).toBe(`Bieu-06-tat-ca-${year}-01-01-${year}-12-31.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const totalRow = workbook.getWorksheet('Biểu 06')!.getRow(XLSX_FIRST_DATA_ROW);
  expect(totalRow.getCell(2).value).toBe('Tổng cộng');
  expect(BIEU06_COLUMNS.map((_, i) => totalRow.getCell(3 + i).value)).toEqual(figures);

  // The PDF, laid out by the documents engine with the app's fonts, reads back with pdftotext.
  const pdf = await reports.export('PDF');
  const text = execFileSync('pdftotext', ['-layout', await pdf.path(), '-'], { encoding: 'utf8' });
  expect(text).toContain('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH');
  expect(text).toContain(`Kỳ báo cáo: Năm ${year}`);
  const totalLine = text.split('\n').find((line) => line.includes('Tổng cộng'))!;
  expect(totalLine.trim().split(/\s+/).slice(-11).map(Number)).toEqual(figures);

  await reports.tab('Triển khai DVC trực tuyến').click();
  await expect(reports.deploymentTable).toBeVisible();
  await expect(reports.deploymentTable.locator('caption')).toContainText(`so với Năm ${year - 1}`);
  await expect(page.getByText(/thủ tục toàn trình/)).toBeVisible();
  await shell.screenshot('reports-deployment-1280');
  // The tabs answer the arrow keys, as tabs do.
  await page.keyboard.press('ArrowLeft');
  await expect(reports.tab('Biểu số 06')).toBeFocused();
  await expect(reports.table).toBeVisible();
});

test('Tổng quan charts: a bar, reached by keyboard, opens the list of the dossiers it counts', async ({ page, shell }) => {
  await shell.open('tong-quan');
  await seedDossiers(page, demoData(400, 20));
  const charts = page.getByRole('region', { name: 'Biểu đồ' });
  await expect(charts.getByRole('button', { name: /Tuần từ .*: Tiếp nhận \d+ hồ sơ/ }).first()).toBeVisible();
  const overdue = charts.getByRole('list', { name: 'Hồ sơ quá hạn theo người xử lý' }).getByRole('button').first();
  const label = (await overdue.getAttribute('aria-label'))!;
  const count = Number(/: (\d+) hồ sơ quá hạn/.exec(label)![1]);
  expect(count).toBeGreaterThan(0);
  await charts.scrollIntoViewIfNeeded();
  await shell.screenshot('overview-charts-1280');
  await overdue.focus();
  await page.keyboard.press('Enter');
  await expect(shell.heading).toHaveText('Hồ sơ');
  await expect(page.getByTestId('dossier-count')).toContainText(new RegExp(`^${count} `));
});

test('sending the report to the portal says what it waits for: a connection, a signed-in leader, the unlocked signing key', async ({ page, problems }) => {
  // The portal on the origin the web build's CSP allows (as in sync.spec.ts).
  const blobDir = await mkdtemp(path.join(tmpdir(), 'desk-e2e-blobs-'));
  const portal = await createPortal({ database: 'pglite', blobDir });
  await portal.app.listen({ host: '127.0.0.1', port: 8787 });
  try {
    const reports = new ReportsPage(page);
    await reports.open();
    await seedDossiers(page, data);
    await expect(reports.table).toBeVisible();
    const send = page.getByRole('button', { name: 'Gửi báo cáo lên Cổng' });
    await expect(send).toBeDisabled();
    await expect(page.locator('#report-submit-note')).toHaveText('Hãy đăng nhập Cổng ở mục Đồng bộ trước khi gửi báo cáo.');
    await expect(page.getByText('Chưa gửi báo cáo nào từ máy này.')).toBeVisible();

    const sync = new SyncPage(page);
    await sync.open();
    await sync.signIn('cudcn.ld1');
    await expect(sync.connection).toContainText('(cudcn.ld1)');
    await reports.open();
    await expect(reports.table).toBeVisible();
    await expect(page.locator('#report-submit-note')).toHaveText('Hãy mở khóa chữ ký số ở mục Ký duyệt trước khi gửi.');
    await send.click();
    await expect(page.getByTestId('report-submit-status')).toHaveText('Hãy mở khóa chữ ký số ở mục Ký duyệt trước khi gửi.');
    expect((await portal.db.query('SELECT id FROM reports')).rows).toEqual([]);

    await page.context().setOffline(true);
    await expect(send).toBeDisabled();
    await expect(page.locator('#report-submit-note')).toHaveText('Cần kết nối mạng để gửi báo cáo lên Cổng; máy đang ngoại tuyến.');
    await page.context().setOffline(false);
  } finally {
    // Leave the app before the portal goes: a sync run started by coming back online must not
    // outlive the portal and hit a closed port after the test.
    await page.close();
    await portal.close();
    await rm(blobDir, { recursive: true, force: true });
  }
  // Going offline fails the sync run's requests; that is the point here.
  problems.list.splice(0, problems.list.length, ...problems.list.filter((p) => !/Failed to load resource|net::ERR_/.test(p)));
});
