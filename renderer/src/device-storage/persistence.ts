// Asks the browser once, at start-up, not to evict our IndexedDB under disk pressure: an officer's
// unsynchronised work of several days lives there (architecture: "Lessons paid for by others").
type StorageManagerLike = Pick<StorageManager, 'persist' | 'persisted'>;

/** True when storage is (now) persistent; false when refused or unsupported — never throws. */
export async function requestPersistentStorage(storage: StorageManagerLike | undefined): Promise<boolean> {
  if (!storage) return false;
  try {
    return (await storage.persisted()) || (await storage.persist());
  } catch {
    return false;
  }
}
