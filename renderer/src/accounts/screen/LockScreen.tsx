// The lock screen: drawn instead of the app (which stays mounted, hidden and inert, so unsaved
// forms survive), unlocked with the current officer's password under the same lockout, or left
// for another officer with "Đổi người dùng".
import { useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/language-store';
import { usePortalUrl } from '../../sync/session/portal-url';
import { useAccounts, useAccountsState } from '../accounts-context';
import { countdownText } from '../countdown';
import { PasswordField } from './PasswordField';
import { refusalText } from './result-text';
import { useLockoutWait } from './use-lockout-wait';
import './accounts.css';

export function LockScreen() {
  const t = useT();
  const ids = useId();
  const accounts = useAccounts();
  const officer = useAccountsState((state) => state.officer);
  const portal = usePortalUrl((state) => state.portalUrl);
  const [password, setPassword] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { waitMs, startWait } = useLockoutWait(officer?.username ?? '');
  const passwordRef = useRef<HTMLInputElement>(null);
  const errorId = `${ids}-error`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) return setError(t('accounts.signIn.missing'));
    if (waitMs > 0) return setError(t('accounts.signIn.lockedNow'));
    setWorking(true);
    setError(null);
    const result = await accounts.unlock(password);
    if (result.ok) return;
    setWorking(false);
    setPassword('');
    setError(result.reason === 'wrong' && result.waitMs === 0 ? t('accounts.lock.wrong') : refusalText(t, result, portal));
    if (result.reason === 'locked' || result.reason === 'wrong') startWait(result.waitMs);
    passwordRef.current?.focus();
  };

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby={`${ids}-title`}>
      <form className="lock-screen__card card" onSubmit={(event) => void submit(event)} noValidate>
        <h1 id={`${ids}-title`} className="sign-in-screen__title">
          {t('accounts.lock.title')}
        </h1>
        <p>{t('accounts.lock.lead', { name: officer?.name ?? '' })}</p>
        <PasswordField id={`${ids}-password`} label={t('accounts.signIn.password')} value={password} onChange={setPassword} errorId={error ? errorId : undefined} inputRef={passwordRef} autoFocus />
        {error && (
          <p id={errorId} className="field__error" role="alert">
            {error}
          </p>
        )}
        {waitMs > 0 && (
          <p className="sign-in-screen__wait" data-testid="sign-in-wait">
            {t('accounts.signIn.wait', { wait: countdownText(waitMs) })}
          </p>
        )}
        <div className="card__actions">
          <button type="submit" className="button button--primary" disabled={working || waitMs > 0}>
            {working ? t('accounts.lock.working') : t('accounts.lock.unlock')}
          </button>
          <button type="button" className="button" onClick={() => accounts.switchUser()}>
            {t('accounts.actions.switch')}
          </button>
        </div>
      </form>
    </div>
  );
}
