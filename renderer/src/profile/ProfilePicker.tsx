// The stand-in for sign-in: the officer picks their unit, then themselves from its demo roster.
// Plain form controls (a select, a radio group, buttons), so it works by keyboard as it is.
import { useId, useState } from 'react';
import type { DemoOfficer } from '../../../shared/domain/demo/staff';
import { useT } from '../i18n/language-store';
import { officersOfUnit, rosterUnits } from './roster';
import { useProfile } from './profile-store';
import './profile.css';

type Props = {
  /** Called after the choice is saved. */
  onChosen?: () => void;
  onCancel?: () => void;
  /** Heading id for a dialog that wraps the picker. */
  headingId?: string;
};

export function ProfilePicker({ onChosen, onCancel, headingId }: Props) {
  const t = useT();
  const ids = useId();
  const current = useProfile((state) => state.officer);
  const choose = useProfile((state) => state.choose);
  const units = rosterUnits();
  const [unitCode, setUnitCode] = useState(current?.unitCode ?? units[0]?.code ?? '');
  const officers = officersOfUnit(unitCode);
  const [officerId, setOfficerId] = useState(current?.id ?? officers[0]?.id ?? '');
  const selected = officers.find((officer) => officer.id === officerId);

  const changeUnit = (code: string) => {
    setUnitCode(code);
    setOfficerId(officersOfUnit(code)[0]?.id ?? '');
  };
  const use = (officer: DemoOfficer | undefined) => {
    if (!officer) return;
    choose({ id: officer.id, name: officer.name, role: officer.role, unitCode: officer.unitCode, title: officer.title });
    onChosen?.();
  };

  return (
    <div className="profile-picker">
      <h2 id={headingId} className="profile-picker__title">
        {t('profile.standIn')}
      </h2>
      <p className="profile-picker__hint">
        <span className="stand-in-tag">{t('profile.standInTag')}</span> {t('profile.standInHint')}
      </p>
      <label className="form-field__label" htmlFor={`${ids}-unit`}>
        {t('profile.unit')}
      </label>
      <select id={`${ids}-unit`} className="input profile-picker__unit" value={unitCode} onChange={(event) => changeUnit(event.target.value)}>
        {units.map((unit) => (
          <option key={unit.code} value={unit.code}>
            {unit.name} ({unit.code})
          </option>
        ))}
      </select>
      <fieldset className="profile-picker__officers">
        <legend className="form-field__label">{t('profile.officer')}</legend>
        {officers.map((officer) => (
          <label key={officer.id} className="profile-option">
            <input type="radio" name={`${ids}-officer`} value={officer.id} checked={officer.id === officerId} onChange={() => setOfficerId(officer.id)} />
            <span className="profile-option__text">
              <span className="profile-option__name">{officer.name}</span>
              <span className="profile-option__role">
                {officer.title} · {t(`profile.role.${officer.role}`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="profile-picker__actions">
        <button type="button" className="button button--primary" disabled={!selected} onClick={() => use(selected)}>
          {t('profile.use')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('profile.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}
