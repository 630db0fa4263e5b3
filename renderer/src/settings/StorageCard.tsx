// Settings card: local storage used and whether the browser promised not to evict it.
import { useEffect, useState } from 'react';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import { formatBytes, readStorageReport, usagePercent, type StorageReport } from '../device-storage/storage-report';

export function StorageCard() {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  // undefined: still asking; null: the browser cannot tell.
  const [report, setReport] = useState<StorageReport | null>();

  useEffect(() => {
    let wanted = true;
    void readStorageReport(navigator.storage).then((answer) => wanted && setReport(answer));
    return () => {
      wanted = false;
    };
  }, []);

  const percent = report ? usagePercent(report) : 0;
  return (
    <section className="card" aria-labelledby="settings-storage" aria-busy={report === undefined}>
      <h2 id="settings-storage" className="card__title">
        {t('settings.storage.title')}
      </h2>
      {report === undefined && <p className="card__muted">{t('app.loading')}</p>}
      {report === null && <p className="card__muted">{t('settings.storage.unavailable')}</p>}
      {report && (
        <dl className="facts">
          <dt>{t('settings.storage.usage')}</dt>
          <dd>
            <span data-testid="storage-usage">
              {t('settings.storage.usageValue', { used: formatBytes(report.usage, locale), quota: formatBytes(report.quota, locale), percent })}
            </span>
            <meter className="usage-meter" min={0} max={100} low={70} high={90} optimum={0} value={percent} aria-label={t('settings.storage.usage')} />
          </dd>
          <dt>{t('settings.storage.protection')}</dt>
          <dd className={report.persisted ? 'facts__good' : 'facts__warning'} data-persisted={report.persisted}>
            {t(report.persisted ? 'settings.storage.persisted' : 'settings.storage.notPersisted')}
          </dd>
        </dl>
      )}
    </section>
  );
}
