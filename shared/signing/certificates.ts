// X.509 facts the signer and the verifier both need: who a certificate names, whether it may sign
// at a given moment (validity period, key usage), and whether it chains to a trusted root.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export const OID = {
  commonName: '2.5.4.3',
  organization: '2.5.4.10',
  keyUsage: '2.5.29.15',
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStampToken: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
} as const;

export const hashNames: Record<string, string> = { [OID.sha1]: 'SHA-1', [OID.sha256]: 'SHA-256', [OID.sha384]: 'SHA-384', [OID.sha512]: 'SHA-512' };

export const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(toArrayBuffer(der));
}

export type NameSummary = { commonName: string | null; organization: string | null; text: string };

/** CN and O of a distinguished name, plus the whole name as "CN=…, O=…, C=…" for display. */
export function describeName(name: pkijs.RelativeDistinguishedNames): NameSummary {
  const short: Record<string, string> = { '2.5.4.3': 'CN', '2.5.4.10': 'O', '2.5.4.11': 'OU', '2.5.4.6': 'C', '2.5.4.7': 'L', '2.5.4.8': 'ST', '0.9.2342.19200300.100.1.1': 'UID' };
  const parts = name.typesAndValues.map((tv) => ({ type: tv.type, value: String((tv.value as asn1js.Utf8String).valueBlock.value ?? '') }));
  const find = (type: string) => parts.find((p) => p.type === type)?.value ?? null;
  const text = [...parts].reverse().map((p) => `${short[p.type] ?? p.type}=${p.value}`).join(', ');
  return { commonName: find(OID.commonName), organization: find(OID.organization), text };
}

export type CertificateProblem = 'certificate-expired' | 'certificate-not-yet-valid' | 'certificate-key-usage';

/** digitalSignature (bit 0) or nonRepudiation (bit 1); a certificate without the extension may do anything. */
export function maySign(cert: pkijs.Certificate): boolean {
  const extension = cert.extensions?.find((e) => e.extnID === OID.keyUsage);
  if (!extension) return true;
  const bits = extension.parsedValue instanceof asn1js.BitString ? extension.parsedValue.valueBlock.valueHexView : new Uint8Array();
  return ((bits[0] ?? 0) & 0xc0) !== 0;
}

/** Why `cert` may not sign at `at`, or null when it may. */
export function signingCertificateProblem(cert: pkijs.Certificate, at: Date): CertificateProblem | null {
  if (at.getTime() < cert.notBefore.value.getTime()) return 'certificate-not-yet-valid';
  if (at.getTime() > cert.notAfter.value.getTime()) return 'certificate-expired';
  if (!maySign(cert)) return 'certificate-key-usage';
  return null;
}

/** Bits of the RSA modulus, or null for a key that is not RSA. */
export function rsaModulusBits(cert: pkijs.Certificate): number | null {
  if (cert.subjectPublicKeyInfo.algorithm.algorithmId !== OID.rsaEncryption) return null;
  const key = cert.subjectPublicKeyInfo.parsedKey;
  if (!(key instanceof pkijs.RSAPublicKey)) return null;
  const modulus = key.modulus.valueBlock.valueHexView;
  let leadingZeros = 0;
  while (modulus[leadingZeros] === 0) leadingZeros++;
  const first = modulus[leadingZeros] ?? 0;
  return (modulus.length - leadingZeros - 1) * 8 + (32 - Math.clz32(first));
}

export type ChainResult = { trusted: boolean; path: pkijs.Certificate[]; reason: string | null };

/**
 * Builds and checks the path from `signer` to one of `trustAnchors` at `at` (signatures and
 * validity periods; revocation is not checked: the desk works offline).
 */
export async function validateChain(signer: pkijs.Certificate, intermediates: pkijs.Certificate[], trustAnchors: pkijs.Certificate[], at: Date): Promise<ChainResult> {
  if (trustAnchors.length === 0) return { trusted: false, path: [signer], reason: 'no-trust-anchors' };
  const engine = new pkijs.CertificateChainValidationEngine({ trustedCerts: trustAnchors, certs: [signer, ...intermediates], checkDate: at });
  try {
    const result = await engine.verify();
    return { trusted: result.result, path: result.certificatePath ?? [signer], reason: result.result ? null : result.resultMessage };
  } catch (error) {
    const message = error && typeof error === 'object' && 'resultMessage' in error ? String(error.resultMessage) : String(error);
    return { trusted: false, path: [signer], reason: message };
  }
}

const CURVES: Record<string, { name: string; bytes: number }> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', bytes: 32 },
  '1.3.132.0.34': { name: 'P-384', bytes: 48 },
  '1.3.132.0.35': { name: 'P-521', bytes: 66 },
};

/** ECDSA-Sig-Value (DER SEQUENCE of r, s) → the fixed-width r‖s WebCrypto expects. */
function rawEcdsaSignature(der: Uint8Array, bytes: number): Uint8Array {
  const sequence = asn1js.fromBER(toArrayBuffer(der)).result as asn1js.Sequence;
  const out = new Uint8Array(bytes * 2);
  sequence.valueBlock.value.slice(0, 2).forEach((part, i) => {
    let value = (part as asn1js.Integer).valueBlock.valueHexView;
    while (value.length > bytes && value[0] === 0) value = value.subarray(1);
    out.set(value, i * bytes + bytes - value.length);
  });
  return out;
}

/**
 * Checks a signature made with `cert`'s key over `data` hashed with `hashName`: RSA PKCS#1 v1.5
 * (what Vietnamese CAs issue) or ECDSA on the NIST curves (seen on some received documents).
 */
export async function verifySignatureValue(cert: pkijs.Certificate, hashName: string, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  const spki = cert.subjectPublicKeyInfo;
  try {
    if (spki.algorithm.algorithmId === OID.rsaEncryption) {
      const key = await crypto.subtle.importKey('spki', spki.toSchema().toBER(false), { name: 'RSASSA-PKCS1-v1_5', hash: hashName }, false, ['verify']);
      return await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, signature as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>);
    }
    const curveOid = spki.algorithm.algorithmParams instanceof asn1js.ObjectIdentifier ? spki.algorithm.algorithmParams.valueBlock.toString() : '';
    const curve = CURVES[curveOid];
    if (spki.algorithm.algorithmId !== '1.2.840.10045.2.1' || !curve) return false;
    const key = await crypto.subtle.importKey('spki', spki.toSchema().toBER(false), { name: 'ECDSA', namedCurve: curve.name }, false, ['verify']);
    const algorithm = { name: 'ECDSA', hash: hashName };
    return await crypto.subtle.verify(algorithm, key, rawEcdsaSignature(signature, curve.bytes) as Uint8Array<ArrayBuffer>, data as Uint8Array<ArrayBuffer>);
  } catch {
    return false; // a malformed key or signature cannot be confirmed
  }
}

export async function digest(hashName: string, data: Uint8Array | readonly Uint8Array[]): Promise<Uint8Array> {
  const parts = data instanceof Uint8Array ? [data] : data;
  let whole: Uint8Array;
  if (parts.length === 1) whole = parts[0]!;
  else {
    whole = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      whole.set(part, offset);
      offset += part.length;
    }
  }
  return new Uint8Array(await crypto.subtle.digest(hashName, whole as Uint8Array<ArrayBuffer>));
}

export const equalBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);
