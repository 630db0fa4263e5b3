// The store's revision once writes have paused: a report or chart counts 100,000 rows in its
// workers, so a burst of writes (a sync pull, demo loading) asks for one recount, not hundreds
// queued behind each other.
import { useEffect, useState } from 'react';
import { useStoreRevision } from '../store/store-context';

export function useSettledRevision(quietMs = 1500): number {
  const revision = useStoreRevision();
  const [settled, setSettled] = useState(revision);
  useEffect(() => {
    if (revision === settled) return;
    const timer = setTimeout(() => setSettled(revision), quietMs);
    return () => clearTimeout(timer);
  }, [revision, settled, quietMs]);
  return settled;
}
