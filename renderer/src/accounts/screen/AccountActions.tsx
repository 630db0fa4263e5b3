// The top bar's account buttons: lock the screen (Ctrl+L), switch user, sign out. In a demo build's
// stand-in mode, switching and signing out both leave stand-in mode for the sign-in screen.
import { useState } from 'react';
import { WipeDeskDialog } from '../../data-protection/WipeDeskDialog';
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
  const [wiping, setWiping] = useState(false);

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

  const signOut = async ({ forgetOffline, wipe }: SignOutChoice) => {
    setSigningOut(false);
    // Removing the desk's data removes every session and verifier too, then reloads into the first
    // run; its own confirmation (unsent changes, the typed phrase) comes first, so cancelling it
    // leaves the officer signed in with nothing changed.
    if (wipe) setWiping(true);
    else await accounts.signOut({ forgetOffline });
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
      <SignOutDialog
        open={signingOut}
        officerName={officer.name}
        onClose={() => setSigningOut(false)}
        onConfirm={signOut}
        wipeOption={{ label: t('dataProtection.wipe.title'), hint: t('accounts.signOut.wipeHint') }}
      />
      <WipeDeskDialog open={wiping} onClose={() => setWiping(false)} />
    </div>
  );
}
