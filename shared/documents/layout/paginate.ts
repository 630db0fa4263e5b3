// Places blocks on A4 pages: paragraphs flow line by line across pages, columns and table rows
// move whole to the next page, table headers repeat, and page numbers go in the top margin.
import { err, ok, type Result } from '../../result';
import type { FontMetrics } from '../fonts';
import { breakLines, type Line } from './lines';
import type { Block, ColumnsBlock, DocumentLayout, DrawOp, PageOps, ParagraphBlock, TableBlock, TableCell } from './model';

// Noto Serif's ascent to descent spans 1.362 em; a tighter pitch makes line boxes overlap, and text
// extraction then reads a paragraph's last line before the one above it. 1.38 is Word's "single".
const DEFAULT_LEADING = 1.38;
const CELL_PAD_X = 4;
const CELL_PAD_Y = 2;
const RULE_WIDTH = 0.6;

type Measured = { ops: DrawOp[]; height: number };

function fieldTooLong(block: ParagraphBlock, lines: number): Result<never> {
  const fit = block.fit!;
  return err(
    'FIELD_TOO_LONG',
    `Nội dung «${fit.field}» quá dài: ô này chỉ chứa được ${fit.maxLines} dòng, nội dung cần ${lines} dòng. Hãy rút gọn (viết tắt hoặc bỏ bớt chữ) rồi tạo lại văn bản.`,
  );
}

class ParagraphLines {
  readonly pitch: number;
  private readonly baseline: number;

  constructor(
    readonly block: ParagraphBlock,
    readonly lines: Line[],
    private readonly width: number,
    metrics: FontMetrics,
  ) {
    this.pitch = block.size * (block.leading ?? DEFAULT_LEADING);
    const face = metrics.regular;
    const content = ((face.ascent - face.descent) / 1000) * block.size;
    this.baseline = (this.pitch - content) / 2 + (face.ascent / 1000) * block.size;
  }

  /** The text op of line `i` whose line box starts at `top`. */
  op(i: number, x: number, top: number): DrawOp {
    const line = this.lines[i]!;
    const room = this.width - line.indent;
    const align = this.block.align;
    const slack = Math.max(0, room - line.width);
    const dx = align === 'center' ? slack / 2 : align === 'right' ? slack : 0;
    const justify = align === 'justify' && !line.last && line.spaces > 0;
    return {
      kind: 'text',
      x: x + line.indent + dx,
      y: top + this.baseline,
      size: this.block.size,
      segments: line.segments,
      wordSpacing: justify ? slack / line.spaces : 0,
    };
  }

  /** The rule under the last line, centred (Decree 30: under the issuing body, motto, summary). */
  rule(x: number, top: number): DrawOp | null {
    const fraction = this.block.rule;
    const line = this.lines.at(-1);
    if (!fraction || !line) return null;
    // A fraction of the widest line: a title wrapped onto a short last line keeps a visible rule.
    const length = Math.max(...this.lines.map((l) => l.width)) * fraction;
    const y = top + this.baseline + this.block.size * 0.5;
    const centre = x + line.indent + (this.width - line.indent) / 2;
    return { kind: 'line', x1: centre - length / 2, y1: y, x2: centre + length / 2, y2: y, width: RULE_WIDTH };
  }

  get ruleSpace(): number {
    return this.block.rule ? this.block.size * 0.45 : 0;
  }
}

function paragraph(block: ParagraphBlock, width: number, metrics: FontMetrics): Result<ParagraphLines> {
  const lines = breakLines(block, width, metrics);
  if (!lines.ok) return lines;
  if (block.fit && lines.value.length > block.fit.maxLines) return fieldTooLong(block, lines.value.length);
  return ok(new ParagraphLines(block, lines.value, width, metrics));
}

