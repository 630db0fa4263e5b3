// The token service's rules against an in-memory PKCS#11 library: which libraries it tries, what an
// officer reads for each refusal, and that one PIN entry carries a batch until the token is logged
// out or pulled out. The same service against a real SoftHSM2 token: token-service.softhsm.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenErrorCode } from '../../../shared/host/signing-token';
import { ck, Pkcs11BindingError } from './cryptoki';
import { createFakeCryptoki, type FakeToken } from './fake-cryptoki';
import { createTokenService } from './token-service';

let certificateDer: Buffer;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-desk-token-unit-'));
  const certificate = path.join(dir, 'officer.der');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'officer.key'), '-subj', '/C=VN/CN=Nguyễn Thị Thu Hà', '-utf8', '-days', '30', '-addext', 'basicConstraints=critical,CA:FALSE', '-addext', 'keyUsage=critical,digitalSignature,nonRepudiation', '-outform', 'DER', '-out', certificate], { stdio: 'ignore' });
  certificateDer = readFileSync(certificate);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const officerToken = (overrides: Partial<FakeToken> = {}): FakeToken => ({
  serial: 'VNPT0001',
  label: 'Nguyen Thi Thu Ha',
  pin: '123456',
  objects: [
    { class: ck.CKO_CERTIFICATE, id: Buffer.from([0xa1]), label: 'Chữ ký số cá nhân', value: certificateDer },
    { class: ck.CKO_PRIVATE_KEY, id: Buffer.from([0xa1]), label: 'Chữ ký số cá nhân', private: true },
  ],
  ...overrides,
});

function serviceOver(libraries: Record<string, ReturnType<typeof createFakeCryptoki> | 'unloadable'>) {
  const opened: string[] = [];
  const service = createTokenService({
    libraryPaths: () => Object.keys(libraries),
    fileExists: (file) => file in libraries,
    open(file) {
      opened.push(file);
      const library = libraries[file];
      if (!library || library === 'unloadable') throw new Error(`${file}: %1 is not a valid Win32 application`);
      return library.cryptoki;
    },
  });
  return { service, opened };
}

const data = new Uint8Array([0x31, 0x02, 0x05, 0x00]);

describe('finding the token drivers', () => {
  it('with no driver installed, tells the officer to install the CA’s token software', async () => {
    const service = createTokenService({ libraryPaths: () => ['C:\\Windows\\System32\\vnpt-ca_csp11.dll'], fileExists: () => false });
    const answer = await service.listTokens();
    expect(answer).toMatchObject({ ok: false, error: { code: TokenErrorCode.libraryMissing } });
    expect(!answer.ok && answer.error.message).toMatch(/VNPT-CA, Viettel-CA, BkavCA/);
  });

  it('a driver that will not load is named in the message', async () => {
    const { service } = serviceOver({ 'C:\\Windows\\System32\\BkavCA.dll': 'unloadable' });
    const answer = await service.listTokens();
    expect(answer).toMatchObject({ ok: false, error: { code: TokenErrorCode.libraryUnloadable } });
    expect(!answer.ok && answer.error.message).toContain('BkavCA.dll');
  });

  it('an app whose pkcs11js cannot load says to reinstall the app, not the driver', async () => {
    const service = createTokenService({
      libraryPaths: () => ['C:\\x\\vnpt-ca_csp11.dll'],
      fileExists: () => true,
      open: () => {
        throw new Pkcs11BindingError('NODE_MODULE_VERSION 115. This version of Node.js requires NODE_MODULE_VERSION 140.');
      },
    });
    const answer = await service.listTokens();
    expect(answer).toMatchObject({ ok: false, error: { code: TokenErrorCode.failed, message: expect.stringContaining('cài lại Dossier Desk') } });
  });

  it('one broken driver does not hide a token reached through another', async () => {
    const vnpt = createFakeCryptoki([officerToken()]);
    const { service } = serviceOver({ 'C:\\x\\BkavCA.dll': 'unloadable', 'C:\\x\\vnpt-ca_csp11.dll': vnpt });
    const answer = await service.listTokens();
    expect(answer.ok && answer.value.map((token) => [token.serial, token.library])).toEqual([['VNPT0001', 'vnpt-ca_csp11.dll']]);
  });

  it('loads each library once, however often tokens are listed', async () => {
    const { service, opened } = serviceOver({ 'C:\\x\\vnpt-ca_csp11.dll': createFakeCryptoki([officerToken()]) });
    await service.listTokens();
    await service.listTokens();
    expect(opened).toEqual(['C:\\x\\vnpt-ca_csp11.dll']);
  });
});

