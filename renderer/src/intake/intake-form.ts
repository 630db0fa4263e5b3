// What the officer has typed at the counter, and the two things made from it: the errors to show
// beside each field (derived every render, never kept) and the DossierIntake draft for the store.
import type { Procedure } from '../../../shared/domain/catalogue/catalogue-schema';
import { validateApplicant, type Applicant } from '../../../shared/domain/dossiers/applicant';
import type { DossierIntake } from '../../../shared/domain/dossiers/dossier';
import type { Translate } from '../i18n/translate';

export type ApplicantKind = Applicant['kind'];
export type CounterChannel = 'counter' | 'postal';
export type ApplicantText = { [K in Exclude<keyof Applicant, 'kind'>]: string };

export type IntakeForm = {
  /** '' until a procedure is chosen. */
  procedureCode: string;
  channel: CounterChannel;
  kind: ApplicantKind;
  applicant: ApplicantText;
  summary: string;
};

export type IntakeField = 'procedure' | keyof ApplicantText | 'summary';
export type FieldErrors = Partial<Record<IntakeField, string>>;
export type IntakeDraft = Omit<DossierIntake, 'code'>;

/** Screen order: the first invalid field in it takes focus after a refused submit. */
export const FIELD_ORDER: readonly IntakeField[] = ['procedure', 'name', 'taxCode', 'representative', 'idNumber', 'phone', 'email', 'address', 'summary'];

export const SUMMARY_MAX = 1000;

export function emptyIntakeForm(): IntakeForm {
  return {
    procedureCode: '',
    channel: 'counter',
    kind: 'person',
    applicant: { name: '', idNumber: '', phone: '', email: '', taxCode: '', representative: '', address: '' },
    summary: '',
  };
}

/** Choosing a procedure keeps the applicant kind only when the procedure accepts it. */
export function withProcedure(form: IntakeForm, procedure: Procedure): IntakeForm {
  const kind = procedure.applicantKinds.includes(form.kind) ? form.kind : procedure.applicantKinds[0]!;
  return { ...form, procedureCode: procedure.code, kind };
}

/** Fields an organisation fills in and a person does not (they are hidden and ignored for persons). */
export const organisationOnly: readonly IntakeField[] = ['taxCode', 'representative'];

export function fieldApplies(field: IntakeField, kind: ApplicantKind): boolean {
  return kind === 'organisation' || !organisationOnly.includes(field);
}

type Checked = { ok: true; applicant: Applicant; summary: string } | { ok: false; errors: FieldErrors };

/** Every field checked at once; the applicant's rules are the domain's (shared with the portal). */
function check(form: IntakeForm, procedure: Procedure | undefined, t: Translate): Checked {
  const errors: FieldErrors = {};
  if (!procedure) errors.procedure = t('intake.error.procedureRequired');
  const text = form.applicant;
  const applicant = validateApplicant({
    kind: form.kind,
    ...text,
    ...(form.kind === 'person' ? { taxCode: '', representative: '' } : {}),
  });
  if (!applicant.ok) Object.assign(errors, applicant.errors);
  const summary = form.summary.trim();
  if (summary === '') errors.summary = t('intake.error.summaryRequired');
  else if (summary.length > SUMMARY_MAX) errors.summary = t('intake.error.summaryTooLong', { max: SUMMARY_MAX });
  if (!applicant.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, applicant: applicant.value, summary };
}

export function formErrors(form: IntakeForm, procedure: Procedure | undefined, t: Translate): FieldErrors {
  const checked = check(form, procedure, t);
  return checked.ok ? {} : checked.errors;
}

/** Errors appear once the officer has left the field, or everywhere after a submit. */
export function visibleErrors(errors: FieldErrors, touched: ReadonlySet<IntakeField>, submitted: boolean): FieldErrors {
  if (submitted) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([field]) => touched.has(field as IntakeField))) as FieldErrors;
}

export function firstInvalidField(errors: FieldErrors): IntakeField | undefined {
  return FIELD_ORDER.find((field) => errors[field] !== undefined);
}

/**
 * A component counts as submitted when its scan is attached (the counter digitises what it
 * receives); it is recorded with the originals and copies the procedure asks for.
 */
export function submittedDocuments(procedure: Procedure, attached: ReadonlySet<string>): DossierIntake['documents'] {
  return procedure.components
    .filter((component) => attached.has(component.code))
    .map((component) => {
      const none = component.originals + component.copies === 0;
      return { componentCode: component.code, originals: component.originals, copies: none ? 1 : component.copies };
    });
}

export type DraftOutcome = { ok: true; draft: IntakeDraft } | { ok: false; errors: FieldErrors };

export function toIntakeDraft(form: IntakeForm, procedure: Procedure | undefined, attached: ReadonlySet<string>, t: Translate): DraftOutcome {
  const checked = check(form, procedure, t);
  if (!checked.ok) return checked;
  if (!procedure) return { ok: false, errors: { procedure: t('intake.error.procedureRequired') } };
  return {
    ok: true,
    draft: {
      procedureCode: procedure.code,
      channel: form.channel,
      applicant: checked.applicant,
      summary: checked.summary,
      documents: submittedDocuments(procedure, attached),
    },
  };
}
