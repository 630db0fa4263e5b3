// Cài đặt card "Sao lưu và khôi phục": an encrypted backup of the whole desk to one .ddbak file,
// its restore (which replaces the desk's data and reloads the app), and the damaged databases kept
// after a recovery, each deletable once the portal confirmed what was carried from it.
import { useEffect, useId, useMemo, useState } from 'react';
import { recordByCurrentOfficer } from '../audit/watch-desk';
import { formatBytes } from '../device-storage/storage-report';
import { useHost } from '../host/host-context';
import { hostErrorMessage } from '../i18n/host-error-message';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import { useDeskStore, useStoreRevision } from '../store/store-context';
import { adoptRestored } from './adopt-restored';
import { backupDesk, restoreDesk, type BackupProgress } from './desk-backup';
import { deskDatabases } from './desk-databases';
import { KeptDatabases } from './KeptDatabases';
import { MIN_PASSPHRASE_LENGTH, passphraseProblem, passphraseStrength } from './passphrase';
import { RestoreBackupForm } from './RestoreBackupForm';
import './data-protection.css';

type Outcome = { kind: 'done'; text: string } | { kind: 'error'; text: string } | null;

const backupName = (at: Date) => `dossier-desk-${at.toISOString().slice(0, 10)}.ddbak`;

export function BackupCard() {
  const t = useT();
  const host = useHost();
  const store = useDeskStore();
  const revision = useStoreRevision();
  const ids = useId();
  const locale = intlLocale[useLanguage()];
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [tried, setTried] = useState(false);
  const [progress, setProgress] = useState<BackupProgress | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [unsent, setUnsent] = useState(0);
  const databases = useMemo(() => deskDatabases(), []);

  useEffect(() => {
    let live = true;
    void store.db.outbox.count().then((n) => live && setUnsent(n));
    return () => {
      live = false;
    };
  }, [store, revision]);

  const problem = tried ? passphraseProblem(passphrase, again) : null;
  const strength = passphrase ? passphraseStrength(passphrase) : null;

  const createBackup = async () => {
    setTried(true);
    if (passphraseProblem(passphrase, again)) {
      document.getElementById(`${ids}-passphrase`)?.focus();
      return;
    }
    setOutcome(null);
    setProgress({ phase: 'reading', done: 0, total: 0 });
    try {
      const { file, summary } = await backupDesk(store.db, passphrase, { onProgress: setProgress });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const saved = await host.saveFile({ suggestedName: backupName(new Date()), bytes, mimeType: 'application/octet-stream', filters: [{ name: 'Dossier Desk', extensions: ['ddbak'] }] });
      if (!saved.ok) return setOutcome({ kind: 'error', text: hostErrorMessage(t, saved.error) });
      if (!saved.value.saved) return setOutcome({ kind: 'error', text: t('dataProtection.backup.cancelled') });
      const name = saved.value.fileName ?? backupName(new Date());
      setOutcome({ kind: 'done', text: t('dataProtection.backup.done', { file: name, size: formatBytes(summary.fileBytes, locale) }) });
      setPassphrase('');
      setAgain('');
      setTried(false);
      void recordByCurrentOfficer(store.audit, 'backupExported', { rows: summary.rows, attachments: summary.blobs, bytes: summary.fileBytes });
    } catch {
      setOutcome({ kind: 'error', text: t('dataProtection.backup.failed') });
    } finally {
      setProgress(null);
    }
  };

  const working = progress !== null;
  return (
    <section className="card" aria-labelledby={`${ids}-title`} aria-busy={working}>
      <h2 id={`${ids}-title`} className="card__title">
        {t('dataProtection.backup.title')}
      </h2>
      <p className="card__text">{t('dataProtection.backup.explain')}</p>
      <div className="data-protection__pair">
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-passphrase`}>
            {t('dataProtection.passphrase')}
          </label>
          <input
            id={`${ids}-passphrase`}
            className="input"
            type="password"
            autoComplete="new-password"
            value={passphrase}
            disabled={working}
            aria-invalid={problem === 'tooShort' ? true : undefined}
            aria-describedby={`${ids}-hint ${ids}-strength${problem ? ` ${ids}-error` : ''}`}
            onChange={(event) => setPassphrase(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-again`}>
            {t('dataProtection.passphraseAgain')}
          </label>
          <input
            id={`${ids}-again`}
            className="input"
            type="password"
            autoComplete="new-password"
            value={again}
            disabled={working}
            aria-invalid={problem === 'mismatch' ? true : undefined}
            onChange={(event) => setAgain(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void createBackup();
            }}
          />
        </div>
      </div>
      <p id={`${ids}-hint`} className="field__hint">
        {t('dataProtection.passphrase.hint', { min: MIN_PASSPHRASE_LENGTH })}
      </p>
      <p id={`${ids}-strength`} className="field__hint" aria-live="polite" data-testid="passphrase-strength">
        {strength && t(`dataProtection.strength.${strength}`)}
      </p>
      {problem && (
        <p id={`${ids}-error`} className="field__error">
          {problem === 'tooShort' ? t('dataProtection.passphrase.tooShort', { min: MIN_PASSPHRASE_LENGTH }) : t('dataProtection.passphrase.mismatch')}
        </p>
      )}
      <button type="button" className="button button--primary" disabled={working} onClick={() => void createBackup()}>
        {t('dataProtection.backup.create')}
      </button>
      {progress && (
        <progress className="data-protection__progress" aria-label={t('dataProtection.backup.progressLabel')} max={Math.max(progress.total, 1)} value={progress.done} />
      )}
      <p className="card__hint" role="status" data-testid="backup-status">
        {progress && t('dataProtection.backup.reading', { done: progress.done, total: progress.total })}
        {!progress && outcome?.kind === 'done' && <span className="facts__good">{outcome.text}</span>}
      </p>
      {!progress && outcome?.kind === 'error' && (
        <p className="field__error" role="alert">
          {outcome.text}
        </p>
      )}

      <h3 className="data-protection__subtitle">{t('dataProtection.restore.heading')}</h3>
      <RestoreBackupForm
        unsent={unsent}
        restore={(file, phrase, onProgress) => restoreDesk(file, phrase, { databases, onProgress })}
        onRestored={(restored) => void adoptRestored(databases, store.db, restored).finally(() => window.location.reload())}
      />
      <KeptDatabases databases={databases} />
    </section>
  );
}