describe('listing tokens', () => {
  it('lists the token with its padding trimmed and its certificate with the key id that links it to its key', async () => {
    const { service } = serviceOver({ 'vnpt-ca_csp11.dll': createFakeCryptoki([officerToken()]) });
    const answer = await service.listTokens();
    expect(answer.ok).toBe(true);
    const [token] = answer.ok ? answer.value : [];
    expect(token).toMatchObject({ serial: 'VNPT0001', label: 'Nguyen Thi Thu Ha', manufacturer: 'VNPT-CA', model: 'ePass2003', loggedIn: false });
    expect(token?.certificates).toHaveLength(1);
    expect(token?.certificates[0]).toMatchObject({ keyId: 'a1', label: 'Chữ ký số cá nhân', isCa: false });
    expect(token?.certificates[0]?.subject).toContain('Nguyễn Thị Thu Hà');
    expect(Buffer.from(token!.certificates[0]!.der).equals(certificateDer)).toBe(true);
  });

  it('a token seen through two vendor drivers is listed once', async () => {
    const { service } = serviceOver({
      'vnpt-ca_csp11.dll': createFakeCryptoki([officerToken()]),
      'eps2003csp11.dll': createFakeCryptoki([officerToken()]),
    });
    const answer = await service.listTokens();
    expect(answer.ok && answer.value.map((token) => token.library)).toEqual(['vnpt-ca_csp11.dll']);
  });

  it('leaves out blank, uninitialised tokens', async () => {
    const { service } = serviceOver({ 'lib.so': createFakeCryptoki([officerToken({ serial: 'BLANK', initialized: false }), officerToken()]) });
    const answer = await service.listTokens();
    expect(answer.ok && answer.value.map((token) => token.serial)).toEqual(['VNPT0001']);
  });
});

