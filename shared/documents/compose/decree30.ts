// The parts every Decree 30/2020 document shares: the two-column heading (issuing body, number;
// national title and motto, place and date) and the bottom (recipients left, signature right).
import type { LocalDate } from '../../domain/calendar/local-date';
import type { Issuer, Signer } from '../draft-schema';
import type { Block, ColumnsBlock, ParagraphBlock, Run } from '../layout/model';

export const BODY_SIZE = 13;
export const TITLE_SIZE = 14;
/** First-line indent of body paragraphs: 1 cm. */
export const FIRST_LINE_INDENT = 28.35;
export const PARAGRAPH_GAP = 6;
/** Room left blank for the handwritten signature and seal (or their images when signed digitally). */
export const SIGNATURE_SPACE = 64;
/** The anchor of that space in the right-hand signature block; forms name the left one `-left`. */
export const SIGNATURE_ANCHOR = 'signature';

// Column split of the heading: in Noto Serif 12 pt bold the national title needs 256 pt of the
// 468 pt line and 'BỘ KHOA HỌC VÀ CÔNG NGHỆ' 188 pt.
const LEFT = 0.42;
const RIGHT = 0.58;

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export function para(runs: Run[] | string, options: Partial<Omit<ParagraphBlock, 'type' | 'runs'>> = {}): ParagraphBlock {
  return { type: 'paragraph', runs: typeof runs === 'string' ? [{ text: runs }] : runs, size: BODY_SIZE, align: 'justify', ...options };
}

/** Decree 30 writes days below 10 and the months January and February with a leading zero. */
export function formatPlaceAndDate(place: string, date: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}

export function heading(issuer: Issuer, number: string | null, place: string, date: LocalDate): Block[] {
  const centred = { align: 'center' as const };
  const names: ColumnsBlock = {
    type: 'columns',
    columns: [
      {
        width: LEFT,
        blocks: [
          ...(issuer.parentName ? [para(issuer.parentName.toLocaleUpperCase('vi'), { ...centred, size: 12, leading: 1.2, fit: { field: 'Tên cơ quan chủ quản', maxLines: 2 } })] : []),
          para([{ text: issuer.name.toLocaleUpperCase('vi'), bold: true }], { ...centred, size: 12, leading: 1.2, rule: 0.4, fit: { field: 'Tên cơ quan ban hành', maxLines: 3 } }),
        ],
      },
      {
        width: RIGHT,
        blocks: [
          para([{ text: NATIONAL_TITLE, bold: true }], { ...centred, size: 12, leading: 1.2 }),
          para([{ text: MOTTO, bold: true }], { ...centred, size: 13, leading: 1.2, rule: 1 }),
        ],
      },
    ],
    spaceAfter: 8,
  };
  const numberAndDate: ColumnsBlock = {
    type: 'columns',
    columns: [
      { width: LEFT, blocks: number === null ? [] : [para(`Số: ${number}`, { ...centred, fit: { field: 'Số, ký hiệu', maxLines: 1 } })] },
      { width: RIGHT, blocks: [para([{ text: formatPlaceAndDate(place, date), italic: true }], { ...centred, fit: { field: 'Địa danh và ngày tháng', maxLines: 1 } })] },
    ],
  };
  return [names, numberAndDate];
}

/** 'KT. CỤC TRƯỞNG' / 'PHÓ CỤC TRƯỞNG', blank space, name: the right half of the bottom. */
export function signatureBlocks(signer: Signer): Block[] {
  const caps = (text: string) => [{ text: text.toLocaleUpperCase('vi'), bold: true }];
  const centred = { align: 'center' as const, size: TITLE_SIZE, leading: 1.2 };
  const lines: Block[] = [];
  if (signer.authority) lines.push(para(caps(`${signer.authority} ${signer.authorityTitle ?? ''}`.trim()), { ...centred, fit: { field: 'Thẩm quyền ký', maxLines: 2 } }));
  lines.push(para(caps(signer.position), { ...centred, fit: { field: 'Chức vụ người ký', maxLines: 2 } }));
  lines.push({ type: 'space', height: SIGNATURE_SPACE, anchor: SIGNATURE_ANCHOR });
  lines.push(para([{ text: signer.name, bold: true }], { ...centred, fit: { field: 'Họ tên người ký', maxLines: 1 } }));
  return lines;
}

/** 'Nơi nhận:' in 12 pt bold italic, each recipient on a line in 11 pt. */
export function recipientBlocks(recipients: readonly string[]): Block[] {
  if (recipients.length === 0) return [];
  return [
    para([{ text: 'Nơi nhận:', bold: true, italic: true }], { align: 'left', size: 12, leading: 1.2 }),
    ...recipients.map((r) => para(`- ${r}`, { align: 'left', size: 11, leading: 1.15, indent: 0 })),
  ];
}

export function bottom(recipients: readonly string[], signer: Signer | null): ColumnsBlock {
  return {
    type: 'columns',
    columns: [
      { width: 0.45, blocks: recipientBlocks(recipients) },
      { width: 0.55, blocks: signer ? signatureBlocks(signer) : [] },
    ],
    spaceBefore: 12,
  };
}
