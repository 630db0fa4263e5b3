// "Kết nối với Cổng": which portal, who is signed in for this desk and until when — or the sign-in
// form when nobody is, or the session has expired.
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
      {ready && !session && <p className="card__text sync-connection__note">{t('sync.connection.notSignedIn')}</p>}
      {expired && (
        <p className="card__error" role="alert">
          {t('sync.connection.expired')}
        </p>
      )}
      {ready && (!session || expired) && <SignInForm />}
      {session && (
        <div className="card__actions">
          <button type="button" className="button" onClick={() => {
              void store.audit.record(portalSignOutRecord(session)).catch((error: unknown) => console.error('Không ghi được nhật ký', error));
              void sync.signOut();
            }}>
            {t('sync.connection.signOut')}
          </button>
        </div>
      )}
    </section>
  );
}
