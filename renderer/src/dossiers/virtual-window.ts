// The arithmetic of a virtual list with fixed-height rows: which rows to render for a scroll
// position (the visible slice plus overscan), and where to scroll so a selected row is in view.

export type RowRange = { first: number; last: number };

/** Rows [first, last) to render; empty when there are none. */
export function visibleRows(scrollTop: number, viewportHeight: number, rowHeight: number, total: number, overscan = 6): RowRange {
  if (total <= 0 || rowHeight <= 0) return { first: 0, last: 0 };
  const top = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const bottom = Math.min(total, Math.ceil((scrollTop + Math.max(viewportHeight, rowHeight)) / rowHeight) + overscan);
  return { first: Math.min(top, total), last: bottom };
}

/** The scrollTop that brings row `index` fully into view with the least movement (unchanged when it already is). */
export function scrollToReveal(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return Math.max(0, rowBottom - viewportHeight);
  return scrollTop;
}

/** How many whole rows fit in the viewport (PageUp/PageDown move by this). */
export function rowsPerPage(viewportHeight: number, rowHeight: number): number {
  return Math.max(1, Math.floor(viewportHeight / rowHeight));
}