/** Blocks stacked without page breaks (inside a column or a table cell), from (x, top). */
function stack(blocks: readonly Block[], x: number, top: number, width: number, metrics: FontMetrics): Result<Measured> {
  const ops: DrawOp[] = [];
  let y = top;
  for (const block of blocks) {
    if (block.type === 'space') {
      if (block.anchor) ops.push({ kind: 'anchor', name: block.anchor, x, y, width, height: block.height });
      y += block.height;
    } else if (block.type === 'paragraph') {
      const laid = paragraph(block, width, metrics);
      if (!laid.ok) return laid;
      y += block.spaceBefore ?? 0;
      laid.value.lines.forEach((_, i) => ops.push(laid.value.op(i, x, y + i * laid.value.pitch)));
      y += laid.value.lines.length * laid.value.pitch;
      const rule = laid.value.rule(x, y - laid.value.pitch);
      if (rule) ops.push(rule);
      y += laid.value.ruleSpace + (block.spaceAfter ?? 0);
    } else if (block.type === 'columns') {
      const laid = columns(block, x, y, width, metrics);
      if (!laid.ok) return laid;
      ops.push(...laid.value.ops);
      y += laid.value.height;
    } else return err('LAYOUT_UNSUPPORTED', 'Bảng không đặt được trong một cột.');
  }
  return ok({ ops, height: y - top });
}

function columns(block: ColumnsBlock, x: number, top: number, width: number, metrics: FontMetrics): Result<Measured> {
  const ops: DrawOp[] = [];
  let height = 0;
  let left = x;
  const gap = block.columns.length > 1 ? (width * (1 - block.columns.reduce((s, c) => s + c.width, 0))) / (block.columns.length - 1) : 0;
  const y = top + (block.spaceBefore ?? 0);
  for (const column of block.columns) {
    const laid = stack(column.blocks, left, y, width * column.width, metrics);
    if (!laid.ok) return laid;
    ops.push(...laid.value.ops);
    height = Math.max(height, laid.value.height);
    left += width * column.width + gap;
  }
  return ok({ ops, height: (block.spaceBefore ?? 0) + height + (block.spaceAfter ?? 0) });
}

function tableRow(cells: readonly TableCell[], table: TableBlock, x: number, top: number, width: number, header: boolean, metrics: FontMetrics): Result<Measured> {
  const ops: DrawOp[] = [];
  let height = 0;
  let left = x;
  const edges = [x];
  for (const [i, cell] of cells.entries()) {
    const cellWidth = width * table.widths[i]!;
    const runs = header ? cell.runs.map((r) => ({ ...r, bold: true })) : cell.runs;
    const block: ParagraphBlock = { type: 'paragraph', runs, size: table.size, align: cell.align ?? (header ? 'center' : 'left'), leading: 1.2 };
    const laid = stack([block], left + CELL_PAD_X, top + CELL_PAD_Y, cellWidth - 2 * CELL_PAD_X, metrics);
    if (!laid.ok) return laid;
    ops.push(...laid.value.ops);
    height = Math.max(height, laid.value.height + 2 * CELL_PAD_Y);
    left += cellWidth;
    edges.push(left);
  }
  const line = (x1: number, y1: number, x2: number, y2: number): DrawOp => ({ kind: 'line', x1, y1, x2, y2, width: RULE_WIDTH });
  ops.push(line(x, top, left, top), line(x, top + height, left, top + height));
  for (const edge of edges) ops.push(line(edge, top, edge, top + height));
  return ok({ ops, height });
}

