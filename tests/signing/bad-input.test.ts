// Keys and documents that must be refused with a message an officer understands, producing nothing:
// wrong passphrases, certificates that may not sign now, corrupt and encrypted PDFs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openP12Signer } from '../../shared/signing/p12-signer';
import { signPdf } from '../../shared/signing/sign-pdf';
import type { CmsSigner } from '../../shared/signing/signer';
import { verifyPdf } from '../../shared/signing/verify-pdf';
import { samplePdf } from '../support/signing-fixtures';
import { createTestPki, type TestPki } from '../support/test-pki';

let pki: TestPki;
const work = mkdtempSync(path.join(os.tmpdir(), 'signing-bad-'));
const read = (file: string) => new Uint8Array(readFileSync(file));

async function signerFor(file: string): Promise<CmsSigner> {
  const opened = await openP12Signer(read(file), pki.passphrase);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

beforeAll(() => {
  pki = createTestPki(path.join(work, 'pki'));
}, 60_000);

describe('PKCS#12 files', () => {
  it.each([
    ['OpenSSL 3 defaults (AES-256, PBKDF2, SHA-256 MAC)', 'p12File'],
    ['-legacy (RC2-40 / 3DES, SHA-1 MAC)', 'p12LegacyFile'],
  ] as const)('opens %s with the signer first and the chain up to the root', async (_label, kind) => {
    const signer = await signerFor(pki.officer[kind]);
    expect(signer.chain.map((der) => Buffer.from(der).toString('hex'))).toEqual(pki.officer.chainDer.map((der) => Buffer.from(der).toString('hex')));
  });

  it.each(['p12File', 'p12LegacyFile'] as const)('refuses a wrong passphrase in Vietnamese (%s)', async (kind) => {
    const opened = await openP12Signer(read(pki.officer[kind]), 'sai-mat-khau');
    expect(opened).toEqual({ ok: false, error: { code: 'wrong-passphrase', message: 'Mật khẩu của tệp chứng thư số (.p12/.pfx) không đúng.' } });
  });

  it('refuses a file that is not PKCS#12', async () => {
    const opened = await openP12Signer(new TextEncoder().encode('-----BEGIN CERTIFICATE-----'), pki.passphrase);
    expect(!opened.ok && opened.error.code).toBe('not-pkcs12');
  });
});

describe('certificates that may not sign', () => {
  it.each([
    ['expired', 'certificate-expired', 'đã hết hiệu lực'],
    ['notYetValid', 'certificate-not-yet-valid', 'chưa đến thời điểm có hiệu lực'],
    ['noDigitalSignature', 'certificate-key-usage', 'không được phép dùng để ký số'],
  ] as const)('a %s certificate is refused (%s) and no PDF is produced', async (who, code, words) => {
    const result = await signPdf(await samplePdf(), { signer: await signerFor(pki[who].p12File) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe(code);
    expect(!result.ok && result.error.message).toContain(words);
    expect('value' in result).toBe(false);
  });
});

describe('keys too weak to sign', () => {
  it('an RSA-1024 certificate is refused before anything is signed', async () => {
    const dir = mkdtempSync(path.join(work, 'rsa1024-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:1024', '-nodes', '-keyout', path.join(dir, 'k.pem'), '-subj', '/CN=Khoá yếu', '-utf8', '-days', '30', '-outform', 'DER', '-out', path.join(dir, 'c.der')], { stdio: 'ignore' });
    let signed = false;
    const weak: CmsSigner = { chain: [read(path.join(dir, 'c.der'))], sign: async () => ((signed = true), new Uint8Array()) };
    const result = await signPdf(await samplePdf(), { signer: weak });
    expect(!result.ok && result.error.code).toBe('unsupported-key');
    expect(signed).toBe(false);
  });
});

describe('documents that cannot be signed or verified', () => {
  it('a corrupt PDF', async () => {
    const pdf = await samplePdf();
    const corrupt = pdf.slice(0, Math.floor(pdf.length / 2));
    const signer = await signerFor(pki.officer.p12File);
    for (const bytes of [corrupt, new TextEncoder().encode('không phải PDF')]) {
      const signed = await signPdf(bytes, { signer });
      expect(!signed.ok && signed.error.code).toBe('corrupt-pdf');
      const verified = await verifyPdf(bytes, { trustAnchors: [] });
      expect(!verified.ok && verified.error.code).toBe('corrupt-pdf');
    }
  });

  it('an encrypted PDF', async () => {
    const plain = path.join(work, 'plain.pdf');
    const encrypted = path.join(work, 'encrypted.pdf');
    writeFileSync(plain, await samplePdf({ objectStreams: false }));
    execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', plain, encrypted]);
    const signed = await signPdf(read(encrypted), { signer: await signerFor(pki.officer.p12File) });
    expect(signed).toEqual({ ok: false, error: { code: 'encrypted-pdf', message: 'Tệp PDF đã được mã hoá (đặt mật khẩu); không thể ký số tệp này.' } });
    const verified = await verifyPdf(read(encrypted), { trustAnchors: [] });
    expect(!verified.ok && verified.error.code).toBe('encrypted-pdf');
  });

  it('a signature on a page that does not exist', async () => {
    const signed = await signPdf(await samplePdf(), {
      signer: await signerFor(pki.officer.p12File),
      visible: { page: 3, box: { x: 0, y: 0, width: 10, height: 10 }, appearance: { kind: 'individual', signatureImage: new Uint8Array(), signerName: 'x', font: new Uint8Array() } },
    });
    expect(!signed.ok && signed.error.code).toBe('page-out-of-range');
  });
});

describe('verification without a trusted root', () => {
  it('an unsigned PDF is reported as unsigned', async () => {
    const report = await verifyPdf(await samplePdf(), { trustAnchors: [pki.root.certDer] });
    expect(report.ok && [report.value.status, report.value.summary]).toEqual(['unsigned', 'Văn bản không có chữ ký số.']);
  });

  it('an intact signature from an unknown CA is indeterminate, not valid', async () => {
    const signed = await signPdf(await samplePdf(), { signer: await signerFor(pki.officer.p12File) });
    if (!signed.ok) throw new Error(signed.error.message);
    const report = await verifyPdf(signed.value.pdf, { trustAnchors: [] });
    expect(report.ok && report.value.signatures[0]).toMatchObject({ intact: true, trusted: false, status: 'indeterminate' });
  });
});
