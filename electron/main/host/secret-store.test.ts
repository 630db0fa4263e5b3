// Secrets kept encrypted on disk through the OS (safeStorage), with a fake safeStorage whose
// "encryption" is reversible but not the identity, so the file can be checked for clear text.
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostErrorCode } from '../../../shared/host/errors';
import { createSecretStore, type SafeStorageLike } from './secret-store';

const PORTAL_TOKEN = 'eyJhbGciOi.portal-token-of-officer-Nguyễn-Văn-A';

/** A stand-in for the OS: XOR with a key byte behind a marker, after a random small delay. */
function fakeSafeStorage(options: { available?: boolean; jitter?: boolean } = {}) {
  const { available = true, jitter = false } = options;
  const pause = () => (jitter ? new Promise((resolve) => setTimeout(resolve, Math.random() * 5)) : Promise.resolve());
  const xor = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0xa5));
  const storage = {
    isAsyncEncryptionAvailable: vi.fn(async () => available),
    encryptStringAsync: vi.fn(async (plainText: string) => {
      await pause();
      return Buffer.concat([Buffer.from('v10'), xor(Buffer.from(plainText, 'utf8'))]);
    }),
    decryptStringAsync: vi.fn(async (encrypted: Buffer) => {
      await pause();
      if (encrypted.subarray(0, 3).toString() !== 'v10') throw new Error('not encrypted by this OS user');
      return { result: xor(encrypted.subarray(3)).toString('utf8'), shouldReEncrypt: false };
    }),
  } satisfies SafeStorageLike;
  return storage;
}

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dossier-desk-secrets-'));
  file = path.join(dir, 'userData', 'secrets.json');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the secret store', () => {
  it('gives back a secret it was given, also after a restart', async () => {
    const store = createSecretStore(fakeSafeStorage(), file);
    expect(await store.set('portal.token', PORTAL_TOKEN)).toEqual({ ok: true, value: null });
    expect(await store.get('portal.token')).toEqual({ ok: true, value: PORTAL_TOKEN });
    const afterRestart = createSecretStore(fakeSafeStorage(), file);
    expect(await afterRestart.get('portal.token')).toEqual({ ok: true, value: PORTAL_TOKEN });
  });

  it('answers null for a secret it never had', async () => {
    const store = createSecretStore(fakeSafeStorage(), file);
    expect(await store.get('portal.token')).toEqual({ ok: true, value: null });
    await store.set('portal.token', PORTAL_TOKEN);
    expect(await store.get('portal.refresh')).toEqual({ ok: true, value: null });
  });

  it('answers null for a key that happens to be named like an object property', async () => {
    const store = createSecretStore(fakeSafeStorage(), file);
    await store.set('portal.token', PORTAL_TOKEN);
    for (const key of ['constructor', 'tostring', 'hasownproperty', '__proto__']) {
      expect(await store.get(key), key).toEqual({ ok: true, value: null });
    }
  });

  it('stores a key named like an object property like any other', async () => {
    const store = createSecretStore(fakeSafeStorage(), file);
    await store.set('constructor', 'value-of-constructor');
    expect(await store.get('constructor')).toEqual({ ok: true, value: 'value-of-constructor' });
  });

  it('replaces a secret that is set again', async () => {
    const store = createSecretStore(fakeSafeStorage(), file);
    await store.set('portal.token', 'old-token');
    await store.set('portal.token', PORTAL_TOKEN);
    expect(await store.get('portal.token')).toEqual({ ok: true, value: PORTAL_TOKEN });
  });

  it('forgets a deleted secret and keeps the others', async () => {
    const store = createSecretStore(fakeSafeStorage(), file);
    await store.set('portal.token', PORTAL_TOKEN);
    await store.set('portal.refresh', 'refresh-token');
    expect(await store.delete('portal.token')).toEqual({ ok: true, value: null });
    expect(await store.get('portal.token')).toEqual({ ok: true, value: null });
    expect(await store.get('portal.refresh')).toEqual({ ok: true, value: 'refresh-token' });
    expect(await store.delete('never.set')).toEqual({ ok: true, value: null });
  });

  it('never writes a secret in clear text, nor merely base64-encoded', async () => {
    const store = createSecretStore(fakeSafeStorage(), file);
    await store.set('portal.token', PORTAL_TOKEN);
    await store.set('portal.refresh', 'refresh-token-123');
    const onDisk = await readFile(file, 'utf8');
    for (const secret of [PORTAL_TOKEN, 'refresh-token-123']) {
      expect(onDisk).not.toContain(secret);
      expect(onDisk).not.toContain(Buffer.from(secret, 'utf8').toString('base64'));
    }
    expect(onDisk).toContain('portal.token');
  });

  it('leaves no temporary file behind', async () => {
    const store = createSecretStore(fakeSafeStorage(), file);
    await store.set('portal.token', PORTAL_TOKEN);
    expect(await readdir(path.dirname(file))).toEqual(['secrets.json']);
  });

  it.skipIf(process.platform === 'win32')('keeps the file readable by the OS user only', async () => {
    const store = createSecretStore(fakeSafeStorage(), file);
    await store.set('portal.token', PORTAL_TOKEN);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('does not lose an entry when several secrets are set at once', async () => {
    const store = createSecretStore(fakeSafeStorage({ jitter: true }), file);
    const keys = Array.from({ length: 25 }, (_, i) => `secret.${i}`);
    const answers = await Promise.all(keys.map((key) => store.set(key, `value-${key}`)));
    expect(answers.every((answer) => answer.ok)).toBe(true);
    for (const key of keys) expect(await store.get(key), key).toEqual({ ok: true, value: `value-${key}` });
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8'))).sort()).toEqual([...keys].sort());
  });

  it('does not lose an entry when sets and deletes interleave', async () => {
    const store = createSecretStore(fakeSafeStorage({ jitter: true }), file);
    await store.set('keep.me', 'kept');
    await store.set('drop.me', 'dropped');
    await Promise.all([store.set('a', '1'), store.delete('drop.me'), store.set('b', '2'), store.set('c', '3')]);
    expect(Object.keys(JSON.parse(await readFile(file, 'utf8'))).sort()).toEqual(['a', 'b', 'c', 'keep.me']);
  });

  it('keeps working after one write failed', async () => {
    const safeStorage = fakeSafeStorage();
    const store = createSecretStore(safeStorage, file);
    safeStorage.encryptStringAsync.mockRejectedValueOnce(new Error('DPAPI failure'));
    await expect(store.set('portal.token', PORTAL_TOKEN)).rejects.toThrow('DPAPI failure');
    expect(await store.set('portal.refresh', 'refresh-token')).toEqual({ ok: true, value: null });
    expect(await store.get('portal.refresh')).toEqual({ ok: true, value: 'refresh-token' });
  });

  it('starts afresh from a corrupt file instead of failing, keeping the damaged copy aside', async () => {
    await writeFile(path.join(dir, 'corrupt.json'), '{not json');
    const store = createSecretStore(fakeSafeStorage(), path.join(dir, 'corrupt.json'));
    expect(await store.get('portal.token')).toEqual({ ok: true, value: null });
    const kept = (await readdir(dir)).filter((name) => name.startsWith('corrupt.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(dir, kept[0]!), 'utf8')).toBe('{not json');
    expect(await store.set('portal.token', PORTAL_TOKEN)).toEqual({ ok: true, value: null });
    expect(await store.get('portal.token')).toEqual({ ok: true, value: PORTAL_TOKEN });
  });

  it('deletes every secret of every officer, and the damaged copies set aside, leaving other files alone', async () => {
    const secrets = path.join(dir, 'secrets.json');
    await writeFile(path.join(dir, 'secrets.json.corrupt-1700000000000'), '{not json');
    await writeFile(path.join(dir, 'settings.json'), '{}');
    const store = createSecretStore(fakeSafeStorage(), secrets);
    await store.set('officer.a.token', PORTAL_TOKEN);
    await store.set('officer.b.verifier', 'pbkdf2$600000$…');
    expect(await store.deleteAll()).toEqual({ ok: true, value: null });
    expect(await readdir(dir)).toEqual(['settings.json']);
    const afterRestart = createSecretStore(fakeSafeStorage(), secrets);
    expect(await afterRestart.get('officer.a.token')).toEqual({ ok: true, value: null });
    expect(await afterRestart.get('officer.b.verifier')).toEqual({ ok: true, value: null });
    expect(await createSecretStore(fakeSafeStorage(), path.join(dir, 'never', 'secrets.json')).deleteAll()).toEqual({ ok: true, value: null });
  });
});

describe('the secret store when the OS cannot encrypt', () => {
  it('refuses to store a secret, and writes nothing', async () => {
    const safeStorage = fakeSafeStorage({ available: false });
    const store = createSecretStore(safeStorage, file);
    const answer = await store.set('portal.token', PORTAL_TOKEN);
    expect(answer).toMatchObject({ ok: false, error: { code: HostErrorCode.secretStoreUnavailable } });
    expect(safeStorage.encryptStringAsync).not.toHaveBeenCalled();
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses to read a secret', async () => {
    await createSecretStore(fakeSafeStorage(), file).set('portal.token', PORTAL_TOKEN);
    const safeStorage = fakeSafeStorage({ available: false });
    const answer = await createSecretStore(safeStorage, file).get('portal.token');
    expect(answer).toMatchObject({ ok: false, error: { code: HostErrorCode.secretStoreUnavailable } });
    expect(safeStorage.decryptStringAsync).not.toHaveBeenCalled();
  });
});
