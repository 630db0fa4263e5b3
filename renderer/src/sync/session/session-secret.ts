// The officers' portal sessions (bearer token and who it belongs to), one per officer who signed in
// on this desk, kept in the DesktopHost's secret store: the OS store under Electron, an encrypted
// IndexedDB entry in web mode — never localStorage. The store cannot list its keys, so an index
// entry names the officers; each session lives under a key derived from its officer's id. The
// single session of earlier versions ('portal.session') is moved into this layout once.
import { z } from 'zod';
import type { DesktopHost } from '../../../../shared/host/desktop-host';
import { sessionResponseSchema, type SessionResponse } from '../../../../shared/sync/contract';

const LEGACY_KEY = 'portal.session';
const INDEX_KEY = 'portal.sessions';

export const storedSessionSchema = sessionResponseSchema.extend({ portalOrigin: z.string().min(1) });
export type StoredSession = SessionResponse & { portalOrigin: string };

const indexSchema = z.array(z.string().min(1).max(100)).max(200);

type SecretHost = Pick<DesktopHost, 'getSecret' | 'setSecret' | 'deleteSecret'>;

/**
 * The secret-store key of one officer's session. Officer ids may hold characters the store's keys
 * do not allow (`^[a-z0-9][a-z0-9._-]{0,63}$`), so the key carries a digest of the id instead.
 */
export async function sessionKey(officerId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(officerId));
  const hex = Array.from(new Uint8Array(digest).slice(0, 20), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `portal.session.${hex}`;
}

// Index updates are read-modify-write: one at a time per host.
const queues = new WeakMap<object, Promise<unknown>>();
function serialised<T>(host: SecretHost, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(host) ?? Promise.resolve()).then(work, work);
  queues.set(host, next.catch(() => undefined));
  return next;
}

async function readJson<T>(host: SecretHost, key: string, schema: z.ZodType<T>): Promise<T | null> {
  const answer = await host.getSecret({ key });
  if (!answer.ok || answer.value === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(answer.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function readIndex(host: SecretHost): Promise<string[] | null> {
  return readJson(host, INDEX_KEY, indexSchema);
}

async function writeIndex(host: SecretHost, ids: string[]): Promise<boolean> {
  return (await host.setSecret({ key: INDEX_KEY, value: JSON.stringify(ids) })).ok;
}

/** Moves the single session of earlier versions into the per-officer layout (once: then the index exists). */
async function migrateLegacy(host: SecretHost): Promise<string[]> {
  const legacy = await readJson(host, LEGACY_KEY, storedSessionSchema);
  const ids = legacy ? [legacy.officer.id] : [];
  if (legacy && !(await host.setSecret({ key: await sessionKey(legacy.officer.id), value: JSON.stringify(legacy) })).ok) return ids;
  if (await writeIndex(host, ids)) await host.deleteSecret({ key: LEGACY_KEY });
  return ids;
}

/** Every saved session that still parses, in sign-in order; damaged entries are left out. */
export function loadSessions(host: SecretHost): Promise<StoredSession[]> {
  return serialised(host, async () => {
    const ids = (await readIndex(host)) ?? (await migrateLegacy(host));
    const sessions: StoredSession[] = [];
    for (const id of ids) {
      const session = await readJson(host, await sessionKey(id), storedSessionSchema);
      if (session && session.officer.id === id) sessions.push(session);
    }
    return sessions;
  });
}

/** Saves (or replaces) one officer's session; the others are kept. */
export function saveSession(host: SecretHost, session: StoredSession): Promise<boolean> {
  return serialised(host, async () => {
    const id = session.officer.id;
    if (!(await host.setSecret({ key: await sessionKey(id), value: JSON.stringify(session) })).ok) return false;
    const ids = (await readIndex(host)) ?? [];
    return ids.includes(id) || (await writeIndex(host, [...ids, id]));
  });
}

/** Forgets one officer's session. */
export function forgetSession(host: SecretHost, officerId: string): Promise<void> {
  return serialised(host, async () => {
    await host.deleteSecret({ key: await sessionKey(officerId) });
    const ids = (await readIndex(host)) ?? [];
    if (ids.includes(officerId)) await writeIndex(host, ids.filter((id) => id !== officerId));
  });
}

/** Forgets every officer's session (the portal revoked this desk). */
export function forgetAllSessions(host: SecretHost): Promise<void> {
  return serialised(host, async () => {
    for (const id of (await readIndex(host)) ?? []) await host.deleteSecret({ key: await sessionKey(id) });
    await host.deleteSecret({ key: LEGACY_KEY });
    await writeIndex(host, []);
  });
}

/** A session past its expiry cannot sync; the officer signs in again. */
export const isExpired = (session: Pick<StoredSession, 'expiresAt'>, now: number): boolean => Date.parse(session.expiresAt) <= now;
