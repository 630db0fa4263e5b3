// Văn bản chờ ký: the unit's documents awaiting signature, a preview of the one opened, and batch
// signing of the selection after one passphrase/PIN entry, with progress and each row's outcome.
import { useEffect, useMemo, useState } from 'react';
import { recordByCurrentOfficer } from '../audit/watch-desk';
import { formatVietnamDateTime } from '../dossiers/format';
import { useT } from '../i18n/language-store';
import { useProfile } from '../profile/profile-store';
import { useSigningSession } from '../signing/session-instance';
import type { UnlockedKey } from '../signing/signing-session';
import { useDeskStore, useStoreRevision } from '../store/store-context';
import { ProgressBar } from '../sync/screen/ProgressBar';
import { TimestampSetting } from '../signing/timestamp-setting';
import { appearanceFor } from './appearance-for';
import { useDocumentStore } from '../documents/use-document-store';
import { errorText } from './error-text';
import { KeyDialog } from './KeyDialog';
import { DocumentPreview } from './DocumentPreview';
import { documentName, QueueList, type QueueRow } from './QueueList';
import { signingQueueOf } from './queue';
import { signSelected, type RowOutcome, type SignatureKind } from './sign-selected';

type Progress = { done: number; total: number; finished: { signed: number; failed: number } | null };

