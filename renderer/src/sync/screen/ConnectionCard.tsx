// "Kết nối với Cổng": which portal, the session of the officer at the desk and until when — or the
// sign-in form when they have none, or it has expired — the other officers signed in on this desk,
// and why nothing syncs any more once the portal revoked the desk.
import { portalSignOutRecord } from '../../audit/portal-sign-in';
import { useT } from '../../i18n/language-store';
import { useDeskStore } from '../../store/store-context';
import { formatVietnamDateTime } from '../../dossiers/format';
import { usePortalUrl } from '../session/portal-url';
import { SignInForm } from './SignInForm';
import { useDeskSync, useSyncStatus } from './sync-context';

export function ConnectionCard() {
  const t = useT();
  const sync = useDeskSync();
  const store = useDeskStore();
  const ready = useSyncStatus((s) => s.ready);
  const session = useSyncStatus((s) => s.session);
  const expired = useSyncStatus((s) => s.sessionExpired);
  const sessions = useSyncStatus((s) => s.sessions);
  const revoked = useSyncStatus((s) => s.revoked);
  const others = sessions.filter((s) => s.officer.id !== session?.officer.id);
  const configured = usePortalUrl((s) => s.portalUrl);

  return (
    <section className="card" aria-labelledby="sync-connection">
      <h2 id="sync-connection" className="card__title">
        {t('sync.connection.title')}
      </h2>
      <dl className="facts">
        <dt>{t('sync.connection.portal')}</dt>
        <dd data-testid="sync-portal">{session?.portalOrigin ?? configured}</dd>
        {session && (
          <>
            <dt>{t('sync.connection.account')}</dt>
            <dd data-testid="sync-officer">{t('sync.connection.officer', { name: session.officer.name, id: session.officer.id })}</dd>
            <dt>{t('sync.connection.unit')}</dt>
            <dd>{session.unit.name}</dd>
            <dt>{t('sync.connection.expiresAt')}</dt>
            <dd>{formatVietnamDateTime(session.expiresAt)}</dd>
          </>
        )}
      </dl>
      {!ready && <p className="card__muted">{t('sync.connection.loading')}</p>}
      {revoked && (
        <p className="card__error" role="alert" data-testid="sync-revoked">
          {t('sync.connection.revoked')}
        </p>
      )}
      {ready && !revoked && !session && <p className="card__text sync-connection__note">{t(others.length > 0 ? 'sync.connection.activeNotSignedIn' : 'sync.connection.notSignedIn')}</p>}
      {expired && (
        <p className="card__error" role="alert">
          {t('sync.connection.expired')}
        </p>
      )}
      {ready && !revoked && (!session || expired) && <SignInForm />}
      {session && (
        <div className="card__actions">
          <button type="button" className="button" onClick={() => {
              void store.audit.record(portalSignOutRecord(session)).catch((error: unknown) => console.error('Không ghi được nhật ký', error));
              void sync.signOut(session.officer.id);
            }}>
            {t('sync.connection.signOut')}
          </button>
        </div>
      )}
      {others.length > 0 && (
        <>
          <h3 className="sync-connection__others-title">{t('sync.connection.others')}</h3>
          <ul className="sync-connection__others" data-testid="sync-other-sessions">
            {others.map((other) => (
              <li key={other.officer.id}>
                {t(other.expired ? 'sync.connection.otherExpired' : 'sync.connection.officer', { name: other.officer.name, id: other.officer.id })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
