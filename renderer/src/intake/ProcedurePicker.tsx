// Step 1: the procedure, from the officer's unit only. A filter box narrows a radio list that
// shows, per procedure, what the applicant will ask at the counter: how long, how much, online class.
import { useState } from 'react';
import type { Procedure } from '../../../shared/domain/catalogue/catalogue-schema';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import { feeSummary, filterProcedures, onlineClassText, processingTimeText } from './procedure-facts';

type Props = {
  procedures: readonly Procedure[];
  value: string;
  onChange: (procedure: Procedure) => void;
  onBlur: () => void;
  error: string | undefined;
};

export function ProcedurePicker({ procedures, value, onChange, onBlur, error }: Props) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const [query, setQuery] = useState('');
  const shown = filterProcedures(procedures, query);
  const chosen = procedures.find((procedure) => procedure.code === value);
  // The chosen procedure stays listed whatever the filter, so the radio group never loses its value.
  const listed = chosen && !shown.includes(chosen) ? [chosen, ...shown] : shown;

  return (
    <div className="procedure-picker">
      <div className="field">
        <label className="field__label" htmlFor="intake-procedure-filter">
          {t('intake.procedure.filter')}
        </label>
        <input
          id="intake-procedure-filter"
          className="input"
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby="intake-procedure-filter-hint"
          onChange={(event) => setQuery(event.target.value)}
        />
        <p id="intake-procedure-filter-hint" className="field__hint" aria-live="polite">
          {t('intake.procedure.filterHint', { shown: shown.length, total: procedures.length })}
        </p>
      </div>
      <div
        id="intake-procedure"
        className="procedure-list"
        role="radiogroup"
        aria-labelledby="intake-procedure-label"
        aria-required="true"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'intake-procedure-error' : undefined}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) onBlur();
        }}
      >
        <p id="intake-procedure-label" className="visually-hidden">
          {t('intake.procedure.label')}
        </p>
        {listed.map((procedure) => (
          <label key={procedure.code} className="procedure-option">
            <input
              type="radio"
              name="intake-procedure"
              value={procedure.code}
              checked={procedure.code === value}
              onChange={() => onChange(procedure)}
            />
            <span className="procedure-option__text">
              <span className="procedure-option__name">{procedure.name}</span>
              <span className="procedure-option__facts">
                <span>{t('intake.procedure.code', { code: procedure.code })}</span>
                <span>{processingTimeText(procedure, t)}</span>
                <span>{onlineClassText(procedure, t)}</span>
              </span>
              <span className="procedure-option__fee">{feeSummary(procedure.fees, locale, t)}</span>
            </span>
          </label>
        ))}
        {listed.length === 0 && <p className="procedure-list__empty">{t('intake.procedure.noMatch')}</p>}
      </div>
      {error && (
        <p id="intake-procedure-error" className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
