// Gives screens the one DeskStore, and re-renders them when its data changes.
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { DeskStore } from './desk-store';

const DeskStoreContext = createContext<DeskStore | null>(null);

export function DeskStoreProvider({ store, children }: { store: DeskStore; children: ReactNode }) {
  return <DeskStoreContext.Provider value={store}>{children}</DeskStoreContext.Provider>;
}

export function useDeskStore(): DeskStore {
  const store = useContext(DeskStoreContext);
  if (!store) throw new Error('useDeskStore outside DeskStoreProvider');
  return store;
}

/** The store's revision: a component that reads it re-renders after every local write or load. */
export function useStoreRevision(): number {
  const store = useDeskStore();
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => store.revision,
  );
}
