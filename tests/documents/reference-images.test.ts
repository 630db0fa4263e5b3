// Layout regressions: pages rendered by pdftoppm at 60 dpi must match the approved images in
// reference/ within a small tolerance. After a deliberate layout change, look at the new pages and
// approve them with `UPDATE_REFERENCE=1 npx vitest run tests/documents/reference-images.test.ts`.
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocumentFonts } from '../../scripts/documents/node-fonts';
import { renderDocument, type DocumentDraft, type DocumentFonts } from '../../shared/documents';
import { decision572, sampleDrafts } from './fixtures';
import { differingPixels, renderPages, workDir, writePdf } from './support';

const REFERENCE = path.join(import.meta.dirname, 'reference');
const UPDATE = process.env.UPDATE_REFERENCE === '1';
// Anti-aliasing can shift with the poppler version; a moved line or a lost word changes far more.
const TOLERATED_SHARE = 0.002;

let fonts: DocumentFonts;
const dir = workDir();
beforeAll(async () => {
  fonts = await loadDocumentFonts();
});

const samples = sampleDrafts();
const documents: [string, DocumentDraft][] = [
  ['decision-572', decision572()],
  ['decision', samples.decision!],
  ['certificate', samples.certificate!],
  ['form-01', samples['form-01']!],
  ['form-04', samples['form-04']!],
  ['form-06', samples['form-06']!],
  ['form-07', samples['form-07']!],
];

describe('rendered pages match the approved reference images', () => {
  it.each(documents)('%s', async (name, draft) => {
    const result = await renderDocument(draft, fonts);
    if (!result.ok) throw new Error(result.error.message);
    const pages = renderPages(writePdf(dir, name, result.value), 60);
    const references = (existsSync(REFERENCE) ? readdirSync(REFERENCE) : []).filter((f) => new RegExp(`^${name}-\\d+\\.png$`, 'u').test(f)).sort();
    if (UPDATE) {
      mkdirSync(REFERENCE, { recursive: true });
      for (const old of references) rmSync(path.join(REFERENCE, old));
      pages.forEach((page, i) => copyFileSync(page, path.join(REFERENCE, `${name}-${i + 1}.png`)));
      return;
    }
    expect(references.length, `no approved images for ${name}: run with UPDATE_REFERENCE=1 and look at them`).toBe(pages.length);
    pages.forEach((page, i) => {
      const reference = path.join(REFERENCE, `${name}-${i + 1}.png`);
      const diff = path.join(dir, `${name}-${i + 1}-diff.png`);
      const differing = differingPixels(page, reference, diff);
      // 60 dpi A4 is 496 × 702 pixels.
      expect(differing, `${name} page ${i + 1} differs from ${reference}; see ${diff}`).toBeLessThanOrEqual(496 * 702 * TOLERATED_SHARE);
    });
  }, 60_000);
});
