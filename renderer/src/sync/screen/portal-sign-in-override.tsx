// When an officer is signed in at the desk (the accounts gate), the Đồng bộ screen's sign-in renews
// THAT officer's portal session through the accounts module — the same lockout, the offline
// verifier refreshed — instead of letting anyone sign in as someone else from there. The accounts
// gate provides this; without it (a demo build's stand-in mode) the form signs in directly.
import { createContext, useContext } from 'react';

export type PortalSignInOverride = {
  /** The signed-in officer's user name: the form shows it and does not let it change. */
  username: string;
  signIn(password: string): Promise<{ ok: true } | { ok: false; message: string }>;
};

export const PortalSignInOverrideContext = createContext<PortalSignInOverride | null>(null);

export const usePortalSignInOverride = (): PortalSignInOverride | null => useContext(PortalSignInOverrideContext);
