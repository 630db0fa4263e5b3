// A throw-away PKI for signing tests, made with the openssl CLI: root CA → intermediate CA →
// signers (RSA-2048), plus deliberately bad signers and a timestamping authority. Shared by the
// PKCS#12 tests (shared/signing) and the PKCS#11 tests (SoftHSM2 imports the same keys).
//
// Stable API — other suites depend on it: `createTestPki(dir)` and the `TestPki` shape below. It
// is idempotent: a dir that already holds a finished PKI (pki.json) is reused, not regenerated.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A certificate with its key, as files and as bytes. */
export interface TestIdentity {
  /** PEM certificate / unencrypted PKCS#8 PEM key / DER certificate. */
  certFile: string;
  keyFile: string;
  certDer: Uint8Array;
  /** PKCS#12 made with OpenSSL 3 defaults (AES-256-CBC, PBKDF2, SHA-256 MAC), chain included. */
  p12File: string;
  /** PKCS#12 made with `-legacy` (RC2-40 certificates, 3DES key, SHA-1 MAC), chain included. */
  p12LegacyFile: string;
  /** DER chain, signer first, then intermediate, then root. */
  chainDer: Uint8Array[];
  subject: string;
}

export interface TestPki {
  dir: string;
  /** Passphrase of every .p12 in this PKI. */
  passphrase: string;
  root: TestIdentity;
  intermediate: TestIdentity;
  /** PEM file holding the root only: the trust anchor (`-CAfile`). */
  caFile: string;
  /** PEM file holding intermediate + root (`-certfile` / untrusted chain). */
  chainFile: string;
  /** An officer (individual signer): digitalSignature + nonRepudiation, valid now. */
  officer: TestIdentity;
  /** The leader signing for the agency (the seal's owner): same key usage, valid now. */
  agency: TestIdentity;
  /** Valid 2020-01-01 → 2021-01-01: expired. */
  expired: TestIdentity;
  /** Valid from 2099: not yet valid. */
  notYetValid: TestIdentity;
  /** keyUsage keyEncipherment only: may not sign. */
  noDigitalSignature: TestIdentity;
  /** A timestamping authority (extendedKeyUsage critical timeStamping), issued by the intermediate. */
  tsa: TestIdentity;
}

const PASSPHRASE = 'mat-khau-thu-nghiem';
const VERSION = 1;

type Spec = { name: string; subject: string; issuer?: 'root' | 'intermediate'; ext: string; start?: string; end?: string };

