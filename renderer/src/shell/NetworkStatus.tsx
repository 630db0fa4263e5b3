// The online/offline badge in the top bar: text and colour, announced politely when it changes.
import { useT } from '../i18n/language-store';
import { useOnlineStatus } from './use-online-status';

export function NetworkStatus() {
  const t = useT();
  const online = useOnlineStatus();
  return (
    <div className="network-status" role="status" aria-live="polite" data-online={online}>
      <span className={`network-status__badge network-status__badge--${online ? 'online' : 'offline'}`}>
        <span className="network-status__dot" aria-hidden="true" />
        {t(online ? 'network.online' : 'network.offline')}
      </span>
      {!online && <span className="network-status__detail">{t('network.offlineDetail')}</span>}
    </div>
  );
}
