// The renderer's token signer against a fake host: which certificate signs, the chain it presents,
// when the PIN is asked for, and how the token's refusals reach the signing code.
import { describe, expect, it, vi } from 'vitest';
import type { HostMethods } from '../../../shared/host/contract';
import { HostErrorCode } from '../../../shared/host/errors';
import { TokenErrorCode, type SigningToken, type TokenCertificate } from '../../../shared/host/signing-token';
import { err, ok } from '../../../shared/result';
import { chainOnToken, openTokenSigner, TokenSignError } from './token-signer';

const certificate = (name: string, issuer: string, extra: Partial<TokenCertificate> = {}): TokenCertificate => ({
  keyId: '',
  label: name,
  der: new TextEncoder().encode(`DER of ${name}`),
  subject: `CN=${name}`,
  issuer: `CN=${issuer}`,
  serialNumber: '01',
  validFrom: '2026-01-01T00:00:00.000Z',
  validTo: '2028-01-01T00:00:00.000Z',
  isCa: true,
  ...extra,
});

const root = certificate('Root CA', 'Root CA');
const intermediate = certificate('Signing CA', 'Root CA');
const officer = certificate('Nguyễn Thị Thu Hà', 'Signing CA', { keyId: 'a1', isCa: false });

const token = (overrides: Partial<SigningToken> = {}): SigningToken => ({
  serial: 'VNPT0001',
  label: 'Nguyen Thi Thu Ha',
  manufacturer: 'VNPT-CA',
  model: 'ePass2003',
  slot: '01',
  library: 'vnpt-ca_csp11.dll',
  loggedIn: false,
  // Stored in no particular order, as vendor tools do.
  certificates: [root, officer, intermediate],
  ...overrides,
});

function fakeHost(tokens: SigningToken[]) {
  return {
    signingTokens: vi.fn<HostMethods['signingTokens']>(async () => ok(tokens)),
    tokenLogin: vi.fn<HostMethods['tokenLogin']>(async ({ pin }) =>
      pin === '123456' ? ok(null) : err(TokenErrorCode.pinIncorrect, 'Mã PIN của USB token không đúng.'),
    ),
    tokenSign: vi.fn<HostMethods['tokenSign']>(async () => ok(new Uint8Array(256).fill(7))),
  };
}

describe('the chain a token signer presents', () => {
  it('is the officer’s certificate, then its issuers found on the token, up to the root', () => {
    expect(chainOnToken(officer, token())).toEqual([officer.der, intermediate.der, root.der]);
  });

  it('stops at a missing link rather than guessing', () => {
    expect(chainOnToken(officer, token({ certificates: [officer, root] }))).toEqual([officer.der]);
  });
});

describe('opening a token signer', () => {
  it('checks the PIN once, then signs each document on the token with the chosen key', async () => {
    const host = fakeHost([token()]);
    const opened = await openTokenSigner(host, { tokenSerial: 'VNPT0001', keyId: 'a1', pin: '123456' });
    expect(opened.ok).toBe(true);
    const signer = opened.ok ? opened.value : null;
    const data = new Uint8Array([1, 2, 3]);
    expect(await signer!.sign(data)).toHaveLength(256);
    await signer!.sign(data);
    expect(host.tokenLogin).toHaveBeenCalledTimes(1);
    expect(host.tokenSign).toHaveBeenCalledWith({ tokenSerial: 'VNPT0001', keyId: 'a1', data });
    expect(host.tokenSign.mock.calls.every(([request]) => !('pin' in request))).toBe(true);
  });

  it('a wrong PIN stops before any document is signed', async () => {
    const host = fakeHost([token()]);
    expect(await openTokenSigner(host, { tokenSerial: 'VNPT0001', keyId: 'a1', pin: '000000' })).toMatchObject({
      ok: false,
      error: { code: TokenErrorCode.pinIncorrect },
    });
    expect(host.tokenSign).not.toHaveBeenCalled();
  });

  it('without a PIN, asks for one unless the token is already logged in this session', async () => {
    expect(await openTokenSigner(fakeHost([token()]), { tokenSerial: 'VNPT0001', keyId: 'a1' })).toMatchObject({
      ok: false,
      error: { code: TokenErrorCode.pinRequired },
    });
    expect(await openTokenSigner(fakeHost([token({ loggedIn: true })]), { tokenSerial: 'VNPT0001', keyId: 'a1' })).toMatchObject({ ok: true });
  });

  it('a token that was pulled out, or a certificate no longer on it, is reported', async () => {
    expect(await openTokenSigner(fakeHost([]), { tokenSerial: 'VNPT0001', keyId: 'a1', pin: '123456' })).toMatchObject({
      ok: false,
      error: { code: TokenErrorCode.notPresent },
    });
    expect(await openTokenSigner(fakeHost([token()]), { tokenSerial: 'VNPT0001', keyId: 'b2', pin: '123456' })).toMatchObject({
      ok: false,
      error: { code: TokenErrorCode.keyNotFound },
    });
  });

  it('a CA certificate on the token is never taken as the signer', async () => {
    const host = fakeHost([token({ certificates: [{ ...root, keyId: 'a1' }] })]);
    expect(await openTokenSigner(host, { tokenSerial: 'VNPT0001', keyId: 'a1', pin: '123456' })).toMatchObject({
      ok: false,
      error: { code: TokenErrorCode.keyNotFound },
    });
  });

  it('finds the key by label on tokens whose vendor tool left CKA_ID empty', async () => {
    const unlabelled = { ...officer, keyId: '', label: 'Chữ ký số cá nhân' };
    const host = fakeHost([token({ certificates: [unlabelled, intermediate, root] })]);
    const opened = await openTokenSigner(host, { tokenSerial: 'VNPT0001', keyId: '', label: 'Chữ ký số cá nhân', pin: '123456' });
    await (opened.ok ? opened.value.sign(new Uint8Array([9])) : Promise.reject(new Error('not opened')));
    expect(host.tokenSign).toHaveBeenCalledWith(expect.objectContaining({ keyLabel: 'Chữ ký số cá nhân' }));
  });

  it('a refusal while signing is thrown with the host’s code and Vietnamese message', async () => {
    const host = fakeHost([token({ loggedIn: true })]);
    host.tokenSign.mockResolvedValueOnce(err(TokenErrorCode.notPresent, 'Không thấy USB token. Hãy cắm token ký số vào máy rồi thử lại.'));
    const opened = await openTokenSigner(host, { tokenSerial: 'VNPT0001', keyId: 'a1' });
    const failure = opened.ok ? opened.value.sign(new Uint8Array([1])) : Promise.resolve();
    await expect(failure).rejects.toBeInstanceOf(TokenSignError);
    await expect(failure).rejects.toMatchObject({ code: TokenErrorCode.notPresent, message: expect.stringContaining('cắm token') });
  });

  it('in the browser, the host’s “desktop only” answer is passed on as it is', async () => {
    const host = fakeHost([]);
    host.signingTokens.mockResolvedValueOnce(err(HostErrorCode.unavailable, 'Ký bằng USB token chỉ có trên ứng dụng máy tính.'));
    expect(await openTokenSigner(host, { tokenSerial: 'VNPT0001', keyId: 'a1', pin: '123456' })).toMatchObject({
      ok: false,
      error: { code: HostErrorCode.unavailable },
    });
  });
});
