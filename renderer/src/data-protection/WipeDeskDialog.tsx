// The confirmation for "Xóa dữ liệu trên máy này": says what goes, counts the unsent changes and,
// when there are any, asks for the phrase to be typed (suggesting Đồng bộ or a backup instead). On
// success the app reloads into its first-run state. Used by the Cài đặt card and the sign-out dialog.
import { useEffect, useId, useState } from 'react';
import { useHost } from '../host/host-context';
import { useT } from '../i18n/language-store';
import { ModalDialog } from '../forms/ModalDialog';
import { hashForSection } from '../shell/sections';
import { useDeskStore } from '../store/store-context';
import { deskDatabases } from './desk-databases';
import { confirmsWipe, unsentChanges, WIPE_CONFIRMATION_PHRASE, wipeDesk } from './wipe-desk';

type Props = { open: boolean; onClose: () => void };

export function WipeDeskDialog({ open, onClose }: Props) {
  const ids = useId();
  return (
    <ModalDialog open={open} onClose={onClose} labelledBy={`${ids}-title`}>
      {/* Mounted only while open, so each opening starts from a fresh count and an empty phrase. */}
      <WipeDeskForm titleId={`${ids}-title`} onClose={onClose} />
    </ModalDialog>
  );
}

function WipeDeskForm({ titleId, onClose }: { titleId: string; onClose: () => void }) {
  const t = useT();
  const host = useHost();
  const store = useDeskStore();
  const ids = useId();
  const [unsent, setUnsent] = useState<number | null>(null);
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void unsentChanges(store.db).then((n) => live && setUnsent(n));
    return () => {
      live = false;
    };
  }, [store]);

  const phraseWrong = tried && (unsent ?? 0) > 0 && !confirmsWipe(typed);

  const confirm = async () => {
    setTried(true);
    if (unsent === null || (unsent > 0 && !confirmsWipe(typed))) {
      document.getElementById(`${ids}-phrase`)?.focus();
      return;
    }
    setWorking(true);
    const outcome = await wipeDesk({ databases: deskDatabases(), host, storage: localStorage }, store.db, typed);
    if (outcome.ok) {
      window.location.replace(window.location.pathname);
      return;
    }
    setWorking(false);
    if (outcome.reason === 'unsent') setUnsent(outcome.unsent);
    else setFailure(t('dataProtection.wipe.failed', { message: outcome.message }));
  };

  return (
    <div className="dialog__body" aria-busy={working}>
        <h2 id={titleId} className="dialog__title">
          {t('dataProtection.wipe.dialogTitle')}
        </h2>
        <p>{t('dataProtection.wipe.explain')}</p>
        <p className="dialog__hint">{t('dataProtection.wipe.lead')}</p>
        {unsent === null && <p role="status">{t('dataProtection.wipe.checking')}</p>}
        {unsent !== null && unsent > 0 && (
          <div className="data-protection__warning" role="note">
            <p data-testid="wipe-unsent">{t('dataProtection.wipe.unsent', { n: unsent })}</p>
            <a className="button button--small" href={hashForSection('sync')} onClick={onClose}>
              {t('dataProtection.wipe.goSync')}
            </a>
            <div className="field">
              <label className="field__label" htmlFor={`${ids}-phrase`}>
                {t('dataProtection.wipe.phrase', { phrase: WIPE_CONFIRMATION_PHRASE })}
              </label>
              <input
                id={`${ids}-phrase`}
                className="input"
                autoComplete="off"
                value={typed}
                disabled={working}
                aria-invalid={phraseWrong ? true : undefined}
                aria-describedby={phraseWrong ? `${ids}-phrase-error` : undefined}
                onChange={(event) => setTyped(event.target.value)}
              />
              {phraseWrong && (
                <p id={`${ids}-phrase-error`} className="field__error">
                  {t('dataProtection.wipe.phraseWrong', { phrase: WIPE_CONFIRMATION_PHRASE })}
                </p>
              )}
            </div>
          </div>
        )}
        {failure && (
          <p className="field__error" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" disabled={working} onClick={onClose}>
            {t('dataProtection.wipe.cancel')}
          </button>
          <button type="button" className="button button--danger" disabled={working || unsent === null} onClick={() => void confirm()}>
            {working ? t('dataProtection.wipe.working') : t('dataProtection.wipe.confirm')}
          </button>
        </div>
    </div>
  );
}
