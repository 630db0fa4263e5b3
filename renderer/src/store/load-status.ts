// Whether the start-up load of the local dossiers is still running, how far it got, or why it
// failed, so screens can say "Đang nạp hồ sơ…" instead of showing an empty list that is not empty.
import { create } from 'zustand';
import type { DeskStore } from './desk-store';

export type LoadStatus = { phase: 'loading'; loaded: number } | { phase: 'ready' } | { phase: 'failed'; message: string };

export const useLoadStatus = create<LoadStatus>()(() => ({ phase: 'loading', loaded: 0 }));

/** Starts store.load() once at start-up and mirrors its progress in useLoadStatus. */
export function startLoading(store: DeskStore): Promise<void> {
  useLoadStatus.setState({ phase: 'loading', loaded: 0 }, true);
  return store.load((loaded) => useLoadStatus.setState({ phase: 'loading', loaded }, true)).then(
    () => useLoadStatus.setState({ phase: 'ready' }, true),
    (error: unknown) => useLoadStatus.setState({ phase: 'failed', message: error instanceof Error ? error.message : String(error) }, true),
  );
}
