// The sentence for each state of the updater, in the officer's language.
import type { RestartBlocker, UpdateStatus } from '../../../shared/host/contract';
import type { Translate } from '../i18n/translate';

export function describeUpdateStatus(t: Translate, status: UpdateStatus): string {
  const version = status.availableVersion ?? '';
  switch (status.state) {
    case 'unsupported':
      return t('settings.updates.unsupported');
    case 'idle':
      return t('settings.updates.idle');
    case 'checking':
      return t('settings.updates.checking');
    case 'available':
      return t('settings.updates.available', { version });
    case 'not-available':
      return t('settings.updates.notAvailable');
    case 'downloading':
      return t('settings.updates.downloading', { percent: Math.round(status.percent ?? 0) });
    case 'downloaded':
      return t('settings.updates.downloaded', { version });
    case 'error':
      // A known problem has its sentence here; otherwise the updater's own (Vietnamese) message.
      if (status.problem) return t(`updates.problem.${status.problem}`);
      return status.message ? `${t('settings.updates.error')} ${status.message}` : t('settings.updates.error');
  }
}

/** Why "Cài đặt và khởi động lại" did not restart: one sentence per piece of open work. */
export const restartBlockedSentences = (t: Translate, blockers: readonly RestartBlocker[]): string[] =>
  blockers.map((blocker) => t(`updates.blocked.${blocker}`));

/** States in which the updater is working and the status should be asked for again. */
export const isUpdateInProgress = (status: UpdateStatus): boolean =>
  status.state === 'checking' || status.state === 'available' || status.state === 'downloading';
