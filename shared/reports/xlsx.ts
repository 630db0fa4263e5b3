// Biểu 06 as an Excel workbook laid out like the paper form: title lines, the three header rows
// merged as printed, the column numbers (1)...(13), then the figures as numbers. exceljs writes
// it in the browser, a worker and Node alike; it is loaded on demand, being large.
import type { Bieu06Report } from './bieu06';
import { BIEU06_COLUMN_COUNT, BIEU06_FORM_NUMBER, BIEU06_HEADER_ROWS, BIEU06_HEADERS, BIEU06_TITLE, bieu06Lines, figures } from './bieu06-layout';
import { periodTitle } from './period';

/** Rows before the header: form number, title, period, reporting unit, a blank line. */
export const XLSX_HEADER_FIRST_ROW = 6;
/** The first row of figures (the total), 1-based as Excel counts. */
export const XLSX_FIRST_DATA_ROW = XLSX_HEADER_FIRST_ROW + BIEU06_HEADER_ROWS + 1;

export type XlsxHeading = { unitName: string };

export async function bieu06Xlsx(report: Bieu06Report, heading: XlsxHeading): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dossier Desk';
  const sheet = workbook.addWorksheet('Biểu 06', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: XLSX_FIRST_DATA_ROW - 1 }],
  });
  const font = { name: 'Times New Roman', size: 12 };
  const bold = { ...font, bold: true };
  const centred = { horizontal: 'center', vertical: 'middle', wrapText: true } as const;
  const thin = { style: 'thin' } as const;
  const border = { top: thin, left: thin, bottom: thin, right: thin };

  type FontStyle = { name: string; size: number; bold?: boolean; italic?: boolean };
  const banner = (row: number, text: string, style: FontStyle = bold) => {
    sheet.mergeCells(row, 1, row, BIEU06_COLUMN_COUNT);
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = style;
    cell.alignment = centred;
  };
  banner(1, BIEU06_FORM_NUMBER, { ...font, bold: false });
  banner(2, BIEU06_TITLE, { ...bold, size: 14 });
  banner(3, `Kỳ báo cáo: ${periodTitle(report.period)}`, { ...font, italic: true });
  banner(4, `Đơn vị báo cáo: ${heading.unitName}`);

  for (const header of BIEU06_HEADERS) {
    const top = XLSX_HEADER_FIRST_ROW + header.row;
    const left = header.col + 1;
    if (header.rowSpan > 1 || header.colSpan > 1) sheet.mergeCells(top, left, top + header.rowSpan - 1, left + header.colSpan - 1);
    const cell = sheet.getCell(top, left);
    cell.value = header.text;
    cell.font = bold;
    cell.alignment = centred;
  }
  const numbersRow = XLSX_HEADER_FIRST_ROW + BIEU06_HEADER_ROWS;
  for (let col = 1; col <= BIEU06_COLUMN_COUNT; col++) {
    const cell = sheet.getCell(numbersRow, col);
    cell.value = `(${col})`;
    cell.font = { ...font, italic: true };
    cell.alignment = centred;
  }
  bieu06Lines(report).forEach((line, i) => {
    const row = sheet.getRow(XLSX_FIRST_DATA_ROW + i);
    row.values = [line.number, line.kind === 'procedure' ? `${line.label} (${line.code})` : line.label, ...figures(line.counts)];
    row.font = line.kind === 'procedure' ? font : bold;
    row.getCell(1).alignment = { horizontal: 'center' };
    row.getCell(2).alignment = { wrapText: true, vertical: 'middle' };
  });
  const lastRow = XLSX_FIRST_DATA_ROW + bieu06Lines(report).length - 1;
  for (let r = XLSX_HEADER_FIRST_ROW; r <= lastRow; r++) for (let c = 1; c <= BIEU06_COLUMN_COUNT; c++) sheet.getCell(r, c).border = border;
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 48;
  for (let c = 3; c <= BIEU06_COLUMN_COUNT; c++) sheet.getColumn(c).width = 11;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
