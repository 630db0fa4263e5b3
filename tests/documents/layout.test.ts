// The layout engine judged by its outcome in the PDF: justified lines reach the right margin, tables
// split between rows and repeat their header, page numbers sit in the top margin from page 2, and a
// field too long for its box is refused with a message instead of a broken document.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocumentFonts } from '../../scripts/documents/node-fonts';
import { locateSignature, renderDocument, type DocumentFonts, type FormDraft } from '../../shared/documents';
import { fontMetrics } from '../../shared/documents/fonts';
import { breakLines } from '../../shared/documents/layout/lines';
import { DECREE_30_PAGE } from '../../shared/documents/layout/model';
import { decision572, registerDossiers, sampleDrafts } from './fixtures';
import { pdfText, pdfWords, workDir, writePdf, type Word } from './support';

let fonts: DocumentFonts;
const dir = workDir();
beforeAll(async () => {
  fonts = await loadDocumentFonts();
});

const RIGHT_EDGE = DECREE_30_PAGE.width - DECREE_30_PAGE.right;
const LEFT_EDGE = DECREE_30_PAGE.left;

async function rendered(name: string, draft: unknown): Promise<string> {
  const result = await renderDocument(draft, fonts);
  if (!result.ok) throw new Error(result.error.message);
  return writePdf(dir, name, result.value);
}

/** Words grouped into printed lines (same page, same baseline). */
function lines(words: Word[]): Word[][] {
  const byLine = new Map<string, Word[]>();
  for (const word of words) {
    const key = `${word.page}:${Math.round(word.yMax)}`;
    byLine.set(key, [...(byLine.get(key) ?? []), word]);
  }
  return [...byLine.values()];
}

describe('paragraphs', () => {
  it('are justified: full lines of the articles end exactly at the right margin, none beyond', async () => {
    const words = pdfWords(await rendered('justified', decision572()));
    const bodyLines = lines(words).filter((line) => Math.min(...line.map((w) => w.xMin)) < LEFT_EDGE + 40 && line.length > 6);
    const ends = bodyLines.map((line) => Math.max(...line.map((w) => w.xMax)));
    expect(ends.filter((end) => Math.abs(end - RIGHT_EDGE) < 0.5).length).toBeGreaterThan(30);
    expect(Math.max(...ends)).toBeLessThan(RIGHT_EDGE + 0.5);
  });

  it('measure decomposed (NFD) text like the precomposed text it becomes', () => {
    const metrics = fontMetrics(fonts);
    const paragraph = (text: string) => ({ type: 'paragraph' as const, runs: [{ text }], size: 13, align: 'justify' as const });
    const text = 'Thủ trưởng các đơn vị tập trung chỉ đạo, tăng cường công tác kiểm tra, đôn đốc việc triển khai thực hiện kế hoạch.';
    const nfc = breakLines(paragraph(text), 300, metrics);
    const nfd = breakLines(paragraph(text.normalize('NFD')), 300, metrics);
    expect(nfd).toEqual(nfc);
  });

  it('cut a code too wide for its column after a hyphen, not in the middle of a number', () => {
    const block = { type: 'paragraph' as const, runs: [{ text: 'CATBXHN-251121-0001' }], size: 12, align: 'left' as const };
    const laid = breakLines(block, 80, fontMetrics(fonts));
    expect(laid.ok && laid.value.map((line) => line.segments.map((s) => s.text).join(''))).toEqual(['CATBXHN-', '251121-0001']);
  });

  it('keep the closing article with the signature, so a signature never stands alone on a page', async () => {
    const file = await rendered('closing', decision572());
    const pages = pdfText(file).split('\f').filter((p) => p.trim());
    const last = pages.at(-1)!;
    expect(last).toContain('Nguyễn Văn Ký');
    expect(last).toContain('Điều 3.');
  });
});

