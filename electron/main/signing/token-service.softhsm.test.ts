// The token service against a real PKCS#11 library: SoftHSM2 with a token made in the set-up (the
// officer's RSA-2048 key and certificate from the test PKI, plus the CA certificates beside it),
// reached through pkcs11js exactly as a VNPT-CA or Viettel-CA driver is on an officer's desk.
import { verify, X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostErrorCode } from '../../../shared/host/errors';
import { MAX_TOKEN_SIGN_INPUT_BYTES, TokenErrorCode } from '../../../shared/host/signing-token';
import { createOfficerToken, SOFTHSM_LIBRARY, type SoftToken } from '../../../tests/support/softhsm-token';
import { createTestPki, type TestPki } from '../../../tests/support/test-pki';
import { dispatchHostCall, type HostHandlers } from '../host-ipc';
import { createAppTokenService } from './app-token-service';
import { createTokenHostMethods } from './token-host';
import { createTokenService, type TokenService } from './token-service';

let dir: string;
let pki: TestPki;
let token: SoftToken;
let service: TokenService;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-desk-softhsm-'));
  pki = createTestPki(path.join(dir, 'pki'));
  token = createOfficerToken(dir, pki);
  service = createTokenService({ libraryPaths: () => [SOFTHSM_LIBRARY] });
}, 60_000);

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

const signedAttributes = new TextEncoder().encode('DER of the CMS signed attributes: content-type, message-digest, signing-certificate-v2');
const verifiesWithOfficerCertificate = (signature: Uint8Array) =>
  verify('sha256', signedAttributes, new X509Certificate(pki.officer.certDer).publicKey, signature);

describe('a SoftHSM2 token with the officer’s key', () => {
  it('is listed with its serial, the officer’s certificate linked to its key, and the CA certificates', async () => {
    const answer = await service.listTokens();
    expect(answer.ok).toBe(true);
    const tokens = answer.ok ? answer.value : [];
    expect(tokens.map((t) => [t.serial, t.label, t.library])).toEqual([[token.serial, 'Nguyen Thi Thu Ha', 'libsofthsm2.so']]);
    const certificates = tokens[0]!.certificates;
    const officer = certificates.find((certificate) => !certificate.isCa);
    expect(officer).toMatchObject({ keyId: 'a1', label: 'Chu ky so ca nhan' });
    expect(officer?.subject).toContain('Nguyễn Thị Thu Hà');
    expect(Buffer.from(officer!.der).equals(Buffer.from(pki.officer.certDer))).toBe(true);
    expect(certificates.filter((certificate) => certificate.isCa).map((certificate) => certificate.label).sort()).toEqual([
      'Dossier Desk Test Root CA',
      'Dossier Desk Test Signing CA',
    ]);
  });

  it('signs with the right PIN: the signature verifies with the certificate’s public key (RSA-SHA256)', async () => {
    const answer = await service.sign({ tokenSerial: token.serial, keyId: 'a1', pin: token.pin, data: signedAttributes });
    expect(answer.ok).toBe(true);
    const signature = answer.ok ? answer.value : new Uint8Array();
    expect(signature.byteLength).toBe(256);
    expect(verifiesWithOfficerCertificate(signature)).toBe(true);
  });

  it('after one PIN entry, further signatures need no PIN until logout', async () => {
    await service.login({ tokenSerial: token.serial, pin: token.pin });
    for (let i = 0; i < 3; i += 1) {
      const answer = await service.sign({ tokenSerial: token.serial, keyLabel: 'Chu ky so ca nhan', data: signedAttributes });
      expect(answer.ok && verifiesWithOfficerCertificate(answer.value)).toBe(true);
    }
    await service.logout(token.serial);
    expect(await service.sign({ tokenSerial: token.serial, keyId: 'a1', data: signedAttributes })).toMatchObject({
      ok: false,
      error: { code: TokenErrorCode.pinRequired },
    });
  });

  it('a wrong PIN (CKR_PIN_INCORRECT) is reported in Vietnamese, and the token still signs with the right one', async () => {
    const wrong = await service.sign({ tokenSerial: token.serial, keyId: 'a1', pin: '999999', data: signedAttributes });
    expect(wrong).toMatchObject({ ok: false, error: { code: TokenErrorCode.pinIncorrect } });
    expect(!wrong.ok && wrong.error.message).toContain('Mã PIN của USB token không đúng');
    const right = await service.sign({ tokenSerial: token.serial, keyId: 'a1', pin: token.pin, data: signedAttributes });
    expect(right.ok && verifiesWithOfficerCertificate(right.value)).toBe(true);
  });

  it('a key id that is not on the token is reported as a missing key', async () => {
    expect(await service.sign({ tokenSerial: token.serial, keyId: 'b2', pin: token.pin, data: signedAttributes })).toMatchObject({
      ok: false,
      error: { code: TokenErrorCode.keyNotFound },
    });
  });

  it('a token that is not plugged in is reported as such', async () => {
    expect(await service.sign({ tokenSerial: 'ffffffffffffffff', keyId: 'a1', pin: token.pin, data: signedAttributes })).toMatchObject({
      ok: false,
      error: { code: TokenErrorCode.notPresent, message: expect.stringContaining('cắm token') },
    });
  });
});

