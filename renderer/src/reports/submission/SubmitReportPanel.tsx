// "Gửi báo cáo lên Cổng": when the desk is online, signed in to the portal as a leader or head of
// the report's unit, and the signing key is unlocked on Ký duyệt, sends the signed Biểu 06 and
// lists what this desk has sent. Each reason it cannot send is said next to the button.
import { useEffect, useState } from 'react';
import { REPORT_SUBMITTER_ROLES } from '../../../../shared/sync/contract';
import type { Bieu06Report } from '../../../../shared/reports/bieu06';
import { periodTitle } from '../../../../shared/reports/period';
import { formatVietnamDateTime } from '../../dossiers/format';
import { useT } from '../../i18n/language-store';
import { useSigningSession } from '../../signing/session-instance';
import { useDeskStore } from '../../store/store-context';
import { useDeskSync, useSyncStatus } from '../../sync/screen/sync-context';
import { signReportPdf } from './sign-report';
import { submittedReports, type SubmittedReportRecord } from './submission-records';
import { submitReport, type SubmitOutcome, type SubmitStep } from './submit-report';
import { useOnline } from './use-online';

type Status = { text: string; error?: boolean } | null;

export function SubmitReportPanel({ report, buildPdf }: { report: Bieu06Report; buildPdf: () => Promise<Uint8Array> }) {
  const t = useT();
  const store = useDeskStore();
  const sync = useDeskSync();
  const session = useSyncStatus((s) => s.session);
  const expired = useSyncStatus((s) => s.sessionExpired);
  const signing = useSigningSession();
  const unlocked = signing.state((s) => s.key !== null);
  const online = useOnline();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [sent, setSent] = useState<SubmittedReportRecord[]>([]);

  useEffect(() => {
    let wanted = true;
    void submittedReports(store.db).then((list) => wanted && setSent(list));
    return () => {
      wanted = false;
    };
  }, [store.db, busy]);

  // The first reason, in the order an officer fixes them; null when the report can be sent.
  const blocked = !online
    ? t('reports.submit.offline')
    : !session
      ? t('reports.submit.signedOut')
      : expired
        ? t('reports.submit.expired')
        : !session.roles.some((role) => (REPORT_SUBMITTER_ROLES as readonly string[]).includes(role))
          ? t('reports.submit.role')
          : report.unitCode !== session.unit.code
            ? t('reports.submit.unit', { unit: session.unit.name })
            : null;

  const send = async () => {
    const client = sync.portalClient();
    if (!client || !session || report.unitCode === null) return;
    if (!unlocked) return setStatus({ text: t('reports.submit.locked'), error: true });
    setBusy(true);
    try {
      const outcome = await submitReport(
        { ...report, unitCode: report.unitCode },
        {
          db: store.db,
          client,
          officerId: session.officer.id,
          now: () => store.now(),
          buildPdf,
          sign: (pdf) => signReportPdf(signing, pdf),
          onStep: (step) => setStatus({ text: stepText(t, step) }),
        },
      );
      setStatus(outcomeStatus(t, outcome));
    } catch (error) {
      setStatus({ text: t('reports.submit.failed', { message: error instanceof Error ? error.message : String(error) }), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="report-submit">
      <button type="button" className="button button--primary" disabled={busy || blocked !== null} aria-describedby="report-submit-note" onClick={() => void send()}>
        {t('reports.submit')}
      </button>
      <p id="report-submit-note" className="report-export__note">
        {blocked ?? (unlocked ? t('reports.submit.ready') : t('reports.submit.locked'))}
      </p>
      <p className={status?.error ? 'report-export__status report-export__status--error' : 'report-export__status'} role="status" data-testid="report-submit-status">
        {status?.text}
      </p>
      <section className="report-submitted" aria-labelledby="report-submitted-title">
        <h3 id="report-submitted-title">{t('reports.submitted.title')}</h3>
        {sent.length === 0 ? (
          <p className="report-export__note">{t('reports.submitted.none')}</p>
        ) : (
          <table className="report-submitted__table" data-testid="report-submitted">
            <thead>
              <tr>
                <th scope="col">{t('reports.submitted.period')}</th>
                <th scope="col">{t('reports.submitted.at')}</th>
                <th scope="col">{t('reports.submitted.by')}</th>
              </tr>
            </thead>
            <tbody>
              {sent.map((entry) => (
                <tr key={entry.reportId}>
                  <td>{`${periodTitle(entry.period)} (${entry.unitCode})`}</td>
                  <td>{formatVietnamDateTime(entry.submittedAt)}</td>
                  <td>{entry.submittedBy.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

type Translate = ReturnType<typeof useT>;

function stepText(t: Translate, step: SubmitStep): string {
  if (step.step === 'uploading') return t('reports.submit.step.uploading', { sent: Math.round(step.sent / 1024), total: Math.max(1, Math.round(step.total / 1024)) });
  return t(`reports.submit.step.${step.step}`);
}

function outcomeStatus(t: Translate, outcome: SubmitOutcome): Status {
  if (outcome.ok) return { text: t('reports.submit.done', { period: periodTitle(outcome.report.period), time: formatVietnamDateTime(outcome.report.submittedAt) }) };
  if (!('failure' in outcome)) return { text: t('reports.submit.failed', { message: outcome.message }), error: true };
  const { failure } = outcome;
  // The signed PDF and the report id are kept: sending again resends the same report, never a second one.
  const again = failure.kind === 'offline' || failure.kind === 'timeout' || failure.kind === 'server' ? ` ${t('reports.submit.again')}` : '';
  return { text: t('reports.submit.failed', { message: failure.message }) + again, error: true };
}
