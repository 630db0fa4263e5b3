// Writes laid-out pages into a pdf-lib document as content streams we write as text: one text
// object per line, justified lines as TJ arrays that widen each real space (so copied text keeps
// single spaces), rules as stroked lines. Writing text rather than pdf-lib operator objects, and
// compressing through flate-cache, keeps a page's content off pdf-lib's JavaScript deflate.
import type { PDFDocument, PDFName } from 'pdf-lib';
import type { EmbeddedFonts, FontStyle } from '../fonts';
import type { PageGeometry, PageOps, TextOp } from './model';

/** A number as PDF writes it: at most three decimals, never an exponent or a negative zero. */
function num(n: number): string {
  const rounded = Math.round(n * 1000) / 1000;
  return rounded === 0 ? '0' : String(rounded);
}

function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** `[<glyphs…space> -n <glyphs…>] TJ`: the shift after each space glyph spreads a justified line. */
function adjusted(glyphs: string, space: string, shift: string): string {
  let out = '[<';
  for (let i = 0; i < glyphs.length; i += 4) {
    const glyph = glyphs.slice(i, i + 4);
    out += glyph;
    if (glyph === space && i + 4 < glyphs.length) out += `> ${shift} <`;
  }
  return `${out}>] TJ`;
}

export function paintPages(doc: PDFDocument, pages: readonly PageOps[], geometry: PageGeometry, fonts: EmbeddedFonts): void {
  const spaceHex = new Map<FontStyle, string>();
  const spaceOf = (style: FontStyle) => {
    let hex = spaceHex.get(style);
    if (hex === undefined) {
      hex = fonts[style].encodeText(' ').asString();
      spaceHex.set(style, hex);
    }
    return hex;
  };
  const h = geometry.height;

  for (const ops of pages) {
    const page = doc.addPage([geometry.width, geometry.height]);
    const keys = new Map<FontStyle, PDFName>();
    const keyOf = (style: FontStyle) => {
      let key = keys.get(style);
      if (!key) {
        key = page.node.newFontDictionary(`F${keys.size + 1}`, fonts[style].ref);
        keys.set(style, key);
      }
      return key.toString();
    };
    const lines: string[] = ['q', '0 g', '0 G'];
    const text = (op: TextOp) => {
      lines.push('BT', `${num(op.x)} ${num(h - op.y)} Td`);
      const shift = num((-op.wordSpacing * 1000) / op.size);
      for (const segment of op.segments) {
        lines.push(`${keyOf(segment.style)} ${num(op.size)} Tf`);
        const glyphs = fonts[segment.style].encodeText(segment.text).asString();
        lines.push(op.wordSpacing === 0 || !segment.text.includes(' ') ? `<${glyphs}> Tj` : adjusted(glyphs, spaceOf(segment.style), shift));
      }
      lines.push('ET');
    };
    for (const op of ops) {
      if (op.kind === 'text') text(op);
      else if (op.kind === 'line') lines.push(`${num(op.width)} w ${num(op.x1)} ${num(h - op.y1)} m ${num(op.x2)} ${num(h - op.y2)} l S`);
    }
    lines.push('Q');
    const stream = doc.context.flateStream(ascii(lines.join('\n')));
    page.node.addContentStream(doc.context.register(stream));
  }
}
