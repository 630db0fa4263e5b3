// The virtual list of dossiers: a listbox that renders only the rows in view (plus overscan) over
// a canvas as tall as all of them, pages rows in from the store as it scrolls, and moves the
// selection with the arrow keys; Enter or a click opens the dossier. A new filter, sort or search
// (a new `listKey`) starts the list at its top without remounting it, so focus stays where it is.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { vietnamDateOf } from '../../../shared/domain/calendar/vietnam-time';
import { useT } from '../i18n/language-store';
import { useDeskStore } from '../store/store-context';
import { DossierRow, optionId, ROW_HEIGHT, type RowContext } from './DossierRow';
import type { DossierListRow } from './list-index';
import { useListView } from './list-view-store';
import { officerDirectory } from './officer-directory';
import type { PageCache } from './page-cache';
import { rowsPerPage, scrollToReveal, visibleRows } from './virtual-window';
import './list.css';

type Props = { cache: PageCache; listKey: string; onOpen: (row: DossierListRow, index: number, scrollTop: number) => void };

export function DossierList({ cache, listKey, onOpen }: Props) {
  const t = useT();
  const store = useDeskStore();
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(() => useListView.getState().scrollTop);
  const [height, setHeight] = useState(480);
  const selectedIndex = useListView((state) => state.selectedIndex);
  const select = useListView((state) => state.select);
  const total = cache.total;
  const selected = Math.max(0, Math.min(selectedIndex, total - 1));

  const context = useMemo<RowContext>(() => {
    const directory = officerDirectory(store.catalogue);
    return {
      t,
      today: vietnamDateOf(store.now()),
      calendar: store.calendar,
      procedureName: (code) => store.catalogueIndex.procedure(code)?.name ?? code,
      assigneeName: (id) => directory.byId(id)?.name ?? id,
    };
  }, [store, t]);

  // Back from a dossier: the list comes back where it was, with focus on the chosen row.
  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    element.scrollTop = useListView.getState().scrollTop;
    if (useListView.getState().focusOnShow) {
      element.focus();
      useListView.getState().requestFocus(false);
    }
  }, []);

  // A different list starts at its top; the scroll event brings the rendered slice along.
  const shownKey = useRef(listKey);
  useEffect(() => {
    const element = viewport.current;
    if (!element || shownKey.current === listKey) return;
    shownKey.current = listKey;
    if (element.scrollTop !== 0) element.scrollTop = 0;
  }, [listKey]);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => entry && setHeight(entry.contentRect.height));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const moveTo = (index: number) => {
    const element = viewport.current;
    const next = Math.max(0, Math.min(index, total - 1));
    select(next);
    if (element) element.scrollTop = scrollToReveal(next, element.scrollTop, element.clientHeight, ROW_HEIGHT);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (total === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = rowsPerPage(viewport.current?.clientHeight ?? height, ROW_HEIGHT);
    const moves: Record<string, number> = { ArrowDown: selected + 1, ArrowUp: selected - 1, PageDown: selected + page, PageUp: selected - page, Home: 0, End: total - 1 };
    if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter') {
      const row = cache.rowAt(selected);
      if (row) {
        event.preventDefault();
        onOpen(row, selected, viewport.current?.scrollTop ?? 0);
      }
    }
  };

  const pick = (index: number) => {
    select(index);
    const row = cache.rowAt(index);
    if (row) onOpen(row, index, viewport.current?.scrollTop ?? 0);
  };

  const range = visibleRows(scrollTop, height, ROW_HEIGHT, total);
  const indexes: number[] = [];
  for (let i = range.first; i < range.last; i++) indexes.push(i);
  // The selected row stays in the DOM so aria-activedescendant always names a real element.
  if (total > 0 && (selected < range.first || selected >= range.last)) indexes.push(selected);

  return (
    <div className="dossier-list">
      <div className="dossier-list__header" aria-hidden="true">
        <span>{t('dossiers.column.code')}</span>
        <span>{t('dossiers.column.applicant')}</span>
        <span>{t('dossiers.column.status')}</span>
        <span>{t('dossiers.column.received')}</span>
        <span>{t('dossiers.column.due')}</span>
      </div>
      <div
        ref={viewport}
        className="dossier-list__viewport"
        role="listbox"
        tabIndex={0}
        aria-label={t('dossiers.list.label')}
        aria-activedescendant={total > 0 ? optionId(selected) : undefined}
        onKeyDown={onKeyDown}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        {/* The canvas is as tall as every row; only the rows in view are in it. */}
        <div className="dossier-list__canvas" style={{ height: total * ROW_HEIGHT }}>
          {indexes.map((index) => {
            const row = cache.rowAt(index);
            return row ? <DossierRow key={row.id} row={row} index={index} total={total} selected={index === selected} context={context} onPick={pick} /> : null;
          })}
        </div>
      </div>
    </div>
  );
}