export function SigningQueue() {
  const t = useT();
  const desk = useDeskStore();
  const documents = useDocumentStore();
  const revision = useStoreRevision();
  const officer = useProfile((state) => state.officer);
  const session = useSigningSession();
  const key = session.state((state) => state.key);
  const [rows, setRows] = useState<QueueRow[] | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [active, setActive] = useState(0);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<Map<string, RowOutcome>>(new Map());
  const [progress, setProgress] = useState<Progress | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [pending, setPending] = useState<string[]>([]);
  const [hint, setHint] = useState<string | null>(null);
  // Signed documents leave the queue; their names are kept here to say what was signed.
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const [kind, setKind] = useState<SignatureKind>(officer && ['leader', 'head'].includes(officer.role) ? 'agency' : 'individual');
  const unitCode = officer?.unitCode ?? null;
  const running = progress !== null && progress.finished === null;

  useEffect(() => {
    if (!unitCode) return;
    let wanted = true;
    void signingQueueOf(documents, desk.db, unitCode).then(async (queue) => {
      const codes = await Promise.all(queue.map((document) => desk.db.dossiers.get(document.dossierId).then((dossier) => dossier?.code ?? null)));
      if (wanted) setRows(queue.map((document, i) => ({ document, dossierCode: codes[i] ?? null })));
    });
    return () => {
      wanted = false;
    };
  }, [documents, desk, unitCode, revision]);

  // Selections of documents that left the queue (signed, or taken back) are dropped.
  const visible = useMemo(() => rows ?? [], [rows]);
  const selectedHere = visible.filter((row) => selected.has(row.document.id)).map((row) => row.document.id);
  const failures = [...outcomes.entries()].filter((entry): entry is [string, Extract<RowOutcome, { state: 'failed' }>] => entry[1].state === 'failed');
  const previewRow = visible.find((row) => row.document.id === previewId);

  const toggle = (documentId: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(documentId)) next.add(documentId);
      return next;
    });

  function askToSign(documentIds: string[]) {
    if (documentIds.length === 0) return setHint(t('signing.queue.nothingSelected'));
    setHint(null);
    setPending(documentIds);
    setDialogOpen(true);
  }

  async function sign(unlocked: UnlockedKey) {
    setDialogOpen(false);
    if (!officer) return;
    const ids = pending;
    setNames((current) => new Map([...current, ...visible.filter((row) => ids.includes(row.document.id)).map((row) => [row.document.id, documentName(t, row.document)] as const)]));
    setOutcomes((current) => new Map([...current].filter(([id]) => !ids.includes(id))));
    setProgress({ done: 0, total: ids.length, finished: null });
    const agencyName = desk.catalogue.units.find((unit) => unit.code === officer.unitCode)?.name ?? officer.unitCode;
    const failed = new Set<string>();
    const tell = (documentId: string, outcome: RowOutcome) => {
      if (outcome.state === 'failed') failed.add(documentId);
      if (outcome.state === 'signed') void recordByCurrentOfficer(desk.audit, 'documentSigned', { documentId, kind });
      setOutcomes((current) => new Map(current).set(documentId, outcome));
    };
    let summary: { signed: number; failed: number };
    try {
      const appearance = await appearanceFor(desk.db, officer.id, unlocked, kind, agencyName);
      const timestampUrl = await new TimestampSetting(desk.db).get();
      summary = await signSelected({
        timestampUrl,
        documentIds: ids,
        documents,
        session,
        key: unlocked,
        kind,
        appearance,
        onOutcome: tell,
        onProgress: (done, total) => setProgress({ done, total, finished: null }),
      });
    } catch (error) {
      // Images or fonts could not be prepared: nothing was signed, and each row says why.
      const message = error instanceof Error ? error.message : String(error);
      for (const id of ids) tell(id, { state: 'failed', code: 'appearance-failed', message });
      summary = { signed: 0, failed: ids.length };
    }
    setProgress({ done: ids.length, total: ids.length, finished: summary });
    setSelected((current) => new Set([...current].filter((id) => !ids.includes(id) || failed.has(id))));
  }

  if (!officer) return <p className="card__muted">{t('signing.queue.noOfficer')}</p>;

  return (
    <div className={previewRow ? 'signing-queue signing-queue--with-preview' : 'signing-queue'}>
      <section className="card signing-queue__list" aria-labelledby="signing-queue-title">
        <h2 id="signing-queue-title" className="card__title">
          {t('signing.queue.title')}
        </h2>
        <p className="card__muted" id="signing-keyboard-hint">
          {t('signing.queue.keyboardHint')}
        </p>
        {rows === null && <p className="card__muted">{t('signing.queue.loading')}</p>}
        {rows !== null && rows.length === 0 && (
          <p className="card__text" data-testid="signing-queue-empty">
            {t('signing.queue.empty')}
          </p>
        )}
        {visible.length > 0 && (
          <>
            <label className="choice-row__option signing-select-all">
              <input
                type="checkbox"
                checked={selectedHere.length === visible.length}
                onChange={(event) => setSelected(event.target.checked ? new Set(visible.map((row) => row.document.id)) : new Set())}
              />
              {t('signing.queue.selectAll')}
              <span className="card__muted">{t('signing.queue.selected', { count: selectedHere.length, total: visible.length })}</span>
            </label>
            <QueueList rows={visible} selected={selected} active={Math.min(active, visible.length - 1)} outcomes={outcomes} onActive={setActive} onToggle={toggle} onOpen={setPreviewId} />
          </>
        )}
        <fieldset className="choice-row signing-kind">
          <legend className="field__label">{t('signing.queue.signatureKind')}</legend>
          {(['agency', 'individual'] as const).map((value) => (
            <label key={value} className="choice-row__option">
              <input type="radio" name="signing-kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
              {t(value === 'agency' ? 'signing.queue.kindAgency' : 'signing.queue.kindIndividual')}
            </label>
          ))}
        </fieldset>
        <div className="card__actions">
          <button type="button" className="button button--primary" disabled={running} onClick={() => askToSign(selectedHere)}>
            {t('signing.queue.signSelected')}
          </button>
          {hint && <span className="card__error">{hint}</span>}
        </div>
        <p className="card__muted signing-session" data-testid="signing-session">
          {key
            ? t('signing.session.unlocked', {
                name: key.certificate.subject.commonName ?? key.certificate.subject.text,
                source: t(key.source === 'pkcs12' ? 'signing.session.sourcePkcs12' : 'signing.session.sourcePkcs11', { label: key.label }),
              })
            : t('signing.session.locked')}
          {key && (
            <button type="button" className="button button--small button--quiet" onClick={() => session.lock()}>
              {t('signing.session.lock')}
            </button>
          )}
        </p>
        <div role="status" aria-live="polite" className="signing-progress">
          {progress && (
            <ProgressBar label={t('signing.progress.label')} value={progress.done} max={progress.total} text={t('signing.progress.text', { done: progress.done, total: progress.total })} />
          )}
          {progress?.finished && <p data-testid="signing-finished">{t('signing.progress.finished', progress.finished)}</p>}
        </div>
        {failures.length > 0 && !running && (
          <section className="signing-failures" aria-labelledby="signing-failures-title">
            <h3 id="signing-failures-title" className="signing-failures__title">
              {t('signing.failures.title')}
            </h3>
            <ul>
              {failures.map(([documentId, outcome]) => {
                const row = visible.find((r) => r.document.id === documentId);
                return (
                  <li key={documentId} data-testid="signing-failure">
                    <strong>{row ? documentName(t, row.document) : (names.get(documentId) ?? documentId)}</strong>: {errorText(t, outcome)}
                  </li>
                );
              })}
            </ul>
            <button type="button" className="button" onClick={() => askToSign(failures.map(([id]) => id).filter((id) => visible.some((r) => r.document.id === id)))}>
              {t('signing.failures.retry')}
            </button>
          </section>
        )}
        {[...outcomes.values()].some((o) => o.state === 'signed') && !running && (
          <ul className="signing-signed" aria-label={t('signing.progress.label')}>
            {[...outcomes.entries()].map(([documentId, outcome]) =>
              outcome.state === 'signed' ? (
                <li key={documentId} data-testid="signing-signed">
                  <strong>{names.get(documentId) ?? documentId}</strong>: {t('signing.outcome.signed', { time: formatVietnamDateTime(outcome.at) })}
                </li>
              ) : null,
            )}
          </ul>
        )}
      </section>
      {previewRow && <DocumentPreview key={previewRow.document.id} documentId={previewRow.document.id} name={documentName(t, previewRow.document)} onClose={() => setPreviewId(null)} />}
      <KeyDialog open={dialogOpen} count={pending.length} onClose={() => setDialogOpen(false)} onConfirm={(unlocked) => void sign(unlocked)} />
    </div>
  );
}
