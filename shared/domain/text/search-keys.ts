// Search keys: the folded words under which a dossier is indexed, and the matching rule for a query
// (every query word is the start of some key), shared by the local store and the portal.
import { foldVietnamese } from './fold';

const WORD_SEPARATORS = /[^a-z0-9]+/;

/** The folded words of a text: letters and digits only, so 'CSHTT-250107-0001' gives three words. */
export function searchWords(text: string): string[] {
  return foldVietnamese(text).split(WORD_SEPARATORS).filter(Boolean);
}

/**
 * Unique folded words of several texts, for a multi-valued index. Prefixes are not stored: an
 * ordered index answers "starts with" by a range scan, which keeps rows small.
 */
export function searchKeys(...texts: readonly (string | null | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) if (text) for (const word of searchWords(text)) keys.add(word);
  return [...keys];
}

/** True when each word of the query starts some key; an empty query matches everything. */
export function matchesSearch(keys: readonly string[], query: string): boolean {
  return searchWords(query).every((word) => keys.some((key) => key.startsWith(word)));
}

/**
 * Prefixes of a word from `minLength` up, for stores without range scans (a plain hash index).
 * The store that can range-scan should use `searchKeys` alone.
 */
export function wordPrefixes(word: string, minLength = 2): string[] {
  const prefixes: string[] = [];
  for (let end = Math.min(minLength, word.length); end <= word.length; end++) prefixes.push(word.slice(0, end));
  return prefixes;
}
