// What the Hồ sơ list is showing: filter, sort, search text, the selected row and the scroll
// position. Kept outside the components so opening a dossier and coming back, or following a
// card from Tổng quan, finds the list as the officer left or asked for it.
import { create } from 'zustand';
import type { DossierFilter, DossierSort } from './list-index';

/** 'mine' in assigneeId stands for the officer at this desk, so a saved "của tôi" view follows the profile. */
export const MINE = 'mine';

/** Open statuses (Biểu 06 "in progress"): the default "đang xử lý" view of a queue. */
export const OPEN_STATUSES: readonly number[] = [1, 2, 4, 5, 6];

export const DEFAULT_SORT: DossierSort = { key: 'dueDate', direction: 'asc' };

/** The filter as the list keeps it: the search words live apart, because typing them is debounced. */
export type ListFilter = Omit<DossierFilter, 'query'>;

type ListViewState = {
  filter: ListFilter;
  sort: DossierSort;
  searchText: string;
  selectedIndex: number;
  scrollTop: number;
  /** Set when the officer comes back from a dossier, so the list takes focus on its selected row. */
  focusOnShow: boolean;
  setFilter: (filter: ListFilter) => void;
  patchFilter: (changes: Partial<ListFilter>) => void;
  setSort: (sort: DossierSort) => void;
  setSearchText: (text: string) => void;
  /** Filter, sort and search at once (a saved view, a card on Tổng quan). */
  show: (filter: ListFilter, sort?: DossierSort, searchText?: string) => void;
  select: (index: number) => void;
  rememberScroll: (scrollTop: number) => void;
  requestFocus: (wanted: boolean) => void;
};

const fresh = { selectedIndex: 0, scrollTop: 0 };

/** Where the list starts: the work still in progress, the nearest promised date first. */
export const DEFAULT_FILTER: ListFilter = { statuses: OPEN_STATUSES };

export const useListView = create<ListViewState>()((set) => ({
  filter: DEFAULT_FILTER,
  sort: DEFAULT_SORT,
  searchText: '',
  selectedIndex: 0,
  scrollTop: 0,
  focusOnShow: false,
  setFilter: (filter) => set({ filter, ...fresh }),
  patchFilter: (changes) => set((state) => ({ filter: withoutUndefined({ ...state.filter, ...changes }), ...fresh })),
  setSort: (sort) => set({ sort, ...fresh }),
  setSearchText: (searchText) => set({ searchText, ...fresh }),
  show: (filter, sort = DEFAULT_SORT, searchText = '') => set({ filter, sort, searchText, ...fresh }),
  select: (selectedIndex) => set({ selectedIndex }),
  rememberScroll: (scrollTop) => set({ scrollTop }),
  requestFocus: (focusOnShow) => set({ focusOnShow }),
}));

/** The filter the store understands: the search words added and "mine" made the officer's id. */
export function resolveFilter(filter: ListFilter, query: string, officerId: string | null): DossierFilter {
  const resolved: DossierFilter = { ...filter };
  if (filter.assigneeId === MINE) {
    // Without a profile nobody is "me": the view is empty rather than everyone's.
    resolved.assigneeId = officerId ?? '\u0000nobody';
  }
  const words = query.trim();
  if (words !== '') resolved.query = words;
  return resolved;
}

/** Whether any narrowing is active (the "Xóa bộ lọc" button shows only then). */
export function isFiltered(filter: ListFilter, searchText: string): boolean {
  return searchText.trim() !== '' || Object.values(filter).some((value) => value !== undefined && (!Array.isArray(value) || value.length > 0));
}

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}
