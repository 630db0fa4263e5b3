// The fontkit subsetter has known bugs (it lost every glyph after an odd-length one in Noto Serif
// until fontkit-patches.ts padded them). Proof that none is left: the whole Vietnamese alphabet,
// every tone, both cases, four styles, rendered from the subsets and from the full fonts, pixel-equal.
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocumentFonts } from '../../scripts/documents/node-fonts';
import type { DocumentFonts } from '../../shared/documents';
import { DECREE_30_PAGE, type Block, type DocumentLayout } from '../../shared/documents/layout/model';
import { renderLayout } from '../../shared/documents/layout/render';
import { SENTENCES, vietnameseAlphabet } from './fixtures';
import { differingPixels, flowing, pdfText, renderPages, workDir, writePdf } from './support';

let fonts: DocumentFonts;
const dir = workDir();
beforeAll(async () => {
  fonts = await loadDocumentFonts();
});

const STYLES = [{}, { bold: true }, { italic: true }, { bold: true, italic: true }];

function alphabetSheet(): DocumentLayout {
  const blocks: Block[] = [];
  for (const style of STYLES) {
    for (const size of [13, 20]) {
      blocks.push({ type: 'paragraph', runs: [{ text: vietnameseAlphabet(), ...style }], size, align: 'left', spaceAfter: 6 });
    }
    blocks.push({ type: 'paragraph', runs: [{ text: SENTENCES.join(' '), ...style }], size: 13, align: 'justify', spaceAfter: 10 });
  }
  return { page: DECREE_30_PAGE, blocks, pageNumbers: 'from-second' };
}

async function render(name: string, subset: boolean): Promise<string> {
  const meta = { title: 'Bảng chữ cái tiếng Việt', author: 'Dossier Desk', date: new Date(Date.UTC(2026, 2, 16)) };
  const result = await renderLayout(alphabetSheet(), fonts, meta, { subset });
  if (!result.ok) throw new Error(result.error.message);
  return writePdf(dir, name, result.value);
}

describe('embedded font subsets', () => {
  it('draw every Vietnamese letter exactly as the full fonts do, in all four styles', async () => {
    const subsetFile = await render('alphabet-subset', true);
    const fullFile = await render('alphabet-full', false);
    const subsetPages = renderPages(subsetFile, 100);
    const fullPages = renderPages(fullFile, 100);
    expect(subsetPages.length).toBe(fullPages.length);
    subsetPages.forEach((page, i) => expect(differingPixels(page, fullPages[i]!, `${dir}/alphabet-diff-${i + 1}.png`)).toBe(0));
  }, 60_000);

  it('are subsets: a small part of the full fonts, marked as such', async () => {
    const subsetFile = await render('alphabet-subset-size', true);
    const fonts = execFileSync('pdffonts', [subsetFile], { encoding: 'utf8' });
    const rows = fonts.split('\n').filter((l) => l.includes('NotoSerif'));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+NotoSerif-\S+\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/u);
    const fullSize = execFileSync('stat', ['-c', '%s', await render('alphabet-full-size', false)], { encoding: 'utf8' });
    const subsetSize = execFileSync('stat', ['-c', '%s', subsetFile], { encoding: 'utf8' });
    expect(Number(subsetSize) * 5).toBeLessThan(Number(fullSize));
  });

  it('map every glyph back to its letter, so the alphabet can be copied out', async () => {
    const text = flowing(pdfText(await render('alphabet-text', true)));
    // Two sizes of each of the four styles.
    expect(text.split(vietnameseAlphabet()).length - 1).toBe(STYLES.length * 2);
    expect(text).toContain(SENTENCES.join(' '));
  });
});
