// A real PKCS#11 token for tests: SoftHSM2 (Debian package softhsm2) with its own configuration and
// token folder in a temporary directory, so no test touches the machine's tokens. A token is
// initialised with softhsm2-util, the officer's RSA key imported with it, and the certificates
// stored as CKO_CERTIFICATE objects through pkcs11js, as a CA's issuing tool would.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pkcs11js from 'pkcs11js';
import { Certificate } from 'pkijs';
import type { TestPki } from './test-pki';

export const SOFTHSM_LIBRARY = '/usr/lib/softhsm/libsofthsm2.so';

export type SoftTokenSpec = {
  label: string;
  pin: string;
  soPin?: string;
  /** Private keys (PKCS#8 PEM files) with their certificates, linked by CKA_ID. */
  keys: { keyFile: string; certDer: Uint8Array; id: string; label: string }[];
  /** Certificates without a key: the issuing CAs, as CA tools store them beside the officer's. */
  caCertificates?: { der: Uint8Array; label: string }[];
};

export type SoftToken = { label: string; serial: string; pin: string };

/**
 * Points this process (and the softhsm2-util calls below) at a fresh SoftHSM2 configuration in
 * `dir`. SoftHSM reads SOFTHSM2_CONF when the library is initialised, so call this before any
 * C_Initialize in the process.
 */
export function useSoftHsm(dir: string): { conf: string; library: string } {
  const tokenDir = path.join(dir, 'tokens');
  mkdirSync(tokenDir, { recursive: true });
  const conf = path.join(dir, 'softhsm2.conf');
  writeFileSync(conf, `directories.tokendir = ${tokenDir}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`);
  process.env['SOFTHSM2_CONF'] = conf;
  return { conf, library: SOFTHSM_LIBRARY };
}

const softhsmUtil = (...args: string[]) =>
  execFileSync('softhsm2-util', args, { env: process.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

export function createSoftToken(spec: SoftTokenSpec): SoftToken {
  softhsmUtil('--init-token', '--free', '--label', spec.label, '--pin', spec.pin, '--so-pin', spec.soPin ?? '87654321');
  for (const key of spec.keys) {
    softhsmUtil('--import', key.keyFile, '--token', spec.label, '--label', key.label, '--id', key.id, '--pin', spec.pin);
  }
  const module = new pkcs11js.PKCS11();
  module.load(SOFTHSM_LIBRARY);
  module.C_Initialize();
  try {
    const slot = module.C_GetSlotList(true).find((candidate) => module.C_GetTokenInfo(candidate).label.trim() === spec.label);
    if (!slot) throw new Error(`SoftHSM token ${spec.label} was not initialised`);
    const serial = module.C_GetTokenInfo(slot).serialNumber.trim();
    const session = module.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION);
    module.C_Login(session, pkcs11js.CKU_USER, spec.pin);
    const certificates = [
      ...spec.keys.map((key) => ({ der: key.certDer, label: key.label, id: Buffer.from(key.id, 'hex') })),
      ...(spec.caCertificates ?? []).map((ca) => ({ der: ca.der, label: ca.label, id: Buffer.alloc(0) })),
    ];
    for (const certificate of certificates) {
      const parsed = Certificate.fromBER(new Uint8Array(certificate.der));
      module.C_CreateObject(session, [
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
        { type: pkcs11js.CKA_CERTIFICATE_TYPE, value: pkcs11js.CKC_X_509 },
        { type: pkcs11js.CKA_TOKEN, value: true },
        { type: pkcs11js.CKA_PRIVATE, value: false },
        { type: pkcs11js.CKA_ID, value: certificate.id },
        { type: pkcs11js.CKA_LABEL, value: certificate.label },
        { type: pkcs11js.CKA_SUBJECT, value: Buffer.from(parsed.subject.toSchema().toBER(false)) },
        { type: pkcs11js.CKA_VALUE, value: Buffer.from(certificate.der) },
      ]);
    }
    module.C_Logout(session);
    module.C_CloseSession(session);
    return { label: spec.label, serial, pin: spec.pin };
  } finally {
    module.C_Finalize();
    module.close();
  }
}

export const OFFICER_KEY = { id: 'a1', label: 'Chu ky so ca nhan' } as const;

/**
 * The usual fixture: a temporary SoftHSM2 holding one token with the test PKI's officer key and
 * certificate (CKA_ID a1) and, as CA tools store them, the intermediate and root certificates.
 */
export function createOfficerToken(dir: string, pki: TestPki): SoftToken & { library: string } {
  const { library } = useSoftHsm(dir);
  const token = createSoftToken({
    label: 'Nguyen Thi Thu Ha',
    pin: '246810',
    keys: [{ keyFile: pki.officer.keyFile, certDer: pki.officer.certDer, ...OFFICER_KEY }],
    caCertificates: [
      { der: pki.intermediate.certDer, label: 'Dossier Desk Test Signing CA' },
      { der: pki.root.certDer, label: 'Dossier Desk Test Root CA' },
    ],
  });
  return { ...token, library };
}
