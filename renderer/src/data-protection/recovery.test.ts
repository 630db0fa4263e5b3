import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/result';
import { intakeAtCounter } from '../store/processing';
import type { OutboxEntry } from '../store/records';
import { counterDraft, officer, storeContext } from '../store/test-support';
import { LATEST_SCHEMA_VERSION } from './desk-backup';
import { deskDatabases } from './desk-databases';
import { openDesk } from './open-desk';
import { deleteKept, keptStatus, rebuildFromPortal } from './recovery';
import { WIPE_CONFIRMATION_PHRASE, wipeDesk } from './wipe-desk';

function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

const desktop = () => {
  const indexedDB = new IDBFactory();
  const storage = memoryStorage();
  return { indexedDB, storage, databases: deskDatabases(storage, { indexedDB, IDBKeyRange }) };
};

const unsent: OutboxEntry = {
  seq: 7,
  mutationId: 'm-0b8f2a3c-unsent',
  dossierId: 'd-1',
  command: { type: 'receive' } as unknown as OutboxEntry['command'],
  actor: officer('CUDCN', 'clerk'),
  eventIds: ['e-1'],
  baseVersion: 0,
  createdAt: '2026-03-10T02:00:00.000Z',
  files: [{ id: 'f-1', dossierId: 'd-1', componentCode: 'HD', sha256: 'a'.repeat(64), name: 'hd.pdf', size: 3, mimeType: 'application/pdf', addedAt: '2026-03-10T02:00:00.000Z', addedBy: 'x' }],
};

/** A database under the app's name that a newer app made: a version this app does not know. */
function makeNewerDatabase(factory: IDBFactory, name: string, outbox: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(name, 9990);
    opening.onupgradeneeded = () => {
      const db = opening.result;
      const box = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      for (const row of outbox) box.add(row);
      db.createObjectStore('attachments', { keyPath: 'sha256' }).add({ sha256: 'a'.repeat(64), size: 3, mimeType: 'application/pdf', blob: new Blob(['%PD']), storedAt: '2026-03-10T02:00:00.000Z' });
      db.createObjectStore('syncState', { keyPath: 'key' }).add({ key: 'desk', clientId: 'client-of-the-old-desk', feed: null, cursor: '42', lastSuccessAt: null });
      db.createObjectStore('somethingNew', { keyPath: 'id' });
    };
    opening.onsuccess = () => {
      opening.result.close();
      resolve();
    };
    opening.onerror = () => reject(opening.error);
  });
}

describe('a database the app cannot open', () => {
  it('is reported as made by a newer version, and neither upgraded nor deleted', async () => {
    const { indexedDB, databases } = desktop();
    await makeNewerDatabase(indexedDB, databases.activeName(), []);
    const opening = await openDesk(databases);
    expect(opening).toMatchObject({ ok: false, name: 'dossier-desk', reason: 'newerVersion' });
    expect(await indexedDB.databases()).toEqual([{ name: 'dossier-desk', version: 9990 }]);
  });

  // A missing store Dexie adds by itself (it deletes nothing); a store whose key changed it cannot mend.
  it('is reported when a store is broken beyond what Dexie mends, and left as it was', async () => {
    const { indexedDB, databases } = desktop();
    const version = LATEST_SCHEMA_VERSION * 10;
    await new Promise<void>((resolve) => {
      const opening = indexedDB.open('dossier-desk', version);
      opening.onupgradeneeded = () => opening.result.createObjectStore('outbox', { keyPath: 'id' });
      opening.onsuccess = () => {
        opening.result.close();
        resolve();
      };
    });
    expect(await openDesk(databases)).toMatchObject({ ok: false, reason: 'upgradeFailed' });
    expect(await indexedDB.databases()).toEqual([{ name: 'dossier-desk', version }]);
  });

  it('is rebuilt beside itself: its unsent change, file and sync identity carried over, itself kept until the portal confirms', async () => {
    const { indexedDB, databases } = desktop();
    await makeNewerDatabase(indexedDB, 'dossier-desk', [unsent, { seq: 8, broken: true }]);
    const rebuilt = await rebuildFromPortal(databases, 'dossier-desk', '2026-03-11T01:00:00.000Z');
    expect(rebuilt).toMatchObject({ carried: 1, outboxRead: true });
    expect(databases.activeName()).toBe(rebuilt.databaseName);

    const opening = await openDesk(databases);
    if (!opening.ok) throw new Error(opening.detail);
    const db = opening.db;
    const carried = await db.outbox.toArray();
    expect(carried.map((e) => e.mutationId)).toEqual([unsent.mutationId]);
    expect((await db.attachments.get('a'.repeat(64)))?.size).toBe(3);
    expect((await db.syncState.get('desk'))).toMatchObject({ clientId: 'client-of-the-old-desk', cursor: '' });
    expect((await indexedDB.databases()).map((d) => d.name).sort()).toEqual(['dossier-desk', rebuilt.databaseName].sort());

    // Not offered for deletion while the change is unsent; refused if asked anyway.
    expect(await keptStatus(databases, db)).toMatchObject([{ name: 'dossier-desk', unconfirmed: 1, deletable: false }]);
    expect(await deleteKept(databases, db, 'dossier-desk')).toBe(false);
    expect((await indexedDB.databases()).map((d) => d.name)).toContain('dossier-desk');

    // The portal answered (sync deletes the outbox entry): now it may go.
    await db.outbox.clear();
    expect(await keptStatus(databases, db)).toMatchObject([{ unconfirmed: 0, deletable: true }]);
    expect(await deleteKept(databases, db, 'dossier-desk')).toBe(true);
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual([rebuilt.databaseName]);
    expect(databases.kept()).toEqual([]);
    db.close();
  });

  it('carries nothing from a database with no outbox, and never offers to delete one it could not read', async () => {
    const { indexedDB, databases } = desktop();
    await new Promise<void>((resolve) => {
      const opening = indexedDB.open('dossier-desk', 9990);
      opening.onupgradeneeded = () => opening.result.createObjectStore('other');
      opening.onsuccess = () => {
        opening.result.close();
        resolve();
      };
    });
    const rebuilt = await rebuildFromPortal(databases, 'dossier-desk', '2026-03-11T01:00:00.000Z');
    expect(rebuilt).toMatchObject({ carried: 0, outboxRead: false });
    const db = databases.open(databases.activeName());
    expect(await keptStatus(databases, db)).toMatchObject([{ deletable: false }]);
    db.close();
  });
});

