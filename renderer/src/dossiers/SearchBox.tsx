// The search box over code, applicant name, ID numbers and summary: accent-free, prefix by word.
// '/' anywhere in the list screen lands here; ArrowDown goes on into the list.
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n/language-store';
import { useListView } from './list-view-store';

export const SEARCH_INPUT_ID = 'dossier-search';

export function SearchBox() {
  const t = useT();
  const searchText = useListView((state) => state.searchText);
  const setSearchText = useListView((state) => state.setSearchText);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      document.querySelector<HTMLElement>('[role="listbox"].dossier-list__viewport')?.focus();
    }
  };

  return (
    <div className="search-box">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        {t('dossiers.search.label')}
      </label>
      <svg className="search-box__icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <input
        id={SEARCH_INPUT_ID}
        className="search-box__input"
        type="search"
        value={searchText}
        placeholder={t('dossiers.search.placeholder')}
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setSearchText(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
