// Asking for persistent storage at start-up never throws and does not ask twice.
import { describe, expect, it, vi } from 'vitest';
import { requestPersistentStorage } from './persistence';

describe('asking the browser to keep our data', () => {
  it('does not ask again when storage is already persistent', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistentStorage({ persisted: async () => true, persist })).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it("reports the browser's decision", async () => {
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => true })).toBe(true);
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe(false);
  });

  it('is false, never an exception, where unsupported or refused', async () => {
    expect(await requestPersistentStorage(undefined)).toBe(false);
    expect(await requestPersistentStorage({ persisted: async () => false, persist: () => Promise.reject(new Error('denied')) })).toBe(false);
  });
});
