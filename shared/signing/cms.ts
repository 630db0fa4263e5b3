// The CAdES detached CMS that a PAdES baseline signature carries (ETSI EN 319 142-1, B-B and B-T):
// SignedData without content, the signer's chain, signed attributes content-type, message-digest
// and ESS signing-certificate-v2 — and no signing-time attribute, PAdES puts the time in /M.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { digest, OID, parseCertificate, toArrayBuffer } from './certificates';
import type { CmsSigner } from './signer';

const sha256Algorithm = () => new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 });

/** ESSCertIDv2 with hashAlgorithm left out: DER omits it when it is the DEFAULT, SHA-256. */
async function signingCertificateV2(certDer: Uint8Array, cert: pkijs.Certificate): Promise<pkijs.Attribute> {
  const issuerSerial = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({ value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [cert.issuer.toSchema()] })] }),
      new asn1js.Integer({ valueHex: cert.serialNumber.valueBlock.valueHexView.slice().buffer }),
    ],
  });
  const essCertId = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: toArrayBuffer(await digest('SHA-256', certDer)) }), issuerSerial] });
  return new pkijs.Attribute({
    type: OID.signingCertificateV2,
    values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertId] })] })],
  });
}

/** DER orders a SET OF by the encodings of its elements; OpenSSL re-encodes signed attributes that way before checking. */
function derSorted(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((attribute) => ({ attribute, der: new Uint8Array(attribute.toSchema().toBER(false)) }));
  encoded.sort((a, b) => {
    for (let i = 0; i < Math.max(a.der.length, b.der.length); i++) {
      const d = (a.der[i] ?? 0) - (b.der[i] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return encoded.map((e) => e.attribute);
}

export type CadesOptions = {
  signer: CmsSigner;
  /** SHA-256 of the bytes the ByteRange covers. */
  contentDigest: Uint8Array;
  /** Asked for an RFC 3161 token over the signature value (B-T); absent for B-B. */
  timestamp?: (signatureValue: Uint8Array) => Promise<Uint8Array>;
};

/** DER ContentInfo(SignedData) ready for the signature dictionary's /Contents. */
export async function buildCadesSignature({ signer, contentDigest, timestamp }: CadesOptions): Promise<Uint8Array> {
  const [ownDer, ...issuersDer] = signer.chain;
  if (!ownDer) throw new Error('CmsSigner.chain is empty');
  const own = parseCertificate(ownDer);
  const signedAttrs = new pkijs.SignedAndUnsignedAttributes({
    type: 0,
    attributes: derSorted([
      new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
      new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: toArrayBuffer(contentDigest) })] }),
      await signingCertificateV2(ownDer, own),
    ]),
  });
  // What is signed is the attributes as a SET (tag 0x31), not as the [0] IMPLICIT field they sit in.
  const toBeSigned = new Uint8Array(signedAttrs.toSchema().toBER(false));
  toBeSigned[0] = 0x31;
  const signatureValue = await signer.sign(toBeSigned);

  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: own.issuer, serialNumber: own.serialNumber }),
    digestAlgorithm: sha256Algorithm(),
    signedAttrs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.rsaEncryption, algorithmParams: new asn1js.Null() }),
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signatureValue) }),
  });
  if (timestamp) {
    const token = await timestamp(signatureValue);
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: [new pkijs.Attribute({ type: OID.signatureTimeStampToken, values: [asn1js.fromBER(toArrayBuffer(token)).result] })],
    });
  }
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [sha256Algorithm()],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates: [own, ...issuersDer.map(parseCertificate)],
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
