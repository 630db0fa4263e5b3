// Gives screens the one DeskSync service and its status, re-rendering on every status change.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { DeskSync, SyncStatus } from '../desk-sync';

const DeskSyncContext = createContext<DeskSync | null>(null);

export function DeskSyncProvider({ sync, children }: { sync: DeskSync; children: ReactNode }) {
  return <DeskSyncContext.Provider value={sync}>{children}</DeskSyncContext.Provider>;
}

export function useDeskSync(): DeskSync {
  const sync = useContext(DeskSyncContext);
  if (!sync) throw new Error('useDeskSync outside DeskSyncProvider');
  return sync;
}

export function useSyncStatus<T>(select: (status: SyncStatus) => T): T {
  return useStore(useDeskSync().status, select);
}
