// The interface language is remembered, and a refusing localStorage never breaks start-up.
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY, loadLanguage, saveLanguage } from './language-store';

const memoryStorage = (initial: Record<string, string> = {}) => {
  const items = new Map(Object.entries(initial));
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items };
};
const brokenStorage = {
  getItem: (): string | null => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('the remembered interface language', () => {
  it('is Vietnamese when nothing was chosen', () => {
    expect(loadLanguage(memoryStorage())).toBe('vi');
    expect(loadLanguage(undefined)).toBe('vi');
  });

  it('is the saved choice after a restart', () => {
    const storage = memoryStorage();
    saveLanguage(storage, 'en');
    expect(storage.items.get(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(loadLanguage(storage)).toBe('en');
  });

  it('falls back to Vietnamese on a value it does not know', () => {
    expect(loadLanguage(memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'fr' }))).toBe('vi');
  });

  it('never stops the app when storage is refused', () => {
    expect(loadLanguage(brokenStorage)).toBe('vi');
    expect(() => saveLanguage(brokenStorage, 'en')).not.toThrow();
  });
});
