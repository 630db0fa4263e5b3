// The top bar's account buttons: lock the screen (Ctrl+L), switch user, sign out. In a demo build's
// stand-in mode, switching and signing out both leave stand-in mode for the sign-in screen.
import { useState } from 'react';
import { useT } from '../../i18n/language-store';
import { useProfile } from '../../profile/profile-store';
import { useAccounts, useAccountsState } from '../accounts-context';
import { useStandIn } from '../stand-in';
import { SignOutDialog, type SignOutChoice } from './SignOutDialog';

function leaveStandIn() {
  useProfile.getState().leave();
  useStandIn.getState().leave();
}

export function AccountActions() {
  const t = useT();
  const accounts = useAccounts();
  const standIn = useStandIn((state) => state.active);
  const officer = useAccountsState((state) => state.officer);
  const [signingOut, setSigningOut] = useState(false);

  if (standIn) {
    return (
      <div className="account-actions" role="group" aria-label={t('accounts.actions.label')}>
        <button type="button" className="button button--small" onClick={leaveStandIn}>
          {t('accounts.actions.signOut')}
        </button>
      </div>
    );
  }
  if (!officer) return null;

  const signOut = async ({ forgetOffline }: SignOutChoice) => {
    await accounts.signOut({ forgetOffline });
    setSigningOut(false);
  };

  return (
    <div className="account-actions" role="group" aria-label={t('accounts.actions.label')}>
      <button type="button" className="button button--small" aria-keyshortcuts="Control+L" title="Ctrl+L" onClick={() => accounts.lock()}>
        {t('accounts.actions.lock')}
      </button>
      <button type="button" className="button button--small" onClick={() => accounts.switchUser()}>
        {t('accounts.actions.switch')}
      </button>
      <button type="button" className="button button--small" onClick={() => setSigningOut(true)}>
        {t('accounts.actions.signOut')}
      </button>
      <SignOutDialog open={signingOut} officerName={officer.name} onClose={() => setSigningOut(false)} onConfirm={signOut} />
    </div>
  );
}