const dayMs = 86_400_000;
/** openssl ca's -startdate/-enddate format. */
const asn1Time = (date: Date) => `${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;

const EXTENSIONS = `
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[signer_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[encipher_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, keyEncipherment
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[tsa_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
extendedKeyUsage = critical, timeStamping
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
`;

function caConfig(dir: string, issuer: string): string {
  return `[ca]
default_ca = this_ca
[this_ca]
dir = ${dir}
database = ${dir}/${issuer}.index
new_certs_dir = ${dir}/issued
serial = ${dir}/${issuer}.serial
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
utf8 = yes
string_mask = utf8only
[policy_any]
countryName = optional
organizationName = optional
organizationalUnitName = optional
commonName = supplied
${EXTENSIONS}`;
}

/**
 * Creates (or reuses) a test PKI in `dir`. Takes a few seconds the first time (RSA key generation).
 * Needs `openssl` (3.x) on PATH.
 */
export function createTestPki(dir: string): TestPki {
  const manifest = path.join(dir, 'pki.json');
  if (existsSync(manifest)) {
    const saved = JSON.parse(readFileSync(manifest, 'utf8')) as { version: number };
    if (saved.version === VERSION) return load(dir);
  }
  mkdirSync(path.join(dir, 'issued'), { recursive: true });
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const now = Date.now();
  const validFrom = asn1Time(new Date(now - dayMs));
  const validTo = asn1Time(new Date(now + 2 * 365 * dayMs));
  for (const issuer of ['root', 'intermediate']) {
    writeFileSync(path.join(dir, `${issuer}.cnf`), caConfig(dir, issuer));
    writeFileSync(path.join(dir, `${issuer}.index`), '');
    writeFileSync(path.join(dir, `${issuer}.serial`), issuer === 'root' ? '1000\n' : '2000\n');
  }
  writeFileSync(path.join(dir, 'ext.cnf'), EXTENSIONS);

  const issue = (spec: Spec) => {
    run('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', `${spec.name}.key`);
    run('req', '-new', '-utf8', '-key', `${spec.name}.key`, '-subj', spec.subject, '-out', `${spec.name}.csr`);
    const issuer = spec.issuer ?? 'intermediate';
    run('ca', '-batch', '-notext', '-config', `${issuer}.cnf`, '-cert', `${issuer}.pem`, '-keyfile', `${issuer}.key`,
      '-startdate', spec.start ?? validFrom, '-enddate', spec.end ?? validTo,
      '-extfile', 'ext.cnf', '-extensions', spec.ext, '-in', `${spec.name}.csr`, '-out', `${spec.name}.pem`);
  };

  // The root signs itself with the same extensions file, through `req -x509`.
  run('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'root.key');
  run('req', '-x509', '-new', '-utf8', '-key', 'root.key', '-subj', '/C=VN/O=Dossier Desk Test/CN=Dossier Desk Test Root CA',
    '-days', '3650', '-config', 'ext.cnf', '-extensions', 'ca_ext', '-out', 'root.pem');
  issue({ name: 'intermediate', issuer: 'root', ext: 'ca_ext', subject: '/C=VN/O=Dossier Desk Test/CN=Dossier Desk Test Signing CA', end: asn1Time(new Date(now + 5 * 365 * dayMs)) });
  issue({ name: 'officer', ext: 'signer_ext', subject: '/C=VN/O=Sở Khoa học và Công nghệ Thử nghiệm/CN=Nguyễn Thị Thu Hà' });
  issue({ name: 'agency', ext: 'signer_ext', subject: '/C=VN/O=Sở Khoa học và Công nghệ Thử nghiệm/CN=Trần Văn Đức' });
  issue({ name: 'expired', ext: 'signer_ext', subject: '/C=VN/O=Sở Khoa học và Công nghệ Thử nghiệm/CN=Chứng thư hết hạn', start: '20200101000000Z', end: '20210101000000Z' });
  issue({ name: 'notYetValid', ext: 'signer_ext', subject: '/C=VN/O=Sở Khoa học và Công nghệ Thử nghiệm/CN=Chứng thư chưa hiệu lực', start: '20990101000000Z', end: '20991231000000Z' });
  issue({ name: 'noDigitalSignature', ext: 'encipher_ext', subject: '/C=VN/O=Sở Khoa học và Công nghệ Thử nghiệm/CN=Chứng thư chỉ mã hoá' });
  issue({ name: 'tsa', ext: 'tsa_ext', subject: '/C=VN/O=Dossier Desk Test/CN=Dossier Desk Test TSA' });

  writeFileSync(path.join(dir, 'ca.pem'), readFileSync(path.join(dir, 'root.pem')));
  writeFileSync(path.join(dir, 'chain.pem'), Buffer.concat([readFileSync(path.join(dir, 'intermediate.pem')), readFileSync(path.join(dir, 'root.pem'))]));
  for (const name of ['root', 'intermediate', 'officer', 'agency', 'expired', 'notYetValid', 'noDigitalSignature', 'tsa']) {
    run('x509', '-in', `${name}.pem`, '-outform', 'DER', '-out', `${name}.der`);
    const certfile = name === 'root' ? [] : ['-certfile', 'chain.pem'];
    run('pkcs12', '-export', '-inkey', `${name}.key`, '-in', `${name}.pem`, ...certfile, '-name', name, '-passout', `pass:${PASSPHRASE}`, '-out', `${name}.p12`);
    run('pkcs12', '-export', '-legacy', '-inkey', `${name}.key`, '-in', `${name}.pem`, ...certfile, '-name', name, '-passout', `pass:${PASSPHRASE}`, '-out', `${name}.legacy.p12`);
  }
  writeFileSync(manifest, JSON.stringify({ version: VERSION, created: new Date(now).toISOString() }));
  return load(dir);
}

function load(dir: string): TestPki {
  const der = (name: string) => new Uint8Array(readFileSync(path.join(dir, `${name}.der`)));
  const subject = (name: string) => execFileSync('openssl', ['x509', '-in', path.join(dir, `${name}.pem`), '-noout', '-subject', '-nameopt', 'utf8,sep_comma_plus_space'], { encoding: 'utf8' }).replace(/^subject=/, '').trim();
  const identity = (name: string, chain: string[]): TestIdentity => ({
    certFile: path.join(dir, `${name}.pem`),
    keyFile: path.join(dir, `${name}.key`),
    certDer: der(name),
    p12File: path.join(dir, `${name}.p12`),
    p12LegacyFile: path.join(dir, `${name}.legacy.p12`),
    chainDer: [name, ...chain].map(der),
    subject: subject(name),
  });
  const chain = ['intermediate', 'root'];
  return {
    dir,
    passphrase: PASSPHRASE,
    root: identity('root', []),
    intermediate: identity('intermediate', ['root']),
    caFile: path.join(dir, 'ca.pem'),
    chainFile: path.join(dir, 'chain.pem'),
    officer: identity('officer', chain),
    agency: identity('agency', chain),
    expired: identity('expired', chain),
    notYetValid: identity('notYetValid', chain),
    noDigitalSignature: identity('noDigitalSignature', chain),
    tsa: identity('tsa', chain),
  };
}
