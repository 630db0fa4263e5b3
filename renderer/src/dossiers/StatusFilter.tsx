// The status filter: the ten national statuses as checkboxes with their counts, and a shortcut to
// the statuses still in progress.
import { DOSSIER_STATUSES } from '../../../shared/domain/workflow/status';
import { useT } from '../i18n/language-store';
import { statusName } from './domain-labels';
import { DropdownPanel } from './DropdownPanel';
import type { FacetCounts } from './list-index';
import { OPEN_STATUSES, useListView } from './list-view-store';

export function StatusFilter({ facets }: { facets: FacetCounts }) {
  const t = useT();
  const statuses = useListView((state) => state.filter.statuses) ?? [];
  const patchFilter = useListView((state) => state.patchFilter);
  const chosen = new Set(statuses);

  const toggle = (status: number) => {
    const next = chosen.has(status) ? statuses.filter((s) => s !== status) : [...statuses, status].sort((a, b) => a - b);
    patchFilter({ statuses: next.length ? next : undefined });
  };

  const isOpenSet = statuses.length === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => chosen.has(s));
  const summary =
    statuses.length === 0
      ? t('dossiers.filter.statusAll')
      : isOpenSet
        ? t('dossiers.filter.statusOpenSummary')
        : statuses.length === 1
          ? statusName(t, statuses[0]!)
          : t('dossiers.filter.statusSome', { count: statuses.length });

  return (
    <DropdownPanel
      className={statuses.length ? 'dropdown--active' : undefined}
      panelLabel={t('dossiers.filter.status')}
      label={
        <>
          <span className="dropdown__caption">{t('dossiers.filter.status')}</span> {summary}
        </>
      }
    >
      <ul className="check-list">
        {DOSSIER_STATUSES.map((status) => (
          <li key={status}>
            <label className="check-list__option">
              <input type="checkbox" checked={chosen.has(status)} onChange={() => toggle(status)} />
              <span>{statusName(t, status)}</span>
              <span className="check-list__count">{facets.byStatus[status] ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => patchFilter({ statuses: [...OPEN_STATUSES] })}>
        {t('dossiers.filter.statusOpen')}
      </button>
    </DropdownPanel>
  );
}
