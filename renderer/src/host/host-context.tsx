// Hands the one DesktopHost picked at start-up to every component, which sees only the interface.
import { createContext, useContext, type ReactNode } from 'react';
import type { DesktopHost } from '../../../shared/host/desktop-host';

const HostContext = createContext<DesktopHost | null>(null);

export function HostProvider({ host, children }: { host: DesktopHost; children: ReactNode }) {
  return <HostContext.Provider value={host}>{children}</HostContext.Provider>;
}

export function useHost(): DesktopHost {
  const host = useContext(HostContext);
  if (!host) throw new Error('useHost() outside <HostProvider>: the host is picked in main.tsx');
  return host;
}
