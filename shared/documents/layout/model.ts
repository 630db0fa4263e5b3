// The layout engine's input: blocks of styled text placed top to bottom on A4 pages. Templates
// compose these; the engine measures them with the embedded font and paginates.
import type { FontStyle } from '../fonts';

export type Run = { text: string; bold?: boolean; italic?: boolean };
export type Align = 'left' | 'center' | 'right' | 'justify';

/** A box a field must fit in; overflowing it is the officer's error, reported with the field's name. */
export type Fit = { field: string; maxLines: number };

export type ParagraphBlock = {
  type: 'paragraph';
  runs: Run[];
  size: number;
  align: Align;
  firstLineIndent?: number;
  /** Left indent of every line, in points. */
  indent?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** Baseline-to-baseline distance as a multiple of the size. */
  leading?: number;
  /** A centred rule under the last line, as a fraction of the widest line (Decree 30 headers). */
  rule?: number;
  /** Do not end a page after this block (titles, "Nơi nhận:"). */
  keepWithNext?: boolean;
  fit?: Fit;
};

/** Vertical space; an `anchor` names it so its place on the page can be found (the signature area). */
export type SpaceBlock = { type: 'space'; height: number; anchor?: string };

/** Side-by-side columns that stay together on one page: the header, the signature area. */
export type ColumnsBlock = {
  type: 'columns';
  /** Fractions of the text width; the remainder is the gap. */
  columns: { width: number; blocks: Block[] }[];
  spaceBefore?: number;
  spaceAfter?: number;
};

export type TableCell = { runs: Run[]; align?: Align };

/** A ruled table; rows never split, and the header row repeats on each page the table reaches. */
export type TableBlock = {
  type: 'table';
  /** Column widths as fractions of the text width, summing to 1. */
  widths: number[];
  header: TableCell[];
  rows: TableCell[][];
  size: number;
  spaceBefore?: number;
  spaceAfter?: number;
};

export type Block = ParagraphBlock | SpaceBlock | ColumnsBlock | TableBlock;

export type PageGeometry = { width: number; height: number; top: number; bottom: number; left: number; right: number };

const MM = 72 / 25.4;
/** A4 with Decree 30/2020 margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
export const DECREE_30_PAGE: PageGeometry = { width: 595.28, height: 841.89, top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };

export type DocumentLayout = {
  page: PageGeometry;
  blocks: Block[];
  /** Decree 30: Arabic numerals centred in the top margin, from the second page on. */
  pageNumbers: 'from-second' | 'none';
};

export const styleOf = (run: { bold?: boolean; italic?: boolean }): FontStyle =>
  run.bold ? (run.italic ? 'boldItalic' : 'bold') : run.italic ? 'italic' : 'regular';

// What the painter draws: text lines made of same-style segments, and rules.
export type TextSegment = { style: FontStyle; text: string };
export type TextOp = { kind: 'text'; x: number; y: number; size: number; segments: TextSegment[]; wordSpacing: number };
export type LineOp = { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number };
/** Draws nothing: where a named space ended up, for whoever places images there (signing). */
export type AnchorOp = { kind: 'anchor'; name: string; x: number; y: number; width: number; height: number };
export type DrawOp = TextOp | LineOp | AnchorOp;
/** Coordinates from the top-left corner of the page, in points. */
export type PageOps = DrawOp[];
