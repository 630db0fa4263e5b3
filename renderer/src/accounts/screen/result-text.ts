// The sentence a refused sign-in or unlock shows, in words the officer can act on.
import type { Translate } from '../../i18n/translate';
import { signInFailureText } from '../../sync/screen/sync-text';
import type { SignInResult } from '../sign-in-flow';

export function refusalText(t: Translate, result: Exclude<SignInResult, { ok: true }>, portal: string): string {
  switch (result.reason) {
    case 'locked':
      return t('accounts.signIn.lockedNow');
    case 'wrong':
      return result.waitMs > 0 ? t('accounts.signIn.lockedNow') : t(result.offline ? 'accounts.signIn.wrongOffline' : 'accounts.signIn.wrong');
    case 'noOfflineAccount':
      return t('accounts.signIn.noOfflineAccount', { portal });
    case 'offlineExpired':
      return t('accounts.signIn.offlineExpired', { days: result.days });
    case 'tampered':
      return t('accounts.signIn.tampered');
    case 'portal':
      return signInFailureText(t, result.failure, portal);
  }
}
