// Filters that pick one value from a longer list: procedure, field, who handles the dossier, and
// the channel it came by (with counts).
import { useMemo } from 'react';
import type { Channel } from '../../../shared/domain/dossiers/dossier';
import { useT } from '../i18n/language-store';
import { useProfile } from '../profile/profile-store';
import { useDeskStore } from '../store/store-context';
import { channelName } from './domain-labels';
import type { FacetCounts } from './list-index';
import { MINE, useListView } from './list-view-store';
import { officerDirectory } from './officer-directory';

const CHANNELS: readonly Channel[] = ['online', 'counter', 'postal'];
const HANDLING_ROLES = new Set(['specialist', 'head', 'leader']);

export function FilterSelects({ facets }: { facets: FacetCounts }) {
  const t = useT();
  const store = useDeskStore();
  const filter = useListView((state) => state.filter);
  const patchFilter = useListView((state) => state.patchFilter);
  const officer = useProfile((state) => state.officer);
  const { catalogue } = store;
  const procedures = catalogue.procedures.filter((p) => !filter.fieldCode || p.fieldCode === filter.fieldCode);
  const units = useMemo(() => {
    const directory = officerDirectory(catalogue);
    return catalogue.units
      .filter((unit) => !officer || unit.code === officer.unitCode)
      .map((unit) => ({ unit, officers: directory.all.filter((o) => o.unitCode === unit.code && HANDLING_ROLES.has(o.role)) }));
  }, [catalogue, officer]);
  const value = (text: string) => (text === '' ? undefined : text);

  return (
    <>
      <label className="filter-select">
        <span className="filter-select__caption">{t('dossiers.filter.procedure')}</span>
        <select value={filter.procedureCode ?? ''} onChange={(event) => patchFilter({ procedureCode: value(event.target.value) })}>
          <option value="">{t('dossiers.filter.procedureAll')}</option>
          {procedures.map((procedure) => (
            <option key={procedure.code} value={procedure.code}>
              {procedure.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-select">
        <span className="filter-select__caption">{t('dossiers.filter.field')}</span>
        <select value={filter.fieldCode ?? ''} onChange={(event) => patchFilter({ fieldCode: value(event.target.value), procedureCode: undefined })}>
          <option value="">{t('dossiers.filter.fieldAll')}</option>
          {catalogue.fields.map((field) => (
            <option key={field.code} value={field.code}>
              {field.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-select">
        <span className="filter-select__caption">{t('dossiers.filter.assignee')}</span>
        <select value={filter.assigneeId ?? ''} onChange={(event) => patchFilter({ assigneeId: value(event.target.value) })}>
          <option value="">{t('dossiers.filter.assigneeAll')}</option>
          <option value={MINE} disabled={!officer}>
            {t('dossiers.filter.mine')}
          </option>
          <option value="unassigned">{t('dossiers.filter.withCount', { label: t('dossiers.filter.unassigned'), count: facets.unassigned })}</option>
          {units.map(({ unit, officers }) => (
            <optgroup key={unit.code} label={unit.name}>
              {officers.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} — {o.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="filter-select">
        <span className="filter-select__caption">{t('dossiers.filter.channel')}</span>
        <select value={filter.channel ?? ''} onChange={(event) => patchFilter({ channel: value(event.target.value) })}>
          <option value="">{t('dossiers.filter.channelAll')}</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t('dossiers.filter.withCount', { label: channelName(t, channel), count: facets.byChannel[channel] ?? 0 })}
            </option>
          ))}
        </select>
      </label>
    </>
  );
}
