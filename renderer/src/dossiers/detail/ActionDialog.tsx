// The confirm dialog of one action: a modal <dialog> (the rest of the page inert, Escape cancels)
// with the fields the action needs. Confirm sends the command through the store; a refusal is
// shown here and nothing changes, success closes the dialog.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { vietnamDateOf } from '../../../../shared/domain/calendar/vietnam-time';
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import type { Actor } from '../../../../shared/domain/officers/officer';
import type { ProcessingEvent } from '../../../../shared/domain/workflow/events';
import { useT } from '../../i18n/language-store';
import { useDeskStore } from '../../store/store-context';
import { actionName } from '../domain-labels';
import { officerDirectory } from '../officer-directory';
import { buildCommand, initialDraft, officerStep, type ActionDraft, type OfferedAction } from './action-form';
import { ActionFields } from './ActionFields';
import './action-dialog.css';
import { useUnsavedWork } from '../../updates/unsaved-work';

type Props = {
  type: OfferedAction;
  dossier: Dossier;
  events: readonly ProcessingEvent[];
  actor: Actor;
  onCancel: () => void;
  onDone: (message: string) => void;
};

export function ActionDialog({ type, dossier, events, actor, onCancel, onDone }: Props) {
  const t = useT();
  const store = useDeskStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const procedure = store.catalogueIndex.procedure(dossier.procedureCode);
  const [draft, setDraft] = useState<ActionDraft>(() =>
    initialDraft(type, { dossier, procedure, events, calendar: store.calendar, today: vietnamDateOf(store.now()) }),
  );
  const [problem, setProblem] = useState('');
  const [working, setWorking] = useState(false);
  // A decision being written in the dialog is unsaved work until it is recorded or cancelled.
  useUnsavedWork('action-dialog', true);
  const directory = officerDirectory(store.catalogue);
  const step = officerStep(type, dossier, procedure);
  const officers = step ? directory.of(dossier.unitCode, step.role) : [];

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  // Closed before the caller moves focus: while it is open, everything outside it is inert.
  const cancel = () => {
    dialog.current?.close();
    onCancel();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    const built = buildCommand(type, draft, (id) => {
      const officer = directory.byId(id);
      return officer && { id: officer.id, name: officer.name, role: officer.role };
    }, procedure);
    if (!built.ok) return setProblem(t(built.problem));
    setWorking(true);
    setProblem('');
    try {
      const outcome = await store.act(dossier.id, built.command, actor);
      if (outcome.ok) {
        dialog.current?.close();
        return onDone(t('dossiers.detail.done', { action: actionName(t, type), code: dossier.code }));
      }
      setProblem(t('dossiers.dialog.refused', { message: outcome.error.message }));
    } catch (error) {
      setProblem(t('dossiers.dialog.refused', { message: error instanceof Error ? error.message : String(error) }));
    }
    setWorking(false);
  };

  return (
    <dialog
      ref={dialog}
      className="action-dialog"
      aria-labelledby="action-dialog-title"
      aria-describedby="action-dialog-about"
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <form className="action-dialog__form" onSubmit={(event) => void submit(event)} noValidate>
        <h2 id="action-dialog-title" className="action-dialog__title">
          {actionName(t, type)}
        </h2>
        <p id="action-dialog-about" className="action-dialog__about">
          {t('dossiers.dialog.about', { code: dossier.code, applicant: dossier.applicant.name })}
        </p>
        <ActionFields type={type} dossier={dossier} procedure={procedure} draft={draft} officers={officers} onChange={(changes) => setDraft((current) => ({ ...current, ...changes }))} />
        <p className="action-dialog__problem" role="alert">
          {problem}
        </p>
        <div className="action-dialog__buttons">
          <button type="button" className="button" onClick={cancel}>
            {t('dossiers.dialog.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={working} aria-busy={working}>
            {working ? t('dossiers.dialog.working') : t('dossiers.dialog.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
