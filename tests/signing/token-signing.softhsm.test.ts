// Signing with a USB token from end to end, as the app does it: the renderer's token signer asks the
// DesktopHost (here the main process's handlers, behind the same contract checks as IPC), the main
// process signs on a real SoftHSM2 token, and tools we did not write judge the result.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchHostCall, type HostHandlers } from '../../electron/main/host-ipc';
import { createTokenHostMethods } from '../../electron/main/signing/token-host';
import { createTokenService, type TokenService } from '../../electron/main/signing/token-service';
import { openTokenSigner } from '../../renderer/src/signing/token-signer';
import type { HostMethod, HostMethods } from '../../shared/host/contract';
import type { Result } from '../../shared/result';
import type { CmsSigner } from '../../shared/signing/signer';
import { createOfficerToken, OFFICER_KEY, SOFTHSM_LIBRARY, type SoftToken } from '../support/softhsm-token';
import { createTestPki, type TestPki } from '../support/test-pki';

let dir: string;
let pki: TestPki;
let token: SoftToken;
let service: TokenService;
let signer: CmsSigner;

/** The renderer's view of the host: every call validated by the contract on the way in and out. */
function hostOver(tokens: TokenService) {
  const handlers = createTokenHostMethods(tokens) as unknown as HostHandlers;
  const call =
    <M extends HostMethod>(method: M) =>
    (request: unknown) =>
      dispatchHostCall(method, handlers, request) as ReturnType<HostMethods[M]> & Promise<Result<never>>;
  return {
    signingTokens: call('signingTokens'),
    tokenLogin: call('tokenLogin'),
    tokenSign: call('tokenSign'),
  } as Pick<HostMethods, 'signingTokens' | 'tokenLogin' | 'tokenSign'>;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-desk-token-signing-'));
  pki = createTestPki(path.join(dir, 'pki'));
  token = createOfficerToken(dir, pki);
  service = createTokenService({ libraryPaths: () => [SOFTHSM_LIBRARY] });
  const opened = await openTokenSigner(hostOver(service), { tokenSerial: token.serial, keyId: OFFICER_KEY.id, pin: token.pin });
  if (!opened.ok) throw new Error(`could not open the token signer: ${opened.error.message}`);
  signer = opened.value;
}, 60_000);

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the renderer’s token signer over a real token', () => {
  it('presents the officer’s chain from the token: officer, signing CA, root', () => {
    expect(signer.chain.map((der) => Buffer.from(der).toString('hex'))).toEqual(pki.officer.chainDer.map((der) => Buffer.from(der).toString('hex')));
  });

  it('a wrong PIN is refused before anything is signed, and the token opens with the right one afterwards', async () => {
    const host = hostOver(service);
    const wrong = await openTokenSigner(host, { tokenSerial: token.serial, keyId: OFFICER_KEY.id, pin: '135790' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'TOKEN_PIN_INCORRECT' } });
    expect((await openTokenSigner(host, { tokenSerial: token.serial, keyId: OFFICER_KEY.id, pin: token.pin })).ok).toBe(true);
  });

  it('a CMS signature made with it is accepted by openssl cms -verify against the test root', async () => {
    // Imported here so a change in the CMS builder's module graph fails this test, not the file.
    const { buildCadesSignature } = await import('../../shared/signing/cms');
    const content = new TextEncoder().encode('Quyết định số 12/QĐ-SKHCN về việc cấp giấy chứng nhận');
    const cms = await buildCadesSignature({ signer, contentDigest: new Uint8Array(createHash('sha256').update(content).digest()) });
    writeFileSync(path.join(dir, 'content.bin'), content);
    writeFileSync(path.join(dir, 'signature.p7s'), cms);
    const verified = spawnSync(
      'openssl',
      ['cms', '-verify', '-binary', '-inform', 'DER', '-in', 'signature.p7s', '-content', 'content.bin', '-CAfile', pki.caFile, '-purpose', 'any', '-out', '/dev/null'],
      { cwd: dir, encoding: 'utf8' },
    );
    expect(`${verified.stderr}`).toContain('Verification successful');
    expect(verified.status).toBe(0);
  });

  it('a PDF signed through it is reported valid by pdfsig', async () => {
    const { signPdf } = await import('../../shared/signing/sign-pdf');
    const draft = await PDFDocument.create();
    const page = draft.addPage([595, 842]);
    page.drawText('Quyet dinh so 12/QD-SKHCN', { x: 72, y: 760, size: 14, font: await draft.embedFont(StandardFonts.Helvetica) });
    // Classic xref table: this test is about the token; sign-pdf's own tests cover other layouts.
    const signed = await signPdf(await draft.save({ useObjectStreams: false }), { signer });
    if (!signed.ok) throw new Error(`signPdf refused: ${signed.error.message}`);
    const file = path.join(dir, 'signed.pdf');
    writeFileSync(file, signed.value.pdf);
    // pdfsig's exit code is not reliable in poppler 22.12: read its report instead.
    const report = execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    execFileSync('qpdf', ['--check', file], { stdio: 'ignore' }); // exits non-zero on errors and on warnings
  });
});
