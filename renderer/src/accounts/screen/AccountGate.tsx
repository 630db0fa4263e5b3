// Gates the app: the sign-in screen until an officer signs in; then the app, with the idle lock and
// Ctrl+L; when locked, the app stays mounted but hidden and inert (nothing of it is drawn or
// focusable) under the lock screen. A demo build's stand-in mode passes straight through.
import { useEffect, useMemo, type ReactNode } from 'react';
import { useT } from '../../i18n/language-store';
import { PortalSignInOverrideContext, type PortalSignInOverride } from '../../sync/screen/portal-sign-in-override';
import { usePortalUrl } from '../../sync/session/portal-url';
import { useAccounts, useAccountsState } from '../accounts-context';
import { watchIdle } from '../idle-timer';
import { useStandIn } from '../stand-in';
import { LockScreen } from './LockScreen';
import { refusalText } from './result-text';
import { SignInScreen } from './SignInScreen';

export function AccountGate({ children }: { children: ReactNode }) {
  const accounts = useAccounts();
  const standIn = useStandIn((state) => state.active);
  const phase = useAccountsState((state) => state.phase);
  const lockMinutes = useAccountsState((state) => state.policy.lockMinutes);
  const signedIn = phase === 'signedIn' && !standIn;
  const officer = useAccountsState((state) => state.officer);
  const t = useT();
  const portal = usePortalUrl((state) => state.portalUrl);
  // Renewing the portal session from Đồng bộ goes through the same flow as the sign-in screen.
  const renewal = useMemo<PortalSignInOverride | null>(
    () =>
      officer && !standIn
        ? {
            username: officer.username,
            async signIn(password) {
              const result = await accounts.signIn(officer.username, password);
              if (!result.ok) return { ok: false, message: refusalText(t, result, portal) };
              return result.method === 'portal' ? { ok: true } : { ok: false, message: t('accounts.renew.unreachable', { portal }) };
            },
          }
        : null,
    [accounts, officer, standIn, t, portal],
  );

  useEffect(() => {
    if (!signedIn) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.code !== 'KeyL' || !event.ctrlKey || event.altKey || event.shiftKey || event.metaKey) return;
      event.preventDefault();
      accounts.lock();
    };
    window.addEventListener('keydown', onKeyDown);
    const stopIdle = watchIdle(window, lockMinutes * 60_000, () => accounts.lock());
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopIdle();
    };
  }, [accounts, signedIn, lockMinutes]);

  if (standIn) return children;
  if (phase === 'signedOut') return <SignInScreen />;
  const locked = phase === 'locked';
  return (
    <>
      <div className="account-gate__app" hidden={locked} inert={locked}>
        <PortalSignInOverrideContext.Provider value={renewal}>{children}</PortalSignInOverrideContext.Provider>
      </div>
      {locked && <LockScreen />}
    </>
  );
}
