// The one-stop forms: Decree 30 heading, the form's title, labelled lines and ruled tables, and up
// to two signature captions side by side (applicant left, officer right).
import type { FormDraft } from '../draft-schema';
import { DECREE_30_PAGE, type Block, type DocumentLayout, type PageGeometry } from '../layout/model';
import { heading, para, PARAGRAPH_GAP, recipientBlocks, SIGNATURE_ANCHOR, SIGNATURE_SPACE, TITLE_SIZE } from './decree30';

// Landscape A4 for the register keeps Decree 30's margins on the long edges' counterparts.
const LANDSCAPE: PageGeometry = { ...DECREE_30_PAGE, width: DECREE_30_PAGE.height, height: DECREE_30_PAGE.width };

function signatureColumn(signature: FormDraft['signatures'][number], anchor: string): Block[] {
  const centred = { align: 'center' as const, leading: 1.2 };
  if (!signature.title) return [];
  return [
    para([{ text: signature.title, bold: true }], { ...centred, fit: { field: 'Chức danh ký', maxLines: 3 } }),
    ...(signature.note ? [para([{ text: signature.note, italic: true }], { ...centred, size: 12 })] : []),
    { type: 'space', height: SIGNATURE_SPACE, anchor },
    ...(signature.name ? [para([{ text: signature.name, bold: true }], { ...centred, fit: { field: 'Họ tên người ký', maxLines: 1 } })] : []),
  ];
}

export function formLayout(draft: FormDraft): DocumentLayout {
  const blocks: Block[] = [
    ...heading(draft.issuer, draft.number || null, draft.place, draft.date),
    { type: 'space', height: 20 },
    para([{ text: draft.title, bold: true }], { align: 'center', size: TITLE_SIZE, leading: 1.25, keepWithNext: true, fit: { field: 'Tên mẫu', maxLines: 3 } }),
  ];
  if (draft.subtitle) blocks.push(para(draft.subtitle, { align: 'center', spaceBefore: 4, keepWithNext: true }));
  blocks.push({ type: 'space', height: 10 });
  for (const section of draft.sections) {
    if (section.type === 'table') {
      blocks.push({
        type: 'table',
        widths: section.columns.map((c) => c.width / section.columns.reduce((sum, col) => sum + col.width, 0)),
        header: section.columns.map((c) => ({ runs: [{ text: c.title }] })),
        rows: section.rows.map((row) => section.columns.map((c, i) => ({ runs: [{ text: row[i] ?? '' }], align: c.align ?? 'left' }))),
        size: 12,
        spaceBefore: 2,
        spaceAfter: PARAGRAPH_GAP,
      });
    } else {
      const label = section.label ? [{ text: `${section.label}${section.text ? ' ' : ''}`, bold: true }] : [];
      blocks.push(para([...label, { text: section.text, italic: section.italic }], { spaceAfter: PARAGRAPH_GAP, keepWithNext: section.text === '' }));
    }
  }
  const signatures = draft.signatures.length === 1 ? [{ title: '' }, draft.signatures[0]!] : draft.signatures;
  if (signatures.length > 0 || draft.recipients.length > 0) {
    blocks.push({
      type: 'columns',
      spaceBefore: 14,
      columns: [
        { width: 0.48, blocks: [...recipientBlocks(draft.recipients), ...(signatures[0] ? signatureColumn(signatures[0], `${SIGNATURE_ANCHOR}-left`) : [])] },
        { width: 0.48, blocks: signatures[1] ? signatureColumn(signatures[1], SIGNATURE_ANCHOR) : [] },
      ],
    });
  }
  return { page: draft.landscape ? LANDSCAPE : DECREE_30_PAGE, blocks, pageNumbers: 'from-second' };
}
