// "Khôi phục từ bản sao lưu": choose the .ddbak file, type its passphrase, confirm the loss of unsent
// changes when there are any (unticked by default), and watch the check and the write. Used by the
// Cài đặt card and by the recovery screen, which differ only in what `restore` does.
import { useId, useState } from 'react';
import { MAX_OPENABLE_FILE_BYTES } from '../../../shared/host/contract';
import { formatBytes } from '../device-storage/storage-report';
import { useHost } from '../host/host-context';
import { hostErrorMessage } from '../i18n/host-error-message';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import type { BackupProgress, RestoreOutcome } from './desk-backup';
import '../forms/forms.css';

export type RestoreHandler = (file: Uint8Array, passphrase: string, onProgress: (progress: BackupProgress) => void) => Promise<RestoreOutcome>;

type Props = {
  /** Unsent changes the restore would lose (0: nothing to confirm). */
  unsent: number;
  restore: RestoreHandler;
  /** Called after a successful restore, with the outcome (the caller reloads the app). */
  onRestored: (outcome: Extract<RestoreOutcome, { ok: true }>) => void;
};

type Chosen = { name: string; size: number; bytes: Uint8Array };

export function RestoreBackupForm({ unsent, restore, onRestored }: Props) {
  const t = useT();
  const host = useHost();
  const ids = useId();
  const locale = intlLocale[useLanguage()];
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [acceptLoss, setAcceptLoss] = useState(false);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const working = progress !== null;

  // Called straight from the click: the browser shows its file chooser only during the click.
  const choose = () => {
    setMessage(null);
    void host.openFile({ title: t('dataProtection.restore.choose'), filters: [{ name: 'Dossier Desk', extensions: ['ddbak'] }], maxBytes: MAX_OPENABLE_FILE_BYTES }).then((answer) => {
      if (!answer.ok) setMessage({ kind: 'error', text: hostErrorMessage(t, answer.error) });
      else if (answer.value) setChosen({ name: answer.value.name, size: answer.value.size, bytes: answer.value.bytes });
    });
  };

  const start = async () => {
    if (!chosen) return setMessage({ kind: 'error', text: t('dataProtection.restore.noFile') });
    if (unsent > 0 && !acceptLoss) return setMessage({ kind: 'error', text: t('dataProtection.restore.needsAcceptance') });
    setMessage(null);
    setProgress({ phase: 'verifying', done: 0, total: chosen.size });
    try {
      const outcome = await restore(chosen.bytes, passphrase, setProgress);
      if (!outcome.ok) {
        setMessage({ kind: 'error', text: t(`dataProtection.restore.problem.${outcome.problem}`) });
        return;
      }
      const rows = Object.values(outcome.end.rows).reduce((a, b) => a + b, 0);
      setMessage({ kind: 'done', text: t('dataProtection.restore.done', { rows, blobs: outcome.end.blobs }) });
      onRestored(outcome);
    } finally {
      setProgress(null);
    }
  };

  const percent = progress && progress.total > 0 ? Math.floor((progress.done / progress.total) * 100) : 0;
  return (
    <div className="data-protection__restore" aria-busy={working}>
      <p className="card__text">{t('dataProtection.restore.explain')}</p>
      <div className="data-protection__row">
        <button type="button" className="button" disabled={working} onClick={choose}>
          {t('dataProtection.restore.choose')}
        </button>
        {chosen && <span data-testid="restore-chosen">{t('dataProtection.restore.chosen', { name: chosen.name, size: formatBytes(chosen.size, locale) })}</span>}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-passphrase`}>
          {t('dataProtection.restore.passphrase')}
        </label>
        <input
          id={`${ids}-passphrase`}
          className="input"
          type="password"
          autoComplete="off"
          value={passphrase}
          disabled={working}
          onChange={(event) => setPassphrase(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void start();
          }}
        />
      </div>
      {unsent > 0 && (
        <div className="data-protection__warning" role="note">
          <p>{t('dataProtection.restore.unsent', { n: unsent })}</p>
          <label className="data-protection__check">
            <input type="checkbox" checked={acceptLoss} disabled={working} onChange={(event) => setAcceptLoss(event.target.checked)} />{' '}
            {t('dataProtection.restore.acceptLoss', { n: unsent })}
          </label>
        </div>
      )}
      <button type="button" className="button button--primary" disabled={working} onClick={() => void start()}>
        {t('dataProtection.restore.start')}
      </button>
      {progress && (
        <progress className="data-protection__progress" aria-label={t('dataProtection.restore.progressLabel')} max={100} value={percent} />
      )}
      <p className="card__hint" role="status" data-testid="restore-status">
        {progress && t(progress.phase === 'writing' ? 'dataProtection.restore.writing' : 'dataProtection.restore.verifying', { percent })}
        {!progress && message?.kind === 'done' && <span className="facts__good">{message.text}</span>}
      </p>
      {!progress && message?.kind === 'error' && (
        <p className="field__error" role="alert" data-testid="restore-error">
          {message.text}
        </p>
      )}
    </div>
  );
}
