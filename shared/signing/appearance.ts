// The visible face of a signature (the widget's /AP /N form XObject), drawn the Vietnamese way:
// an individual's handwritten signature (blue, transparent PNG) with their name beneath; for the
// agency, the red seal over the left third of the box, with the agency name and the signing time.
// pdf-lib leaves signature widgets blank, so this is ours; objects land in the loaded document's
// context and are written out by the incremental update like any other new object.
// Text is drawn as glyph outlines shaped by fontkit, not as an embedded font: pdf-lib's fontkit
// subsetter drops glyphs of the Noto fonts, a full embedding would add ~600 KB per signature, and
// shaping positions Vietnamese stacked marks properly. The signer's name is in /Name for tools.
// Speed matters in the leader's batch: decoded PNGs and glyph outlines are cached across documents
// and the content stream is written as text rather than as pdf-lib operator objects.
import fontkit, { type Font } from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFObjectCopier, PDFRef } from 'pdf-lib';
import { formatVietnamTime } from './signing-time';

export type Box = { x: number; y: number; width: number; height: number };

export type SignatureAppearance =
  | {
      kind: 'individual';
      /** The signer's handwritten signature: PNG, transparent background. */
      signatureImage: Uint8Array;
      signerName: string;
      /** A TTF with Vietnamese coverage (e.g. Noto Sans); its outlines draw the text. */
      font: Uint8Array;
    }
  | {
      kind: 'agency';
      /** The agency's red seal: PNG, transparent background; drawn over the left third. */
      sealImage: Uint8Array;
      agencyName: string;
      /** The leader's handwritten signature, under the seal, when the agency signature is theirs. */
      signatureImage?: Uint8Array;
      signerName?: string;
      font: Uint8Array;
    };

const TEXT_SIZE = 7.5;
const LINE = TEXT_SIZE * 1.25;

type PathCommand = { command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath'; args: number[] };
type ParsedFont = { font: Font; glyphPaths: Map<number, string> };
type DecodedImage = { scratch: PDFDocument; ref: PDFRef; width: number; height: number };

// Keyed by the caller's bytes: a batch passes the same font and images for every document.
const parsedFonts = new WeakMap<Uint8Array, ParsedFont>();
const decodedImages = new WeakMap<Uint8Array, Promise<DecodedImage>>();

function parseFont(bytes: Uint8Array): ParsedFont {
  let parsed = parsedFonts.get(bytes);
  if (!parsed) parsedFonts.set(bytes, (parsed = { font: fontkit.create(bytes), glyphPaths: new Map() }));
  return parsed;
}

/** The PNG decoded and compressed once, in a scratch document whose objects are copied per use. */
function decodeImage(bytes: Uint8Array): Promise<DecodedImage> {
  let decoded = decodedImages.get(bytes);
  if (!decoded) {
    decoded = (async () => {
      const scratch = await PDFDocument.create();
      const image = await scratch.embedPng(bytes);
      await scratch.flush();
      return { scratch, ref: image.ref, width: image.width, height: image.height };
    })();
    decodedImages.set(bytes, decoded);
  }
  return decoded;
}

const n = (value: number) => String(Math.round(value * 100) / 100);

/** A glyph's outline as path operators at TEXT_SIZE, origin at its pen position; curves made cubic. */
function glyphPath({ glyphPaths }: ParsedFont, glyph: { id: number; path: unknown }, unitsPerEm: number): string {
  let cached = glyphPaths.get(glyph.id);
  if (cached !== undefined) return cached;
  const k = TEXT_SIZE / unitsPerEm;
  const ops: string[] = [];
  let current: [number, number] = [0, 0];
  for (const { command, args } of (glyph.path as { commands: PathCommand[] }).commands) {
    const p = args.map((v) => v * k);
    if (command === 'moveTo') ops.push(`${n(p[0]!)} ${n(p[1]!)} m`);
    else if (command === 'lineTo') ops.push(`${n(p[0]!)} ${n(p[1]!)} l`);
    else if (command === 'bezierCurveTo') ops.push(`${p.map(n).join(' ')} c`);
    else if (command === 'quadraticCurveTo') {
      // A quadratic Bézier is the cubic whose control points sit 2/3 of the way to its one.
      const [qx, qy, ex, ey] = p as [number, number, number, number];
      const c1 = [current[0] + (2 / 3) * (qx - current[0]), current[1] + (2 / 3) * (qy - current[1])];
      const c2 = [ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey)];
      ops.push(`${[...c1, ...c2, ex, ey].map(n).join(' ')} c`);
    } else ops.push('h');
    if (command !== 'closePath') current = [p[p.length - 2]!, p[p.length - 1]!];
  }
  cached = ops.join('\n');
  glyphPaths.set(glyph.id, cached);
  return cached;
}

