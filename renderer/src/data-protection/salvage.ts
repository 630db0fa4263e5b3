// Reads what must not be lost out of a database the app cannot open (newer version, failed
// upgrade, damage) with the raw IndexedDB API: no version is asked for, so nothing is upgraded or
// created. Unsent changes (outbox entries and the files they attach) and the desk's identity
// (sync client id, workstation id) are carried into the fresh database, where sync sends them.
import type { DeskDatabase } from '../store/database';
import { WORKSTATION_KEY } from '../store/migrations/v5-audit';
import type { OutboxEntry, StoredAttachment } from '../store/records';
import { SYNC_STATE_KEY, type SyncState } from '../store/sync-records';
import { isOutboxEntry } from './backup-content';

export type Salvage = {
  /** False when the database could not be opened even raw, or has no outbox store to read. */
  outboxRead: boolean;
  outbox: OutboxEntry[];
  attachments: StoredAttachment[];
  clientId: string | null;
  workstationId: string | null;
};

const nothing = (): Salvage => ({ outboxRead: false, outbox: [], attachments: [], clientId: null, workstationId: null });

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens an existing database at whatever version it has; refuses (and creates nothing) when there is none. */
export function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const opening = factory.open(name);
    // Only a database that does not exist asks for an upgrade when no version is given: back out.
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => resolve(null);
    opening.onblocked = () => resolve(null);
  });
}

async function readStore<T>(db: IDBDatabase, store: string, read: (s: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  if (!db.objectStoreNames.contains(store)) return undefined;
  try {
    return await request(read(db.transaction(store, 'readonly').objectStore(store)));
  } catch {
    return undefined;
  }
}

export async function salvageDamaged(factory: IDBFactory, name: string): Promise<Salvage> {
  let db: IDBDatabase | null;
  try {
    db = await openExisting(factory, name);
  } catch {
    return nothing();
  }
  if (!db) return nothing();
  try {
    const rows = await readStore<unknown[]>(db, 'outbox', (s) => s.getAll());
    if (rows === undefined) return { ...nothing(), ...(await identity(db)) };
    const outbox = rows.filter(isOutboxEntry).sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
    const attachments: StoredAttachment[] = [];
    for (const sha256 of new Set(outbox.flatMap((entry) => (entry.files ?? []).map((file) => file.sha256)))) {
      const found = await readStore<StoredAttachment | undefined>(db, 'attachments', (s) => s.get(sha256));
      if (found?.blob instanceof Blob) attachments.push(found);
    }
    return { outboxRead: true, outbox, attachments, ...(await identity(db)) };
  } finally {
    db.close();
  }
}

async function identity(db: IDBDatabase): Promise<Pick<Salvage, 'clientId' | 'workstationId'>> {
  const sync = await readStore<SyncState | undefined>(db, 'syncState', (s) => s.get(SYNC_STATE_KEY));
  const workstation = await readStore<{ value?: unknown } | undefined>(db, 'meta', (s) => s.get(WORKSTATION_KEY));
  return {
    clientId: typeof sync?.clientId === 'string' ? sync.clientId : null,
    workstationId: typeof workstation?.value === 'string' ? workstation.value : null,
  };
}

/**
 * Writes the salvage into the fresh database in one transaction: outbox entries in their order
 * (those already there, as after restoring a backup, are skipped), their files, and the old
 * identity so the portal recognises the desk and does not judge a change it already has twice.
 * Answers the mutation ids carried.
 */
export async function carryOver(fresh: DeskDatabase, salvage: Salvage): Promise<string[]> {
  return fresh.transaction('rw', [fresh.outbox, fresh.attachments, fresh.syncState, fresh.meta], async () => {
    const carried: string[] = [];
    for (const entry of salvage.outbox) {
      if (await fresh.outbox.where('mutationId').equals(entry.mutationId).count()) continue;
      const { seq: _seq, ...unsent } = entry;
      await fresh.outbox.add(unsent);
      carried.push(entry.mutationId);
    }
    for (const attachment of salvage.attachments) {
      if (!(await fresh.attachments.get(attachment.sha256))) await fresh.attachments.add(attachment);
    }
    if (salvage.clientId && !(await fresh.syncState.get(SYNC_STATE_KEY))) {
      await fresh.syncState.put({ key: SYNC_STATE_KEY, clientId: salvage.clientId, feed: null, cursor: '', lastSuccessAt: null });
    }
    if (salvage.workstationId && !(await fresh.meta.get(WORKSTATION_KEY))) await fresh.meta.put({ key: WORKSTATION_KEY, value: salvage.workstationId });
    return carried;
  });
}
