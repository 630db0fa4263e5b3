// "Từ chối tiếp nhận" (form 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ): the reason is required,
// because the applicant takes it home in writing.
import { useId, useState } from 'react';
import { ModalDialog } from '../forms/ModalDialog';
import { TextField } from '../forms/TextField';
import { useT } from '../i18n/language-store';

type Props = {
  open: boolean;
  busy: boolean;
  onRefuse: (reason: string) => void;
  onClose: () => void;
};

export const REFUSAL_REASON_MAX = 2000;

export function RefuseDialog({ open, busy, onRefuse, onClose }: Props) {
  const headingId = useId();
  return (
    <ModalDialog open={open} onClose={onClose} labelledBy={headingId}>
      <RefuseForm headingId={headingId} busy={busy} onRefuse={onRefuse} onClose={onClose} />
    </ModalDialog>
  );
}

function RefuseForm({ headingId, busy, onRefuse, onClose }: Omit<Props, 'open'> & { headingId: string }) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const error = tried && reason.trim() === '' ? t('intake.refuse.reasonRequired') : undefined;
  const submit = () => {
    setTried(true);
    if (reason.trim() === '') {
      document.getElementById('intake-refusal-reason')?.focus();
      return;
    }
    onRefuse(reason.trim());
  };
  return (
    // Ctrl+Enter confirms here as it submits on the intake form.
    <div
      className="dialog__body"
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing) {
          event.preventDefault();
          submit();
        }
      }}
    >
      <h2 id={headingId} className="dialog__title">
        {t('intake.refuse.title')}
      </h2>
      <p className="dialog__hint">{t('intake.refuse.hint')}</p>
      <TextField
        id="intake-refusal-reason"
        label={t('intake.refuse.reason')}
        value={reason}
        onChange={setReason}
        onBlur={() => setTried(true)}
        error={error}
        required
        multiline
        maxLength={REFUSAL_REASON_MAX}
      />
      <div className="dialog__actions">
        <button type="button" className="button button--danger" disabled={busy} onClick={submit}>
          {t('intake.refuse.confirm')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onClose}>
          {t('intake.refuse.back')}
        </button>
      </div>
    </div>
  );
}
