// Choosing the reporting period (six months by default; month, quarter, year or dates) and the
// unit whose figures the form reports.
import type { LocalDate } from '../../../shared/domain/calendar/local-date';
import type { PeriodKind } from '../../../shared/reports/period';
import { useT } from '../i18n/language-store';
import { useDeskStore } from '../store/store-context';
import { type PeriodChoice, useReportView } from './report-view-store';

const KINDS: readonly PeriodKind[] = ['six-month', 'quarter', 'month', 'year', 'custom'];

export function PeriodPicker({ choice, today, invalid }: { choice: PeriodChoice; today: LocalDate; invalid: boolean }) {
  const t = useT();
  const { catalogue } = useDeskStore();
  const setChoice = useReportView((state) => state.setChoice);
  const unitCode = useReportView((state) => state.unitCode);
  const setUnit = useReportView((state) => state.setUnit);
  const change = (patch: Partial<PeriodChoice>) => setChoice(patch, today);
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);

  return (
    <fieldset className="report-period">
      <legend className="visually-hidden">{t('reports.period.legend')}</legend>
      <label className="report-period__field">
        <span>{t('reports.period.kind')}</span>
        <select value={choice.kind} onChange={(e) => change({ kind: e.target.value as PeriodKind })}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`reports.period.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {choice.kind !== 'custom' && (
        <label className="report-period__field">
          <span>{t('reports.period.year.label')}</span>
          <select value={choice.year} onChange={(e) => change({ year: Number(e.target.value) })}>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
      )}
      {choice.kind === 'six-month' && (
        <label className="report-period__field">
          <span>{t('reports.period.half')}</span>
          <select value={choice.half} onChange={(e) => change({ half: Number(e.target.value) as 1 | 2 })}>
            <option value={1}>{t('reports.period.half.1')}</option>
            <option value={2}>{t('reports.period.half.2')}</option>
          </select>
        </label>
      )}
      {choice.kind === 'quarter' && (
        <label className="report-period__field">
          <span>{t('reports.period.quarter.label')}</span>
          <select value={choice.quarter} onChange={(e) => change({ quarter: Number(e.target.value) as 1 | 2 | 3 | 4 })}>
            {[1, 2, 3, 4].map((n) => (
              <option key={n} value={n}>
                {t('reports.period.quarter.option', { n })}
              </option>
            ))}
          </select>
        </label>
      )}
      {choice.kind === 'month' && (
        <label className="report-period__field">
          <span>{t('reports.period.month.label')}</span>
          <select value={choice.month} onChange={(e) => change({ month: Number(e.target.value) })}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {t('reports.period.month.option', { n })}
              </option>
            ))}
          </select>
        </label>
      )}
      {choice.kind === 'custom' && (
        <>
          <label className="report-period__field">
            <span>{t('reports.period.from')}</span>
            <input type="date" value={choice.from} max={choice.to} onChange={(e) => change({ from: e.target.value })} />
          </label>
          <label className="report-period__field">
            <span>{t('reports.period.to')}</span>
            <input type="date" value={choice.to} min={choice.from} aria-invalid={invalid} onChange={(e) => change({ to: e.target.value })} />
          </label>
          {invalid && (
            <p className="report-period__error" role="alert">
              {t('reports.period.invalid')}
            </p>
          )}
        </>
      )}
      <label className="report-period__field">
        <span>{t('reports.unit')}</span>
        <select value={unitCode ?? ''} onChange={(e) => setUnit(e.target.value === '' ? null : e.target.value)}>
          <option value="">{t('reports.unit.all')}</option>
          {catalogue.units.map((unit) => (
            <option key={unit.code} value={unit.code}>
              {unit.name}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
