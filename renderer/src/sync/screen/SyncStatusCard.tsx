// "Trạng thái đồng bộ": the "Đồng bộ ngay" button, progress of the run under way (items and bytes),
// why the last run failed, the last success, what is still unsent and for how long, when the next
// automatic run comes, and how many leased dossier numbers are left for today.
import { formatBytes } from '../../device-storage/storage-report';
import { formatVietnamDateTime } from '../../dossiers/format';
import { useNow } from '../../intake/use-now';
import { useLanguage, useT } from '../../i18n/language-store';
import { intlLocale } from '../../i18n/translate';
import { OFFICER_SIGN_IN_NEEDED } from '../engine/push';
import { LEASE_LOW_THRESHOLD } from '../local/number-leases';
import { usePortalUrl } from '../session/portal-url';
import { ProgressBar } from './ProgressBar';
import { useDeskSync, useSyncStatus } from './sync-context';
import { agoText, failureText } from './sync-text';
import type { SyncOverview } from './use-sync-overview';

export function SyncStatusCard({ overview }: { overview: SyncOverview | null }) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const sync = useDeskSync();
  const now = useNow();
  const session = useSyncStatus((s) => s.session);
  const running = useSyncStatus((s) => s.scheduler?.running ?? false);
  const nextRunAt = useSyncStatus((s) => s.scheduler?.nextRunAt ?? null);
  const progress = useSyncStatus((s) => s.progress);
  const failure = useSyncStatus((s) => s.failure);
  const waiting = useSyncStatus((s) => s.waiting);
  const configured = usePortalUrl((s) => s.portalUrl);
  // Pull and leases run with any officer's valid session; each officer's actions wait for their own.
  const canSync = useSyncStatus((s) => s.sessions.some((other) => !other.expired));

  return (
    <section className="card" aria-labelledby="sync-status" aria-busy={running}>
      <h2 id="sync-status" className="card__title">
        {t('sync.now.title')}
      </h2>
      <div className="sync-now">
        <button type="button" className="button button--primary" disabled={!canSync} onClick={() => void sync.syncNow('manual')} aria-describedby={canSync ? undefined : 'sync-sign-in-first'}>
          {running ? t('sync.now.running') : t('sync.now.button')}
        </button>
        {!canSync && (
          <span id="sync-sign-in-first" className="card__muted">
            {t('sync.now.signInFirst')}
          </span>
        )}
      </div>
      <div role="status" aria-live="polite" className="sync-now__live">
        {running && progress && (
          <div className="sync-now__progress">
            <p className="sync-now__phase">{t(`sync.now.phase.${progress.phase}`)}</p>
            <ProgressBar label={t('sync.now.itemsLabel')} value={progress.itemsDone} max={progress.itemsTotal} text={t('sync.now.items', { done: progress.itemsDone, total: progress.itemsTotal })} />
            {progress.bytesTotal > 0 && (
              <ProgressBar
                label={t('sync.now.bytesLabel')}
                value={progress.bytesDone}
                max={progress.bytesTotal}
                text={t('sync.now.bytes', { done: formatBytes(progress.bytesDone, locale), total: formatBytes(progress.bytesTotal, locale) })}
              />
            )}
            {progress.pulled > 0 && <p className="card__muted">{t('sync.now.pulled', { count: progress.pulled })}</p>}
          </div>
        )}
        {!running && failure && failure.code !== OFFICER_SIGN_IN_NEEDED && (
          <p className="card__error" data-testid="sync-failure">
            {failureText(t, failure, session?.portalOrigin ?? configured)}
          </p>
        )}
        {!running && waiting && (
          <p className="card__error" data-testid="sync-waiting">
            {t('sync.now.waiting', { count: waiting.count, name: waiting.officer.name })}
          </p>
        )}
      </div>
      {overview && (
        <dl className="facts sync-facts">
          <dt>{t('sync.now.lastSuccess')}</dt>
          <dd data-testid="sync-last-success">{overview.lastSuccessAt ? `${formatVietnamDateTime(overview.lastSuccessAt)} (${agoText(t, overview.lastSuccessAt, now)})` : t('sync.now.never')}</dd>
          <dt>{t('sync.now.unsent')}</dt>
          <dd data-testid="sync-unsent">{overview.unsent === 0 ? t('sync.now.nothingUnsent') : t('sync.now.unsentCount', { count: overview.unsent })}</dd>
          {overview.oldestUnsentAt && (
            <>
              <dt>{t('sync.now.oldest')}</dt>
              <dd data-testid="sync-oldest" className={Date.parse(now) - Date.parse(overview.oldestUnsentAt) > 86_400_000 ? 'facts__warning' : undefined}>
                {agoText(t, overview.oldestUnsentAt, now)}
              </dd>
            </>
          )}
          {canSync && nextRunAt !== null && !running && (
            <>
              <dt>{t('sync.now.nextRun')}</dt>
              <dd>{formatVietnamDateTime(new Date(nextRunAt).toISOString())}</dd>
            </>
          )}
          {overview.numbersLeft !== undefined && (
            <>
              <dt>{t('sync.now.numbers')}</dt>
              <dd data-testid="sync-numbers" className={overview.numbersLeft === null || overview.numbersLeft <= LEASE_LOW_THRESHOLD ? 'facts__warning' : undefined}>
                {overview.numbersLeft === null
                  ? t('sync.now.numbersNone')
                  : `${t('sync.now.numbersLeft', { count: overview.numbersLeft })}${overview.numbersLeft <= LEASE_LOW_THRESHOLD ? ` — ${t('sync.now.numbersLow')}` : ''}`}
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
