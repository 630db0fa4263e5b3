// The officer's signing session: a .p12 opened once with its passphrase, whose certificate is shown
// and checked before anything is signed; locked on sign-out, on request and when left idle; and
// the passphrase written nowhere — not in IndexedDB, not in localStorage.
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { err, ok } from '../../shared/result';
import type { SigningToken } from '../../shared/host/signing-token';
import { openP12Signer } from '../../shared/signing/p12-signer';
import { verifyPdf } from '../../shared/signing/verify-pdf';
import { createSigningSession, lockOnOfficerChange } from '../../renderer/src/signing/signing-session';
import { TrustAnchorStore } from '../../renderer/src/signing/trust-anchors';
import { AppearanceSettings } from '../../renderer/src/signing/appearance-settings';
import { DeskDatabase } from '../../renderer/src/store/database';
import { samplePdf, sampleSignaturePng } from '../support/signing-fixtures';
import { createTestPki, type TestPki } from '../support/test-pki';
import { inProcessWorker, type InProcessWorker } from './in-process-worker';

let pki: TestPki;
const work = mkdtempSync(path.join(os.tmpdir(), 'ky-duyet-session-'));
const read = (file: string) => new Uint8Array(readFileSync(file));
const unavailableToken = async () => err<never>('HOST_UNAVAILABLE', 'không có token');
const host = { signingTokens: unavailableToken, tokenLogin: unavailableToken, tokenSign: unavailableToken, tokenLogout: unavailableToken };

function session(options: { idleLockMs?: number } = {}) {
  const workers: InProcessWorker[] = [];
  const created = createSigningSession({
    host,
    createPort: () => {
      const worker = inProcessWorker();
      workers.push(worker);
      return worker;
    },
    ...options,
  });
  return { session: created, workers };
}

beforeAll(() => {
  pki = createTestPki(path.join(work, 'pki'));
}, 60_000);

