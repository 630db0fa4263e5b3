// The administrators' command line: `pdf sign` writes the signed file only on success, takes the
// passphrase from the environment, and `pdf verify` answers in Vietnamese with telling exit codes.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as sign } from '../../scripts/cli/pdf-sign';
import { run as verify } from '../../scripts/cli/pdf-verify';
import { samplePdf } from '../support/signing-fixtures';
import { createTestPki, type TestPki } from '../support/test-pki';

let pki: TestPki;
const work = mkdtempSync(path.join(os.tmpdir(), 'signing-cli-'));
const unsigned = path.join(work, 'decision.pdf');

function captureOutput() {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void lines.push(args.join(' ')));
  return lines;
}

beforeAll(async () => {
  pki = createTestPki(path.join(work, 'pki'));
  writeFileSync(unsigned, await samplePdf());
}, 60_000);
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('npm run cli -- pdf sign / pdf verify', () => {
  it('signs with the passphrase from DESK_P12_PASSPHRASE, and verify reports every signature valid (exit 0)', async () => {
    vi.stubEnv('DESK_P12_PASSPHRASE', pki.passphrase);
    const out = path.join(work, 'signed.pdf');
    const output = captureOutput();
    expect(await sign([unsigned, out, '--p12', pki.officer.p12File])).toBe(0);
    expect(await sign([out, out, '--p12', pki.agency.p12LegacyFile])).toBe(0);
    expect(await verify([out, '--ca', pki.caFile])).toBe(0);
    expect(output.join('\n')).toContain('Cả 2 chữ ký số đều hợp lệ.');
    expect(output.join('\n')).toContain('Người ký: Trần Văn Đức (Sở Khoa học và Công nghệ Thử nghiệm).');
  });

  it('writes nothing when the passphrase is wrong', async () => {
    vi.stubEnv('DESK_P12_PASSPHRASE', 'sai');
    const out = path.join(work, 'never.pdf');
    const output = captureOutput();
    expect(await sign([unsigned, out, '--p12', pki.officer.p12File])).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(output).toContain('Mật khẩu của tệp chứng thư số (.p12/.pfx) không đúng.');
  });

  it('writes nothing when the certificate has expired', async () => {
    vi.stubEnv('DESK_P12_PASSPHRASE', pki.passphrase);
    const out = path.join(work, 'expired.pdf');
    captureOutput();
    expect(await sign([unsigned, out, '--p12', pki.expired.p12File])).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('does not accept the passphrase as an argument', async () => {
    captureOutput();
    expect(await sign([unsigned, path.join(work, 'x.pdf'), '--p12', pki.officer.p12File, '--passphrase', 'x'])).toBe(2);
  });

  it('verify exits 1 for a tampered file and 3 when no trusted root was given', async () => {
    vi.stubEnv('DESK_P12_PASSPHRASE', pki.passphrase);
    const out = path.join(work, 'to-tamper.pdf');
    const output = captureOutput();
    expect(await sign([unsigned, out, '--p12', pki.officer.p12File])).toBe(0);
    expect(await verify([out])).toBe(3);
    const bytes = readFileSync(out);
    bytes[20] = bytes[20]! ^ 0x01; // inside the first signed range
    writeFileSync(out, bytes);
    expect(await verify([out, '--ca', pki.caFile])).toBe(1);
    expect(output.join('\n')).toContain('Kết luận: chữ ký số KHÔNG hợp lệ.');
  });
});
