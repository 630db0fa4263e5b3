// Pure translation: picks a language's sentence for a key and fills its {placeholders}.
import { en } from './catalogue-en';
import { vi, type Catalogue, type MessageKey } from './catalogue-vi';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

export const catalogues: Readonly<Record<Language, Catalogue>> = { vi, en };

/** The locale numbers and dates are formatted in, per interface language. */
export const intlLocale: Readonly<Record<Language, string>> = { vi: 'vi-VN', en: 'en-GB' };

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;
type ParamsOf<K extends MessageKey> = Placeholders<(typeof vi)[K]>;

/** A key whose Vietnamese sentence has placeholders demands exactly those params, checked at compile time. */
export type TranslateArgs<K extends MessageKey> = [ParamsOf<K>] extends [never] ? [] : [params: Record<ParamsOf<K>, string | number>];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

/** The names between braces in a sentence, in order of appearance. */
export function placeholdersOf(sentence: string): string[] {
  return [...sentence.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
}

export function interpolate(sentence: string, params: Readonly<Record<string, string | number>> = {}): string {
  // An unknown placeholder stays visible as {name}: a bug a tester will see, not a silent blank.
  return sentence.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate<K extends MessageKey>(language: Language, key: K, ...args: TranslateArgs<K>): string {
  const sentence = catalogues[language][key] ?? vi[key];
  return interpolate(sentence, args[0] as Record<string, string | number> | undefined);
}

/** A `t` bound to one language, for code outside React and for tests. */
export const translator =
  (language: Language): Translate =>
  (key, ...args) =>
    translate(language, key, ...args);
