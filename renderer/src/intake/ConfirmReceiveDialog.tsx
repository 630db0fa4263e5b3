// "Tiếp nhận" asks once more before the dossier gets its code: what is received, from whom, with
// how many scans, and the date promised to the applicant.
import { useId } from 'react';
import type { Procedure } from '../../../shared/domain/catalogue/catalogue-schema';
import { ModalDialog } from '../forms/ModalDialog';
import { useT } from '../i18n/language-store';
import type { IntakeDraft } from './intake-form';

type Props = {
  open: boolean;
  draft: IntakeDraft | null;
  procedure: Procedure | undefined;
  fileCount: number;
  dueText: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

export function ConfirmReceiveDialog({ open, draft, procedure, fileCount, dueText, busy, onConfirm, onClose }: Props) {
  const t = useT();
  const headingId = useId();
  return (
    <ModalDialog open={open && draft !== null} onClose={onClose} labelledBy={headingId}>
      {draft && procedure && (
        <div className="dialog__body">
          <h2 id={headingId} className="dialog__title">
            {t('intake.confirm.title')}
          </h2>
          <dl className="dialog__facts">
            <dt>{t('intake.confirm.procedure')}</dt>
            <dd>{procedure.name}</dd>
            <dt>{t('intake.confirm.applicant')}</dt>
            <dd>{draft.applicant.name}</dd>
            <dt>{t('intake.confirm.documents')}</dt>
            <dd>{t('intake.confirm.documentsValue', { components: draft.documents.length, total: procedure.components.length, files: fileCount })}</dd>
            <dt>{t('intake.due.label')}</dt>
            <dd>{dueText}</dd>
          </dl>
          <p className="dialog__hint">{t('intake.confirm.hint')}</p>
          <div className="dialog__actions">
            {/* autoFocus: the dialog opens on the action, so Enter confirms and Escape goes back. */}
            <button type="button" className="button button--primary" autoFocus disabled={busy} onClick={onConfirm}>
              {t('intake.confirm.receive')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={onClose}>
              {t('intake.confirm.back')}
            </button>
          </div>
        </div>
      )}
    </ModalDialog>
  );
}
