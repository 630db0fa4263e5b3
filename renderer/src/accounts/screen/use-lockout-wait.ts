// The lockout countdown a sign-in or lock screen shows: the wait left for the typed user name,
// asked of the accounts module when the name changes and counted down each second on screen.
import { useCallback, useEffect, useState } from 'react';
import { useAccounts } from '../accounts-context';

export function useLockoutWait(username: string): { waitMs: number; startWait: (ms: number) => void } {
  const accounts = useAccounts();
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  const startWait = useCallback((ms: number) => {
    const at = Date.now();
    setNow(at);
    setUntil(ms > 0 ? at + ms : 0);
  }, []);

  useEffect(() => {
    const name = username.trim();
    let current = true;
    const timer = setTimeout(() => void (name ? accounts.waitFor(name) : Promise.resolve(0)).then((ms) => current && startWait(ms)), 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [accounts, username, startWait]);

  const waiting = until > now;
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [waiting]);

  return { waitMs: Math.max(0, until - now), startWait };
}
