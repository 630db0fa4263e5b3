// Every template, rendered and read back by tools we did not write: qpdf finds nothing to warn
// about, and pdftotext returns every Vietnamese sentence, also when the input came in NFD.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocumentFonts } from '../../scripts/documents/node-fonts';
import { formatPlaceAndDate, renderDocument, type DocumentDraft, type DocumentFonts } from '../../shared/documents';
import { MOTTO, NATIONAL_TITLE } from '../../shared/documents/compose/decree30';
import { decision572, sampleDrafts, SENTENCES, toNfd } from './fixtures';
import { flowing, pdfInfo, pdfText, pdfWords, qpdfCheck, workDir, writePdf } from './support';

let fonts: DocumentFonts;
const dir = workDir();
beforeAll(async () => {
  fonts = await loadDocumentFonts();
});

const upper = (text: string) => text.toLocaleUpperCase('vi');
const withoutFinalStop = (text: string) => text.replace(/[.;,]+$/u, '');

/** What a reader must find in the PDF: every sentence the draft holds, as printed (caps where printed so). */
function printedTexts(draft: DocumentDraft): string[] {
  const common = [upper(draft.issuer.name), NATIONAL_TITLE, MOTTO, formatPlaceAndDate(draft.place, draft.date), draft.number && `Số: ${draft.number}`].filter(Boolean);
  if (draft.kind === 'decision') {
    return [...common, draft.summary, upper(draft.authority), ...draft.legalBases, ...draft.articles.flatMap((a) => a.paragraphs.map(withoutFinalStop)), ...draft.recipients.map((r) => `- ${r}`), draft.signer.name, './.'];
  }
  if (draft.kind === 'certificate') {
    return [...common, upper(draft.authority), ...draft.legalBases, ...draft.entries.map((e) => `${e.label}: ${e.value}`), ...draft.notes, draft.signer.name];
  }
  const sections = draft.sections.flatMap((s) => (s.type === 'text' ? [[s.label, s.text].filter(Boolean).join(' ')] : []));
  return [...common, draft.title, ...(draft.subtitle ? [draft.subtitle] : []), ...sections.filter((t) => t.length > 0)];
}

/** Table cells wrap inside narrow columns, where extraction interleaves lines of neighbouring cells: each word must come back exactly. */
function tableWords(draft: DocumentDraft): string[] {
  if (draft.kind !== 'form') return [];
  return draft.sections.flatMap((s) => (s.type === 'table' ? [...s.columns.map((c) => c.title), ...s.rows.flat()] : [])).flatMap((cell) => cell.normalize('NFC').split(/\s+/u)).filter(Boolean);
}

/** The document's text with the page numbers at the top of pages 2, 3, … taken out. */
function bodyText(file: string): string {
  const pages = pdfText(file).split('\f');
  return flowing(pages.map((page, i) => (i === 0 ? page : page.replace(new RegExp(`^\\s*${i + 1}\\s*\\n`, 'u'), ''))).join('\n'));
}

async function rendered(name: string, draft: unknown): Promise<string> {
  const result = await renderDocument(draft, fonts);
  if (!result.ok) throw new Error(result.error.message);
  return writePdf(dir, name, result.value);
}

const drafts: [string, DocumentDraft][] = [['decision-572', decision572()], ...Object.entries(sampleDrafts())];

describe('every template read back by qpdf and pdftotext', () => {
  it.each(drafts)('%s passes qpdf --check without warnings', async (name, draft) => {
    const { status, output } = qpdfCheck(await rendered(name, draft));
    expect(status).toBe(0);
    expect(output).toContain('No syntax or stream encoding errors found');
    expect(output.toLowerCase()).not.toContain('warning');
  });

  it.each(drafts)('%s gives back every sentence exactly', async (name, draft) => {
    const file = await rendered(`${name}-text`, draft);
    const text = bodyText(file);
    for (const sentence of printedTexts(draft)) expect(text).toContain(flowing(sentence));
    const words = new Set(pdfWords(file).map((w) => w.text));
    for (const word of tableWords(draft)) expect(words).toContain(word);
  });

  it.each(drafts)('%s typed in decomposed Unicode (NFD) reads back the same, precomposed', async (name, draft) => {
    const file = await rendered(`${name}-nfd`, toNfd(draft));
    const text = bodyText(file);
    for (const sentence of printedTexts(draft)) expect(text).toContain(flowing(sentence).normalize('NFC'));
    const words = new Set(pdfWords(file).map((w) => w.text));
    for (const word of tableWords(draft)) expect(words).toContain(word);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('keeps sentences whole in a paragraph of free text an officer typed', async () => {
    const draft = decision572();
    draft.articles[1] = { paragraphs: [SENTENCES.join(' ')] };
    const text = bodyText(await rendered('sentences', toNfd(draft)));
    for (const sentence of SENTENCES) expect(text).toContain(sentence);
  });
});

describe('documents rendered at the same time', () => {
  it('share the parsed fonts without mixing up each other’s glyphs or text', async () => {
    const files = await Promise.all(drafts.map(([name, draft]) => rendered(`${name}-parallel`, draft)));
    files.forEach((file, i) => {
      const text = bodyText(file);
      for (const sentence of printedTexts(drafts[i]![1])) expect(text).toContain(flowing(sentence));
    });
  });
});

describe('document metadata and stability', () => {
  it('names the document, its producer and its language', async () => {
    const file = await rendered('metadata', decision572());
    const info = pdfInfo(file);
    expect(info.Title).toBe('Quyết định số 572/QĐ-BKHCN phê duyệt Kế hoạch thực hiện Nghị quyết số 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử của Bộ Khoa học và Công nghệ');
    expect(info.Producer).toBe('Dossier Desk');
    expect(info.Creator).toBe('Dossier Desk');
    expect(info['Page size']).toContain('595.28 x 841.89');
    expect(readFileSync(file, 'latin1')).toContain('/Lang (vi-VN)');
  });

  it('gives the same bytes for the same draft, so reference images stay stable', async () => {
    const first = await renderDocument(decision572(), fonts);
    const second = await renderDocument(decision572(), fonts);
    expect(first.ok && second.ok).toBe(true);
    if (first.ok && second.ok) expect(Buffer.from(first.value).equals(Buffer.from(second.value))).toBe(true);
  });
});
