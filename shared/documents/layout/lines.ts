// Breaking a paragraph of styled runs into lines: greedy fill, measured with the embedded faces,
// justified by spreading the slack over the spaces of every line but the last.
import { err, ok, type Result } from '../../result';
import type { FontMetrics, FontStyle } from '../fonts';
import { styleOf, type ParagraphBlock, type Run, type TextSegment } from './model';

/** pdf-lib draws glyphs without mark positioning, so only precomposed (NFC) letters keep their tones. */
export const normalizeDocumentText = (text: string): string => text.normalize('NFC');

type Piece = { style: FontStyle; text: string; width: number };
/** A word may mix styles ("Điều 1." bold next to regular text) but never breaks inside. */
type Word = { pieces: Piece[]; width: number; space: Piece | null; hardBreak: boolean };

export type Line = { segments: TextSegment[]; width: number; spaces: number; last: boolean; indent: number };

function words(runs: readonly Run[], size: number, metrics: FontMetrics): Result<Word[]> {
  const result: Word[] = [];
  let current: Word = { pieces: [], width: 0, space: null, hardBreak: false };
  const flush = () => {
    if (current.pieces.length > 0) result.push(current);
    current = { pieces: [], width: 0, space: null, hardBreak: false };
  };
  for (const run of runs) {
    const style = styleOf(run);
    const face = metrics[style];
    // Tabs and repeated spaces collapse; a newline forces a line break.
    for (const token of normalizeDocumentText(run.text).split(/(\n|[ \t\r\u00a0]+)/u)) {
      if (token === '') continue;
      if (token === '\n') {
        if (current.pieces.length === 0) current.pieces.push({ style, text: '', width: 0 });
        current.hardBreak = true;
        flush();
      } else if (/^[ \t\r\u00a0]+$/u.test(token)) {
        if (current.pieces.length > 0) {
          current.space = { style, text: ' ', width: face.width(' ') * size };
          flush();
        }
      } else {
        const missing = face.missing(token);
        if (missing !== undefined) {
          return err('GLYPH_MISSING', `Phông chữ văn bản không có ký tự «${missing}» (U+${missing.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) trong «${token}»; hãy gõ lại bằng chữ tiếng Việt thông thường.`);
        }
        const width = face.width(token) * size;
        current.pieces.push({ style, text: token, width });
        current.width += width;
      }
    }
  }
  flush();
  return ok(result);
}

/**
 * A word wider than the line is cut: after a '-' or '/' that fits (dossier codes, document numbers),
 * else between letters, the only way it can be shown at all.
 */
function splitLongWord(word: Word, available: number, size: number, metrics: FontMetrics): Word[] {
  const [only] = word.pieces;
  if (word.pieces.length === 1 && only) {
    const face = metrics[only.style];
    const chars = [...only.text];
    let cut = -1;
    for (let i = 1; i < chars.length; i++) {
      if ((chars[i - 1] === '-' || chars[i - 1] === '/') && face.width(chars.slice(0, i).join('')) * size <= available) cut = i;
    }
    if (cut > 0) {
      const head = chars.slice(0, cut).join('');
      const tail = chars.slice(cut).join('');
      const piece = (text: string) => ({ style: only.style, text, width: face.width(text) * size });
      const rest: Word = { pieces: [piece(tail)], width: face.width(tail) * size, space: word.space, hardBreak: word.hardBreak };
      const first: Word = { pieces: [piece(head)], width: face.width(head) * size, space: null, hardBreak: false };
      return [first, ...(rest.width > available ? splitLongWord(rest, available, size, metrics) : [rest])];
    }
  }
  const parts: Word[] = [];
  let part: Word = { pieces: [], width: 0, space: null, hardBreak: false };
  for (const piece of word.pieces) {
    for (const char of piece.text) {
      const width = metrics[piece.style].width(char) * size;
      if (part.width + width > available && part.width > 0) {
        parts.push(part);
        part = { pieces: [], width: 0, space: null, hardBreak: false };
      }
      const last = part.pieces.at(-1);
      if (last && last.style === piece.style) {
        last.text += char;
        last.width += width;
      } else part.pieces.push({ style: piece.style, text: char, width });
      part.width += width;
    }
  }
  part.space = word.space;
  part.hardBreak = word.hardBreak;
  parts.push(part);
  return parts;
}

function toLine(lineWords: Word[], last: boolean, indent: number): Line {
  const segments: TextSegment[] = [];
  let width = 0;
  let spaces = 0;
  const push = (style: FontStyle, text: string) => {
    const previous = segments.at(-1);
    if (previous && previous.style === style) previous.text += text;
    else segments.push({ style, text });
  };
  lineWords.forEach((word, i) => {
    for (const piece of word.pieces) if (piece.text) push(piece.style, piece.text);
    width += word.width;
    if (i < lineWords.length - 1 && word.space) {
      push(word.space.style, ' ');
      width += word.space.width;
      spaces++;
    }
  });
  return { segments, width, spaces, last, indent };
}

/** The lines of a paragraph within `width` points; `indent` and `firstLineIndent` narrow them. */
export function breakLines(block: ParagraphBlock, width: number, metrics: FontMetrics): Result<Line[]> {
  const parsed = words(block.runs, block.size, metrics);
  if (!parsed.ok) return parsed;
  const indent = block.indent ?? 0;
  const firstIndent = indent + (block.firstLineIndent ?? 0);
  const lines: Line[] = [];
  let current: Word[] = [];
  let used = 0;
  const available = () => width - (lines.length === 0 ? firstIndent : indent);
  const close = (last: boolean) => {
    lines.push(toLine(current, last, lines.length === 0 ? firstIndent : indent));
    current = [];
    used = 0;
  };
  const queue = [...parsed.value];
  while (queue.length > 0) {
    let word = queue.shift()!;
    const gap = current.length > 0 ? (current.at(-1)!.space?.width ?? 0) : 0;
    if (current.length > 0 && used + gap + word.width > available()) close(false);
    if (current.length === 0 && word.width > available()) {
      const [first, ...rest] = splitLongWord(word, available(), block.size, metrics);
      queue.unshift(...rest);
      word = first!;
    }
    used += (current.length > 0 ? gap : 0) + word.width;
    current.push(word);
    if (word.hardBreak) close(true);
  }
  if (current.length > 0 || lines.length === 0) close(true);
  return ok(lines);
}
