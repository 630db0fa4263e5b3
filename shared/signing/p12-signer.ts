// A CmsSigner from a PKCS#12 file (.p12/.pfx) held in memory. node-forge opens the file because it
// reads both OpenSSL 3's defaults (PBES2/AES-256, SHA-256 MAC) and the legacy RC2/3DES files that
// Vietnamese CAs' exports still use, which WebCrypto cannot decrypt; the key is then imported into
// WebCrypto, non-extractable, so signing is native-speed. The passphrase is used once, never kept.
import forge from 'node-forge';
import type { Result } from '../result';
import { asResult, SigningError } from './errors';
import type { CmsSigner } from './signer';

const binaryToBytes = (binary: string) => Uint8Array.from(binary, (c) => c.charCodeAt(0));
const bytesToBinary = (bytes: Uint8Array) => {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
};
const derOf = (object: forge.asn1.Asn1) => binaryToBytes(forge.asn1.toDer(object).getBytes());

/** PFX ::= SEQUENCE { version INTEGER (3), … }: tells "not a PKCS#12 file" from "wrong passphrase". */
function looksLikePfx(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x30 || bytes.length < 8) return false;
  const lengthBytes = bytes[1]! & 0x80 ? bytes[1]! & 0x7f : 0;
  const at = 2 + lengthBytes;
  return bytes[at] === 0x02 && bytes[at + 1] === 0x01 && bytes[at + 2] === 0x03;
}

function decode(bytes: Uint8Array, passphrase: string): forge.pkcs12.Pkcs12Pfx {
  if (!looksLikePfx(bytes)) throw new SigningError('not-pkcs12');
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(bytesToBinary(bytes), false);
  } catch {
    throw new SigningError('not-pkcs12');
  }
  try {
    return forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // forge says "MAC could not be verified. Invalid password?" or fails to decrypt/parse the
    // decrypted bags (files without a MAC): both mean the passphrase is wrong.
    if (/MAC|password|decrypt|Too few bytes|unknown|ASN\.1/i.test(message)) throw new SigningError('wrong-passphrase');
    throw new SigningError('not-pkcs12', message);
  }
}

/** Orders the file's certificates signer first, each followed by its issuer (a missing link ends the chain). */
function chainFrom(signer: forge.pki.Certificate, others: forge.pki.Certificate[]): forge.pki.Certificate[] {
  const chain = [signer];
  const rest = [...others];
  for (;;) {
    const last = chain[chain.length - 1]!;
    if (last.issuer.hash === last.subject.hash) break;
    const index = rest.findIndex((c) => c.subject.hash === last.issuer.hash);
    if (index < 0) break;
    chain.push(...rest.splice(index, 1));
  }
  return chain;
}

/**
 * Opens a PKCS#12 file. Errors (as values): `wrong-passphrase`, `not-pkcs12`, `no-private-key`,
 * `unsupported-key`. The certificate's validity and key usage are checked when signing, not here.
 */
export async function openP12Signer(fileBytes: Uint8Array, passphrase: string): Promise<Result<CmsSigner>> {
  return asResult(async () => {
    const pfx = decode(fileBytes, passphrase);
    const keyBags = [
      ...(pfx.getBags({ bagType: forge.pki.oids['pkcs8ShroudedKeyBag']! })[forge.pki.oids['pkcs8ShroudedKeyBag']!] ?? []),
      ...(pfx.getBags({ bagType: forge.pki.oids['keyBag']! })[forge.pki.oids['keyBag']!] ?? []),
    ];
    const certificates = (pfx.getBags({ bagType: forge.pki.oids['certBag']! })[forge.pki.oids['certBag']!] ?? [])
      .map((bag) => bag.cert)
      .filter((cert): cert is forge.pki.Certificate => !!cert);
    const key = keyBags.find((bag) => bag.key)?.key;
    if (!key) throw new SigningError(keyBags.length > 0 ? 'unsupported-key' : 'no-private-key');
    const modulus = key.n.toString(16);
    const own = certificates.find((cert) => cert.publicKey.n?.toString(16) === modulus);
    if (!own) throw new SigningError('no-private-key');
    if (modulus.length * 4 < 2040) throw new SigningError('unsupported-key', `${modulus.length * 4} bit`);

    const pkcs8 = derOf(forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key)));
    const cryptoKey = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
    const chain = chainFrom(own, certificates.filter((c) => c !== own)).map((cert) => derOf(forge.pki.certificateToAsn1(cert)));
    const signer: CmsSigner = {
      chain,
      async sign(data) {
        return new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', cryptoKey, data as Uint8Array<ArrayBuffer>));
      },
    };
    return signer;
  }, 'not-pkcs12');
}
