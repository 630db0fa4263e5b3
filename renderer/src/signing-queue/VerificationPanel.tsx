// Kiểm tra chữ ký: opens any PDF through the DesktopHost and verifies every signature against the
// desk's trust anchors. When the file is the current PDF of one of the unit's documents, the result
// is kept with that document (and so with its dossier), as Circular 15/2025/TT-BKHCN asks.
import { useState } from 'react';
import type { VerificationReport } from '../../../shared/signing/verification-report';
import { digest } from '../../../shared/signing/certificates';
import { verifyPdf } from '../../../shared/signing/verify-pdf';
import { useHost } from '../host/host-context';
import { useT } from '../i18n/language-store';
import { TrustAnchorStore } from '../signing/trust-anchors';
import { useDeskStore } from '../store/store-context';
import { documentStoreOf } from '../documents/use-document-store';
import { errorText } from './error-text';
import { documentName } from './QueueList';
import { VerificationView } from './VerificationView';

type Checked = { fileName: string; report: VerificationReport; anchors: number; keptWith: string | null };

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export function VerificationPanel() {
  const t = useT();
  const host = useHost();
  const desk = useDeskStore();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function openAndVerify() {
    const chosen = await host.openFile({ title: t('signing.verify.open'), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (!chosen.ok) return setProblem(chosen.error.message);
    if (!chosen.value) return;
    const file = chosen.value;
    setBusy(true);
    setProblem(null);
    setChecked(null);
    try {
      const anchors = await new TrustAnchorStore(desk.db).derList();
      const report = await verifyPdf(file.bytes, { trustAnchors: anchors });
      if (!report.ok) return setProblem(errorText(t, report.error));
      // Only the document whose current PDF this very file is may keep the result.
      const sha256 = hex(await digest('SHA-256', file.bytes));
      const document = await desk.db.documents.filter((d) => d.pdfSha256 === sha256).first();
      let keptWith: string | null = null;
      if (document) {
        const kept = await documentStoreOf(desk).recordVerification(document.id, report.value);
        if (kept.ok) keptWith = documentName(t, kept.value);
      }
      setChecked({ fileName: file.name, report: report.value, anchors: anchors.length, keptWith });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="signing-verify-title" aria-busy={busy}>
      <h2 id="signing-verify-title" className="card__title">
        {t('signing.verify.title')}
      </h2>
      <p className="card__muted">{t('signing.verify.hint')}</p>
      <div className="card__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void openAndVerify()}>
          {t('signing.verify.open')}
        </button>
        {busy && <span className="card__muted">{t('signing.verify.checking')}</span>}
      </div>
      {problem && (
        <p className="card__error" role="alert">
          {problem}
        </p>
      )}
      {checked && (
        <>
          <p className="card__text">{t('signing.verify.file', { name: checked.fileName })}</p>
          {checked.anchors === 0 && <p className="card__muted">{t('signing.verify.noAnchors')}</p>}
          <VerificationView report={checked.report} />
          {checked.keptWith && (
            <p className="card__muted" data-testid="verification-kept">
              {t('signing.verify.kept', { name: checked.keptWith })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
