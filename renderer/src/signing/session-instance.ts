// The app's one signing session, made on first use with the real worker and the picked host, and
// locked whenever the officer at the desk changes or leaves (sign-out), and when the screen locks.
import type { DesktopHost } from '../../../shared/host/desktop-host';
import { useHost } from '../host/host-context';
import { useProfile } from '../profile/profile-store';
import { createSigningSession, lockOnOfficerChange, type OfficerWatch, type SigningSession } from './signing-session';
import { browserWorkerPort } from './worker/signing-worker-client';

const watchProfile: OfficerWatch = (listener) => useProfile.subscribe((state, previous) => listener(state.officer?.id ?? null, previous.officer?.id ?? null));

let session: SigningSession | null = null;

export function signingSessionFor(host: DesktopHost): SigningSession {
  if (!session) {
    session = createSigningSession({ createPort: browserWorkerPort, host });
    lockOnOfficerChange(session, watchProfile);
  }
  return session;
}

export function useSigningSession(): SigningSession {
  return signingSessionFor(useHost());
}

/** The screen lock: the session made so far (if any) forgets its opened key and logs out of the token. */
export function lockSigningSession(): void {
  session?.lock();
}
