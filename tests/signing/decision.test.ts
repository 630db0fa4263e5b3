// The real thing: the model decision 572/QĐ-BKHCN as shared/documents renders it (two pages),
// initialled by the officer and then signed for the agency, accepted by qpdf, pdfsig and openssl.
// The boxes sit in the signature block of page 3 by hand until shared/documents reports its position.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDecision } from '../../shared/documents';
import { openP12Signer } from '../../shared/signing/p12-signer';
import { signPdf } from '../../shared/signing/sign-pdf';
import { verifyPdf } from '../../shared/signing/verify-pdf';
import { loadDocumentFonts } from '../../scripts/documents/node-fonts';
import { decision572 } from '../documents/fixtures';
import { extractSignatures, nssDbTrusting, opensslCmsVerify, pdfsig, qpdfCheck } from '../support/pdf-tools';
import { notoSans, sampleSealPng, sampleSignaturePng } from '../support/signing-fixtures';
import { createTestPki, type TestPki } from '../support/test-pki';

const work = mkdtempSync(path.join(os.tmpdir(), 'signing-decision-'));
let pki: TestPki;

beforeAll(() => {
  pki = createTestPki(path.join(work, 'pki'));
}, 60_000);

describe('decision 572/QĐ-BKHCN', () => {
  it('keeps the officer’s initial and the agency’s signature valid on the rendered decision', async () => {
    const rendered = await renderDecision(decision572(), await loadDocumentFonts());
    if (!rendered.ok) throw new Error(rendered.error.message);
    const open = async (file: string) => {
      const opened = await openP12Signer(new Uint8Array(readFileSync(file)), pki.passphrase);
      if (!opened.ok) throw new Error(opened.error.message);
      return opened.value;
    };
    const font = notoSans();
    const initialled = await signPdf(rendered.value, {
      signer: await open(pki.officer.p12File),
      visible: { page: 2, box: { x: 170, y: 672, width: 80, height: 34 }, appearance: { kind: 'individual', signatureImage: sampleSignaturePng(), signerName: 'Nguyễn Thị Thu Hà', font } },
    });
    if (!initialled.ok) throw new Error(initialled.error.message);
    const signed = await signPdf(initialled.value.pdf, {
      signer: await open(pki.agency.p12LegacyFile),
      visible: { page: 2, box: { x: 330, y: 617, width: 210, height: 62 }, appearance: { kind: 'agency', sealImage: sampleSealPng(), signatureImage: sampleSignaturePng(), agencyName: 'Bộ Khoa học và Công nghệ', signerName: 'Trần Văn Đức', font } },
    });
    if (!signed.ok) throw new Error(signed.error.message);
    const file = path.join(work, 'decision-572-signed.pdf');
    writeFileSync(file, signed.value.pdf);

    const qpdf = qpdfCheck(file);
    expect(qpdf.output).not.toMatch(/WARNING/);
    expect(qpdf.exitCode).toBe(0);
    const report = pdfsig(file, nssDbTrusting(pki));
    expect(report.map((s) => [s.signatureValidation, s.certificateValidation, s.totalDocumentSigned])).toEqual([
      ['Signature is Valid.', 'Certificate is Trusted.', false],
      ['Signature is Valid.', 'Certificate is Trusted.', true],
    ]);
    for (const { cms, signedBytes } of extractSignatures(signed.value.pdf)) expect(opensslCmsVerify(cms, signedBytes, pki.caFile).exitCode).toBe(0);
    const ours = await verifyPdf(signed.value.pdf, { trustAnchors: [pki.root.certDer] });
    expect(ours.ok && ours.value.status).toBe('valid');
  }, 60_000);
});
