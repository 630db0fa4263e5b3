// Helpers for document tests: run the tools we did not write (qpdf, pdftotext, pdftoppm) on our
// PDFs and compare page images with pixelmatch.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const workDir = (): string => mkdtempSync(path.join(tmpdir(), 'dossier-desk-docs-'));

export function writePdf(dir: string, name: string, bytes: Uint8Array): string {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** qpdf's verdict; warnings count as failures, so callers check both fields. */
export function qpdfCheck(file: string): { status: number | null; output: string } {
  const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export function pdfText(file: string, options: { page?: number; layout?: boolean } = {}): string {
  const args = [...(options.layout ? ['-layout'] : []), ...(options.page ? ['-f', String(options.page), '-l', String(options.page)] : []), file, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8' });
}

/** Text with line breaks and runs of spaces folded, so sentences wrapped over lines compare whole. */
export const flowing = (text: string): string => text.replace(/\s+/gu, ' ').trim();

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

export type Word = { text: string; page: number; xMin: number; yMin: number; xMax: number; yMax: number };

/** Every word with its box in points (origin top-left), from pdftotext -bbox. */
export function pdfWords(file: string): Word[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/u.exec(line);
    if (m) words.push({ page, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"') });
  }
  return words;
}

/** Renders every page to PNG at `dpi`; answers the files in page order. */
export function renderPages(file: string, dpi: number): string[] {
  const prefix = file.replace(/\.pdf$/u, `-${dpi}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-png', file, prefix]);
  const dir = path.dirname(file);
  const base = path.basename(prefix);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort((a, b) => Number(/-(\d+)\.png$/u.exec(a)![1]) - Number(/-(\d+)\.png$/u.exec(b)![1]))
    .map((f) => path.join(dir, f));
}

/** Pixels that differ between two PNGs of equal size (threshold 0.1, anti-aliasing ignored). */
export function differingPixels(a: string, b: string, diffFile?: string): number {
  const left = PNG.sync.read(readFileSync(a));
  const right = PNG.sync.read(readFileSync(b));
  if (left.width !== right.width || left.height !== right.height) return Number.POSITIVE_INFINITY;
  const diff = new PNG({ width: left.width, height: left.height });
  const count = pixelmatch(left.data, right.data, diff.data, left.width, left.height, { threshold: 0.1 });
  if (diffFile && count > 0) writeFileSync(diffFile, PNG.sync.write(diff));
  return count;
}
