// The screen before the app: user name and password (online at the portal, offline against this
// desk's verifier), the officers who signed in here before, the portal address, and in demo builds
// the stand-in profile picker. Enter submits; the user name has focus first.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/language-store';
import { ProfileDialog } from '../../profile/ProfileDialog';
import { useProfile } from '../../profile/profile-store';
import { LanguageSwitch } from '../../shell/LanguageSwitch';
import { PortalUrlCard } from '../../sync/screen/PortalUrlCard';
import { usePortalUrl } from '../../sync/session/portal-url';
import { useAccounts, useAccountsState } from '../accounts-context';
import { countdownText } from '../countdown';
import { standInBuild, useStandIn } from '../stand-in';
import { PasswordField } from './PasswordField';
import { refusalText } from './result-text';
import { useLockoutWait } from './use-lockout-wait';
import './accounts.css';

export function SignInScreen() {
  const t = useT();
  const ids = useId();
  const accounts = useAccounts();
  const known = useAccountsState((state) => state.known);
  const notice = useAccountsState((state) => state.notice);
  const offlineDays = useAccountsState((state) => state.policy.offlineDays);
  const portal = usePortalUrl((state) => state.portalUrl);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const { waitMs, startWait } = useLockoutWait(username);
  const passwordRef = useRef<HTMLInputElement>(null);
  const errorId = `${ids}-error`;

  useEffect(() => {
    document.title = t('accounts.documentTitle');
  }, [t]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) return setError(t('accounts.signIn.missing'));
    if (waitMs > 0) return setError(t('accounts.signIn.lockedNow'));
    setWorking(true);
    setError(null);
    const result = await accounts.signIn(username, password);
    // A successful sign-in unmounts this screen; nothing more to set.
    if (result.ok) return;
    setWorking(false);
    setPassword('');
    setError(refusalText(t, result, portal));
    if (result.reason === 'locked' || result.reason === 'wrong') startWait(result.waitMs);
    passwordRef.current?.focus();
  };

  const pick = (name: string) => {
    setUsername(name);
    setError(null);
    passwordRef.current?.focus();
  };

  const standInChosen = () => {
    setPicking(false);
    const officer = useProfile.getState().officer;
    useStandIn.getState().enter();
    // Chosen before stand-in mode began, so remembered only now.
    if (officer) useProfile.getState().choose(officer);
  };

  return (
    <div className="sign-in-screen">
      <header className="sign-in-screen__top">
        <p className="sign-in-screen__app">
          {t('app.name')} · {t('app.ministry')}
        </p>
        <LanguageSwitch />
      </header>
      <main className="sign-in-screen__main">
        <form className="sign-in-screen__card card" aria-labelledby={`${ids}-title`} onSubmit={(event) => void submit(event)} noValidate>
          <h1 id={`${ids}-title`} className="sign-in-screen__title">
            {t('accounts.signIn.title')}
          </h1>
          {notice === 'revoked' && (
            <p className="card__error" role="alert">
              {t('accounts.signIn.revoked')}
            </p>
          )}
          <p className="card__muted">{t('accounts.signIn.lead', { days: offlineDays })}</p>
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-username`}>
              {t('accounts.signIn.username')}
            </label>
            <input
              id={`${ids}-username`}
              name="username"
              className="input"
              autoComplete="username"
              autoFocus
              aria-required
              spellCheck={false}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          </div>
          <PasswordField id={`${ids}-password`} label={t('accounts.signIn.password')} value={password} onChange={setPassword} errorId={error ? errorId : undefined} inputRef={passwordRef} />
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
          <button type="submit" className="button button--primary sign-in-screen__submit" disabled={working || waitMs > 0}>
            {working ? t('accounts.signIn.working') : t('accounts.signIn.submit')}
          </button>
          <p className="card__muted">{t('accounts.signIn.portal', { portal })}</p>
        </form>

        {known.length > 0 && (
          <section className="sign-in-screen__known card" aria-labelledby={`${ids}-known`}>
            <h2 id={`${ids}-known`} className="card__title">
              {t('accounts.signIn.known')}
            </h2>
            <p className="card__muted">{t('accounts.signIn.knownHint')}</p>
            <ul className="sign-in-screen__known-list">
              {known.map((officer) => (
                <li key={officer.username}>
                  <button type="button" className="known-officer" onClick={() => pick(officer.username)}>
                    <span className="known-officer__name">{officer.name}</span>
                    <span className="known-officer__role">
                      {t(`profile.role.${officer.role}`)} · {officer.unitCode} · {officer.username}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}

        <details className="sign-in-screen__portal">
          <summary>{t('accounts.signIn.changePortal')}</summary>
          <PortalUrlCard />
        </details>

        {standInBuild && (
          <section className="sign-in-screen__stand-in">
            <button type="button" className="button" onClick={() => setPicking(true)}>
              <span className="stand-in-tag">{t('profile.standInTag')}</span> {t('accounts.signIn.standIn')}
            </button>
            <p className="card__muted">{t('accounts.signIn.standInHint')}</p>
            <ProfileDialog open={picking} onClose={() => setPicking(false)} onChosen={standInChosen} />
          </section>
        )}
      </main>
    </div>
  );
}
