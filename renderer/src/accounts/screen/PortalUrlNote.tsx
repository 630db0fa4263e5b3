// Cài đặt for an officer who is not the administrator: the portal address, read-only.
import { useT } from '../../i18n/language-store';
import { usePortalUrl } from '../../sync/session/portal-url';

export function PortalUrlNote() {
  const t = useT();
  const portal = usePortalUrl((state) => state.portalUrl);
  return (
    <section className="card" aria-labelledby="settings-portal">
      <h2 id="settings-portal" className="card__title">
        {t('sync.portalUrl.title')}
      </h2>
      <p className="card__muted">{t('accounts.portalAdminOnly', { portal })}</p>
    </section>
  );
}
