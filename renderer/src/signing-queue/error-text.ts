// A signing or verification error in the interface language: known codes have their sentence in
// the catalogue; anything else keeps the Vietnamese message the code came with.
import type { ErrorInfo } from '../../../shared/result';
import { vi } from '../i18n/catalogue-vi';
import type { Translate } from '../i18n/translate';

export function errorText(t: Translate, error: ErrorInfo): string {
  const key = `signing.error.${error.code}`;
  return key in vi ? t(key as 'signing.error.corrupt-pdf') : error.message;
}
