// Secrets in web mode: AES-GCM encrypted under a non-extractable WebCrypto key, key and
// ciphertexts kept in their own small IndexedDB database (never localStorage, never in clear).
import { HostErrorCode } from '../../../shared/host/errors';
import { err, ok, type Result } from '../../../shared/result';

export const SECRET_DATABASE_NAME = 'desk-secrets';
const KEY_STORE = 'keys';
const SECRET_STORE = 'secrets';
const MASTER_KEY_ID = 'master';

/** What one secret looks like at rest. */
export type SealedSecret = { iv: Uint8Array; ciphertext: ArrayBuffer };

export type SecretStore = {
  get(key: string): Promise<Result<string | null>>;
  set(key: string, value: string): Promise<Result<null>>;
  delete(key: string): Promise<Result<null>>;
  /** Every secret and the key that sealed them: nothing readable is left. */
  deleteAll(): Promise<Result<null>>;
};

export type SecretStoreDeps = {
  /** null: the browser has none (privacy mode, policy); undefined: use the global one. */
  indexedDB?: IDBFactory | null;
  subtle?: SubtleCrypto | null;
  randomBytes?: (length: number) => Uint8Array<ArrayBuffer>;
  databaseName?: string;
};

const UNAVAILABLE = 'Không dùng được kho bí mật của trình duyệt (IndexedDB hoặc WebCrypto bị tắt). Hãy dùng ứng dụng máy tính.';
const UNREADABLE = 'Không giải mã được thông tin đã lưu; hãy nhập lại thông tin này.';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const opening = factory.open(name, 1);
  opening.onupgradeneeded = () => {
    opening.result.createObjectStore(KEY_STORE);
    opening.result.createObjectStore(SECRET_STORE);
  };
  return request(opening);
}

async function inStore<T>(db: IDBDatabase, store: string, mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const transaction = db.transaction(store, mode);
  // A write is only durable once its transaction completes, not when its request succeeds.
  const done = new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
  });
  const [result] = await Promise.all([request(run(transaction.objectStore(store))), done]);
  return result;
}

export function createBrowserSecretStore(deps: SecretStoreDeps = {}): SecretStore {
  const factory = deps.indexedDB === undefined ? globalThis.indexedDB : deps.indexedDB;
  const subtle = deps.subtle === undefined ? globalThis.crypto?.subtle : deps.subtle;
  const randomBytes = deps.randomBytes ?? ((n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n)));
  const databaseName = deps.databaseName ?? SECRET_DATABASE_NAME;
  const encoder = new TextEncoder();
  let ready: Promise<{ db: IDBDatabase; key: CryptoKey }> | undefined;

  async function loadOrCreateKey(db: IDBDatabase): Promise<CryptoKey> {
    const existing = await inStore<CryptoKey | undefined>(db, KEY_STORE, 'readonly', (s) => s.get(MASTER_KEY_ID));
    if (existing) return existing;
    // Non-extractable: script on this origin can use the key but can never read its bytes out.
    const fresh = await subtle!.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    try {
      await inStore(db, KEY_STORE, 'readwrite', (s) => s.add(fresh, MASTER_KEY_ID));
      return fresh;
    } catch {
      // Another tab stored its key first; use that one so both tabs read the same secrets.
      const winner = await inStore<CryptoKey | undefined>(db, KEY_STORE, 'readonly', (s) => s.get(MASTER_KEY_ID));
      if (!winner) throw new Error('secret key missing after a concurrent create');
      return winner;
    }
  }

  function open(): Promise<{ db: IDBDatabase; key: CryptoKey }> {
    if (!factory || !subtle) return Promise.reject(new Error('IndexedDB or WebCrypto missing'));
    if (!ready) {
      ready = openDatabase(factory, databaseName).then(async (db) => {
        // A newer version of the app in another tab needs this database upgraded: let go of it.
        db.onversionchange = () => {
          db.close();
          ready = undefined;
        };
        return { db, key: await loadOrCreateKey(db) };
      });
      // A failed open must not poison every later call (the officer may free disk space and retry).
      ready.catch(() => (ready = undefined));
    }
    return ready;
  }

  // The secret's name is authenticated data: a ciphertext copied under another name fails to open.
  const aad = (name: string) => encoder.encode(`desk-secret:${name}`);

  return {
    async get(name) {
      let store: { db: IDBDatabase; key: CryptoKey };
      let sealed: SealedSecret | undefined;
      try {
        store = await open();
        sealed = await inStore<SealedSecret | undefined>(store.db, SECRET_STORE, 'readonly', (s) => s.get(name));
      } catch {
        return err(HostErrorCode.secretStoreUnavailable, UNAVAILABLE);
      }
      if (!sealed) return ok(null);
      try {
        const iv = new Uint8Array(sealed.iv);
        const clear = await subtle!.decrypt({ name: 'AES-GCM', iv, additionalData: aad(name) }, store.key, sealed.ciphertext);
        return ok(new TextDecoder().decode(clear));
      } catch {
        return err(HostErrorCode.secretStoreUnavailable, UNREADABLE);
      }
    },
    async set(name, value) {
      try {
        const { db, key } = await open();
        // A fresh 96-bit IV for every write: reusing one under the same AES-GCM key breaks it.
        const iv = randomBytes(12);
        const ciphertext = await subtle!.encrypt({ name: 'AES-GCM', iv, additionalData: aad(name) }, key, encoder.encode(value));
        const sealed: SealedSecret = { iv, ciphertext };
        await inStore(db, SECRET_STORE, 'readwrite', (s) => s.put(sealed, name));
        return ok(null);
      } catch {
        return err(HostErrorCode.secretStoreUnavailable, UNAVAILABLE);
      }
    },
    async delete(name) {
      try {
        const { db } = await open();
        await inStore(db, SECRET_STORE, 'readwrite', (s) => s.delete(name));
        return ok(null);
      } catch {
        return err(HostErrorCode.secretStoreUnavailable, UNAVAILABLE);
      }
    },
    async deleteAll() {
      try {
        const { db } = await open();
        await inStore(db, SECRET_STORE, 'readwrite', (s) => s.clear());
        await inStore(db, KEY_STORE, 'readwrite', (s) => s.clear());
        // The key in memory is gone from disk: the next secret gets a fresh key, not this one.
        db.close();
        ready = undefined;
        return ok(null);
      } catch {
        return err(HostErrorCode.secretStoreUnavailable, UNAVAILABLE);
      }
    },
  };
}
