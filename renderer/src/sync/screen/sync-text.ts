// The sentences the Đồng bộ screen builds from sync facts: why a run or sign-in failed, in words an
// officer can act on, and how long ago something happened.
import type { Translate } from '../../i18n/translate';
import { DEVICE_REVOKED, type PortalFailure } from '../http/portal-failure';

export function failureText(t: Translate, failure: PortalFailure, portal: string): string {
  if (failure.code === 'BLOB_MISSING') return t('sync.error.blobMissing');
  if (failure.code === 'SECRET_STORE_UNAVAILABLE') return t('sync.error.secretStore');
  if (failure.code === DEVICE_REVOKED) return t('sync.error.revoked');
  switch (failure.kind) {
    case 'offline':
      return t('sync.error.offline', { portal });
    case 'timeout':
      return t('sync.error.timeout');
    case 'server':
      return t('sync.error.server', { detail: failure.message });
    case 'unauthorized':
      return t('sync.error.unauthorized');
    case 'refused':
      return t('sync.error.refused', { detail: failure.message });
    case 'malformed':
      return t('sync.error.malformed');
    case 'aborted':
      return t('sync.error.aborted');
  }
}

/** A sign-in refusal: a 401 there means the password, not an expired session. */
export function signInFailureText(t: Translate, failure: PortalFailure, portal: string): string {
  if (failure.kind === 'unauthorized' && failure.code !== DEVICE_REVOKED) return t('sync.signIn.badCredentials');
  // Too many wrong passwords: the portal's own sentence says how long to wait; it is no server fault.
  if (failure.kind === 'server' && failure.status === 429) return failure.message;
  return failureText(t, failure, portal);
}

/** "vừa xong", "5 phút trước", "3 giờ trước", "2 ngày trước". */
export function agoText(t: Translate, then: string, now: string): string {
  const minutes = Math.max(0, Math.floor((Date.parse(now) - Date.parse(then)) / 60_000));
  if (minutes < 1) return t('sync.age.justNow');
  if (minutes < 60) return t('sync.age.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t('sync.age.hours', { count: hours });
  return t('sync.age.days', { count: Math.floor(hours / 24) });
}
