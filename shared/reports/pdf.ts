// Biểu 06 as a PDF in the official layout, through the documents engine (shared/documents): A4
// landscape, the Decree 30 heading, the form's title and period, the table (which splits across
// pages with its header repeated) and the signature block. The engine's tables have one header
// row, so the upper header rows of the paper form are two header-only tables stacked above it,
// with column edges that line up: merged as printed on the first page; later pages repeat the
// bottom row (a multi-row header in the engine would repeat all three).
import type { LocalDate } from '../domain/calendar/local-date';
import { formatVietnameseDate } from '../domain/calendar/local-date';
import { heading, para, SIGNATURE_SPACE, signatureBlocks } from '../documents/compose/decree30';
import type { Issuer, Signer } from '../documents/draft-schema';
import type { DocumentFonts } from '../documents/fonts';
import type { Block, DocumentLayout, PageGeometry, TableBlock, TableCell } from '../documents/layout/model';
import { renderLayout } from '../documents/layout/render';
import type { Result } from '../result';
import type { Bieu06Report } from './bieu06';
import { BIEU06_FORM_NUMBER, BIEU06_TITLE, bieu06Lines, figures } from './bieu06-layout';
import { periodTitle } from './period';

const MM = 72 / 25.4;
/** A4 turned: the wide table needs it. Margins as Decree 30 (20 mm top and bottom, 30 mm left, 15 mm right). */
export const A4_LANDSCAPE: PageGeometry = { width: 841.89, height: 595.28, top: 20 * MM, bottom: 15 * MM, left: 25 * MM, right: 15 * MM };

export type Bieu06PdfInput = {
  report: Bieu06Report;
  issuer: Issuer;
  /** Số, ký hiệu of the report, when the unit numbers it. */
  number: string | null;
  place: string;
  date: LocalDate;
  signer: Signer;
  /** Who prepared the table (người lập biểu). */
  preparedBy: string;
};

const SIZE = 9;
// STT, name, then eleven figures; fractions of the text width.
const STT = 0.035;
const NAME = 0.305;
const FIGURE = (1 - STT - NAME) / 11;
const cell = (text: string, align: TableCell['align'] = 'center', bold = false, italic = false): TableCell => ({ runs: [{ text, bold, italic }], align });

function headerTables(): TableBlock[] {
  const table = (widths: number[], header: TableCell[]): TableBlock => ({ type: 'table', widths, header, rows: [], size: SIZE });
  return [
    table([STT, NAME, FIGURE * 4, FIGURE * 7], [cell(''), cell(''), cell('Số hồ sơ nhận giải quyết'), cell('Kết quả giải quyết')]),
    table([STT, NAME, FIGURE, FIGURE * 3, FIGURE * 4, FIGURE * 3], [cell('STT'), cell('Lĩnh vực, thủ tục hành chính'), cell(''), cell('Trong đó'), cell('Số hồ sơ đã giải quyết'), cell('Số hồ sơ đang giải quyết')]),
  ];
}

const BOTTOM_HEADER = ['', '', 'Tổng số', 'Trực tuyến', 'Trực tiếp, bưu chính', 'Kỳ trước chuyển qua', 'Tổng số', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tổng số', 'Trong hạn', 'Quá hạn'];

function figuresTable(report: Bieu06Report): TableBlock {
  const numbers = BOTTOM_HEADER.map((_, i) => cell(`(${i + 1})`, 'center', false, true));
  const rows = bieu06Lines(report).map((line) => {
    const bold = line.kind !== 'procedure';
    const label = line.kind === 'procedure' ? `${line.label} (${line.code})` : line.label;
    return [cell(line.number, 'center', bold), cell(label, 'left', bold), ...figures(line.counts).map((n) => cell(String(n), 'right', bold))];
  });
  return { type: 'table', widths: [STT, NAME, ...Array<number>(11).fill(FIGURE)], header: BOTTOM_HEADER.map((text) => cell(text)), rows: [numbers, ...rows], size: SIZE, spaceAfter: 6 };
}

export function bieu06Layout(input: Bieu06PdfInput): DocumentLayout {
  const { report } = input;
  const centred = { align: 'center' as const, leading: 1.25 };
  const blocks: Block[] = [
    ...heading(input.issuer, input.number, input.place, input.date),
    para([{ text: BIEU06_FORM_NUMBER, italic: true }], { align: 'right', size: 11, spaceBefore: 4 }),
    para([{ text: BIEU06_TITLE, bold: true }], { ...centred, size: 14, spaceBefore: 4 }),
    para([{ text: `Kỳ báo cáo: ${periodTitle(report.period)}`, bold: true }], { ...centred, size: 12 }),
    para([{ text: `(Từ ngày ${formatVietnameseDate(report.period.from)} đến ngày ${formatVietnameseDate(report.period.to)})`, italic: true }], { ...centred, size: 11 }),
    para([{ text: 'Đơn vị tính: Số hồ sơ thủ tục hành chính', italic: true }], { align: 'right', size: 10, spaceAfter: 4 }),
    ...headerTables(),
    figuresTable(report),
    {
      type: 'columns',
      columns: [
        {
          width: 0.4,
          blocks: [
            para([{ text: 'NGƯỜI LẬP BIỂU', bold: true }], { ...centred, size: 14, leading: 1.2 }),
            para([{ text: '(Ký, ghi rõ họ tên)', italic: true }], { ...centred, size: 12, leading: 1.2 }),
            { type: 'space', height: SIGNATURE_SPACE - 14 },
            para([{ text: input.preparedBy, bold: true }], { ...centred, size: 14, leading: 1.2 }),
          ],
        },
        { width: 0.5, blocks: signatureBlocks(input.signer) },
      ],
      spaceBefore: 10,
    },
  ];
  return { page: A4_LANDSCAPE, blocks, pageNumbers: 'from-second' };
}

/** The PDF bytes; the date of the report fixes the metadata, so the same figures give the same file. */
export function bieu06Pdf(input: Bieu06PdfInput, fonts: DocumentFonts): Promise<Result<Uint8Array>> {
  const [year, month, day] = input.date.split('-').map(Number) as [number, number, number];
  return renderLayout(bieu06Layout(input), fonts, {
    title: `${BIEU06_FORM_NUMBER}: ${BIEU06_TITLE.toLocaleLowerCase('vi')}, ${periodTitle(input.report.period).toLocaleLowerCase('vi')}`,
    author: input.issuer.name,
    date: new Date(Date.UTC(year, month - 1, day, 5, 0, 0)),
  });
}
