// The virtual list renders only what is on screen and fetches pages only as they come into view.
import { describe, expect, it } from 'vitest';
import type { DossierListRow } from './list-index';
import { PageCache } from './page-cache';
import { rowsPerPage, scrollToReveal, visibleRows } from './virtual-window';

describe('the rows a virtual list renders', () => {
  it('are the visible slice plus overscan on both sides, clipped to the list', () => {
    expect(visibleRows(0, 560, 56, 10_000, 6)).toEqual({ first: 0, last: 16 });
    expect(visibleRows(56 * 100, 560, 56, 10_000, 6)).toEqual({ first: 94, last: 116 });
    expect(visibleRows(56 * 9_995, 560, 56, 10_000, 6)).toEqual({ first: 9_989, last: 10_000 });
    expect(visibleRows(0, 560, 56, 3)).toEqual({ first: 0, last: 3 });
    expect(visibleRows(0, 560, 56, 0)).toEqual({ first: 0, last: 0 });
  });

  it('scroll only as far as needed to show the selected row', () => {
    expect(scrollToReveal(5, 0, 560, 56)).toBe(0);
    expect(scrollToReveal(10, 0, 560, 56)).toBe(56);
    expect(scrollToReveal(2, 560, 560, 56)).toBe(112);
    expect(rowsPerPage(560, 56)).toBe(10);
    expect(rowsPerPage(20, 56)).toBe(1);
  });
});

describe('pages of rows', () => {
  const rows = Array.from({ length: 230 }, (_, i) => ({ id: String(i) }) as DossierListRow);

  it('fetch the first page at once and each later page of 50 on first use only', () => {
    const asked: number[] = [];
    const cache = new PageCache((offset, limit) => {
      asked.push(offset);
      return { rows: rows.slice(offset, offset + limit), total: rows.length };
    });
    expect(cache.total).toBe(230);
    expect(cache.rowAt(49)?.id).toBe('49');
    expect(cache.rowAt(120)?.id).toBe('120');
    expect(cache.rowAt(149)?.id).toBe('149');
    expect(cache.rowAt(229)?.id).toBe('229');
    expect(cache.rowAt(230)).toBeUndefined();
    expect(asked).toEqual([0, 100, 200]);
    expect(cache.pagesFetched).toBe(3);
  });
});
