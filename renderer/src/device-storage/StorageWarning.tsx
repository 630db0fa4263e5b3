// A warning in the top bar while local storage is past 80 % of its quota, linking to the storage
// figures in Settings. Checked at start and every minute: imports and attachments fill it up.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/language-store';
import { readStorageReport, usagePercent, type StorageReport } from './storage-report';
import { storageNearlyFull } from './storage-warning';
import './storage-warning.css';

export function StorageWarning({ everyMs = 60_000 }: { everyMs?: number }) {
  const t = useT();
  const [report, setReport] = useState<StorageReport | null>(null);

  useEffect(() => {
    let wanted = true;
    const check = () => void readStorageReport(navigator.storage).then((answer) => wanted && setReport(answer));
    check();
    const timer = setInterval(check, everyMs);
    return () => {
      wanted = false;
      clearInterval(timer);
    };
  }, [everyMs]);

  if (!report || !storageNearlyFull(report)) return null;
  const percent = usagePercent(report);
  return (
    <div role="alert" data-testid="storage-warning">
      <a className="storage-warning" href="#/cai-dat" title={t('demo.storage.detail')}>
        <span className="storage-warning__icon" aria-hidden="true">
          !
        </span>
        <span className="storage-warning__full">{t('demo.storage.nearlyFull', { percent })}</span>
        {/* Narrow windows show the short form; screen readers always get the full sentence. */}
        <span className="storage-warning__short" aria-hidden="true">
          {t('demo.storage.short', { percent })}
        </span>
      </a>
    </div>
  );
}
