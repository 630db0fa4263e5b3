// The portal's refusal of this desk's audit log, as one more item among the Đồng bộ screen's
// issues: the portal's sentence (it names the entry where the chain breaks), that dossiers still
// sync, who to tell, and "Đã đọc", which lets the next run try sending again.
import { useEffect, useState } from 'react';
import { formatVietnamDateTime } from '../../dossiers/format';
import { useT } from '../../i18n/language-store';
import { useDeskStore, useStoreRevision } from '../../store/store-context';
import { auditUploadState, dismissAuditStop, type AuditUploadState } from '../local/audit-upload-state';

/** Where the audit upload stands, re-read after every local write and sync run. */
export function useAuditUploadState(): AuditUploadState | null {
  const store = useDeskStore();
  const revision = useStoreRevision();
  const [state, setState] = useState<AuditUploadState | null>(null);
  useEffect(() => {
    let wanted = true;
    void auditUploadState(store.db).then((read) => wanted && setState(read));
    return () => {
      wanted = false;
    };
  }, [store, revision]);
  return state;
}

export function AuditUploadIssue({ stop }: { stop: NonNullable<AuditUploadState['stopped']> }) {
  const t = useT();
  const store = useDeskStore();
  return (
    <li className="sync-issue sync-issue--rejected" aria-labelledby="sync-issue-audit" data-testid="sync-issue-audit">
      <h3 id="sync-issue-audit" className="sync-issue__title">
        <span className="sync-tag sync-tag--rejected">{t('sync.issues.kind.rejected')}</span> {t('sync.issues.audit.title')}
      </h3>
      <p className="sync-issue__reason">{t('sync.issues.reason', { message: stop.message })}</p>
      <p className="card__muted">{t('sync.issues.audit.at', { at: formatVietnamDateTime(stop.at) })}</p>
      <p className="card__muted">{t('sync.issues.audit.advice')}</p>
      <div className="card__actions">
        <button type="button" className="button" aria-label={t('sync.issues.audit.dismissLabel')} onClick={() => void dismissAuditStop(store.db).then(() => store.notify())}>
          {t('sync.issues.dismiss')}
        </button>
      </div>
    </li>
  );
}
