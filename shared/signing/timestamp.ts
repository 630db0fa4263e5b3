// RFC 3161 timestamps for PAdES B-T: ask a TSA to stamp the hash of the signature value, and read
// a stamp back (its time, and whether it really stamps this signature) when verifying.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { digest, equalBytes, hashNames, OID, toArrayBuffer } from './certificates';
import { SigningError } from './errors';

const TIMEOUT_MS = 15_000;

/** The TimeStampToken (a CMS ContentInfo, DER) for `signatureValue`, from the TSA at `url`. */
export async function requestTimestamp(url: string, signatureValue: Uint8Array): Promise<Uint8Array> {
  const imprint = await digest('SHA-256', signatureValue);
  const nonce = crypto.getRandomValues(new Uint8Array(8));
  nonce[0] = (nonce[0]! & 0x7f) | 0x01; // a positive INTEGER with no leading zero byte
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(imprint) }),
    }),
    nonce: new asn1js.Integer({ valueHex: toArrayBuffer(nonce) }),
    certReq: true,
  });
  let body: Uint8Array;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/timestamp-query' },
      body: new Uint8Array(request.toSchema().toBER(false)),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) throw new SigningError('timestamp-failed', `HTTP ${response.status}`);
    body = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof SigningError) throw error;
    throw new SigningError('timestamp-failed', error instanceof Error ? error.message : String(error));
  }
  let token: pkijs.ContentInfo | undefined;
  try {
    const reply = pkijs.TimeStampResp.fromBER(toArrayBuffer(body));
    // 0 granted, 1 granted with modifications; anything else is a refusal.
    if (reply.status.status > 1 || !reply.timeStampToken) throw new Error(`status ${reply.status.status}`);
    token = reply.timeStampToken;
  } catch (error) {
    throw new SigningError('timestamp-failed', error instanceof Error ? error.message : String(error));
  }
  const der = new Uint8Array(token.toSchema().toBER(false));
  const info = await readTimestamp(der, signatureValue);
  if (!info.matches) throw new SigningError('timestamp-failed', 'dấu thời gian không khớp chữ ký');
  const tstNonce = info.tstInfo.nonce?.valueBlock.valueHexView;
  if (!tstNonce || !equalBytes(new Uint8Array(tstNonce), nonce)) throw new SigningError('timestamp-failed', 'nonce không khớp');
  return der;
}

export type TimestampReading = {
  genTime: Date;
  /** The stamp's message imprint is the hash of this signature value. */
  matches: boolean;
  /** The TSA's CMS signature over the TSTInfo verifies. */
  signatureValid: boolean;
  tsaName: string | null;
  tstInfo: pkijs.TSTInfo;
  /** The TSA's certificate (first in the token) and the others the token carries, for a chain check. */
  certificates: pkijs.Certificate[];
};

export async function readTimestamp(tokenDer: Uint8Array, signatureValue: Uint8Array): Promise<TimestampReading> {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(toArrayBuffer(tokenDer)).content });
  const eContent = signedData.encapContentInfo.eContent;
  if (!eContent) throw new Error('timestamp token without TSTInfo');
  const tstInfo = pkijs.TSTInfo.fromBER(eContent.getValue());
  const hashName = hashNames[tstInfo.messageImprint.hashAlgorithm.algorithmId];
  const matches = !!hashName && equalBytes(new Uint8Array(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView), await digest(hashName, signatureValue));
  let signatureValid: boolean;
  try {
    // For a TSTInfo, pkijs checks the imprint against `data` (what was stamped), then the signature.
    signatureValid = await signedData.verify({ signer: 0, checkChain: false, data: toArrayBuffer(signatureValue) });
  } catch {
    signatureValid = false;
  }
  const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const sid = signedData.signerInfos[0]?.sid;
  const tsa = sid instanceof pkijs.IssuerAndSerialNumber ? certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) : certificates[0];
  const cn = tsa?.subject.typesAndValues.find((tv) => tv.type === OID.commonName);
  const ordered = tsa ? [tsa, ...certificates.filter((c) => c !== tsa)] : certificates;
  return { genTime: tstInfo.genTime, matches, signatureValid, tsaName: cn ? String((cn.value as asn1js.Utf8String).valueBlock.value) : null, tstInfo, certificates: ordered };
}
