// One-click filters with their counts (overdue, due soon, unassigned, mine), chips for conditions
// set elsewhere (a unit, "updated since", a received or resolved date range from Tổng quan) that can be removed, and the count shown.
import { formatVietnameseDate } from '../../../shared/domain/calendar/local-date';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import { useProfile } from '../profile/profile-store';
import { useDeskStore } from '../store/store-context';
import { formatAmount, formatVietnamDay } from './format';
import type { DayRange, FacetCounts } from './list-index';
import { isFiltered, MINE, useListView } from './list-view-store';

const dayRange = (range: DayRange) => ({ from: formatVietnameseDate(range.from), to: formatVietnameseDate(range.to) });

/** `query`: the search words the count was made with (the box may already hold newer ones). */
type Props = { facets: FacetCounts; total: number; query: string };

export function QuickChips({ facets, total, query }: Props) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const store = useDeskStore();
  const filter = useListView((state) => state.filter);
  const searchText = useListView((state) => state.searchText);
  const patchFilter = useListView((state) => state.patchFilter);
  const show = useListView((state) => state.show);
  const sort = useListView((state) => state.sort);
  const hasOfficer = useProfile((state) => state.officer !== null);
  const unitName = filter.unitCode ? (store.catalogueIndex.unit(filter.unitCode)?.name ?? filter.unitCode) : '';

  const toggle = (pressed: boolean, label: string, onPress: () => void, options: { count?: number; title?: string; disabled?: boolean } = {}) => (
    <button type="button" className={pressed ? 'chip chip--pressed' : 'chip'} aria-pressed={pressed} onClick={onPress} disabled={options.disabled} title={options.title}>
      {label}
      {options.count !== undefined && <span className="chip__count">{options.count}</span>}
    </button>
  );

  const removable = (label: string, onRemove: () => void) => (
    <button type="button" className="chip chip--pressed chip--removable" onClick={onRemove} aria-label={t('dossiers.filter.remove', { name: label })}>
      {label}
      <span aria-hidden="true" className="chip__remove">
        ×
      </span>
    </button>
  );

  return (
    <div className="quick-chips">
      {toggle(filter.due === 'overdue', t('dossiers.filter.overdue'), () => patchFilter({ due: filter.due === 'overdue' ? undefined : 'overdue' }), { count: facets.overdue })}
      {toggle(filter.due === 'due-soon', t('dossiers.filter.dueSoon'), () => patchFilter({ due: filter.due === 'due-soon' ? undefined : 'due-soon' }), {
        count: facets.dueSoon,
        title: t('dossiers.filter.dueSoonHint'),
      })}
      {toggle(filter.assigneeId === 'unassigned', t('dossiers.filter.unassigned'), () => patchFilter({ assigneeId: filter.assigneeId === 'unassigned' ? undefined : 'unassigned' }), {
        count: facets.unassigned,
      })}
      {toggle(filter.assigneeId === MINE, t('dossiers.filter.mine'), () => patchFilter({ assigneeId: filter.assigneeId === MINE ? undefined : MINE }), {
        disabled: !hasOfficer,
        title: hasOfficer ? undefined : t('dossiers.filter.mineNeedsProfile'),
      })}
      {filter.unitCode && removable(t('dossiers.filter.unit', { unit: unitName }), () => patchFilter({ unitCode: undefined }))}
      {filter.updatedSince && removable(t('dossiers.filter.updatedSince', { date: formatVietnamDay(filter.updatedSince) }), () => patchFilter({ updatedSince: undefined }))}
      {filter.receivedBetween && removable(t('dossiers.filter.receivedBetween', dayRange(filter.receivedBetween)), () => patchFilter({ receivedBetween: undefined }))}
      {filter.resolvedBetween && removable(t('dossiers.filter.resolvedBetween', dayRange(filter.resolvedBetween)), () => patchFilter({ resolvedBetween: undefined }))}
      {isFiltered(filter, searchText) && (
        <button type="button" className="link-button" onClick={() => show({}, sort)}>
          {t('dossiers.filter.clear')}
        </button>
      )}
      <p className="quick-chips__count" role="status" data-testid="dossier-count">
        {isFiltered(filter, query)
          ? t('dossiers.countOf', { count: formatAmount(total, locale), all: formatAmount(store.list.size, locale) })
          : t('dossiers.count', { count: formatAmount(total, locale) })}
      </p>
    </div>
  );
}
