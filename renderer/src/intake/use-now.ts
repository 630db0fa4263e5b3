// The store's clock, re-read every half minute, so a promised date shown at 14:59 moves on by
// itself when the cut-off passes while the applicant is still at the counter.
import { useEffect, useState } from 'react';
import type { Instant } from '../../../shared/domain/calendar/vietnam-time';
import { useDeskStore } from '../store/store-context';

export function useNow(intervalMs = 30_000): Instant {
  const store = useDeskStore();
  const [now, setNow] = useState(() => store.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(store.now()), intervalMs);
    return () => clearInterval(timer);
  }, [store, intervalMs]);
  return now;
}
