// What the last check of the document's signatures found, kept with the dossier (Circular
// 15/2025/TT-BKHCN): the verdict in words, when it was checked, and each signature's findings; a
// signed document can be checked again here against the desk's trust anchors.
import { useState } from 'react';
import { useLanguage, useT } from '../i18n/language-store';
import { intlLocale } from '../i18n/translate';
import type { DocumentRecord } from '../store/document-records';
import { useDeskStore } from '../store/store-context';
import { useDocumentStore } from './use-document-store';

export function VerificationResult({ document }: { document: DocumentRecord }) {
  const t = useT();
  const locale = intlLocale[useLanguage()];
  const desk = useDeskStore();
  const documents = useDocumentStore();
  const [checking, setChecking] = useState(false);
  const [problem, setProblem] = useState('');
  const { verification, signatures } = document;

  const check = async () => {
    setChecking(true);
    setProblem('');
    const pdf = await documents.pdfOf(document.id);
    // Loaded on demand: the PKI code is large and most visits to a dossier never verify.
    const [{ verifyPdf }, { TrustAnchorStore }] = await Promise.all([import('../../../shared/signing/verify-pdf'), import('../signing/trust-anchors')]);
    const report = pdf.ok ? await verifyPdf(pdf.value, { trustAnchors: await new TrustAnchorStore(desk.db).derList() }) : pdf;
    const kept = report.ok ? await documents.recordVerification(document.id, report.value) : report;
    setChecking(false);
    if (!kept.ok) setProblem(kept.error.message);
  };
  const at = (iso: string) => new Date(iso).toLocaleString(locale, { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return (
    <section className="document-verification" aria-labelledby={`verification-${document.id}`}>
      <h5 id={`verification-${document.id}`} className="document-verification__title">
        {t('documents.verification.title')}
      </h5>
      {signatures.length > 0 && <p>{t('documents.signatures', { list: signatures.map((s) => `${s.signerName} (${at(s.at)})`).join('; ') })}</p>}
      {!verification ? (
        <p className="card__muted">{t('documents.verification.none')}</p>
      ) : (
        <>
          <p>
            <strong className={`document-verification__verdict document-verification__verdict--${verification.status}`}>{t(`documents.verification.${verification.status}`)}</strong> —{' '}
            {verification.summary} <span className="card__muted">({t('documents.verification.checkedAt', { time: at(verification.verifiedAt) })})</span>
          </p>
          {verification.signatures.map((signature) => (
            <details key={signature.fieldName} className="document-verification__signature">
              <summary>
                {t('documents.verification.signature', { field: signature.fieldName })}: {t(`documents.verification.${signature.status}`)}
              </summary>
              <ul>
                {signature.messages.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            </details>
          ))}
        </>
      )}
      {(document.status === 'signed' || document.status === 'issued') && (
        <button type="button" className="button button--small document-verification__check" onClick={() => void check()} disabled={checking}>
          {checking ? t('documents.verification.checking') : t('documents.verification.check')}
        </button>
      )}
      {problem && (
        <p className="card__error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