const widthOf = ({ font }: ParsedFont, text: string) => (font.layout(text).advanceWidth * TEXT_SIZE) / font.unitsPerEm;

/** Greedy word wrap by the font's real advance widths. */
function wrap(font: ParsedFont, text: string, width: number): string[] {
  const whole = text.normalize('NFC');
  if (widthOf(font, whole) <= width) return [whole];
  const lines: string[] = [];
  let line = '';
  for (const word of whole.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && widthOf(font, candidate) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

class Canvas {
  readonly ops: string[] = [];
  readonly xObjects: Record<string, PDFRef> = {};
  constructor(private readonly doc: PDFDocument) {}

  async image(name: string, png: Uint8Array, area: Box): Promise<void> {
    const image = await decodeImage(png);
    const scale = Math.min(area.width / image.width, area.height / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    this.xObjects[name] = PDFObjectCopier.for(image.scratch.context, this.doc.context).copy(image.ref);
    this.ops.push(`q ${n(w)} 0 0 ${n(h)} ${n(area.x + (area.width - w) / 2)} ${n(area.y + (area.height - h) / 2)} cm /${name} Do Q`);
  }

  /** Lines top-down from `top`, centred in [x, x + width], as filled glyph outlines. */
  text(parsed: ParsedFont, lines: string[], x: number, width: number, top: number, rgb: [number, number, number]): void {
    const { font } = parsed;
    const scale = TEXT_SIZE / font.unitsPerEm;
    this.ops.push(`q ${rgb.map(n).join(' ')} rg`);
    lines.forEach((line, i) => {
      const run = font.layout(line);
      let penX = x + Math.max(0, (width - run.advanceWidth * scale) / 2);
      const baseline = top - TEXT_SIZE - i * LINE;
      run.glyphs.forEach((glyph, g) => {
        const position = run.positions[g]!;
        const outline = glyphPath(parsed, glyph, font.unitsPerEm);
        if (outline) this.ops.push(`q 1 0 0 1 ${n(penX + position.xOffset * scale)} ${n(baseline + position.yOffset * scale)} cm\n${outline}\nf Q`);
        penX += position.xAdvance * scale;
      });
    });
    this.ops.push('Q');
  }
}

/** Draws the appearance into `doc` and answers the form XObject's reference. */
export async function drawAppearance(doc: PDFDocument, appearance: SignatureAppearance, box: Box, signingTime: Date): Promise<PDFRef> {
  const font = parseFont(appearance.font);
  const canvas = new Canvas(doc);
  const { width, height } = box;
  const blue: [number, number, number] = [0.05, 0.15, 0.55];
  const red: [number, number, number] = [0.75, 0.05, 0.05];

  if (appearance.kind === 'individual') {
    const name = wrap(font, appearance.signerName, width - 4);
    const textHeight = name.length * LINE + 2;
    await canvas.image('Sig', appearance.signatureImage, { x: 2, y: textHeight, width: width - 4, height: height - textHeight - 2 });
    canvas.text(font, name, 2, width - 4, textHeight, blue);
  } else {
    const third = width / 3;
    const textX = third + 2;
    const textWidth = width - third - 4;
    const lines = [
      ...wrap(font, `Ký bởi: ${appearance.agencyName}`, textWidth),
      ...(appearance.signerName ? wrap(font, appearance.signerName, textWidth) : []),
      ...wrap(font, `Ngày ký: ${formatVietnamTime(signingTime)}`, textWidth),
    ];
    if (appearance.signatureImage) {
      const imageTop = height - lines.length * LINE - 4;
      await canvas.image('Sig', appearance.signatureImage, { x: third * 0.6, y: 2, width: width - third * 0.6 - 2, height: Math.max(10, imageTop) });
    }
    canvas.text(font, lines, textX, textWidth, height - 2, red);
    // The seal goes last so it lies over the signature, as the stamp does on paper.
    await canvas.image('Seal', appearance.sealImage, { x: 0, y: 0, width: third, height });
  }

  const xObject = doc.context.flateStream(canvas.ops.join('\n'), {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, width, height],
    Resources: { XObject: canvas.xObjects, ProcSet: [PDFName.of('PDF'), PDFName.of('ImageC')] },
  });
  return doc.context.register(xObject);
}
