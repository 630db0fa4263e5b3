// Turns a host's error into a sentence in the officer's language.
import { HostErrorCode } from '../../../shared/host/errors';
import type { ErrorInfo } from '../../../shared/result';
import type { MessageKey } from './catalogue-vi';
import type { Translate } from './translate';

// Typed by the code list itself: a new host error code without a sentence fails to compile.
const sentenceByCode: Readonly<Record<HostErrorCode, MessageKey>> = {
  [HostErrorCode.invalidRequest]: 'hostError.HOST_INVALID_REQUEST',
  [HostErrorCode.invalidResponse]: 'hostError.HOST_INVALID_RESPONSE',
  [HostErrorCode.forbiddenSender]: 'hostError.HOST_FORBIDDEN_SENDER',
  [HostErrorCode.unavailable]: 'hostError.HOST_UNAVAILABLE',
  [HostErrorCode.notAllowed]: 'hostError.HOST_NOT_ALLOWED',
  [HostErrorCode.fileTooLarge]: 'hostError.HOST_FILE_TOO_LARGE',
  [HostErrorCode.fileUnreadable]: 'hostError.HOST_FILE_UNREADABLE',
  [HostErrorCode.secretStoreUnavailable]: 'hostError.HOST_SECRET_STORE_UNAVAILABLE',
  [HostErrorCode.internal]: 'hostError.HOST_INTERNAL',
};

const isHostErrorCode = (code: string): code is HostErrorCode => Object.hasOwn(sentenceByCode, code);

/** Known codes get the catalogue's sentence; an unknown one keeps the host's own (Vietnamese) message. */
export function hostErrorMessage(t: Translate, error: ErrorInfo): string {
  if (!isHostErrorCode(error.code)) return error.message;
  // The hostError.* sentences take no params, which the compiler cannot see through the lookup.
  return (t as (key: MessageKey) => string)(sentenceByCode[error.code]);
}
