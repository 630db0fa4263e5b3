// Settings card "Cập nhật": the version in use, the update channel, what the offered version
// changes, the download's progress and "Cài đặt và khởi động lại". Native radios and buttons only,
// so the card works from the keyboard; the status line and refusals are announced.
import { useEffect, useState } from 'react';
import type { RestartBlocker, UpdateStatus } from '../../../shared/host/contract';
import type { DesktopHost } from '../../../shared/host/desktop-host';
import { updateChannels, type UpdateChannel } from '../../../shared/updates/release-metadata';
import type { ErrorInfo, Result } from '../../../shared/result';
import { useHost } from '../host/host-context';
import { useHostAnswer } from '../host/use-host-answer';
import { hostErrorMessage } from '../i18n/host-error-message';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import { describeUpdateStatus, isUpdateInProgress, restartBlockedSentences } from './update-status-text';

const askUpdateStatus = (host: DesktopHost) => host.getUpdateStatus(undefined);
const POLL_MS = 1500;

export function UpdateStatusCard() {
  const t = useT();
  const language = useLanguage();
  const host = useHost();
  const first = useHostAnswer(askUpdateStatus);
  const [latest, setLatest] = useState<Result<UpdateStatus>>();
  const [actionError, setActionError] = useState<ErrorInfo>();
  const [blockedBy, setBlockedBy] = useState<readonly RestartBlocker[]>([]);
  const [restarting, setRestarting] = useState(false);
  const answer = latest ?? first;
  const status = answer?.ok ? answer.value : undefined;
  const working = status ? isUpdateInProgress(status) : false;
  const updatable = status !== undefined && status.state !== 'unsupported';

  // The contract has no push channel for progress, so ask again while the updater is busy.
  useEffect(() => {
    if (!working) return;
    const timer = setTimeout(() => void host.getUpdateStatus(undefined).then(setLatest), POLL_MS);
    return () => clearTimeout(timer);
  }, [host, working, answer]);

  const act = async (action: () => Promise<Result<UpdateStatus>>) => {
    setActionError(undefined);
    setBlockedBy([]);
    const result = await action();
    if (result.ok) setLatest(result);
    else setActionError(result.error);
  };
  const install = async () => {
    setActionError(undefined);
    const result = await host.installUpdate(undefined);
    if (!result.ok) return setActionError(result.error);
    setBlockedBy(result.value.blockedBy);
    setRestarting(result.value.restarting);
  };
  const chooseChannel = (channel: UpdateChannel) => void act(() => host.setUpdateChannel({ channel }));

  const releaseDate = status?.releaseDate ? new Date(status.releaseDate) : null;
  return (
    <section className="card" aria-labelledby="settings-updates" aria-busy={!answer}>
      <h2 id="settings-updates" className="card__title">
        {t('settings.updates.title')}
      </h2>
      {!answer && <p className="card__muted">{t('app.loading')}</p>}
      {answer && !answer.ok && <p className="card__error">{hostErrorMessage(t, answer.error)}</p>}
      {status && (
        <>
          <dl className="facts">
            <dt>{t('updates.currentVersion')}</dt>
            <dd data-testid="update-current-version">{status.currentVersion}</dd>
          </dl>
          <p className="card__text" role="status" data-update-state={status.state}>
            {restarting ? t('updates.restarting') : describeUpdateStatus(t, status)}
          </p>
        </>
      )}
      {status?.requiredVersion && <p className="card__text update-required">{t('updates.required', { version: status.requiredVersion })}</p>}
      {status?.state === 'downloading' && (
        <div
          className="update-progress"
          role="progressbar"
          aria-label={t('updates.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(status.percent ?? 0)}
        >
          <div className="update-progress__bar" style={{ width: `${Math.round(status.percent ?? 0)}%` }} />
        </div>
      )}
      {status?.releaseNotes && status.availableVersion && (
        <section className="update-notes" aria-labelledby="settings-updates-notes">
          <h3 id="settings-updates-notes" className="update-notes__title">
            {t('updates.whatsNew', { version: status.availableVersion })}
          </h3>
          {releaseDate && !Number.isNaN(releaseDate.getTime()) && (
            <p className="card__muted">{t('updates.releasedOn', { date: releaseDate.toLocaleDateString(intlLocale[language]) })}</p>
          )}
          {/* Plain text from the release metadata, never HTML: line breaks are kept by CSS. */}
          <p className="update-notes__text">{status.releaseNotes}</p>
        </section>
      )}
      {updatable && (
        <fieldset className="choice-list" disabled={status.state === 'downloading'}>
          <legend className="update-channel__legend">{t('updates.channel.legend')}</legend>
          {updateChannels.map((channel) => (
            <label key={channel} className="choice-list__option">
              <input type="radio" name="update-channel" value={channel} checked={(status.channel ?? 'stable') === channel} onChange={() => chooseChannel(channel)} />
              {t(`updates.channel.${channel}`)}
            </label>
          ))}
        </fieldset>
      )}
      {updatable && <p className="card__hint">{t('updates.channel.hint')}</p>}
      {actionError && (
        <p className="card__error" role="alert">
          {hostErrorMessage(t, actionError)}
        </p>
      )}
      {blockedBy.length > 0 && (
        <div className="card__error" role="alert">
          {restartBlockedSentences(t, blockedBy).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
      )}
      {updatable && (
        <div className="card__actions">
          <button type="button" className="button" onClick={() => void act(() => host.checkForUpdates(undefined))} disabled={working}>
            {t('settings.updates.check')}
          </button>
          {status.state === 'downloaded' && (
            <button type="button" className="button button--primary" onClick={() => void install()} disabled={restarting}>
              {t('updates.installRestart')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
