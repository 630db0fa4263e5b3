// Web-mode secrets round-trip, and at rest IndexedDB holds only ciphertext and an unreadable key.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HostErrorCode } from '../../../shared/host/errors';
import { createBrowserSecretStore, type SealedSecret } from './browser-secret-store';

/** Whether `needle` appears anywhere in `haystack`, byte for byte. */
const containsBytes = (haystack: Uint8Array, needle: Uint8Array) =>
  haystack.some((_, start) => needle.every((byte, offset) => haystack[start + offset] === byte));
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && containsBytes(a, b);

let databases = 0;
const freshDatabase = () => `desk-secrets-test-${++databases}`;

/** Reads what IndexedDB really holds, bypassing the store. */
function readRaw<T>(databaseName: string, storeName: string, key: string): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(databaseName);
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const get = opening.result.transaction(storeName).objectStore(storeName).get(key);
      get.onsuccess = () => {
        resolve(get.result as T | undefined);
        opening.result.close();
      };
      get.onerror = () => reject(get.error);
    };
  });
}

function writeRaw(databaseName: string, storeName: string, key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(databaseName);
    opening.onsuccess = () => {
      const transaction = opening.result.transaction(storeName, 'readwrite');
      transaction.objectStore(storeName).put(value, key);
      transaction.oncomplete = () => {
        opening.result.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}

describe('secrets in web mode', () => {
  it('gives back what was stored, and nothing for a name never stored', async () => {
    const store = createBrowserSecretStore({ databaseName: freshDatabase() });
    expect(await store.set('portal.token', 'mật khẩu cổng: Hà Nội 2025')).toEqual({ ok: true, value: null });
    expect(await store.get('portal.token')).toEqual({ ok: true, value: 'mật khẩu cổng: Hà Nội 2025' });
    expect(await store.get('portal.other')).toEqual({ ok: true, value: null });
  });

  it('deletes every secret and its key, and still stores new ones afterwards', async () => {
    const databaseName = freshDatabase();
    const store = createBrowserSecretStore({ databaseName });
    await store.set('officer.a.token', 'abc');
    await store.set('officer.b.verifier', 'def');
    expect(await store.deleteAll()).toEqual({ ok: true, value: null });
    expect(await readRaw(databaseName, 'secrets', 'officer.a.token')).toBeUndefined();
    expect(await readRaw(databaseName, 'keys', 'master')).toBeUndefined();
    expect(await store.get('officer.b.verifier')).toEqual({ ok: true, value: null });
    await store.set('officer.a.token', 'new');
    // A later session reads it: it was sealed under a key that is on disk, not the deleted one.
    expect(await createBrowserSecretStore({ databaseName }).get('officer.a.token')).toEqual({ ok: true, value: 'new' });
  });

  it('forgets a deleted secret', async () => {
    const store = createBrowserSecretStore({ databaseName: freshDatabase() });
    await store.set('portal.token', 'abc');
    expect(await store.delete('portal.token')).toEqual({ ok: true, value: null });
    expect(await store.get('portal.token')).toEqual({ ok: true, value: null });
  });

  it('keeps only ciphertext at rest, never the clear text', async () => {
    const databaseName = freshDatabase();
    const secret = 'token-0123456789-bí-mật';
    await createBrowserSecretStore({ databaseName }).set('portal.token', secret);
    const sealed = await readRaw<SealedSecret>(databaseName, 'secrets', 'portal.token');
    expect(sealed).toBeDefined();
    expect(Object.keys(sealed!).sort()).toEqual(['ciphertext', 'iv']);
    const atRest = new Uint8Array(sealed!.ciphertext);
    const clear = new TextEncoder().encode(secret);
    expect(containsBytes(new Uint8Array([0, ...clear, 0]), clear)).toBe(true);
    expect(containsBytes(atRest, clear)).toBe(false);
    expect(JSON.stringify(sealed)).not.toContain(secret);
    // AES-GCM: same length as the text plus a 16-byte tag.
    expect(atRest.byteLength).toBe(clear.byteLength + 16);
  });

  it('keeps a key whose bytes no script can read out', async () => {
    const databaseName = freshDatabase();
    await createBrowserSecretStore({ databaseName }).set('portal.token', 'x');
    const key = await readRaw<CryptoKey>(databaseName, 'keys', 'master');
    expect(key).toBeInstanceOf(CryptoKey);
    expect(key!.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key!)).rejects.toThrow();
  });

  it('reads the secrets of an earlier session (the key survives a restart)', async () => {
    const databaseName = freshDatabase();
    await createBrowserSecretStore({ databaseName }).set('portal.token', 'còn nhớ');
    expect(await createBrowserSecretStore({ databaseName }).get('portal.token')).toEqual({ ok: true, value: 'còn nhớ' });
  });

  it('uses a fresh IV for every write', async () => {
    const databaseName = freshDatabase();
    const store = createBrowserSecretStore({ databaseName });
    await store.set('a', 'same');
    const first = await readRaw<SealedSecret>(databaseName, 'secrets', 'a');
    await store.set('a', 'same');
    const second = await readRaw<SealedSecret>(databaseName, 'secrets', 'a');
    expect(sameBytes(second!.iv, first!.iv)).toBe(false);
  });

  it('refuses a ciphertext copied under another name', async () => {
    const databaseName = freshDatabase();
    const store = createBrowserSecretStore({ databaseName });
    await store.set('portal.token', 'của cổng');
    await writeRaw(databaseName, 'secrets', 'signing.pin', await readRaw(databaseName, 'secrets', 'portal.token'));
    expect(await store.get('signing.pin')).toMatchObject({ ok: false, error: { code: HostErrorCode.secretStoreUnavailable } });
  });

  it('answers with an error value when the browser has no IndexedDB', async () => {
    const store = createBrowserSecretStore({ indexedDB: null });
    expect(await store.get('portal.token')).toMatchObject({ ok: false, error: { code: HostErrorCode.secretStoreUnavailable } });
    expect(await store.set('portal.token', 'x')).toMatchObject({ ok: false, error: { code: HostErrorCode.secretStoreUnavailable } });
  });
});
