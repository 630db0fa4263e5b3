// The portal session (bearer token and who it belongs to), kept in the DesktopHost's secret store:
// the OS store under Electron, an encrypted IndexedDB entry in web mode — never localStorage.
import { z } from 'zod';
import type { DesktopHost } from '../../../../shared/host/desktop-host';
import { sessionResponseSchema, type SessionResponse } from '../../../../shared/sync/contract';

const SECRET_KEY = 'portal.session';

export const storedSessionSchema = sessionResponseSchema.extend({ portalOrigin: z.string().min(1) });
export type StoredSession = SessionResponse & { portalOrigin: string };

type SecretHost = Pick<DesktopHost, 'getSecret' | 'setSecret' | 'deleteSecret'>;

/** The saved session, or null when there is none, it is damaged, or it no longer parses. */
export async function loadSession(host: SecretHost): Promise<StoredSession | null> {
  const answer = await host.getSecret({ key: SECRET_KEY });
  if (!answer.ok || answer.value === null) return null;
  try {
    const parsed = storedSessionSchema.safeParse(JSON.parse(answer.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function saveSession(host: SecretHost, session: StoredSession): Promise<boolean> {
  const answer = await host.setSecret({ key: SECRET_KEY, value: JSON.stringify(session) });
  return answer.ok;
}

export async function forgetSession(host: SecretHost): Promise<void> {
  await host.deleteSecret({ key: SECRET_KEY });
}

/** A session past its expiry cannot sync; the officer signs in again. */
export const isExpired = (session: Pick<StoredSession, 'expiresAt'>, now: number): boolean => Date.parse(session.expiresAt) <= now;
