// The data behind the Hồ sơ list: the store queried with the current filter, sort and (debounced)
// search words, as a page cache, and the counts per filter chip — recomputed after every write.
import { useMemo } from 'react';
import { useProfile } from '../profile/profile-store';
import { useDeskStore, useStoreRevision } from '../store/store-context';
import type { DossierFilter, FacetCounts } from './list-index';
import { resolveFilter, useListView } from './list-view-store';
import { PageCache } from './page-cache';
import { useDebounced } from './use-debounced';

export const SEARCH_DEBOUNCE_MS = 150;

export type ListData = { cache: PageCache; facets: FacetCounts; filter: DossierFilter; query: string };

export function useListData(): ListData {
  const store = useDeskStore();
  const revision = useStoreRevision();
  const officerId = useProfile((state) => state.officer?.id ?? null);
  const filter = useListView((state) => state.filter);
  const sort = useListView((state) => state.sort);
  const searchText = useListView((state) => state.searchText);
  const query = useDebounced(searchText, SEARCH_DEBOUNCE_MS);
  const resolved = useMemo(() => resolveFilter(filter, query, officerId), [filter, query, officerId]);
  const cache = useMemo(() => {
    void revision; // the store's rows changed: a fresh cache, never a stale page
    return new PageCache((offset, limit) => store.query(resolved, sort, offset, limit));
  }, [store, resolved, sort, revision]);
  const facets = useMemo(() => {
    void revision;
    return store.facets(query.trim() || undefined);
  }, [store, query, revision]);
  return { cache, facets, filter: resolved, query };
}
