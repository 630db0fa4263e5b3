// A certificate or licence (giấy chứng nhận, giấy phép) in the Decree 30 frame: heading, the title in
// capitals, authority, bases, "CHỨNG NHẬN:", the certified particulars, notes, signature.
import type { CertificateDraft } from '../draft-schema';
import { DECREE_30_PAGE, type Block, type DocumentLayout } from '../layout/model';
import { bottom, FIRST_LINE_INDENT, heading, para, PARAGRAPH_GAP, TITLE_SIZE } from './decree30';

export function certificateLayout(draft: CertificateDraft): DocumentLayout {
  const centred = { align: 'center' as const, size: TITLE_SIZE, leading: 1.25, keepWithNext: true };
  const body = { firstLineIndent: FIRST_LINE_INDENT, spaceAfter: PARAGRAPH_GAP };
  const blocks: Block[] = [
    ...heading(draft.issuer, draft.number, draft.place, draft.date),
    { type: 'space', height: 24 },
    para([{ text: draft.title.toLocaleUpperCase('vi'), bold: true }], { ...centred, size: 15, rule: 0.3, fit: { field: 'Tên giấy chứng nhận', maxLines: 3 } }),
    para([{ text: draft.authority.toLocaleUpperCase('vi'), bold: true }], { ...centred, spaceBefore: 16, spaceAfter: 10, fit: { field: 'Thẩm quyền cấp', maxLines: 3 } }),
    ...draft.legalBases.map((basis) => para([{ text: basis, italic: true }], body)),
    para([{ text: draft.certifies, bold: true }], { ...centred, spaceBefore: 6, spaceAfter: 10 }),
    ...draft.entries.map((entry) => para([{ text: `${entry.label}: `, bold: true }, { text: entry.value }], body)),
    ...draft.notes.map((note) => para([{ text: note }], body)),
    bottom([], draft.signer),
  ];
  return { page: DECREE_30_PAGE, blocks, pageNumbers: 'from-second' };
}
