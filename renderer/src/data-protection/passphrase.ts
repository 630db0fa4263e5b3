// The backup passphrase: how long it must be, a rough strength hint, and the check that both
// entries match. The file is only as safe as this phrase once it leaves the office.

export const MIN_PASSPHRASE_LENGTH = 12;

export type PassphraseStrength = 'weak' | 'fair' | 'strong';
export type PassphraseProblem = 'tooShort' | 'mismatch';

/** Rough, and meant only as a hint: length counts most, then the kinds of characters used. */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  const kinds = [/[a-zà-ỹđ]/u, /[A-ZÀ-ỸĐ]/u, /\d/, /[^\p{L}\d]/u].filter((kind) => kind.test(passphrase)).length;
  const words = passphrase.trim().split(/\s+/).filter(Boolean).length;
  if (length < MIN_PASSPHRASE_LENGTH || new Set(passphrase).size < 5) return 'weak';
  if (length >= 20 && (kinds >= 3 || words >= 4)) return 'strong';
  return kinds >= 2 || words >= 3 ? 'fair' : 'weak';
}

export function passphraseProblem(passphrase: string, repeated: string): PassphraseProblem | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (passphrase.normalize('NFC') !== repeated.normalize('NFC')) return 'mismatch';
  return null;
}
