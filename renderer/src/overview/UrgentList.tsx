// The five dossiers of the officer's work with the nearest promised dates, each a link to the
// dossier; the list behind them is one click away.
import { formatVietnameseDate, type LocalDate } from '../../../shared/domain/calendar/local-date';
import { daysLeftOf, daysLeftText } from '../dossiers/format';
import type { DossierListRow } from '../dossiers/list-index';
import { StatusChip } from '../dossiers/StatusChip';
import { useT } from '../i18n/language-store';
import { hashForSection } from '../shell/sections';
import { useDeskStore } from '../store/store-context';

type Props = { rows: readonly DossierListRow[]; today: LocalDate; hint: string; onOpen: (row: DossierListRow | null) => void };

export function UrgentList({ rows, today, hint, onOpen }: Props) {
  const t = useT();
  const store = useDeskStore();
  return (
    <section className="card urgent" aria-labelledby="urgent-title">
      <div className="urgent__head">
        <h2 id="urgent-title" className="card__title">
          {t('overview.urgent.title')}
        </h2>
        <button type="button" className="link-button" onClick={() => onOpen(null)}>
          {t('overview.urgent.all')}
        </button>
      </div>
      <p className="card__muted">{hint}</p>
      {rows.length === 0 ? (
        <p className="urgent__empty">{t('overview.urgent.empty')}</p>
      ) : (
        <ol className="urgent__list">
          {rows.map((row) => {
            const left = daysLeftOf(row, today, store.calendar);
            const tone = left.kind === 'running' ? left.tone : left.kind;
            return (
              <li key={row.id}>
                <a
                  className="urgent__item"
                  href={hashForSection('dossiers', row.id)}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(row);
                  }}
                >
                  <span className="urgent__code">{row.code}</span>
                  <span className="urgent__who">
                    <span className="urgent__applicant">{row.applicantName}</span>
                    <span className="urgent__procedure">{store.catalogueIndex.procedure(row.procedureCode)?.name ?? row.procedureCode}</span>
                  </span>
                  <StatusChip status={row.status} />
                  <span className="urgent__due">
                    {row.dueDate ? formatVietnameseDate(row.dueDate) : ''}
                    <span className={`days-left days-left--${tone}`}>{daysLeftText(left, t)}</span>
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
