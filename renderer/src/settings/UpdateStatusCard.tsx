// Settings card: the updater's state, with check and install where the host can update (desktop only).
import { useEffect, useState } from 'react';
import type { UpdateStatus } from '../../../shared/host/contract';
import type { DesktopHost } from '../../../shared/host/desktop-host';
import type { ErrorInfo, Result } from '../../../shared/result';
import { useHost } from '../host/host-context';
import { useHostAnswer } from '../host/use-host-answer';
import { hostErrorMessage } from '../i18n/host-error-message';
import { useT } from '../i18n/language-store';
import { describeUpdateStatus, isUpdateInProgress } from './update-status-text';

const askUpdateStatus = (host: DesktopHost) => host.getUpdateStatus(undefined);
const POLL_MS = 1500;

export function UpdateStatusCard() {
  const t = useT();
  const host = useHost();
  const first = useHostAnswer(askUpdateStatus);
  const [latest, setLatest] = useState<Result<UpdateStatus>>();
  const [actionError, setActionError] = useState<ErrorInfo>();
  const answer = latest ?? first;
  const status = answer?.ok ? answer.value : undefined;
  const working = status ? isUpdateInProgress(status) : false;

  // The contract has no push channel for progress, so ask again while the updater is busy.
  useEffect(() => {
    if (!working) return;
    const timer = setTimeout(() => void host.getUpdateStatus(undefined).then(setLatest), POLL_MS);
    return () => clearTimeout(timer);
  }, [host, working, answer]);

  const check = async () => {
    setActionError(undefined);
    const result = await host.checkForUpdates(undefined);
    if (result.ok) setLatest(result);
    else setActionError(result.error);
  };
  const install = async () => {
    setActionError(undefined);
    const result = await host.installUpdate(undefined);
    if (!result.ok) setActionError(result.error);
  };

  return (
    <section className="card" aria-labelledby="settings-updates" aria-busy={!answer}>
      <h2 id="settings-updates" className="card__title">
        {t('settings.updates.title')}
      </h2>
      {!answer && <p className="card__muted">{t('app.loading')}</p>}
      {answer && !answer.ok && <p className="card__error">{hostErrorMessage(t, answer.error)}</p>}
      {status && (
        <p className="card__text" role="status" data-update-state={status.state}>
          {describeUpdateStatus(t, status)}
        </p>
      )}
      {actionError && (
        <p className="card__error" role="alert">
          {hostErrorMessage(t, actionError)}
        </p>
      )}
      {status && status.state !== 'unsupported' && (
        <div className="card__actions">
          <button type="button" className="button" onClick={() => void check()} disabled={working}>
            {t('settings.updates.check')}
          </button>
          {status.state === 'downloaded' && (
            <button type="button" className="button button--primary" onClick={() => void install()}>
              {t('settings.updates.install')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