describe('drivers that are missing or broken', () => {
  it('no library at the configured paths: the officer is told to install the token driver', async () => {
    const missing = createTokenService({ libraryPaths: () => [path.join(dir, 'vnpt-ca_csp11.dll')] });
    expect(await missing.listTokens()).toMatchObject({ ok: false, error: { code: TokenErrorCode.libraryMissing } });
  });

  it('a file that is not a PKCS#11 library is named, not loaded', async () => {
    const fake = path.join(dir, 'viettel-ca_v6.so');
    writeFileSync(fake, 'not a shared object');
    const broken = createTokenService({ libraryPaths: () => [fake] });
    const answer = await broken.listTokens();
    expect(answer).toMatchObject({ ok: false, error: { code: TokenErrorCode.libraryUnloadable } });
    expect(!answer.ok && answer.error.message).toContain('viettel-ca_v6.so');
  });
});

describe('the IPC handlers over the real token', () => {
  // dispatchHostCall validates against the contract exactly as the registered ipcMain handlers do.
  const handlers = () => createTokenHostMethods(service) as unknown as HostHandlers;

  it('a valid request is signed on the token', async () => {
    const answer = await dispatchHostCall('tokenSign', handlers(), { tokenSerial: token.serial, keyId: 'a1', pin: token.pin, data: signedAttributes });
    expect(answer.ok && verifiesWithOfficerCertificate(answer.value as Uint8Array)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['data over the size bound', { tokenSerial: 'x', keyId: 'a1', data: new Uint8Array(MAX_TOKEN_SIGN_INPUT_BYTES + 1) }],
    ['empty data', { tokenSerial: 'x', keyId: 'a1', data: new Uint8Array(0) }],
    ['data as a plain array', { tokenSerial: 'x', keyId: 'a1', data: [1, 2, 3] }],
    ['no key id or label', { tokenSerial: 'x', data: new Uint8Array(8) }],
    ['a key id that is not hex', { tokenSerial: 'x', keyId: 'zz', data: new Uint8Array(8) }],
    ['a PIN of 65 characters', { tokenSerial: 'x', keyId: 'a1', pin: '1'.repeat(65), data: new Uint8Array(8) }],
    ['an unknown field', { tokenSerial: 'x', keyId: 'a1', data: new Uint8Array(8), mechanism: 'CKM_RSA_X_509' }],
    ['no request at all', undefined],
  ])('tokenSign with %s is refused before reaching the token', async (_what, request) => {
    const answer = await dispatchHostCall('tokenSign', handlers(), request);
    expect(answer).toMatchObject({ ok: false, error: { code: HostErrorCode.invalidRequest } });
  });

  it('a token listing passes the answer schema', async () => {
    expect(await dispatchHostCall('signingTokens', handlers(), undefined)).toMatchObject({ ok: true, value: [{ serial: token.serial }] });
  });
});

describe('the token service as the app runs it', () => {
  it('finds the library named in pkcs11.json, and logs the token out when the screen locks', async () => {
    const userData = path.join(dir, 'userData');
    mkdirSync(userData, { recursive: true });
    writeFileSync(path.join(userData, 'pkcs11.json'), JSON.stringify({ libraries: [SOFTHSM_LIBRARY] }));
    const listeners = new Map<string, () => void>();
    const on = (event: string, listener: () => void) => void listeners.set(event, listener);
    const tokens = createAppTokenService({ app: { getPath: () => userData, on } as never, powerMonitor: { on } as never, log: () => {} });

    expect(await tokens.login({ tokenSerial: token.serial, pin: token.pin })).toEqual({ ok: true, value: null });
    expect(await tokens.listTokens()).toMatchObject({ ok: true, value: [{ serial: token.serial, loggedIn: true }] });
    listeners.get('lock-screen')!();
    expect(await tokens.listTokens()).toMatchObject({ ok: true, value: [{ serial: token.serial, loggedIn: false }] });
    expect(await tokens.sign({ tokenSerial: token.serial, keyId: 'a1', data: signedAttributes })).toMatchObject({
      ok: false,
      error: { code: TokenErrorCode.pinRequired },
    });
    expect([...listeners.keys()].sort()).toEqual(['lock-screen', 'suspend', 'will-quit']);
  });
});
