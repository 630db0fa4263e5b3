// Whether the browser believes it has a network, following the online/offline events.
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** navigator.onLine only knows about the network card, not the portal; sync will judge reachability. */
export const useOnlineStatus = (): boolean => useSyncExternalStore(subscribe, () => navigator.onLine);