describe('wiping this desk', () => {
  async function deskWithUnsentChange() {
    const setup = desktop();
    const db = setup.databases.open(setup.databases.activeName());
    const done = await intakeAtCounter(storeContext(db, { now: '2026-03-10T02:00:00.000Z' }), counterDraft('CUDCN'), [], officer('CUDCN', 'clerk'));
    if (!done.ok) throw new Error(done.error.message);
    setup.storage.setItem('desk.language', 'en');
    const host = { deleteAllSecrets: vi.fn(async () => ok(null)) };
    return { ...setup, db, host };
  }

  it('is refused while changes are unsent, saying how many, and touches nothing', async () => {
    const { databases, db, host, storage, indexedDB } = await deskWithUnsentChange();
    expect(await wipeDesk({ databases, host, storage }, db)).toEqual({ ok: false, reason: 'unsent', unsent: 1 });
    expect(await wipeDesk({ databases, host, storage }, db, 'xoa du lieu')).toEqual({ ok: false, reason: 'unsent', unsent: 1 });
    expect(host.deleteAllSecrets).not.toHaveBeenCalled();
    expect(storage.getItem('desk.language')).toBe('en');
    expect(await db.outbox.count()).toBe(1);
    expect((await indexedDB.databases()).length).toBe(1);
    db.close();
  });

  it('with the phrase typed, deletes every database, every secret and every setting', async () => {
    const { databases, db, host, storage, indexedDB } = await deskWithUnsentChange();
    await makeNewerDatabase(indexedDB, 'dossier-desk-kept', []);
    expect(await wipeDesk({ databases, host, storage }, db, ` ${WIPE_CONFIRMATION_PHRASE.toLowerCase()} `)).toEqual({ ok: true });
    expect(host.deleteAllSecrets).toHaveBeenCalledTimes(1);
    expect(await indexedDB.databases()).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('needs no phrase when nothing is unsent, and stops before deleting data if the secrets cannot be deleted', async () => {
    const { databases, db, host, storage, indexedDB } = await deskWithUnsentChange();
    await db.outbox.clear();
    const failing = { deleteAllSecrets: vi.fn(async () => ({ ok: false as const, error: { code: 'HOST_SECRET_STORE_UNAVAILABLE', message: 'Không dùng được kho bí mật' } })) };
    expect(await wipeDesk({ databases, host: failing, storage }, db)).toMatchObject({ ok: false, reason: 'secrets' });
    expect((await indexedDB.databases()).length).toBe(1);
    expect(await wipeDesk({ databases, host, storage }, db)).toEqual({ ok: true });
    expect(await indexedDB.databases()).toEqual([]);
  });
});
