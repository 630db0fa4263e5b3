// Secrets (portal tokens, cached verifiers) encrypted by the OS through safeStorage's async API
// (DPAPI on Windows) and kept in one file under userData; never in renderer storage.
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { HostErrorCode } from '../../../shared/host/errors';
import { err, ok, type Result } from '../../../shared/result';

export type SafeStorageLike = {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }>;
};

const unavailable = () =>
  err<never>(HostErrorCode.secretStoreUnavailable, 'Kho bí mật của hệ điều hành chưa sẵn sàng; không thể lưu thông tin đăng nhập.');

export function createSecretStore(safeStorage: SafeStorageLike, filePath: string) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  // A prototype-less map: a key such as 'constructor' (valid per the contract) is absent until set,
  // instead of reading Object.prototype.constructor.
  async function load(): Promise<Record<string, string>> {
    const entries: Record<string, string> = Object.create(null);
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch {
      return entries; // no file yet
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return Object.assign(entries, parsed);
    } catch {
      // fall through: keep the damaged file aside so a support engineer can still look at it
    }
    await rename(filePath, `${filePath}.corrupt-${Date.now()}`);
    return entries;
  }
  async function save(entries: Record<string, string>): Promise<void> {
    await mkdir(path.dirname(filePath), { recursive: true });
    const temporary = `${filePath}.tmp`;
    await writeFile(temporary, JSON.stringify(entries), { mode: 0o600 });
    await rename(temporary, filePath);
  }

  return {
    async get(key: string): Promise<Result<string | null>> {
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return unavailable();
      const stored = (await load())[key];
      if (stored === undefined) return ok(null);
      const { result } = await safeStorage.decryptStringAsync(Buffer.from(stored, 'base64'));
      return ok(result);
    },
    set(key: string, value: string): Promise<Result<null>> {
      return serial(async () => {
        if (!(await safeStorage.isAsyncEncryptionAvailable())) return unavailable();
        const entries = await load();
        entries[key] = (await safeStorage.encryptStringAsync(value)).toString('base64');
        await save(entries);
        return ok(null);
      });
    },
    delete(key: string): Promise<Result<null>> {
      return serial(async () => {
        const entries = await load();
        delete entries[key];
        await save(entries);
        return ok(null);
      });
    },
    /** Removes the file and the damaged copies load() set aside: they may hold old tokens too. */
    deleteAll(): Promise<Result<null>> {
      return serial(async () => {
        const folder = path.dirname(filePath);
        const base = path.basename(filePath);
        const names = await readdir(folder).catch(() => [] as string[]);
        const doomed = names.filter((name) => name === base || name === `${base}.tmp` || name.startsWith(`${base}.corrupt-`));
        await Promise.all(doomed.map((name) => rm(path.join(folder, name), { force: true })));
        return ok(null);
      });
    },
  };
}
