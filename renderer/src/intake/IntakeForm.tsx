// The counter's intake form, all steps on one page: procedure, channel, applicant, summary and the
// document checklist with scans, the live promised date, and the two outcomes — receive (form 01)
// or refuse (form 03). Nothing is written until the store accepts the whole dossier.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import type { Actor } from '../../../shared/domain/officers/officer';
import { TextField } from '../forms/TextField';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import { actorOf } from '../profile/roster';
import { useDeskStore } from '../store/store-context';
import { attachedComponents, filesForStore } from './component-files';
import { ComponentChecklist } from './ComponentChecklist';
import { ConfirmReceiveDialog } from './ConfirmReceiveDialog';
import { formatLocalDate } from './dates';
import { DueDateNote } from './DueDateNote';
import { dueDateView } from './due-date-view';
import { ApplicantFields } from './ApplicantFields';
import { intakeKeyAction } from './intake-keys';
import {
  emptyIntakeForm,
  firstInvalidField,
  formErrors,
  SUMMARY_MAX,
  toIntakeDraft,
  visibleErrors,
  withProcedure,
  type CounterChannel,
  type IntakeDraft,
  type IntakeField,
  type IntakeForm as FormState,
} from './intake-form';
import { ProcedurePicker } from './ProcedurePicker';
import { RefuseDialog } from './RefuseDialog';
import { useComponentFiles } from './use-component-files';
import './intake-actions.css';
import { useUnsavedWork } from '../updates/unsaved-work';

export type IntakeDone = { dossier: Dossier; refusalReason: string | null };

const CHANNELS: readonly CounterChannel[] = ['counter', 'postal'];

function focusField(field: IntakeField): void {
  const target =
    field === 'procedure'
      ? (document.querySelector<HTMLInputElement>('#intake-procedure input:checked') ?? document.querySelector<HTMLInputElement>('#intake-procedure input'))
      : document.getElementById(`intake-${field}`);
  (target ?? document.getElementById('intake-procedure-filter'))?.focus();
}

