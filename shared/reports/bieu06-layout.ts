// The paper layout of Biểu số 06/VPCP/KSTT shared by every output (screen, CSV, XLSX, PDF): the
// three header rows with their merges, the numbered columns, and the table as printable lines.
import { BIEU06_COLUMNS, type Bieu06Column, type Bieu06Counts, type Bieu06Report } from './bieu06';

export const BIEU06_TITLE = 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH';
export const BIEU06_FORM_NUMBER = 'Biểu số 06/VPCP/KSTT';

/** A header cell spanning `colSpan` columns and `rowSpan` header rows, placed at (row, col), 0-based. */
export type HeaderCell = { text: string; row: number; col: number; rowSpan: number; colSpan: number };

/** Columns 0 and 1 are STT and the field/procedure; the eleven figures follow in BIEU06_COLUMNS order. */
export const BIEU06_HEADER_ROWS = 3;
export const BIEU06_HEADERS: readonly HeaderCell[] = [
  { text: 'STT', row: 0, col: 0, rowSpan: 3, colSpan: 1 },
  { text: 'Lĩnh vực, thủ tục hành chính', row: 0, col: 1, rowSpan: 3, colSpan: 1 },
  { text: 'Số hồ sơ nhận giải quyết', row: 0, col: 2, rowSpan: 1, colSpan: 4 },
  { text: 'Kết quả giải quyết', row: 0, col: 6, rowSpan: 1, colSpan: 7 },
  { text: 'Tổng số', row: 1, col: 2, rowSpan: 2, colSpan: 1 },
  { text: 'Trong đó', row: 1, col: 3, rowSpan: 1, colSpan: 3 },
  { text: 'Số hồ sơ đã giải quyết', row: 1, col: 6, rowSpan: 1, colSpan: 4 },
  { text: 'Số hồ sơ đang giải quyết', row: 1, col: 10, rowSpan: 1, colSpan: 3 },
  { text: 'Trực tuyến', row: 2, col: 3, rowSpan: 1, colSpan: 1 },
  { text: 'Trực tiếp, dịch vụ bưu chính', row: 2, col: 4, rowSpan: 1, colSpan: 1 },
  { text: 'Kỳ trước chuyển qua', row: 2, col: 5, rowSpan: 1, colSpan: 1 },
  { text: 'Tổng số', row: 2, col: 6, rowSpan: 1, colSpan: 1 },
  { text: 'Trước hạn', row: 2, col: 7, rowSpan: 1, colSpan: 1 },
  { text: 'Đúng hạn', row: 2, col: 8, rowSpan: 1, colSpan: 1 },
  { text: 'Quá hạn', row: 2, col: 9, rowSpan: 1, colSpan: 1 },
  { text: 'Tổng số', row: 2, col: 10, rowSpan: 1, colSpan: 1 },
  { text: 'Trong hạn', row: 2, col: 11, rowSpan: 1, colSpan: 1 },
  { text: 'Quá hạn', row: 2, col: 12, rowSpan: 1, colSpan: 1 },
];
export const BIEU06_COLUMN_COUNT = 2 + BIEU06_COLUMNS.length;

/** One flat name per figure, for formats without merged headers (CSV) and for screen readers. */
export const BIEU06_COLUMN_NAMES: Record<Bieu06Column, string> = {
  receivedTotal: 'Nhận giải quyết - Tổng số',
  receivedOnline: 'Nhận giải quyết - Trực tuyến',
  receivedDirect: 'Nhận giải quyết - Trực tiếp, dịch vụ bưu chính',
  carriedOver: 'Nhận giải quyết - Kỳ trước chuyển qua',
  resolvedTotal: 'Đã giải quyết - Tổng số',
  early: 'Đã giải quyết - Trước hạn',
  onTime: 'Đã giải quyết - Đúng hạn',
  late: 'Đã giải quyết - Quá hạn',
  inProgressTotal: 'Đang giải quyết - Tổng số',
  withinDeadline: 'Đang giải quyết - Trong hạn',
  overdue: 'Đang giải quyết - Quá hạn',
};

export type Bieu06PrintLine = {
  kind: 'field' | 'procedure' | 'total';
  /** 'I', 'II'... for fields, '1', '2'... for procedures within a field, '' for the total. */
  number: string;
  label: string;
  /** The procedure code (MaTTHC) or field code; '' for the total. */
  code: string;
  counts: Bieu06Counts;
};

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function romanNumeral(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

export const TOTAL_LABEL = 'Tổng cộng';

/** The table top to bottom as the form prints it: the total first, then each field and its procedures. */
export function bieu06Lines(report: Bieu06Report): Bieu06PrintLine[] {
  const lines: Bieu06PrintLine[] = [{ kind: 'total', number: '', label: TOTAL_LABEL, code: '', counts: report.totals }];
  report.fields.forEach((field, f) => {
    lines.push({ kind: 'field', number: romanNumeral(f + 1), label: `Lĩnh vực ${field.fieldName}`, code: field.fieldCode, counts: field.counts });
    field.procedures.forEach((p, i) => lines.push({ kind: 'procedure', number: String(i + 1), label: p.procedureName, code: p.procedureCode, counts: p.counts }));
  });
  return lines;
}

/** The figures of a line in column order. */
export const figures = (counts: Bieu06Counts): number[] => BIEU06_COLUMNS.map((c) => counts[c]);