describe('opening a .p12 for the session', () => {
  it('shows whose certificate it is: subject, issuer and validity', async () => {
    const { session: s } = session();
    const unlocked = await s.unlockWithP12({ name: 'tran-van-duc.p12', bytes: read(pki.agency.p12File) }, pki.passphrase);
    if (!unlocked.ok) throw new Error(unlocked.error.message);
    expect(unlocked.value.certificate.subject.commonName).toBe('Trần Văn Đức');
    expect(unlocked.value.certificate.subject.organization).toBe('Sở Khoa học và Công nghệ Thử nghiệm');
    expect(unlocked.value.certificate.issuer.commonName).toBe('Dossier Desk Test Signing CA');
    expect(new Date(unlocked.value.certificate.validTo).getTime()).toBeGreaterThan(Date.now());
    expect(s.state.getState().key?.label).toBe('tran-van-duc.p12');
  });

  it('refuses a wrong passphrase and stays locked', async () => {
    const { session: s, workers } = session();
    const unlocked = await s.unlockWithP12({ name: 'x.p12', bytes: read(pki.officer.p12File) }, 'sai mật khẩu');
    expect(!unlocked.ok && unlocked.error.code).toBe('wrong-passphrase');
    expect(!unlocked.ok && unlocked.error.message).toMatch(/Mật khẩu của tệp chứng thư số/);
    expect(s.state.getState().key).toBeNull();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it.each([
    ['expired', 'certificate-expired', /đã hết hiệu lực/],
    ['notYetValid', 'certificate-not-yet-valid', /chưa đến thời điểm có hiệu lực/],
    ['noDigitalSignature', 'certificate-key-usage', /không được phép dùng để ký số/],
  ] as const)('refuses a %s certificate before any document is signed', async (identity, code, message) => {
    const { session: s, workers } = session();
    const unlocked = await s.unlockWithP12({ name: `${identity}.p12`, bytes: read(pki[identity].p12File) }, pki.passphrase);
    expect(!unlocked.ok && unlocked.error.code).toBe(code);
    expect(!unlocked.ok && unlocked.error.message).toMatch(message);
    expect(s.state.getState().key).toBeNull();
    // The opened key went with its worker.
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});

describe('a USB token for the session', () => {
  /** A host whose "token" holds `identity`'s key (opened from its .p12), as the main process would. */
  async function tokenHost(identity: 'agency' | 'expired') {
    const key = await openP12Signer(read(pki[identity].p12File), pki.passphrase);
    if (!key.ok) throw new Error(key.error.message);
    const calls: string[] = [];
    const certificate = (der: Uint8Array, isCa: boolean, keyId: string) => ({ keyId, label: isCa ? 'CA' : identity, der: new Uint8Array(der), subject: isCa ? 'CN=CA' : `CN=${identity}`, issuer: 'CN=CA', serialNumber: '01', validFrom: '', validTo: '', isCa });
    const token: SigningToken = { serial: 'VNPT0001', label: 'Token lãnh đạo', manufacturer: 'VNPT-CA', model: 'ePass2003', slot: '01', library: 'vnpt.dll', loggedIn: false, certificates: [certificate(key.value.chain[0]!, false, 'a1'), certificate(key.value.chain[1]!, true, '')] };
    const host = {
      signingTokens: async () => ok([token]),
      tokenLogin: async ({ pin }: { pin: string }) => (calls.push(`login:${pin}`), pin === '123456' ? ok(null) : err<null>('TOKEN_PIN_INCORRECT', 'Mã PIN không đúng.')),
      tokenSign: async ({ data }: { data: Uint8Array }) => (calls.push('sign'), ok(new Uint8Array(await key.value.sign(data)))),
      tokenLogout: async () => (calls.push('logout'), ok(null)),
    };
    return { host, calls };
  }

  it('logs the token in once, shows its certificate, and signs a batch through the page', async () => {
    const { host, calls } = await tokenHost('agency');
    const s = createSigningSession({ host, createPort: inProcessWorker });
    const unlocked = await s.unlockWithToken({ tokenSerial: 'VNPT0001', keyId: 'a1', pin: '123456', tokenLabel: 'Token lãnh đạo' });
    if (!unlocked.ok) throw new Error(unlocked.error.message);
    expect(unlocked.value).toMatchObject({ source: 'pkcs11', label: 'Token lãnh đạo', certificate: { subject: { commonName: 'Trần Văn Đức' } } });
    const signed: Uint8Array[] = [];
    const pdf = await samplePdf();
    await s.signBatch({ documents: [{ documentId: 'a', pdf }, { documentId: 'b', pdf }] }, (p) => p.result.ok && signed.push(p.result.value.pdf)).done;
    expect(calls).toEqual(['login:123456', 'sign', 'sign']);
    const report = await verifyPdf(signed[1]!, { trustAnchors: [pki.root.certDer] });
    expect(report.ok && report.value.status).toBe('valid');
    s.lock();
    expect(calls.at(-1)).toBe('logout');
  });

  it('refuses a wrong PIN, and an expired certificate on the token (logging the token out)', async () => {
    const wrong = await tokenHost('agency');
    const s1 = createSigningSession({ host: wrong.host, createPort: inProcessWorker });
    const refused = await s1.unlockWithToken({ tokenSerial: 'VNPT0001', keyId: 'a1', pin: '000000', tokenLabel: 'T' });
    expect(!refused.ok && refused.error.code).toBe('TOKEN_PIN_INCORRECT');
    const expired = await tokenHost('expired');
    const s2 = createSigningSession({ host: expired.host, createPort: inProcessWorker });
    const old = await s2.unlockWithToken({ tokenSerial: 'VNPT0001', keyId: 'a1', pin: '123456', tokenLabel: 'T' });
    expect(!old.ok && old.error.message).toMatch(/đã hết hiệu lực/);
    expect(expired.calls).toEqual(['login:123456', 'logout']);
    expect(s2.state.getState().key).toBeNull();
  });
});

describe('locking', () => {
  it('forgets the key when locked: a batch afterwards is refused', async () => {
    const { session: s, workers } = session();
    await s.unlockWithP12({ name: 'a.p12', bytes: read(pki.officer.p12File) }, pki.passphrase);
    s.lock();
    expect(s.state.getState().key).toBeNull();
    expect(workers[0]!.terminated).toBe(true);
    await expect(s.signBatch({ documents: [] }, () => {}).done).rejects.toThrow(/Phiên ký đã khoá/);
  });

  it('locks after the idle period', async () => {
    const { session: s } = session({ idleLockMs: 40 });
    await s.unlockWithP12({ name: 'a.p12', bytes: read(pki.officer.p12File) }, pki.passphrase);
    expect(s.state.getState().key).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(s.state.getState().key).toBeNull();
  });

  it('locks when the officer signs out or another officer takes the desk', () => {
    let locks = 0;
    let emit: (id: string | null, previous: string | null) => void = () => {};
    lockOnOfficerChange({ lock: () => locks++ }, (listener) => {
      emit = listener;
      return () => {};
    });
    emit('can-bo-1', 'can-bo-1'); // the same officer: nothing to do
    emit(null, 'can-bo-1'); // sign-out
    emit('can-bo-2', null);
    expect(locks).toBe(2);
  });
});

describe('the passphrase', () => {
  /** Every value of every IndexedDB database and localStorage, as text, bytes included. */
  async function everythingStored(): Promise<string> {
    const texts: string[] = [];
    const visit = async (value: unknown): Promise<void> => {
      if (value instanceof Blob) texts.push(new TextDecoder('latin1').decode(new Uint8Array(await value.arrayBuffer())));
      else if (ArrayBuffer.isView(value)) texts.push(new TextDecoder('latin1').decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)), new TextDecoder().decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));
      else if (value instanceof ArrayBuffer) texts.push(new TextDecoder('latin1').decode(new Uint8Array(value)));
      else if (Array.isArray(value)) for (const item of value) await visit(item);
      else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) {
          texts.push(key);
          await visit(item);
        }
      }
      else texts.push(String(value));
    };
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await visit(values);
      }
      db.close();
    }
    for (const [key, value] of storage) texts.push(key, value);
    return texts.join('\n');
  }

  const storage = new Map<string, string>();

  it('is written to neither IndexedDB nor localStorage, and crosses to the worker exactly once', async () => {
    const local = { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: string) => void storage.set(k, v), removeItem: (k: string) => void storage.delete(k) };
    Object.assign(globalThis, { localStorage: local });
    const db = new DeskDatabase(`desk-${crypto.randomUUID()}`);
    await db.open();
    const { session: s, workers } = session();

    const unlocked = await s.unlockWithP12({ name: 'leader.p12', bytes: read(pki.agency.p12File) }, pki.passphrase);
    expect(unlocked.ok).toBe(true);
    const outcomes: boolean[] = [];
    const pdf = await samplePdf();
    await s.signBatch({ documents: [{ documentId: 'qd-1', pdf }] }, (p) => outcomes.push(p.result.ok)).done;
    expect(outcomes).toEqual([true]);
    // What the screens keep around a signing: trust anchors, the officer's images, the signed PDF.
    await new TrustAnchorStore(db).addFile(read(pki.caFile));
    await new AppearanceSettings(db).set('lanh-dao-1', 'signatureImage', sampleSignaturePng());
    await db.meta.put({ key: 'last-signed', value: pdf });

    const stored = await everythingStored();
    expect(stored.length).toBeGreaterThan(1000);
    expect(stored).not.toContain(pki.passphrase);
    const carrying = workers[0]!.fromPage.filter((message) => JSON.stringify(message).includes(pki.passphrase));
    expect(carrying).toHaveLength(1);
    expect((carrying[0] as { type: string }).type).toBe('open-p12');
    db.close();
  }, 60_000);
});
