// PAdES signatures judged by tools we did not write: qpdf, poppler's pdfsig (trusting the test
// root through an NSS database) and openssl cms; then the same files through our own verifier.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openP12Signer } from '../../shared/signing/p12-signer';
import { signPdf, type SignPdfOptions } from '../../shared/signing/sign-pdf';
import type { CmsSigner } from '../../shared/signing/signer';
import { verifyPdf } from '../../shared/signing/verify-pdf';
import { cmsPrint, extractSignatures, nssDbTrusting, opensslCmsVerify, pdfsig, qpdfCheck, startTestTsa } from '../support/pdf-tools';
import { notoSans, samplePdf, sampleSealPng, sampleSignaturePng } from '../support/signing-fixtures';
import { createTestPki, type TestPki } from '../support/test-pki';

let pki: TestPki;
let nssDir: string;
let officer: CmsSigner;
let agency: CmsSigner;
const work = mkdtempSync(path.join(os.tmpdir(), 'pades-'));
const font = notoSans();

async function signer(file: string): Promise<CmsSigner> {
  const opened = await openP12Signer(new Uint8Array(readFileSync(file)), pki.passphrase);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

const officerSigns = (s: CmsSigner): SignPdfOptions => ({
  signer: s,
  reason: 'Chuyên viên thẩm định ký nháy',
  visible: { page: 0, box: { x: 60, y: 480, width: 150, height: 70 }, appearance: { kind: 'individual', signatureImage: sampleSignaturePng(), signerName: 'Nguyễn Thị Thu Hà', font } },
});
const agencySigns = (s: CmsSigner): SignPdfOptions => ({
  signer: s,
  reason: 'Ký ban hành',
  location: 'Hà Nội',
  visible: {
    page: 0,
    box: { x: 330, y: 470, width: 210, height: 90 },
    appearance: { kind: 'agency', sealImage: sampleSealPng(), signatureImage: sampleSignaturePng(), agencyName: 'Sở Khoa học và Công nghệ Thử nghiệm', signerName: 'Trần Văn Đức', font },
  },
});

async function sign(pdf: Uint8Array, options: SignPdfOptions): Promise<Uint8Array> {
  const signed = await signPdf(pdf, options);
  if (!signed.ok) throw new Error(signed.error.message);
  return signed.value.pdf;
}

function save(name: string, pdf: Uint8Array): string {
  const file = path.join(work, name);
  writeFileSync(file, pdf);
  return file;
}

/**
 * Appends, by hand (not with our writer), an unsigned incremental update replacing or adding the
 * given objects (number → body): the kind of change after signing the signed bytes cannot show.
 */
function appendUnsignedUpdate(signed: Uint8Array, objects: [number, string][]): Buffer {
  const text = Buffer.from(signed).toString('latin1');
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const trailer = [...text.matchAll(/trailer\s*<<([^]*?)>>\s*startxref/g)].pop()![1]!;
  const size = Math.max(Number(/\/Size (\d+)/.exec(trailer)![1]), ...objects.map(([n]) => n + 1));
  let offset = signed.length;
  const bodies: string[] = [];
  let xref = 'xref\n';
  for (const [number, body] of objects) {
    const object = `${number} 0 obj\n${body}\nendobj\n`;
    xref += `${number} 1\n${String(offset).padStart(10, '0')} 00000 n\r\n`;
    bodies.push(object);
    offset += object.length;
  }
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)![1];
  const tail = `trailer\n<< /Size ${size} /Root ${root} /Prev ${startxref} >>\nstartxref\n${offset}\n%%EOF\n`;
  return Buffer.concat([Buffer.from(signed), Buffer.from(bodies.join('') + xref + tail, 'latin1')]);
}