/** Lays the whole document out; any field overflowing its box fails the document before a PDF exists. */
export function paginate(layout: DocumentLayout, metrics: FontMetrics): Result<PageOps[]> {
  const { page } = layout;
  const width = page.width - page.left - page.right;
  const limit = page.height - page.bottom;
  const pages: PageOps[] = [[]];
  let y = page.top;
  const newPage = () => {
    pages.push([]);
    y = page.top;
  };
  const emit = (ops: readonly DrawOp[]) => pages.at(-1)!.push(...ops);
  const atTop = () => y === page.top;
  const fullHeight = limit - page.top;

  // Height a block needs before anything else may follow it on the page (for keepWithNext).
  const leadHeight = (block: Block | undefined): number => {
    if (!block) return 0;
    if (block.type === 'paragraph') return (block.spaceBefore ?? 0) + block.size * (block.leading ?? DEFAULT_LEADING) * 2;
    if (block.type === 'space') return block.height;
    if (block.type === 'columns') {
      const laid = columns(block, 0, 0, width, metrics);
      return laid.ok ? laid.value.height : 0;
    }
    return (block.spaceBefore ?? 0) + block.size * 2.6 * 2;
  };

  for (const [index, block] of layout.blocks.entries()) {
    if (block.type === 'space') {
      y = Math.min(y + block.height, limit);
    } else if (block.type === 'paragraph') {
      const laid = paragraph(block, width, metrics);
      if (!laid.ok) return laid;
      const { lines, pitch } = laid.value;
      const before = atTop() && pages.length > 1 ? 0 : (block.spaceBefore ?? 0);
      const whole = before + lines.length * pitch + laid.value.ruleSpace;
      const keep = block.keepWithNext ? leadHeight(layout.blocks[index + 1]) : 0;
      // Move to a new page when the block (kept with the next one) or its first two lines would not fit.
      const needed = block.keepWithNext ? whole + keep : before + Math.min(lines.length, 2) * pitch;
      if (!atTop() && y + needed > limit) newPage();
      else y += before;
      for (let i = 0; i < lines.length; i++) {
        if (y + pitch > limit + 0.01) newPage();
        emit([laid.value.op(i, page.left, y)]);
        y += pitch;
      }
      const rule = laid.value.rule(page.left, y - pitch);
      if (rule) emit([rule]);
      y += laid.value.ruleSpace + (block.spaceAfter ?? 0);
    } else if (block.type === 'columns') {
      let laid = columns(block, page.left, y, width, metrics);
      if (!laid.ok) return laid;
      if (laid.value.height > fullHeight) return err('BLOCK_TOO_TALL', 'Phần đầu hoặc phần chữ ký của văn bản dài quá một trang; hãy rút gọn nội dung.');
      if (y + laid.value.height > limit + 0.01) {
        newPage();
        laid = columns(block, page.left, y, width, metrics);
        if (!laid.ok) return laid;
      }
      emit(laid.value.ops);
      y += laid.value.height;
    } else {
      const result = placeTable(block);
      if (!result.ok) return result;
    }
  }

  function placeTable(table: TableBlock): Result<true> {
    y += table.spaceBefore ?? 0;
    const header = () => tableRow(table.header, table, page.left, y, width, true, metrics);
    let head = header();
    if (!head.ok) return head;
    const firstRow = table.rows[0] ? tableRow(table.rows[0], table, page.left, y, width, false, metrics) : ok({ ops: [], height: 0 });
    if (!firstRow.ok) return firstRow;
    if (!atTop() && y + head.value.height + firstRow.value.height > limit) newPage();
    head = header();
    if (!head.ok) return head;
    emit(head.value.ops);
    y += head.value.height;
    for (const cells of table.rows) {
      let row = tableRow(cells, table, page.left, y, width, false, metrics);
      if (!row.ok) return row;
      if (y + row.value.height > limit + 0.01) {
        if (row.value.height + head.value.height > fullHeight) return err('TABLE_ROW_TOO_TALL', 'Một dòng của bảng dài quá một trang; hãy chia nội dung ô thành nhiều dòng bảng.');
        newPage();
        head = header();
        if (!head.ok) return head;
        emit(head.value.ops);
        y += head.value.height;
        row = tableRow(cells, table, page.left, y, width, false, metrics);
        if (!row.ok) return row;
      }
      emit(row.value.ops);
      y += row.value.height;
    }
    y += table.spaceAfter ?? 0;
    return ok(true);
  }

  if (layout.pageNumbers === 'from-second') {
    pages.forEach((ops, i) => {
      if (i === 0) return;
      const text = String(i + 1);
      const size = 13;
      const textWidth = metrics.regular.width(text) * size;
      ops.push({ kind: 'text', x: page.left + (width - textWidth) / 2, y: page.top / 2 + size * 0.35, size, segments: [{ style: 'regular', text }], wordSpacing: 0 });
    });
  }
  return ok(pages);
}
