// The top bar: the app's name and ministry, a nearly-full storage warning, the network badge, the
// current officer with the account buttons (lock, switch user, sign out) and the language switch.
import { AccountActions } from '../accounts/screen/AccountActions';
import { StorageWarning } from '../device-storage/StorageWarning';
import { useT } from '../i18n/language-store';
import { ProfileBadge } from '../profile/ProfileBadge';
import { LanguageSwitch } from './LanguageSwitch';
import { NetworkStatus } from './NetworkStatus';

export function TopBar() {
  const t = useT();
  return (
    <header className="top-bar">
      <div className="top-bar__brand">
        <svg className="top-bar__emblem" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="6" fill="currentColor" />
          <path d="M10 9h8l4 4v10H10z M18 9v4h4 M13 17h6 M13 20h6" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinejoin="round" />
        </svg>
        <div>
          <p className="top-bar__name">{t('app.name')}</p>
          <p className="top-bar__ministry">{t('app.ministry')}</p>
        </div>
      </div>
      <div className="top-bar__tools">
        <StorageWarning />
        <NetworkStatus />
        <ProfileBadge />
        <AccountActions />
        <LanguageSwitch />
      </div>
    </header>
  );
}
