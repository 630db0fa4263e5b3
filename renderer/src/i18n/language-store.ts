// The interface language: Vietnamese unless the officer chose English; the choice is a UI preference
// kept in localStorage (never anything secret there) and mirrored on <html lang> for screen readers.
import { useMemo } from 'react';
import { create } from 'zustand';
import { DEFAULT_LANGUAGE, isLanguage, translator, type Language, type Translate } from './translate';

export const LANGUAGE_STORAGE_KEY = 'desk.language';

type PreferenceStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Storage can throw (disabled by policy, quota); a lost preference must never stop the app. */
export function loadLanguage(storage: PreferenceStorage | undefined): Language {
  try {
    const saved = storage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(saved) ? saved : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function saveLanguage(storage: PreferenceStorage | undefined, language: Language): void {
  try {
    storage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // The choice still applies for this session.
  }
}

const browserStorage = (): PreferenceStorage | undefined => (typeof localStorage === 'undefined' ? undefined : localStorage);

type LanguageState = { language: Language; setLanguage: (language: Language) => void };

export const useLanguageStore = create<LanguageState>()((set) => ({
  language: loadLanguage(browserStorage()),
  setLanguage: (language) => {
    saveLanguage(browserStorage(), language);
    set({ language });
  },
}));

/** Keeps <html lang> on the current language (screen readers pick their voice from it); call once. */
export function mirrorLanguageOnDocument(doc: Document = document): () => void {
  doc.documentElement.lang = useLanguageStore.getState().language;
  return useLanguageStore.subscribe((state) => {
    doc.documentElement.lang = state.language;
  });
}

export const useLanguage = (): Language => useLanguageStore((state) => state.language);

/** `t(key, params?)` in the current language; components re-render when the language changes. */
export function useT(): Translate {
  const language = useLanguage();
  return useMemo(() => translator(language), [language]);
}
