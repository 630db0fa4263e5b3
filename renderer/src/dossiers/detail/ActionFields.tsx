// The inputs of an action's confirm dialog, one per field the action needs (see action-form.ts):
// reason or note, the officer of the right role, components, a date, a number, a method, money.
import type { ReactNode } from 'react';
import { formatVietnameseDate } from '../../../../shared/domain/calendar/local-date';
import type { Procedure } from '../../../../shared/domain/catalogue/catalogue-schema';
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import { useT } from '../../i18n/language-store';
import type { Translate } from '../../i18n/translate';
import { capitalise, methodName, roleTitle, type ReturnMethod } from '../domain-labels';
import type { DemoOfficer } from '../../../../shared/domain/demo/staff';
import { actionFields, officerStep, type ActionDraft, type FieldSpec, type OfferedAction } from './action-form';

type Props = {
  type: OfferedAction;
  dossier: Dossier;
  procedure: Procedure | undefined;
  draft: ActionDraft;
  officers: readonly DemoOfficer[];
  onChange: (changes: Partial<ActionDraft>) => void;
};

const METHODS: readonly ReturnMethod[] = ['counter', 'postal', 'online'];

function Label({ htmlFor, spec, children, t }: { htmlFor: string; spec: FieldSpec; children: ReactNode; t: Translate }) {
  return (
    <label className="action-field__label" htmlFor={htmlFor}>
      {children}
      {spec.required && <span className="action-field__required"> ({t('dossiers.dialog.required')})</span>}
    </label>
  );
}

export function ActionFields({ type, dossier, procedure, draft, officers, onChange }: Props) {
  const t = useT();
  const step = officerStep(type, dossier, procedure);

  const field = (spec: FieldSpec): ReactNode => {
    const id = `action-${spec.field}`;
    switch (spec.field) {
      case 'reason':
      case 'note': {
        const label = spec.field === 'note' ? t('dossiers.field.note') : type === 'requestSupplement' ? t('dossiers.field.supplementReason') : t('dossiers.field.reason');
        return (
          <>
            <Label htmlFor={id} spec={spec} t={t}>
              {label}
            </Label>
            <textarea id={id} className="text-input" rows={3} maxLength={2000} aria-required={spec.required} value={draft[spec.field]} onChange={(event) => onChange({ [spec.field]: event.target.value })} />
          </>
        );
      }
      case 'officer':
        return (
          <>
            {step && type !== 'assign' && <p className="action-field__hint">{type === 'forward' ? t('dossiers.field.nextStep', { step: step.name }) : t('dossiers.field.previousStep', { step: step.name })}</p>}
            <Label htmlFor={id} spec={spec} t={t}>
              {t('dossiers.field.officer', { role: step ? roleTitle(t, step.role) : '' })}
            </Label>
            <select id={id} className="text-input" aria-required={spec.required} value={draft.officerId} onChange={(event) => onChange({ officerId: event.target.value })}>
              <option value="">{spec.required ? t('dossiers.field.officerChoose') : t('dossiers.field.officerAny')}</option>
              {officers.map((officer) => (
                <option key={officer.id} value={officer.id}>
                  {officer.name} — {officer.title}
                </option>
              ))}
            </select>
          </>
        );
      case 'components':
        return (
          <fieldset className="action-field__group">
            <legend className="action-field__label">{type === 'recordSupplement' ? t('dossiers.field.supplied') : t('dossiers.field.missing')}</legend>
            <ul className="check-list">
              {(procedure?.components ?? []).map((component) => (
                <li key={component.code}>
                  <label className="check-list__option">
                    <input
                      type="checkbox"
                      checked={draft.components.includes(component.code)}
                      onChange={(event) =>
                        onChange({ components: event.target.checked ? [...draft.components, component.code] : draft.components.filter((code) => code !== component.code) })
                      }
                    />
                    <span>{component.name}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      case 'newDueDate':
        return (
          <>
            <Label htmlFor={id} spec={spec} t={t}>
              {t('dossiers.field.newDueDate')}
            </Label>
            <input id={id} className="text-input text-input--short" type="date" aria-required value={draft.newDueDate} min={dossier.dueDate ?? undefined} aria-describedby={`${id}-hint`} onChange={(event) => onChange({ newDueDate: event.target.value })} />
            {dossier.dueDate && (
              <p id={`${id}-hint`} className="action-field__hint">
                {t('dossiers.field.newDueDateHint', { date: formatVietnameseDate(dossier.dueDate) })}
              </p>
            )}
          </>
        );
      case 'method':
        return (
          <fieldset className="action-field__group">
            <legend className="action-field__label">{t('dossiers.field.method')}</legend>
            {METHODS.map((method) => (
              <label key={method} className="check-list__option">
                <input type="radio" name="return-method" value={method} checked={draft.method === method} onChange={() => onChange({ method })} />
                <span>{capitalise(methodName(t, method))}</span>
              </label>
            ))}
          </fieldset>
        );
      case 'documentNumber':
      case 'amount':
      case 'description':
      case 'receiptNumber': {
        const labels = { documentNumber: 'dossiers.field.documentNumber', amount: 'dossiers.field.amount', description: 'dossiers.field.description', receiptNumber: 'dossiers.field.receiptNumber' } as const;
        const key = spec.field;
        return (
          <>
            <Label htmlFor={id} spec={spec} t={t}>
              {t(labels[key])}
            </Label>
            <input
              id={id}
              className={key === 'description' ? 'text-input' : 'text-input text-input--short'}
              inputMode={key === 'amount' ? 'numeric' : undefined}
              autoComplete="off"
              aria-required={spec.required}
              value={draft[key]}
              onChange={(event) => onChange({ [key]: event.target.value })}
            />
          </>
        );
      }
    }
  };

  return (
    <>
      {actionFields[type].map((spec) => (
        <div key={spec.field} className="action-field">
          {field(spec)}
        </div>
      ))}
    </>
  );
}