/** An update giving page 1 a new content stream. */
async function appendPageRewrite(signed: Uint8Array, content: string): Promise<Buffer> {
  const doc = await PDFDocument.load(signed);
  const page = doc.getPage(0);
  const size = Number([...Buffer.from(signed).toString('latin1').matchAll(/\/Size (\d+)/g)].pop()![1]);
  const pageDict = page.node.clone();
  pageDict.set(PDFName.of('Contents'), PDFRef.of(size));
  return appendUnsignedUpdate(signed, [
    [page.ref.objectNumber, pageDict.toString()],
    [size, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`],
  ]);
}

function expectAcceptedByIndependentTools(file: string, signatures: number) {
  const qpdf = qpdfCheck(file);
  expect(qpdf.output).not.toMatch(/WARNING/i);
  expect(qpdf.output).toContain('No syntax or stream encoding errors found');
  expect(qpdf.exitCode).toBe(0);
  const report = pdfsig(file, nssDir);
  expect(report).toHaveLength(signatures);
  for (const signature of report) {
    expect(signature.signatureValidation).toBe('Signature is Valid.');
    expect(signature.certificateValidation).toBe('Certificate is Trusted.');
  }
  expect(report.map((s) => s.totalDocumentSigned)).toEqual(report.map((_, i) => i === signatures - 1));
  for (const { cms, signedBytes } of extractSignatures(readFileSync(file))) {
    const openssl = opensslCmsVerify(cms, signedBytes, pki.caFile);
    expect(openssl.output).toContain('Verification successful');
    expect(openssl.exitCode).toBe(0);
  }
}

beforeAll(async () => {
  pki = createTestPki(path.join(work, 'pki'));
  nssDir = nssDbTrusting(pki);
  officer = await signer(pki.officer.p12File);
  agency = await signer(pki.agency.p12LegacyFile);
}, 60_000);

describe('a decision signed by the officer, then by the agency', () => {
  it.each([
    ['a cross-reference stream (pdf-lib default)', true],
    ['a classic xref table', false],
  ])('keeps both signatures valid when the unsigned PDF ends with %s', async (_label, objectStreams) => {
    const first = await sign(await samplePdf({ objectStreams }), officerSigns(officer));
    expectAcceptedByIndependentTools(save(`one-${objectStreams}.pdf`, first), 1);
    const both = await sign(first, agencySigns(agency));
    // The second signature is appended: the first revision's bytes are untouched.
    expect(Buffer.from(both.subarray(0, first.length)).equals(Buffer.from(first))).toBe(true);
    expectAcceptedByIndependentTools(save(`both-${objectStreams}.pdf`, both), 2);

    const report = await verifyPdf(both, { trustAnchors: [pki.root.certDer] });
    expect(report.ok && report.value.status).toBe('valid');
    if (!report.ok) return;
    expect(report.value.signatures.map((s) => [s.fieldName, s.signer?.commonName, s.status, s.coversWholeDocument])).toEqual([
      ['Signature1', 'Nguyễn Thị Thu Hà', 'valid', false],
      ['Signature2', 'Trần Văn Đức', 'valid', true],
    ]);
    expect(report.value.signatures[0]!.messages).toContain('Phạm vi ký: sau chữ ký này văn bản chỉ được bổ sung chữ ký khác, nội dung không đổi.');
  }, 60_000);

  it('carries the PAdES B-B attributes: signing-certificate-v2, no signing-time, the chain', async () => {
    const pdf = await sign(await samplePdf(), officerSigns(officer));
    const [signature] = extractSignatures(pdf);
    const printed = cmsPrint(signature!.cms);
    expect(printed).toContain('id-smime-aa-signingCertificateV2');
    expect(printed).toContain('messageDigest');
    expect(printed).not.toContain('signingTime');
    expect(printed.match(/subject: /g)?.length).toBeGreaterThanOrEqual(3);
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/SubFilter \/ETSI\.CAdES\.detached[\s\S]*\/M \(D:\d{14}\+07'00'\)/);
  });

  it('names signature fields uniquely even when one is asked for twice', async () => {
    const first = await sign(await samplePdf(), { ...officerSigns(officer), fieldName: 'ChuKy' });
    const second = await sign(first, { ...agencySigns(agency), fieldName: 'ChuKy' });
    const report = await verifyPdf(second, { trustAnchors: [pki.root.certDer] });
    expect(report.ok && report.value.signatures.map((s) => s.fieldName)).toEqual(['ChuKy', 'Signature2']);
  });
});

describe('tampering', () => {
  it('one byte changed inside the signed range is reported by pdfsig and by our verifier', async () => {
    const pdf = await sign(await samplePdf({ objectStreams: false }), officerSigns(officer));
    const text = Buffer.from(pdf).toString('latin1');
    const tampered = pdf.slice();
    const at = text.indexOf('/MediaBox');
    tampered[at + 2] = tampered[at + 2]! ^ 0x20; // /MediaBox → /MEdiaBox
    const report = pdfsig(save('tampered-byte.pdf', tampered), nssDir);
    expect(report[0]!.signatureValidation).not.toBe('Signature is Valid.');
    const ours = await verifyPdf(tampered, { trustAnchors: [pki.root.certDer] });
    expect(ours.ok && ours.value.signatures[0]!.intact).toBe(false);
    expect(ours.ok && ours.value.status).toBe('invalid');
    expect(ours.ok && ours.value.signatures[0]!.messages.join('\n')).toContain('nội dung đã bị thay đổi sau khi ký');
  });

  it('an unsigned incremental update that rewrites the page is reported as modified after signing', async () => {
    const signed = await sign(await samplePdf({ objectStreams: false }), officerSigns(officer));
    const modified = await appendPageRewrite(signed, 'BT /F1 24 Tf 100 100 Td (Sua sau khi ky) Tj ET');
    const file = save('modified-after-signing.pdf', modified);
    expect(qpdfCheck(file).exitCode).toBe(0);

    const report = pdfsig(file, nssDir);
    expect(report[0]!.signatureValidation).toBe('Signature is Valid.');
    expect(report[0]!.totalDocumentSigned).toBe(false);
    const ours = await verifyPdf(new Uint8Array(modified), { trustAnchors: [pki.root.certDer] });
    expect(ours.ok && ours.value.signatures[0]).toMatchObject({ intact: true, coversWholeDocument: false, modifiedAfterSigning: true, status: 'invalid' });
    expect(ours.ok && ours.value.signatures[0]!.messages).toContain('Văn bản đã bị sửa nội dung trang sau khi ký.');
  });
});

describe('a signature taken off', () => {
  it('by an update that empties the form is reported: the file was changed after signing', async () => {
    const signed = await sign(await samplePdf({ objectStreams: false }), officerSigns(officer));
    const doc = await PDFDocument.load(signed);
    const acroForm = doc.catalog.get(PDFName.of('AcroForm')) as PDFRef;
    const stripped = appendUnsignedUpdate(signed, [[acroForm.objectNumber, '<< /Fields [] >>']]);
    expect(qpdfCheck(save('signature-removed.pdf', stripped)).exitCode).toBe(0);
    const report = await verifyPdf(new Uint8Array(stripped), { trustAnchors: [pki.root.certDer] });
    expect(report.ok && report.value).toMatchObject({ status: 'invalid', signatures: [], warnings: [expect.stringContaining('đã bị gỡ khỏi văn bản')] });
  });
});

describe('a signature made by another tool', () => {
  /** An ECDSA P-256 signer issued by the test intermediate, for the received-document case. */
  function ecdsaSigner(): { certFile: string; keyFile: string } {
    const certFile = path.join(pki.dir, 'ecdsa.pem');
    const keyFile = path.join(pki.dir, 'ecdsa.key');
    const run = (...args: string[]) => execFileSync('openssl', args, { cwd: pki.dir, stdio: 'ignore' });
    run('req', '-new', '-utf8', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', keyFile, '-subj', '/C=VN/O=Công ty Thử nghiệm/CN=Lê Thị Mai', '-out', 'ecdsa.csr');
    run('x509', '-req', '-in', 'ecdsa.csr', '-CA', 'intermediate.pem', '-CAkey', 'intermediate.key', '-CAcreateserial', '-days', '30', '-sha256', '-extfile', 'ext.cnf', '-extensions', 'signer_ext', '-out', certFile);
    return { certFile, keyFile };
  }

  it.each([
    ['RSA', 'Trần Văn Đức'],
    ['ECDSA P-256', 'Lê Thị Mai'],
  ])('OpenSSL’s CMS with an %s key (adbe.pkcs7.detached, signing-time attribute, no ESS) is valid for pdfsig and for us', async (kind, commonName) => {
    const key = kind === 'RSA' ? pki.agency : ecdsaSigner();
    // Our placeholder, re-labelled adbe.pkcs7.detached, then the CMS made by `openssl cms -sign`.
    const pdf = Buffer.from(await sign(await samplePdf({ objectStreams: false }), officerSigns(officer)));
    const text = pdf.toString('latin1');
    pdf.write('/SubFilter /adbe.pkcs7.detached'.padEnd('/SubFilter /ETSI.CAdES.detached'.length, ' '), text.indexOf('/SubFilter /ETSI.CAdES.detached'), 'latin1');
    writeFileSync(path.join(work, 'content.bin'), extractSignatures(pdf)[0]!.signedBytes);
    const cms = execFileSync('openssl', ['cms', '-sign', '-binary', '-md', 'sha256', '-nosmimecap', '-signer', key.certFile, '-inkey', key.keyFile, '-certfile', pki.chainFile, '-in', path.join(work, 'content.bin'), '-outform', 'DER']);
    const [b, c] = /\/ByteRange \[0 (\d+) (\d+)/.exec(text)!.slice(1, 3).map(Number) as [number, number];
    pdf.write(cms.toString('hex').padEnd(c - b - 2, '0'), b + 1, 'latin1');

    const file = save(`openssl-cms-${kind}.pdf`, pdf);
    expect(pdfsig(file, nssDir)[0]).toMatchObject({ signatureValidation: 'Signature is Valid.', certificateValidation: 'Certificate is Trusted.' });
    const verdict = await verifyPdf(new Uint8Array(pdf), { trustAnchors: [pki.root.certDer] });
    expect(verdict.ok && verdict.value.signatures[0]).toMatchObject({ status: 'valid', intact: true, signingTimeSource: 'signature-dictionary', subFilter: 'adbe.pkcs7.detached', signer: { commonName } });
  });
});

describe('timestamps (PAdES B-T) from a local TSA', () => {
  let tsa: Awaited<ReturnType<typeof startTestTsa>>;
  beforeAll(async () => {
    tsa = await startTestTsa(pki);
  });
  afterAll(() => tsa.close());

  it('embeds a token over the signature value that pdfsig, openssl and our verifier accept', async () => {
    const pdf = await sign(await samplePdf(), { ...agencySigns(agency), timestampUrl: tsa.url });
    expect(tsa.requests).toBe(1);
    const file = save('timestamped.pdf', pdf);
    expectAcceptedByIndependentTools(file, 1);
    expect(cmsPrint(extractSignatures(pdf)[0]!.cms)).toContain('id-smime-aa-timeStampToken');
    const report = await verifyPdf(pdf, { trustAnchors: [pki.root.certDer] });
    expect(report.ok && report.value.signatures[0]).toMatchObject({ status: 'valid', signingTimeSource: 'timestamp', timestamp: { valid: true, trusted: true, authority: 'Dossier Desk Test TSA' } });
  });

  it('fails with a clear message, writing nothing, when the TSA cannot be reached', async () => {
    const result = await signPdf(await samplePdf(), { ...officerSigns(officer), timestampUrl: 'http://127.0.0.1:9/tsa' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('timestamp-failed');
  });
});