describe('pages', () => {
  it('are numbered from the second page, centred in the top margin', async () => {
    const file = await rendered('numbered', decision572());
    const words = pdfWords(file);
    const pageCount = Math.max(...words.map((w) => w.page));
    expect(pageCount).toBeGreaterThanOrEqual(2);
    expect(words.some((w) => w.page === 1 && w.yMax < DECREE_30_PAGE.top)).toBe(false);
    for (let page = 2; page <= pageCount; page++) {
      const inMargin = words.filter((w) => w.page === page && w.yMax < DECREE_30_PAGE.top);
      expect(inMargin.map((w) => w.text)).toEqual([String(page)]);
      const centre = (inMargin[0]!.xMin + inMargin[0]!.xMax) / 2;
      expect(Math.abs(centre - (LEFT_EDGE + RIGHT_EDGE) / 2)).toBeLessThan(1);
    }
  });
});

describe('the signature area', () => {
  it('is reported where the blank space between the signer’s title and name is printed', async () => {
    const draft = decision572();
    const area = locateSignature(draft, fonts);
    if (!area.ok) throw new Error(area.error.message);
    const words = pdfWords(await rendered('signature-area', draft)).filter((w) => w.page === area.value.page + 1);
    const title = words.find((w) => w.text === 'THỨ')!;
    const name = words.find((w) => w.text === 'Ký')!;
    const top = DECREE_30_PAGE.height - (area.value.y + area.value.height);
    const bottom = DECREE_30_PAGE.height - area.value.y;
    expect(area.value.page).toBe(2);
    expect(top).toBeGreaterThanOrEqual(title.yMax - 2);
    expect(bottom).toBeLessThanOrEqual(name.yMin + 2);
    expect(area.value.x).toBeLessThanOrEqual(title.xMin);
    expect(area.value.x + area.value.width).toBeGreaterThanOrEqual(name.xMax);
  });

  it('is missing from a form without signatures, said so in Vietnamese', () => {
    expect(locateSignature(sampleDrafts()['form-06'], fonts)).toEqual({ ok: false, error: { code: 'SIGNATURE_AREA_MISSING', message: 'Văn bản này không có ô chữ ký.' } });
  });
});

describe('tables', () => {
  it('split between rows across pages and repeat the header row on each page', async () => {
    const register = sampleDrafts()['form-07'] as FormDraft;
    const file = await rendered('register', register);
    const pages = pdfText(file, { layout: true }).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) expect(page).toMatch(/STT\s+Mã hồ sơ\s+Chủ hồ sơ/u);
    // Every dossier code appears once, whole, on one line: no row was cut in two.
    const codes = registerDossiers(40).map((d) => d.code);
    const all = pages.join('\n');
    for (const code of codes) expect(all.split(code).length - 1).toBe(1);
  });
});

describe('a field too long for its box', () => {
  const cases: [string, (d: ReturnType<typeof decision572>) => void, string][] = [
    ['the issuing body', (d) => void (d.issuer.name = 'Cục Ứng dụng và Phát triển công nghệ, thông tin, truyền thông và chuyển đổi số khoa học và công nghệ'), 'Tên cơ quan ban hành'],
    ['the number and symbol', (d) => void (d.number = '1234567/QĐ-UDCNTTTTCĐSKHCN-HN-2026'), 'Số, ký hiệu'],
    ['the place and date', (d) => void (d.place = 'Thành phố Hồ Chí Minh, cơ sở phía Nam'), 'Địa danh và ngày tháng'],
    ['the signer’s name', (d) => void (d.signer.name = 'Tôn Nữ Thị Hoàng Phương Thảo Nguyên Kim Chi'), 'Họ tên người ký'],
  ];

  it.each(cases)('%s: refused with a message naming the field, and no PDF', async (_label, spoil, field) => {
    const draft = decision572();
    spoil(draft);
    const result = await renderDocument(draft, fonts);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(['FIELD_TOO_LONG', 'DRAFT_INVALID']).toContain(result.error.code);
      expect(result.error.message).toContain(`«${field}»`);
    }
  });

  it('a field over its length limit is refused by the schema in Vietnamese', async () => {
    const draft = decision572();
    draft.summary = 'Về việc '.repeat(80);
    const result = await renderDocument(draft, fonts);
    expect(result).toEqual({ ok: false, error: { code: 'DRAFT_INVALID', message: '«Trích yếu» dài quá 400 ký tự.' } });
  });

  it('a character the font cannot draw is refused rather than printed as a box', async () => {
    const draft = decision572();
    draft.signer.name = 'Nguyễn Văn Ký 😀';
    const result = await renderDocument(draft, fonts);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('GLYPH_MISSING');
  });
});
