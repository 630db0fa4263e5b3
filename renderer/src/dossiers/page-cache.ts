// Rows of the current list fetched from the store page by page (50 at a time) as the officer
// scrolls. One cache per filter, sort and store revision: a change makes a new cache, never a
// stale page.
import type { DossierListRow, ListPage } from './list-index';

export const PAGE_SIZE = 50;

export class PageCache {
  readonly total: number;
  private readonly pages = new Map<number, DossierListRow[]>();

  constructor(
    private readonly fetchPage: (offset: number, limit: number) => ListPage,
    private readonly pageSize = PAGE_SIZE,
  ) {
    const first = fetchPage(0, pageSize);
    this.pages.set(0, first.rows);
    this.total = first.total;
  }

  /** The row at `index`, fetching its page on first use; undefined past the end. */
  rowAt(index: number): DossierListRow | undefined {
    if (index < 0 || index >= this.total) return undefined;
    const page = Math.floor(index / this.pageSize);
    let rows = this.pages.get(page);
    if (!rows) {
      rows = this.fetchPage(page * this.pageSize, this.pageSize).rows;
      this.pages.set(page, rows);
    }
    return rows[index - page * this.pageSize];
  }

  get pagesFetched(): number {
    return this.pages.size;
  }
}
