// "Các lần đồng bộ gần đây": time, what started the run, how much went up and came down, the result.
import { formatVietnamDateTime } from '../../dossiers/format';
import { useT } from '../../i18n/language-store';
import type { SyncRun } from '../../store/sync-records';

export function RunHistoryCard({ runs }: { runs: readonly SyncRun[] }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="sync-history">
      <h2 id="sync-history" className="card__title">
        {t('sync.history.title')}
      </h2>
      {runs.length === 0 ? (
        <p className="card__muted">{t('sync.history.none')}</p>
      ) : (
        <table className="sync-history">
          <thead>
            <tr>
              <th scope="col">{t('sync.history.time')}</th>
              <th scope="col">{t('sync.history.trigger')}</th>
              <th scope="col">{t('sync.history.pushed')}</th>
              <th scope="col">{t('sync.history.pulled')}</th>
              <th scope="col">{t('sync.history.result')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} data-result={run.result}>
                <td>{formatVietnamDateTime(run.startedAt)}</td>
                <td>{t(`sync.trigger.${run.trigger}`)}</td>
                <td>{run.rejected > 0 ? t('sync.history.pushedWithRejected', { pushed: run.pushed + run.rejected, rejected: run.rejected }) : run.pushed}</td>
                <td>{run.pulled}</td>
                <td className={run.result === 'ok' ? 'facts__good' : 'facts__warning'}>{run.result === 'ok' ? t('sync.history.ok') : t('sync.history.failed', { message: run.error?.message ?? '' })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
