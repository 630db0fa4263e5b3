// The Decree 30/2020 decision (Appendix I, form 1.3 for an individual's decision): heading, title
// and summary, authority, italic legal bases, "QUYẾT ĐỊNH:", articles, "./.", recipients, signature.
import type { DecisionDraft } from '../draft-schema';
import { DECREE_30_PAGE, type Block, type DocumentLayout } from '../layout/model';
import { bottom, FIRST_LINE_INDENT, heading, para, PARAGRAPH_GAP, TITLE_SIZE } from './decree30';

export const END_MARK = './.';

export function decisionLayout(draft: DecisionDraft): DocumentLayout {
  const centredTitle = { align: 'center' as const, size: TITLE_SIZE, leading: 1.25, keepWithNext: true };
  const body = { firstLineIndent: FIRST_LINE_INDENT, spaceAfter: PARAGRAPH_GAP };
  const blocks: Block[] = [
    ...heading(draft.issuer, draft.number, draft.place, draft.date),
    { type: 'space', height: 20 },
    para([{ text: 'QUYẾT ĐỊNH', bold: true }], centredTitle),
    para([{ text: draft.summary, bold: true }], { ...centredTitle, rule: 0.4, fit: { field: 'Trích yếu', maxLines: 4 } }),
    para([{ text: draft.authority.toLocaleUpperCase('vi'), bold: true }], { ...centredTitle, spaceBefore: 16, spaceAfter: 10, fit: { field: 'Thẩm quyền ban hành', maxLines: 3 } }),
    ...draft.legalBases.map((basis) => para([{ text: basis, italic: true }], body)),
    para([{ text: 'QUYẾT ĐỊNH:', bold: true }], { ...centredTitle, spaceBefore: 6, spaceAfter: 10 }),
  ];
  draft.articles.forEach((article, a) => {
    article.paragraphs.forEach((text, p) => {
      const last = a === draft.articles.length - 1 && p === article.paragraphs.length - 1;
      // The end mark takes the place of the final full stop.
      const content = last && !text.endsWith(END_MARK) ? `${text.replace(/[.;,]+$/u, '')}${END_MARK}` : text;
      // The signature never stands alone on a page: the closing paragraph goes with it.
      blocks.push(para(p === 0 ? [{ text: `Điều ${a + 1}. `, bold: true }, { text: content }] : content, { ...body, keepWithNext: last }));
    });
  });
  blocks.push(bottom(draft.recipients, draft.signer));
  return { page: DECREE_30_PAGE, blocks, pageNumbers: 'from-second' };
}
