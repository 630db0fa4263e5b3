// Shown instead of the app when the local database cannot be opened: says so plainly, promises
// (truthfully) that nothing was deleted, and offers the ways out — a fresh database rebuilt from
// the portal, one restored from a backup, or trying again. Unsent changes readable in the damaged
// database are carried into the fresh one either way (recovery.ts).
import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n/language-store';
import { hashForSection } from '../shell/sections';
import { auditRestore } from './adopt-restored';
import type { DeskDatabases } from './desk-databases';
import type { DeskOpening } from './open-desk';
import { rebuildFromBackup, rebuildFromPortal } from './recovery';
import { RestoreBackupForm } from './RestoreBackupForm';
import '../forms/forms.css';
import '../settings/settings.css';
import './data-protection.css';

type Failure = Extract<DeskOpening, { ok: false }>;

export function RecoveryScreen({ failure, databases }: { failure: Failure; databases: DeskDatabases }) {
  const t = useT();
  const ids = useId();
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [fromBackup, setFromBackup] = useState(false);

  useEffect(() => {
    document.title = t('dataProtection.recovery.title');
  }, [t]);

  const fromPortal = async () => {
    setWorking(true);
    setProblem(null);
    try {
      await rebuildFromPortal(databases, failure.name, new Date().toISOString());
      // The officer signs in on Đồng bộ; the first sync then fills the fresh database.
      window.location.hash = hashForSection('sync');
      window.location.reload();
    } catch (error) {
      setWorking(false);
      setProblem(t('dataProtection.recovery.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };

  return (
    <main className="recovery" aria-labelledby={`${ids}-title`}>
      <section className="card">
        <h1 id={`${ids}-title`} className="card__title">
          {t('dataProtection.recovery.title')}
        </h1>
        <p className="card__text">{t(`dataProtection.recovery.${failure.reason}`)}</p>
        <p className="card__text">{t('dataProtection.recovery.kept', { name: failure.name })}</p>
        <div className="recovery__actions">
          <button type="button" className="button button--primary" disabled={working} onClick={() => void fromPortal()}>
            {t('dataProtection.recovery.fromPortal')}
          </button>
          <button type="button" className="button" disabled={working} aria-expanded={fromBackup} onClick={() => setFromBackup((shown) => !shown)}>
            {t('dataProtection.recovery.fromBackup')}
          </button>
          <button type="button" className="button" disabled={working} onClick={() => window.location.reload()}>
            {t('dataProtection.recovery.retry')}
          </button>
        </div>
        <p className="card__hint">{t('dataProtection.recovery.fromPortal.hint')}</p>
        {working && <p role="status">{t('dataProtection.recovery.working')}</p>}
        {problem && (
          <p className="field__error" role="alert">
            {problem}
          </p>
        )}
        {fromBackup && (
          <RestoreBackupForm
            unsent={0}
            restore={async (file, passphrase, onProgress) =>
              (await rebuildFromBackup(databases, failure.name, file, passphrase, new Date().toISOString(), { onProgress })).restored
            }
            onRestored={(restored) => void auditRestore(databases, restored).finally(() => window.location.reload())}
          />
        )}
        <p className="recovery__detail">{t('dataProtection.recovery.detail', { detail: failure.detail })}</p>
      </section>
    </main>
  );
}