export function IntakeForm({ officer, onDone }: { officer: Actor; onDone: (done: IntakeDone) => void }) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const store = useDeskStore();
  const procedures = store.catalogueIndex.proceduresOfUnit(officer.unitCode);
  const [form, setForm] = useState<FormState>(emptyIntakeForm);
  // An intake being typed must not be lost to an update's restart: any edit replaces the first form object.
  const [pristineForm] = useState(form);
  useUnsavedWork('intake', form !== pristineForm);
  const [touched, setTouched] = useState<ReadonlySet<IntakeField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [dialog, setDialog] = useState<'receive' | 'refuse' | null>(null);
  const [draft, setDraft] = useState<IntakeDraft | null>(null);
  const [busy, setBusy] = useState(false);
  const [storeError, setStoreError] = useState<string | null>(null);
  const storeErrorRef = useRef<HTMLParagraphElement>(null);
  const files = useComponentFiles();

  const procedure = store.catalogueIndex.procedure(form.procedureCode);
  const errors = visibleErrors(formErrors(form, procedure, t), touched, submitted);
  const errorCount = Object.keys(errors).length;
  const componentCodes = procedure?.components.map((component) => component.code) ?? [];
  const storeFiles = filesForStore(files.state, componentCodes);
  const touch = (field: IntakeField) => setTouched((current) => new Set(current).add(field));

  /** Checks every field; opens the confirmation, or shows the errors and focuses the first. */
  const begin = (outcome: 'receive' | 'refuse') => {
    setSubmitted(true);
    setStoreError(null);
    const made = toIntakeDraft(form, procedure, attachedComponents(files.state), t);
    if (!made.ok) {
      const first = firstInvalidField(made.errors);
      if (first) focusField(first);
      return;
    }
    setDraft(made.draft);
    setDialog(outcome);
  };

  const record = async (refusalReason: string | null) => {
    if (!draft) return;
    setBusy(true);
    let message: string;
    try {
      const outcome = await store.intake(draft, storeFiles, actorOf(officer), refusalReason === null ? undefined : { reason: refusalReason });
      if (outcome.ok) {
        onDone({ dossier: outcome.value.dossier, refusalReason });
        return;
      }
      message = outcome.error.message;
    } catch {
      message = t('intake.error.storeFailed');
    }
    setBusy(false);
    setDialog(null);
    setStoreError(message);
  };

  // Runs after the dialog has closed and handed focus back: the message takes it, so it is read at once.
  useEffect(() => {
    if (storeError) storeErrorRef.current?.focus();
  }, [storeError]);

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const action = intakeKeyAction(event.nativeEvent, event.target as HTMLInputElement);
    if (action === null) return;
    event.preventDefault();
    if (action === 'submit' && !busy && files.reading.size === 0) begin('receive');
  };

  const dueText = (() => {
    if (!procedure) return '';
    const view = dueDateView(store.now(), procedure, store.calendar);
    return view.dueDate ? formatLocalDate(view.dueDate, locale) : t('intake.due.none');
  })();

  return (
    <>
      <form className="intake-form" noValidate aria-label={t('intake.form.label')} onSubmit={(event) => event.preventDefault()} onKeyDown={onKeyDown}>
        <p className="intake-note intake-note--keys">{t('intake.form.keys')}</p>
        <section className="intake-step" aria-labelledby="intake-step-procedure">
          <h2 id="intake-step-procedure" className="intake-step__title">
            {t('intake.step.procedure')}
          </h2>
          <ProcedurePicker
            procedures={procedures}
            value={form.procedureCode}
            error={errors.procedure}
            onBlur={() => touch('procedure')}
            onChange={(chosen) => setForm((current) => withProcedure(current, chosen))}
          />
        </section>

        <section className="intake-step" aria-labelledby="intake-step-channel">
          <h2 id="intake-step-channel" className="intake-step__title">
            {t('intake.step.channel')}
          </h2>
          <fieldset className="choice-row" aria-labelledby="intake-step-channel">
            {CHANNELS.map((channel) => (
              <label key={channel} className="choice-row__option">
                <input
                  type="radio"
                  name="intake-channel"
                  value={channel}
                  checked={form.channel === channel}
                  onChange={() => setForm((current) => ({ ...current, channel }))}
                />
                {t(channel === 'counter' ? 'intake.channel.counter' : 'intake.channel.postal')}
              </label>
            ))}
          </fieldset>
        </section>

        <section className="intake-step" aria-labelledby="intake-step-applicant">
          <h2 id="intake-step-applicant" className="intake-step__title">
            {t('intake.step.applicant')}
          </h2>
          <ApplicantFields
            form={form}
            kinds={procedure?.applicantKinds ?? ['person', 'organisation']}
            errors={errors}
            onKind={(kind) => setForm((current) => ({ ...current, kind }))}
            onField={(field, value) => setForm((current) => ({ ...current, applicant: { ...current.applicant, [field]: value } }))}
            onBlur={touch}
          />
        </section>

        <section className="intake-step" aria-labelledby="intake-step-summary">
          <h2 id="intake-step-summary" className="intake-step__title">
            {t('intake.step.summary')}
          </h2>
          <TextField
            id="intake-summary"
            label={t('intake.summary.label')}
            hint={t('intake.summary.hint')}
            placeholder={t('intake.summary.placeholder')}
            value={form.summary}
            required
            multiline
            maxLength={SUMMARY_MAX}
            error={errors.summary}
            onChange={(summary) => setForm((current) => ({ ...current, summary }))}
            onBlur={() => touch('summary')}
          />
        </section>

        <section className="intake-step" aria-labelledby="intake-step-components">
          <h2 id="intake-step-components" className="intake-step__title">
            {t('intake.step.components')}
          </h2>
          <ComponentChecklist
            procedure={procedure}
            state={files.state}
            reading={files.reading}
            onAdd={(code, picked) => void files.add(code, picked)}
            onRemove={files.remove}
          />
        </section>

        <div className="intake-actions">
          <DueDateNote procedure={procedure} />
          <div className="intake-actions__right">
            {submitted && errorCount > 0 && (
              <p className="intake-actions__error" role="alert">
                {t('intake.error.fieldsToFix', { count: errorCount })}
              </p>
            )}
            {storeError && (
              <p ref={storeErrorRef} className="intake-actions__error" role="alert" tabIndex={-1} data-testid="intake-store-error">
                {storeError}
              </p>
            )}
            <div className="intake-actions__buttons">
              <button type="button" className="button button--danger-outline" disabled={busy || files.reading.size > 0} onClick={() => begin('refuse')}>
                {t('intake.action.refuse')}
              </button>
              <button type="button" className="button button--primary" disabled={busy || files.reading.size > 0} onClick={() => begin('receive')}>
                {t('intake.action.receive')}
              </button>
            </div>
          </div>
        </div>
      </form>
      <ConfirmReceiveDialog
        open={dialog === 'receive'}
        draft={draft}
        procedure={procedure}
        fileCount={storeFiles.length}
        dueText={dueText}
        busy={busy}
        onConfirm={() => void record(null)}
        onClose={() => setDialog(null)}
      />
      <RefuseDialog open={dialog === 'refuse'} busy={busy} onRefuse={(reason) => void record(reason)} onClose={() => setDialog(null)} />
    </>
  );
}
