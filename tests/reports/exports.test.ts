// Biểu 06 exports read back by tools we did not write: exceljs opens the workbook, pdftotext reads
// the PDF, and the CSV parses back to the same figures.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { vietnamWorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { iterateDemoDossiers } from '../../shared/domain/demo/generate';
import { bieu06FromHistories, BIEU06_COLUMNS, type Bieu06Report } from '../../shared/reports/bieu06';
import { BIEU06_HEADERS, bieu06Lines, figures } from '../../shared/reports/bieu06-layout';
import { bieu06Csv, parseCsv, UTF8_BOM } from '../../shared/reports/csv';
import { bieu06Pdf, type Bieu06PdfInput } from '../../shared/reports/pdf';
import { yearPeriod } from '../../shared/reports/period';
import { bieu06Xlsx, XLSX_FIRST_DATA_ROW, XLSX_HEADER_FIRST_ROW } from '../../shared/reports/xlsx';
import { loadDocumentFonts } from '../../scripts/documents/node-fonts';
import { pdfInfo, pdfText, workDir, writePdf } from '../documents/support';

const calendar = vietnamWorkingCalendar();
let report: Bieu06Report;

beforeAll(() => {
  // A year of a busy unit: enough procedures and fields for the PDF table to run over pages.
  const histories = [...iterateDemoDossiers(7, 3000, { catalogue: shippedCatalogue, calendar, now: '2026-11-20T03:00:00.000Z', days: 500 })].map((d) => d.events);
  report = bieu06FromHistories(histories, { period: yearPeriod(2026), unitCode: null, catalogue: shippedCatalogue, calendar });
  expect(report.totals.receivedTotal).toBeGreaterThan(1000);
});

const expectedRows = () => bieu06Lines(report).map((line) => figures(line.counts));

describe('CSV', () => {
  it('starts with a UTF-8 byte-order mark so Excel reads Vietnamese, and parses back to the table', () => {
    const csv = bieu06Csv(report);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[1]!.slice(4)).toHaveLength(BIEU06_COLUMNS.length);
    expect(rows[1]![3]).toBe('Lĩnh vực, thủ tục hành chính');
    const body = rows.slice(2);
    expect(body.map((r) => r.slice(4).map(Number))).toEqual(expectedRows());
    expect(body.map((r) => r[3])).toEqual(bieu06Lines(report).map((l) => l.label));
  });
});

describe('XLSX', () => {
  it('opens with exceljs, its header cells are merged as on the paper form, and its cells equal the table', async () => {
    const bytes = await bieu06Xlsx(report, { unitName: 'Cục Ứng dụng và Phát triển công nghệ' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('Biểu 06')!;
    for (const header of BIEU06_HEADERS) {
      const top = sheet.getCell(XLSX_HEADER_FIRST_ROW + header.row, header.col + 1);
      expect(top.value).toBe(header.text);
      // A merged cell's other positions point at its top-left cell.
      const corner = sheet.getCell(XLSX_HEADER_FIRST_ROW + header.row + header.rowSpan - 1, header.col + header.colSpan);
      expect(corner.isMerged || (header.rowSpan === 1 && header.colSpan === 1)).toBe(true);
      if (header.rowSpan > 1 || header.colSpan > 1) expect(corner.master.address).toBe(top.address);
    }
    const lines = bieu06Lines(report);
    const read = lines.map((_, i) => {
      const row = sheet.getRow(XLSX_FIRST_DATA_ROW + i);
      return BIEU06_COLUMNS.map((_, c) => row.getCell(3 + c).value as number);
    });
    expect(read).toEqual(expectedRows());
    expect(sheet.getRow(XLSX_FIRST_DATA_ROW).getCell(2).value).toBe('Tổng cộng');
    expect(sheet.getRow(XLSX_FIRST_DATA_ROW + lines.length).getCell(3).value).toBeNull();
  });
});

describe('PDF', () => {
  const input = (): Bieu06PdfInput => ({
    report,
    issuer: { parentName: 'Bộ Khoa học và Công nghệ', name: 'Cục Ứng dụng và Phát triển công nghệ' },
    number: '15/BC-UDCN',
    place: 'Hà Nội',
    date: '2027-01-05',
    signer: { authority: 'KT.', authorityTitle: 'CỤC TRƯỞNG', position: 'PHÓ CỤC TRƯỞNG', name: 'Hoàng Văn Long' },
    preparedBy: 'Nguyễn Thị Lan',
  });

  it('is A4 landscape over several pages, and pdftotext -layout reads every row of figures in order', async () => {
    const pdf = await bieu06Pdf(input(), await loadDocumentFonts());
    if (!pdf.ok) throw new Error(pdf.error.message);
    const file = writePdf(workDir(), 'bieu06', pdf.value);
    const info = pdfInfo(file);
    expect(info['Page size']).toMatch(/^841\.89 x 595\.28/);
    expect(Number(info['Pages'])).toBeGreaterThan(1);
    const text = pdfText(file, { layout: true });
    for (const words of ['Biểu số 06/VPCP/KSTT', 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 'Kỳ báo cáo: Năm 2026', 'Số hồ sơ nhận giải quyết', 'Kết quả giải quyết', 'NGƯỜI LẬP BIỂU', 'PHÓ CỤC TRƯỞNG', 'Hoàng Văn Long', 'Hà Nội, ngày 05 tháng 01 năm 2027']) {
      expect(text).toContain(words);
    }
    // Rows of figures: the lines ending in eleven whole numbers (the column numbers are in brackets).
    const rows = text
      .split('\n')
      .map((line) => /((?:\s+\d+){11})\s*$/.exec(line)?.[1])
      .filter((m): m is string => m !== undefined)
      .map((m) => m.trim().split(/\s+/).map(Number));
    expect(rows).toEqual(expectedRows());
  });
});
