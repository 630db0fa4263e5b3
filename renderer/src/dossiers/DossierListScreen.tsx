// The Hồ sơ list screen: search and sort, filters with counts, saved views, and the virtual list;
// or, while the store is still reading, its progress, and when there is nothing, an honest empty state.
import { useEffect } from 'react';
import { useT } from '../i18n/language-store';
import type { Translate } from '../i18n/translate';
import { useViewStore } from '../shell/view-store';
import { useLoadStatus } from '../store/load-status';
import { DossierList } from './DossierList';
import { FilterSelects } from './FilterSelects';
import { useListData } from './list-data';
import type { DossierListRow, DossierSort, SortKey } from './list-index';
import { useListView } from './list-view-store';
import { QuickChips } from './QuickChips';
import { SavedViewsMenu } from './SavedViewsMenu';
import { SEARCH_INPUT_ID, SearchBox } from './SearchBox';
import { StatusFilter } from './StatusFilter';
import './filters.css';

const SORTS: readonly `${SortKey}.${DossierSort['direction']}`[] = [
  'dueDate.asc',
  'dueDate.desc',
  'receivedAt.desc',
  'receivedAt.asc',
  'updatedAt.desc',
  'updatedAt.asc',
  'code.asc',
  'code.desc',
];

/** Typing in a field keeps '/' for itself. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function DossierListScreen() {
  const t = useT();
  const load = useLoadStatus();
  const { cache, facets, filter, query } = useListData();
  const sort = useListView((state) => state.sort);
  const setSort = useListView((state) => state.setSort);
  const showSubPath = useViewStore((state) => state.showSubPath);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      document.getElementById(SEARCH_INPUT_ID)?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const open = (row: DossierListRow, index: number, scrollTop: number) => {
    useListView.setState({ selectedIndex: index, scrollTop });
    showSubPath(row.id);
  };

  return (
    <div className="dossier-screen">
      <div className="dossier-toolbar">
        <SearchBox />
        <label className="filter-select filter-select--sort">
          <span className="filter-select__caption">{t('dossiers.sort.label')}</span>
          <select
            value={`${sort.key}.${sort.direction}`}
            onChange={(event) => {
              const [key, direction] = event.target.value.split('.') as [SortKey, DossierSort['direction']];
              setSort({ key, direction });
            }}
          >
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {t(`dossiers.sort.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <SavedViewsMenu />
      </div>
      <div className="dossier-filters" role="group" aria-label={t('dossiers.filter.label')}>
        <StatusFilter facets={facets} />
        <FilterSelects facets={facets} />
      </div>
      <QuickChips facets={facets} total={cache.total} query={query} />
      {load.phase !== 'ready' ? (
        <LoadState t={t} />
      ) : cache.total === 0 ? (
        <div className="dossier-empty" role="status">
          <p className="dossier-empty__title">{facets.all === 0 && !filter.query ? t('dossiers.empty.none') : t('dossiers.empty.noMatch')}</p>
          {facets.all === 0 && !filter.query && <p className="dossier-empty__hint">{t('dossiers.empty.noneHint')}</p>}
        </div>
      ) : (
        <DossierList listKey={JSON.stringify([filter, sort])} cache={cache} onOpen={open} />
      )}
    </div>
  );
}

function LoadState({ t }: { t: Translate }) {
  const load = useLoadStatus();
  if (load.phase === 'failed') {
    return (
      <p className="dossier-empty dossier-empty--error" role="alert">
        {t('dossiers.loadFailed', { message: load.message })}
      </p>
    );
  }
  return (
    <div className="dossier-empty" role="status" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <p>{load.phase === 'loading' && load.loaded > 0 ? t('dossiers.loadingCount', { count: load.loaded }) : t('dossiers.loading')}</p>
    </div>
  );
}
