// The CA certificates verification trusts: added from .pem (one or several) and .cer/.der files,
// never listed twice, refused when the file is no certificate, removable — and what verifyPdf uses.
import 'fake-indexeddb/auto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROOT_PEM } from '../../renderer/src/signing/demo-root';
import { TrustAnchorStore } from '../../renderer/src/signing/trust-anchors';
import { openP12Signer } from '../../shared/signing/p12-signer';
import { signPdf } from '../../shared/signing/sign-pdf';
import { verifyPdf } from '../../shared/signing/verify-pdf';
import { AppearanceSettings } from '../../renderer/src/signing/appearance-settings';
import { DeskDatabase } from '../../renderer/src/store/database';
import { samplePdf, sampleSealPng } from '../support/signing-fixtures';
import { createTestPki, type TestPki } from '../support/test-pki';

let pki: TestPki;
const work = mkdtempSync(path.join(os.tmpdir(), 'ky-duyet-anchors-'));
const read = (file: string) => new Uint8Array(readFileSync(file));
const freshDb = () => new DeskDatabase(`anchors-${crypto.randomUUID()}`);

beforeAll(() => {
  pki = createTestPki(path.join(work, 'pki'));
}, 60_000);

describe('trust anchors', () => {
  it('takes every certificate of a PEM bundle, and a DER file of one already listed adds nothing', async () => {
    const anchors = new TrustAnchorStore(freshDb());
    const added = await anchors.addFile(read(pki.chainFile));
    expect(added.ok && added.value.map((a) => a.name)).toEqual(['Dossier Desk Test Signing CA', 'Dossier Desk Test Root CA']);
    const again = await anchors.addFile(pki.root.certDer);
    expect(again.ok && again.value).toEqual([]);
    expect(await anchors.derList()).toHaveLength(2);
  });

  it('refuses a file that is not a certificate, with a sentence the officer can act on', async () => {
    const anchors = new TrustAnchorStore(freshDb());
    const refused = await anchors.addFile(new TextEncoder().encode('không phải chứng thư'));
    expect(!refused.ok && refused.error.message).toMatch(/không phải là chứng thư số/);
    expect(await anchors.list()).toEqual([]);
  });

  it('removes one by its id and keeps the others', async () => {
    const anchors = new TrustAnchorStore(freshDb());
    await anchors.addFile(read(pki.chainFile));
    const [first] = await anchors.list();
    await anchors.remove(first!.id);
    expect((await anchors.list()).map((a) => a.name)).toEqual(['Dossier Desk Test Root CA']);
  });
});

describe('the demo root', () => {
  it('is the trust anchor of the demo signing key, so demo signatures verify as valid', async () => {
    const anchors = new TrustAnchorStore(freshDb());
    const added = await anchors.addFile(new TextEncoder().encode(DEMO_ROOT_PEM), true);
    expect(added.ok && added.value.map((a) => [a.name, a.demo])).toEqual([['Dossier Desk Demo Root CA', true]]);
    const signer = await openP12Signer(read(path.join(import.meta.dirname, '../../docs/demo-signing/lanh-dao-mau.p12')), 'demo');
    if (!signer.ok) throw new Error(signer.error.message);
    const signed = await signPdf(await samplePdf(), { signer: signer.value });
    if (!signed.ok) throw new Error(signed.error.message);
    const report = await verifyPdf(signed.value.pdf, { trustAnchors: await anchors.derList() });
    expect(report.ok && report.value.status).toBe('valid');
  });
});

describe('signature and seal images', () => {
  it('are kept per officer, PNG only', async () => {
    const settings = new AppearanceSettings(freshDb());
    expect(await settings.of('ld-1')).toEqual({ signatureImage: null, sealImage: null });
    const saved = await settings.set('ld-1', 'sealImage', sampleSealPng());
    expect(saved.ok && saved.value.sealImage?.byteLength).toBeGreaterThan(100);
    const refused = await settings.set('ld-1', 'signatureImage', new TextEncoder().encode('GIF89a'));
    expect(!refused.ok && refused.error.message).toMatch(/PNG/);
    expect((await settings.of('ld-2')).sealImage).toBeNull();
  });
});
