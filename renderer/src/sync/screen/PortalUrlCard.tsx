// Cài đặt card "Cổng dịch vụ công": the portal address this desk signs in to, checked before it is
// saved, with a warning when this build's Content-Security-Policy would block it.
import { useState, type FormEvent } from 'react';
import { TextField } from '../../forms/TextField';
import { useT } from '../../i18n/language-store';
import { allowedPortalOrigins, judgePortalUrl, usePortalUrl } from '../session/portal-url';

export function PortalUrlCard() {
  const t = useT();
  const { portalUrl, setPortalUrl } = usePortalUrl();
  const [text, setText] = useState(portalUrl);
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const verdict = judgePortalUrl(text);
  const allowed = allowedPortalOrigins();
  const blocked = verdict.ok && !allowed.includes(verdict.origin);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!verdict.ok) {
      setError(t(`sync.portalUrl.${verdict.reason}`));
      setSaved(false);
      return;
    }
    setError(undefined);
    setPortalUrl(verdict.origin);
    setText(verdict.origin);
    setSaved(true);
  };

  return (
    <section className="card" aria-labelledby="settings-portal">
      <h2 id="settings-portal" className="card__title">
        {t('sync.portalUrl.title')}
      </h2>
      <form onSubmit={save} noValidate>
        <TextField
          id="portal-url"
          label={t('sync.portalUrl.label')}
          value={text}
          onChange={(value) => {
            setText(value);
            setSaved(false);
          }}
          hint={t('sync.portalUrl.hint')}
          error={error}
          inputMode="url"
          required
        />
        {blocked && <p className="facts__warning">{t('sync.portalUrl.notAllowed', { origins: allowed.join(', ') })}</p>}
        <div className="card__actions">
          <button type="submit" className="button">
            {t('sync.portalUrl.save')}
          </button>
          <span role="status" className="card__muted">
            {saved ? t('sync.portalUrl.saved') : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
