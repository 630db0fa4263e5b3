// "Thay đổi bị Cổng từ chối": each refused action with both sides — what this desk did (action,
// officer, time, the dossier as it was here) and where the dossier stands on the portal (status,
// step) — the portal's reason, what the officer can do, and "Mở hồ sơ" / "Đã đọc". A refused
// audit log comes first (AuditUploadIssue.tsx).
import { StatusChip } from '../../dossiers/StatusChip';
import { actionName } from '../../dossiers/domain-labels';
import { formatVietnamDateTime } from '../../dossiers/format';
import { useT } from '../../i18n/language-store';
import { useViewStore } from '../../shell/view-store';
import { useDeskStore } from '../../store/store-context';
import type { SyncIssue } from '../../store/sync-records';
import { dismissIssue } from '../local/sync-issues';
import { AuditUploadIssue, useAuditUploadState } from './AuditUploadIssue';

export function IssuesCard({ issues }: { issues: readonly SyncIssue[] }) {
  const t = useT();
  const auditStop = useAuditUploadState()?.stopped ?? null;
  const count = issues.length + (auditStop ? 1 : 0);
  return (
    <section className="card" aria-labelledby="sync-issues">
      <h2 id="sync-issues" className="card__title">
        {t('sync.issues.title')}
        {count > 0 && <span className="sync-tag">{count}</span>}
      </h2>
      {count === 0 ? (
        <p className="card__muted">{t('sync.issues.none')}</p>
      ) : (
        <ul className="sync-issues">
          {auditStop && <AuditUploadIssue stop={auditStop} />}
          {issues.map((issue) => (
            <IssueItem key={issue.mutationId} issue={issue} />
          ))}
        </ul>
      )}
    </section>
  );
}

function IssueItem({ issue }: { issue: SyncIssue }) {
  const t = useT();
  const store = useDeskStore();
  const goTo = useViewStore((s) => s.goTo);
  const code = issue.desk?.code ?? issue.portal?.code ?? ('intake' in issue.command && issue.command.intake ? issue.command.intake.code : issue.dossierId);
  // After a refused intake the dossier is gone from this desk: there is nothing to open.
  const stillHere = store.list.get(issue.dossierId) !== undefined;
  const advice = !stillHere ? 'sync.issues.advice.gone' : issue.kind === 'conflict' ? 'sync.issues.advice.conflict' : 'sync.issues.advice.rejected';
  const headingId = `sync-issue-${issue.mutationId}`;

  return (
    <li className={`sync-issue sync-issue--${issue.kind}`} aria-labelledby={headingId} data-testid="sync-issue">
      <h3 id={headingId} className="sync-issue__title">
        <span className={`sync-tag sync-tag--${issue.kind}`}>{t(`sync.issues.kind.${issue.kind}`)}</span> {code}
      </h3>
      <div className="sync-issue__sides">
        <div className="sync-issue__side">
          <h4 className="sync-issue__side-title">{t('sync.issues.desk')}</h4>
          <p>{t('sync.issues.action', { action: actionName(t, issue.command.type), name: issue.actor.name, at: formatVietnamDateTime(issue.actedAt) })}</p>
          {issue.desk && (
            <p className="sync-issue__state">
              {t('sync.issues.deskStatus')} 
              <StatusChip status={issue.desk.status} />
            </p>
          )}
        </div>
        <div className="sync-issue__side">
          <h4 className="sync-issue__side-title">{t('sync.issues.portal')}</h4>
          {issue.portal ? (
            <>
              <p className="sync-issue__state">
                <StatusChip status={issue.portal.status} />
              </p>
              {issue.portal.step && <p>{t('sync.issues.portalStep', { step: issue.portal.step.name })}</p>}
            </>
          ) : (
            <p>{t('sync.issues.portalMissing')}</p>
          )}
        </div>
      </div>
      <p className="sync-issue__reason">{t('sync.issues.reason', { message: issue.message })}</p>
      <p className="card__muted">{t(advice)}</p>
      <div className="card__actions">
        {stillHere && (
          <button type="button" className="button" onClick={() => goTo('dossiers', issue.dossierId)}>
            {t('sync.issues.open', { code })}
          </button>
        )}
        <button type="button" className="button" aria-label={t('sync.issues.dismissLabel', { code })} onClick={() => void dismissIssue(store.db, issue.mutationId, store.now()).then(() => store.notify())}>
          {t('sync.issues.dismiss')}
        </button>
      </div>
    </li>
  );
}
