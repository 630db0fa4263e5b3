// The seven sections of the app, their place in the URL (#/ho-so) and their keyboard shortcuts.
export const sectionIds = ['overview', 'dossiers', 'intake', 'signing', 'reports', 'sync', 'settings'] as const;
export type SectionId = (typeof sectionIds)[number];

export type Section = {
  id: SectionId;
  /** Vietnamese, like the officers' own words, and stable across languages and versions. */
  slug: string;
  title: `section.${SectionId}.title`;
  description: `section.${SectionId}.description`;
};

const slugs: Readonly<Record<SectionId, string>> = {
  overview: 'tong-quan',
  dossiers: 'ho-so',
  intake: 'tiep-nhan',
  signing: 'ky-duyet',
  reports: 'bao-cao',
  sync: 'dong-bo',
  settings: 'cai-dat',
};

export const sections: readonly Section[] = sectionIds.map((id) => ({
  id,
  slug: slugs[id],
  title: `section.${id}.title` as const,
  description: `section.${id}.description` as const,
}));

export const DEFAULT_SECTION: SectionId = 'overview';

export const sectionById = (id: SectionId): Section => sections.find((section) => section.id === id)!;

/** '#/ho-so', or with a path inside the section '#/ho-so/{subPath}'. */
export const hashForSection = (id: SectionId, subPath: string | null = null): string =>
  subPath ? `#/${slugs[id]}/${encodeURIComponent(subPath)}` : `#/${slugs[id]}`;

/** The section a location hash names, or null when it names none (empty, unknown, malformed). */
export function sectionFromHash(hash: string): SectionId | null {
  let path: string;
  try {
    path = decodeURIComponent(hash.replace(/^#\/?/, ''));
  } catch {
    return null;
  }
  // Only the first segment names the section; later ones will address things inside it.
  const slug = path.split(/[/?]/)[0]!.trim().toLowerCase();
  return sections.find((section) => section.slug === slug)?.id ?? null;
}

/** What the address names inside its section ('#/ho-so/{id}' → '{id}'), or null for the section itself. */
export function subPathFromHash(hash: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(hash.replace(/^#\/?/, '').split('?')[0]!);
  } catch {
    return null;
  }
  const rest = path.split('/').slice(1).join('/').trim();
  return rest === '' ? null : rest;
}

/** Alt+1 … Alt+7 in section order. */
export const shortcutLabel = (id: SectionId): string => `Alt+${sectionIds.indexOf(id) + 1}`;

type ShortcutKeys = Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>;

/**
 * The section an Alt+digit press asks for. Reads the physical key (`code`), not the character:
 * Vietnamese input methods and keyboard layouts change what Alt+digit types, not where the key is.
 */
export function sectionForShortcut(event: ShortcutKeys): SectionId | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code)?.[1];
  return digit ? (sectionIds[Number(digit) - 1] ?? null) : null;
}
