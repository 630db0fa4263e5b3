// The four faces of the document font, given as bytes by the host (Vite `?url` in the renderer,
// the disk in Node), parsed once per byte array and embedded into each PDF as a subset.
import * as fontkitModule from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { patchFont } from './fontkit-patches';

type Fontkit = { create(bytes: Uint8Array): Font };
// The package's typings declare named exports, its ES build has only a default one.
const fontkit = ((fontkitModule as { default?: Fontkit }).default ?? fontkitModule) as Fontkit;

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';
export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

/** TrueType bytes of each face; Noto Serif in the app, any font with full Vietnamese coverage works. */
export type DocumentFonts = Readonly<Record<FontStyle, Uint8Array>>;

// Ligatures would map one glyph to several letters and make copied text depend on the viewer.
export const LAYOUT_FEATURES = { liga: false, clig: false, dlig: false } as const;

// Parsing a 500 KB TTF costs milliseconds; keyed by the byte array so every document reuses it.
const parsed = new WeakMap<Uint8Array, Font>();

function parse(bytes: Uint8Array): Font {
  let font = parsed.get(bytes);
  if (!font) {
    font = patchFont(fontkit.create(bytes), LAYOUT_FEATURES);
    parsed.set(bytes, font);
  }
  return font;
}

/** Hands pdf-lib the already parsed font instead of letting embedFont parse the bytes again. */
const cachingFontkit: Fontkit = { create: (bytes) => parse(bytes) };

/** Glyph advance widths of one face, measured the way pdf-lib writes them to /W, per word and cached. */
export class FaceMetrics {
  private readonly words = new Map<string, { width: number; missing: string | undefined }>();
  private readonly scale: number;
  /** In 1/1000 em. */
  readonly ascent: number;
  readonly descent: number;

  constructor(readonly font: Font) {
    this.scale = 1000 / font.unitsPerEm;
    this.ascent = font.ascent * this.scale;
    this.descent = font.descent * this.scale;
  }

  private measure(text: string): { width: number; missing: string | undefined } {
    let word = this.words.get(text);
    if (!word) {
      let units = 0;
      for (const glyph of this.font.layout(text, LAYOUT_FEATURES).glyphs) units += glyph.advanceWidth;
      const missing = [...text].find((c) => /\S/u.test(c) && !this.font.hasGlyphForCodePoint(c.codePointAt(0)!));
      word = { width: (units * this.scale) / 1000, missing };
      if (this.words.size > 50_000) this.words.clear();
      this.words.set(text, word);
    }
    return word;
  }

  /** Width at 1 pt; kerning is left out because pdf-lib draws advance widths only. */
  width(text: string): number {
    return this.measure(text).width;
  }

  /** The first character of `text` the face has no glyph for (it would print as an empty box). */
  missing(text: string): string | undefined {
    return this.measure(text).missing;
  }
}

const metricsCache = new WeakMap<Uint8Array, FaceMetrics>();

export type FontMetrics = Readonly<Record<FontStyle, FaceMetrics>>;

export function fontMetrics(fonts: DocumentFonts): FontMetrics {
  const face = (bytes: Uint8Array): FaceMetrics => {
    let metrics = metricsCache.get(bytes);
    if (!metrics) {
      metrics = new FaceMetrics(parse(bytes));
      metricsCache.set(bytes, metrics);
    }
    return metrics;
  };
  return { regular: face(fonts.regular), bold: face(fonts.bold), italic: face(fonts.italic), boldItalic: face(fonts.boldItalic) };
}

export type EmbeddedFonts = Readonly<Record<FontStyle, PDFFont>>;

// Subset tags are normally random; fixed ones keep the bytes of a document stable for a fixed input.
const SUBSET_TAGS: Record<FontStyle, string> = { regular: 'DDSKAA', bold: 'DDSKAB', italic: 'DDSKAC', boldItalic: 'DDSKAD' };

export async function embedFonts(doc: PDFDocument, fonts: DocumentFonts, options: { subset: boolean }): Promise<EmbeddedFonts> {
  doc.registerFontkit(cachingFontkit as Parameters<PDFDocument['registerFontkit']>[0]);
  const embed = (style: FontStyle) => {
    const name = parse(fonts[style]).postscriptName ?? `DossierDesk-${style}`;
    return doc.embedFont(fonts[style], {
      subset: options.subset,
      customName: options.subset ? `${SUBSET_TAGS[style]}+${name}` : name,
      features: LAYOUT_FEATURES,
    });
  };
  const [regular, bold, italic, boldItalic] = await Promise.all(FONT_STYLES.map(embed));
  return { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! };
}

/**
 * Parses the faces and builds fontkit's shaping tables ahead of the first document (about half a
 * second the first time): call it when the app is idle, or in a worker as it starts.
 */
export function warmUpFonts(fonts: DocumentFonts): void {
  const metrics = fontMetrics(fonts);
  for (const style of FONT_STYLES) metrics[style].width('Cộng hòa xã hội chủ nghĩa Việt Nam');
}
