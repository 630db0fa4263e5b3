// A verification report as an officer reads it, per signature: signer, issuer, signing time (or
// timestamp), integrity, what the signature covers, the certificate's validity then, and trust.
// Sentences come from the facts through the i18n layer, so the English interface reads English.
import type { SignatureVerdict, VerificationReport } from '../../../shared/signing/verification-report';
import { formatVietnamDateTime } from '../dossiers/format';
import { useT } from '../i18n/language-store';
import type { Translate } from '../i18n/translate';

function overallText(t: Translate, report: VerificationReport): string {
  const count = (status: SignatureVerdict['status']) => report.signatures.filter((s) => s.status === status).length;
  switch (report.status) {
    case 'unsigned':
      return t('signing.verify.overall.unsigned');
    case 'valid':
      return t('signing.verify.overall.valid', { count: report.signatures.length });
    case 'invalid':
      return t('signing.verify.overall.invalid', { count: count('invalid') });
    case 'indeterminate':
      return t('signing.verify.overall.indeterminate', { count: count('indeterminate') });
  }
}

function timeText(t: Translate, verdict: SignatureVerdict): string {
  if (!verdict.signingTime) return t('signing.verify.timeUnknown');
  const time = formatVietnamDateTime(verdict.signingTime);
  if (verdict.signingTimeSource === 'timestamp') return t('signing.verify.timeTimestamp', { time, authority: verdict.timestamp?.authority ? `: ${verdict.timestamp.authority}` : '' });
  return t('signing.verify.timeClaimed', { time });
}

function coverageText(t: Translate, verdict: SignatureVerdict): string {
  if (!verdict.coversRevision) return t('signing.verify.coverageInvalid');
  if (verdict.coversWholeDocument) return t('signing.verify.coverageWhole');
  return t(verdict.modifiedAfterSigning ? 'signing.verify.coverageModified' : 'signing.verify.coverageRevision');
}

function Fact({ label, text, good }: { label: string; text: string; good: boolean }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={good ? 'verdict-fact verdict-fact--good' : 'verdict-fact verdict-fact--bad'}>{text}</dd>
    </>
  );
}

export function VerificationView({ report }: { report: VerificationReport }) {
  const t = useT();
  return (
    <div className="verification" data-testid="verification-report">
      <p className={`verification__overall verification__overall--${report.status}`} role="status">
        {overallText(t, report)}
      </p>
      {report.signatures.map((verdict, index) => (
        <section key={`${verdict.fieldName}-${index}`} className="verdict" aria-labelledby={`verdict-${index}`}>
          <h3 id={`verdict-${index}`} className="verdict__title">
            {t('signing.verify.signature', { n: index + 1, field: verdict.fieldName })}
            <span className={`verdict__badge verdict__badge--${verdict.status}`}>{t(`signing.verify.status.${verdict.status}`)}</span>
          </h3>
          <dl className="verdict__facts">
            <dt>{t('signing.verify.signer')}</dt>
            <dd>{verdict.signer ? `${verdict.signer.commonName ?? verdict.signer.text}${verdict.signer.organization ? ` (${verdict.signer.organization})` : ''}` : '—'}</dd>
            <dt>{t('signing.verify.issuer')}</dt>
            <dd>{verdict.issuer ? (verdict.issuer.commonName ?? verdict.issuer.text) : '—'}</dd>
            <Fact label={t('signing.verify.time')} text={timeText(t, verdict)} good={verdict.signingTime !== null && (verdict.timestamp === null || verdict.timestamp.valid)} />
            <Fact label={t('signing.verify.intact')} text={t(verdict.intact ? 'signing.verify.intactYes' : 'signing.verify.intactNo')} good={verdict.intact} />
            <Fact label={t('signing.verify.coverage')} text={coverageText(t, verdict)} good={verdict.coversRevision && !verdict.modifiedAfterSigning} />
            <Fact
              label={t('signing.verify.validity')}
              text={[t(verdict.certificateValidAtSigningTime ? 'signing.verify.validityYes' : 'signing.verify.validityNo'), verdict.keyUsageAllowsSigning ? '' : t('signing.verify.keyUsageNo')].filter(Boolean).join(' ')}
              good={verdict.certificateValidAtSigningTime && verdict.keyUsageAllowsSigning}
            />
            <Fact label={t('signing.verify.trust')} text={t(verdict.trusted ? 'signing.verify.trustYes' : 'signing.verify.trustNo')} good={verdict.trusted} />
          </dl>
        </section>
      ))}
    </div>
  );
}
