// Biểu 06 as CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads the
// Vietnamese as Windows-1258 mojibake), CRLF line ends and RFC 4180 quoting.
import { BIEU06_COLUMNS } from './bieu06';
import type { Bieu06Report } from './bieu06';
import { BIEU06_COLUMN_NAMES, BIEU06_FORM_NUMBER, bieu06Lines, figures } from './bieu06-layout';
import { periodTitle } from './period';

export const UTF8_BOM = '\uFEFF';

function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const row = (values: (string | number)[]) => values.map(cell).join(',');

/** One header row of flat column names, then the total, each field and its procedures. */
export function bieu06Csv(report: Bieu06Report): string {
  const title = `${BIEU06_FORM_NUMBER} - ${periodTitle(report.period)}${report.unitCode ? ` - ${report.unitCode}` : ''}`;
  const rows = [
    row([title]),
    row(['STT', 'Loại dòng', 'Mã', 'Lĩnh vực, thủ tục hành chính', ...BIEU06_COLUMNS.map((c) => BIEU06_COLUMN_NAMES[c])]),
    ...bieu06Lines(report).map((line) => row([line.number, line.kind, line.code, line.label, ...figures(line.counts)])),
  ];
  return `${UTF8_BOM}${rows.join('\r\n')}\r\n`;
}

/** Reads CSV text back into rows of cells (RFC 4180: quoted cells may hold commas, quotes, line ends). */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let current: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        value += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else value += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      current.push(value);
      value = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      current.push(value);
      rows.push(current);
      current = [];
      value = '';
    } else value += ch;
  }
  if (value !== '' || current.length > 0) rows.push([...current, value]);
  return rows;
}
