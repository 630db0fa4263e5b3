// Step 3: the applicant (chủ hồ sơ), a person or an organisation as the procedure allows. Each
// field shows its own error beside it; the rules are the domain's validateApplicant.
import type { MessageKey } from '../i18n/catalogue-vi';
import { useT } from '../i18n/language-store';
import { TextField } from '../forms/TextField';
import { fieldApplies, type ApplicantKind, type ApplicantText, type FieldErrors, type IntakeForm } from './intake-form';

type Props = {
  form: IntakeForm;
  kinds: readonly ApplicantKind[];
  errors: FieldErrors;
  onKind: (kind: ApplicantKind) => void;
  onField: (field: keyof ApplicantText, value: string) => void;
  onBlur: (field: keyof ApplicantText) => void;
};

// Every 'intake.applicant.*' sentence is plain (no placeholders), so t() takes no params for them.
type ApplicantKey = Extract<MessageKey, `intake.applicant.${string}`>;

type FieldSpec = {
  field: keyof ApplicantText;
  label: Record<ApplicantKind, ApplicantKey>;
  hint?: ApplicantKey;
  required: boolean;
  inputMode?: 'numeric' | 'tel' | 'email';
  autoComplete?: string;
  wide?: boolean;
};

const FIELDS: readonly FieldSpec[] = [
  { field: 'name', label: { person: 'intake.applicant.personName', organisation: 'intake.applicant.organisationName' }, required: true, wide: true },
  { field: 'taxCode', label: { person: 'intake.applicant.taxCode', organisation: 'intake.applicant.taxCode' }, hint: 'intake.applicant.taxCodeHint', required: true, inputMode: 'numeric' },
  { field: 'representative', label: { person: 'intake.applicant.representative', organisation: 'intake.applicant.representative' }, required: false },
  { field: 'idNumber', label: { person: 'intake.applicant.personId', organisation: 'intake.applicant.representativeId' }, hint: 'intake.applicant.idHint', required: true, inputMode: 'numeric' },
  { field: 'phone', label: { person: 'intake.applicant.phone', organisation: 'intake.applicant.phone' }, required: true, inputMode: 'tel' },
  { field: 'email', label: { person: 'intake.applicant.email', organisation: 'intake.applicant.email' }, required: false, inputMode: 'email' },
  { field: 'address', label: { person: 'intake.applicant.personAddress', organisation: 'intake.applicant.organisationAddress' }, required: true, wide: true },
];

export function ApplicantFields({ form, kinds, errors, onKind, onField, onBlur }: Props) {
  const t = useT();
  return (
    <>
      {kinds.length > 1 && (
        <fieldset className="choice-row">
          <legend className="field__label">{t('intake.applicant.kind')}</legend>
          {kinds.map((kind) => (
            <label key={kind} className="choice-row__option">
              <input type="radio" name="intake-kind" value={kind} checked={form.kind === kind} onChange={() => onKind(kind)} />
              {t(kind === 'person' ? 'intake.applicant.person' : 'intake.applicant.organisation')}
            </label>
          ))}
        </fieldset>
      )}
      {kinds.length === 1 && <p className="intake-note">{t(kinds[0] === 'person' ? 'intake.applicant.onlyPerson' : 'intake.applicant.onlyOrganisation')}</p>}
      <div className="field-grid">
        {FIELDS.filter((spec) => fieldApplies(spec.field, form.kind)).map((spec) => (
          <TextField
            key={spec.field}
            id={`intake-${spec.field}`}
            className={spec.wide ? 'field--wide' : undefined}
            label={t(spec.label[form.kind])}
            hint={spec.hint ? t(spec.hint) : undefined}
            value={form.applicant[spec.field]}
            required={spec.required}
            inputMode={spec.inputMode}
            autoComplete={spec.autoComplete}
            error={errors[spec.field]}
            onChange={(value) => onField(spec.field, value)}
            onBlur={() => onBlur(spec.field)}
          />
        ))}
      </div>
    </>
  );
}
