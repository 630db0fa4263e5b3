// The desk's DeskAccounts for the components that sign in, lock and sign out, and a hook to read its state.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AccountsState, DeskAccounts } from './desk-accounts';

const AccountsContext = createContext<DeskAccounts | null>(null);

export function AccountsProvider({ accounts, children }: { accounts: DeskAccounts; children: ReactNode }) {
  return <AccountsContext.Provider value={accounts}>{children}</AccountsContext.Provider>;
}

export function useAccounts(): DeskAccounts {
  const accounts = useContext(AccountsContext);
  if (!accounts) throw new Error('useAccounts needs an AccountsProvider');
  return accounts;
}

export function useAccountsState<T>(select: (state: AccountsState) => T): T {
  return useStore(useAccounts().state, select);
}
