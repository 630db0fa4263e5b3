// Whose certificate a key carries, shown before anything is signed, and why it may not sign now:
// an expired, not-yet-valid or non-signing certificate is refused before a batch starts.
import { describeName, parseCertificate, signingCertificateProblem, type CertificateProblem, type NameSummary } from '../../../shared/signing/certificates';

export type CertificateSummary = {
  subject: NameSummary;
  issuer: NameSummary;
  serialNumber: string;
  validFrom: string;
  validTo: string;
  /** Why this certificate may not sign at the time asked about, or null when it may. */
  problem: CertificateProblem | null;
};

export function summarizeCertificate(der: Uint8Array, at: Date): CertificateSummary {
  const certificate = parseCertificate(der);
  return {
    subject: describeName(certificate.subject),
    issuer: describeName(certificate.issuer),
    serialNumber: Array.from(certificate.serialNumber.valueBlock.valueHexView, (b) => b.toString(16).padStart(2, '0')).join(''),
    validFrom: certificate.notBefore.value.toISOString(),
    validTo: certificate.notAfter.value.toISOString(),
    problem: signingCertificateProblem(certificate, at),
  };
}
