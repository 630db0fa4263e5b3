// Sign-in to the portal: user name and password, sent once to `POST session`; the token that comes
// back goes to the desk's secret store as that officer's session (DeskSync; other officers' are
// kept), the password is kept nowhere.
import { useState, type FormEvent } from 'react';
import { portalSignInRecord } from '../../audit/portal-sign-in';
import { TextField } from '../../forms/TextField';
import { useT } from '../../i18n/language-store';
import { useDeskStore } from '../../store/store-context';
import { usePortalUrl } from '../session/portal-url';
import { usePortalSignInOverride } from './portal-sign-in-override';
import { useDeskSync } from './sync-context';
import { signInFailureText } from './sync-text';

export function SignInForm() {
  const t = useT();
  const sync = useDeskSync();
  const store = useDeskStore();
  const portal = usePortalUrl((s) => s.portalUrl);
  const override = usePortalSignInOverride();
  const [typedUsername, setUsername] = useState('');
  const username = override?.username ?? typedUsername;
  const [password, setPassword] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t('sync.signIn.missing'));
      return;
    }
    setWorking(true);
    setError(null);
    if (override) {
      // The accounts module signs in, audits and counts failures toward the lockout.
      const renewed = await override.signIn(password);
      setWorking(false);
      if (renewed.ok) setPassword('');
      else setError(renewed.message);
      return;
    }
    const outcome = await sync.signIn(username, password);
    setWorking(false);
    const audit = portalSignInRecord({ username, portal, outcome: outcome.ok ? { ok: true, officer: outcome.session.officer } : outcome });
    if (audit) void store.audit.record(audit).catch((error: unknown) => console.error('Không ghi được nhật ký', error));
    if (outcome.ok) setPassword('');
    else setError(signInFailureText(t, outcome.failure, portal));
  };

  return (
    <form className="sign-in" aria-labelledby="sync-sign-in" onSubmit={(event) => void submit(event)} noValidate>
      <h3 id="sync-sign-in" className="sign-in__title">
        {t('sync.signIn.title')}
      </h3>
      <div className="sign-in__fields">
        <TextField id="sync-username" label={t('sync.signIn.username')} value={username} onChange={setUsername} autoComplete="username" required readOnly={override !== null} />
        <div className="field">
          <label className="field__label" htmlFor="sync-password">
            {t('sync.signIn.password')}
            <span className="field__required" aria-hidden="true">
              {' '}*
            </span>
          </label>
          <input
            id="sync-password"
            name="sync-password"
            className="input"
            type="password"
            autoComplete="current-password"
            aria-required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'sync-sign-in-error' : undefined}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
      </div>
      {error && (
        <p id="sync-sign-in-error" className="field__error" role="alert">
          {error}
        </p>
      )}
      <div className="card__actions">
        <button type="submit" className="button button--primary" disabled={working}>
          {working ? t('sync.signIn.working') : t('sync.signIn.submit')}
        </button>
      </div>
      <p className="card__hint">{t('sync.signIn.hint')}</p>
    </form>
  );
}