describe('signing', () => {
  it('asks for the PIN when the token is not logged in yet', async () => {
    const { service } = serviceOver({ 'lib.so': createFakeCryptoki([officerToken()]) });
    expect(await service.sign({ tokenSerial: 'VNPT0001', keyId: 'a1', data })).toMatchObject({ ok: false, error: { code: TokenErrorCode.pinRequired } });
  });

  it('a token that is not plugged in is reported as such, PIN or not', async () => {
    const { service } = serviceOver({ 'lib.so': createFakeCryptoki([officerToken()]) });
    expect(await service.sign({ tokenSerial: 'VIETTEL9', keyId: 'a1', pin: '123456', data })).toMatchObject({ ok: false, error: { code: TokenErrorCode.notPresent } });
    expect(await service.sign({ tokenSerial: 'VIETTEL9', keyId: 'a1', data })).toMatchObject({ ok: false, error: { code: TokenErrorCode.notPresent } });
  });

  it('one PIN entry signs a whole batch; the PIN reaches the token once', async () => {
    const library = createFakeCryptoki([officerToken()]);
    const { service } = serviceOver({ 'lib.so': library });
    expect(await service.login({ tokenSerial: 'VNPT0001', pin: '123456' })).toEqual({ ok: true, value: null });
    const answers = await Promise.all([1, 2, 3].map(() => service.sign({ tokenSerial: 'VNPT0001', keyId: 'a1', data })));
    expect(answers.every((answer) => answer.ok)).toBe(true);
    expect(library.calls.filter((call) => call.startsWith('login'))).toHaveLength(1);
    expect(library.calls.filter((call) => call === 'sign')).toHaveLength(3);
    expect((await service.listTokens()).ok && (await service.listTokens())).toMatchObject({ value: [{ loggedIn: true }] });
  });

  it('a wrong PIN gets a clear message, and the right one still works afterwards', async () => {
    const { service } = serviceOver({ 'lib.so': createFakeCryptoki([officerToken({ triesLeft: 5 })]) });
    const wrong = await service.sign({ tokenSerial: 'VNPT0001', keyId: 'a1', pin: '000000', data });
    expect(wrong).toMatchObject({ ok: false, error: { code: TokenErrorCode.pinIncorrect } });
    expect(!wrong.ok && wrong.error.message).toMatch(/Mã PIN của USB token không đúng/);
    expect(await service.sign({ tokenSerial: 'VNPT0001', keyId: 'a1', pin: '123456', data })).toMatchObject({ ok: true });
  });

  it('the wrong PIN that uses up the last try says the token is now locked', async () => {
    const { service } = serviceOver({ 'lib.so': createFakeCryptoki([officerToken({ triesLeft: 1 })]) });
    expect(await service.login({ tokenSerial: 'VNPT0001', pin: '000000' })).toMatchObject({ ok: false, error: { code: TokenErrorCode.pinLocked } });
  });

  it('a locked token is not sent another PIN to count against it', async () => {
    const library = createFakeCryptoki([officerToken({ triesLeft: 0 })]);
    const { service } = serviceOver({ 'lib.so': library });
    const answer = await service.login({ tokenSerial: 'VNPT0001', pin: '123456' });
    expect(answer).toMatchObject({ ok: false, error: { code: TokenErrorCode.pinLocked } });
    expect(!answer.ok && answer.error.message).toMatch(/liên hệ nhà cung cấp/);
    expect(library.calls.some((call) => call.startsWith('login'))).toBe(false);
  });

  it('finds the key by label when no key id is given', async () => {
    const { service } = serviceOver({ 'lib.so': createFakeCryptoki([officerToken()]) });
    const answer = await service.sign({ tokenSerial: 'VNPT0001', keyLabel: 'Chữ ký số cá nhân', pin: '123456', data });
    expect(answer.ok && Buffer.from(answer.value).subarray(0, 4).toString()).toBe('sig:');
  });

  it('a key that is not on the token is reported, not signed with another', async () => {
    const { service } = serviceOver({ 'lib.so': createFakeCryptoki([officerToken()]) });
    expect(await service.sign({ tokenSerial: 'VNPT0001', keyId: 'b2', pin: '123456', data })).toMatchObject({ ok: false, error: { code: TokenErrorCode.keyNotFound } });
  });

  it('a token pulled out mid-batch is reported, and once back it asks for the PIN again', async () => {
    const token = officerToken();
    const library = createFakeCryptoki([token]);
    const { service } = serviceOver({ 'lib.so': library });
    await service.login({ tokenSerial: 'VNPT0001', pin: '123456' });
    library.unplug('VNPT0001');
    const answer = await service.sign({ tokenSerial: 'VNPT0001', keyId: 'a1', data });
    expect(answer).toMatchObject({ ok: false, error: { code: TokenErrorCode.notPresent } });
    expect(!answer.ok && answer.error.message).toMatch(/cắm token/);
    library.plugIn('VNPT0001');
    expect(await service.sign({ tokenSerial: 'VNPT0001', keyId: 'a1', data })).toMatchObject({ ok: false, error: { code: TokenErrorCode.pinRequired } });
    expect(await service.sign({ tokenSerial: 'VNPT0001', keyId: 'a1', pin: '123456', data })).toMatchObject({ ok: true });
  });
});

describe('logging out', () => {
  it('logout ends the logged-in session: the next signature needs the PIN again', async () => {
    const library = createFakeCryptoki([officerToken()]);
    const { service } = serviceOver({ 'lib.so': library });
    await service.login({ tokenSerial: 'VNPT0001', pin: '123456' });
    await service.logout();
    expect(library.calls.slice(-2)).toEqual(['logout', 'close']);
    expect(await service.sign({ tokenSerial: 'VNPT0001', keyId: 'a1', data })).toMatchObject({ ok: false, error: { code: TokenErrorCode.pinRequired } });
  });

  it('close logs out and unloads every library', async () => {
    const library = createFakeCryptoki([officerToken()]);
    const { service } = serviceOver({ 'lib.so': library });
    await service.login({ tokenSerial: 'VNPT0001', pin: '123456' });
    await service.close();
    expect(library.calls.slice(-3)).toEqual(['logout', 'close', 'finalize']);
  });
});
