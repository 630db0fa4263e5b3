// Verifies every signature in any PDF (ours or received): the CMS over its ByteRange, what the
// range covers, whether later revisions touched the pages, the certificate at signing time and
// its chain to configured trust anchors. Offline: revocation is not checked here.
import * as asn1js from 'asn1js';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFObject, PDFRawStream, PDFRef, PDFString } from 'pdf-lib';
import * as pkijs from 'pkijs';
import type { Result } from '../result';
import { describeName, digest, equalBytes, hashNames, maySign, OID, parseCertificate, signingCertificateProblem, toArrayBuffer, validateChain, verifySignatureValue } from './certificates';
import { asResult } from './errors';
import { loadPdf } from './load-pdf';
import { byteString, revisionEnds } from './incremental-update';
import { parsePdfDate } from './signing-time';
import { readTimestamp } from './timestamp';
import { judge, summarize, verificationReportSchema, type SignatureVerdict, type VerificationReport } from './verification-report';

export type VerifyOptions = {
  /** DER root certificates the unit trusts (e.g. the VGCA root, commercial CA roots). */
  trustAnchors: readonly Uint8Array[];
  /** Defaults to now; stamped into the report. */
  now?: Date;
};

type SignatureField = { name: string; dict: PDFDict };

const textOf = (object: PDFObject | undefined) => (object instanceof PDFString || object instanceof PDFHexString ? object.decodeText() : null);

/** Signature fields with a value, walking the AcroForm tree (FT may be inherited from a parent). */
function signatureFields(doc: PDFDocument): SignatureField[] {
  const found: SignatureField[] = [];
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'));
  if (!(acroForm instanceof PDFDict)) return found;
  const walk = (kids: PDFObject | undefined, prefix: string, inheritedFt: string | null, depth: number) => {
    if (!(kids instanceof PDFArray) || depth > 32) return;
    for (let i = 0; i < kids.size(); i++) {
      const field = kids.lookup(i);
      if (!(field instanceof PDFDict)) continue;
      const part = textOf(field.lookup(PDFName.of('T')));
      const name = part ? (prefix ? `${prefix}.${part}` : part) : prefix;
      const ft = field.lookup(PDFName.of('FT'));
      const type = ft instanceof PDFName ? ft.asString() : inheritedFt;
      const value = field.lookup(PDFName.of('V'));
      if (type === '/Sig' && value instanceof PDFDict) found.push({ name, dict: value });
      walk(field.lookup(PDFName.of('Kids')), name, type, depth + 1);
    }
  };
  walk(acroForm.lookup(PDFName.of('Fields')), '', null, 0);
  return found;
}

/** A page as content: its dictionary (less annotations and parent) with everything it references, streams decoded as stored. */
function pageFingerprint(doc: PDFDocument, index: number): string {
  const seen = new Set<PDFObject>();
  const render = (object: PDFObject | undefined, depth: number): string => {
    if (object === undefined) return 'null';
    const resolved = object instanceof PDFRef ? doc.context.lookup(object) : object;
    if (!resolved || depth > 12) return 'null';
    if (seen.has(resolved)) return '@';
    seen.add(resolved);
    if (resolved instanceof PDFDict) {
      const entries = resolved.entries().filter(([key]) => !['/Annots', '/Parent'].includes(key.asString()));
      return `<<${entries.map(([key, value]) => `${key.asString()} ${render(value, depth + 1)}`).sort().join(' ')}>>`;
    }
    if (resolved instanceof PDFArray) return `[${resolved.asArray().map((v) => render(v, depth + 1)).join(' ')}]`;
    if (resolved instanceof PDFRawStream) return `${render(resolved.dict, depth + 1)}stream:${Array.from(resolved.contents.subarray(0, 1 << 20)).join(',')}`;
    return resolved.toString();
  };
  return render(doc.getPage(index).node, 0);
}

/** True when there is no signing-certificate-v2 attribute, or its first certHash is the signer certificate's. */
async function essCertificateMatches(value: unknown, own: pkijs.Certificate): Promise<boolean> {
  if (!(value instanceof asn1js.Sequence)) return true;
  try {
    const certs = value.valueBlock.value[0] as asn1js.Sequence;
    const first = certs.valueBlock.value[0] as asn1js.Sequence;
    const [maybeAlgorithm, maybeHash] = first.valueBlock.value;
    // hashAlgorithm is absent when it is the default, SHA-256.
    const explicit = maybeAlgorithm instanceof asn1js.Sequence;
    const algorithm = explicit ? new pkijs.AlgorithmIdentifier({ schema: maybeAlgorithm }).algorithmId : OID.sha256;
    const hash = (explicit ? maybeHash : maybeAlgorithm) as asn1js.OctetString;
    const hashName = hashNames[algorithm];
    if (!hashName) return false;
    return equalBytes(new Uint8Array(hash.valueBlock.valueHexView), await digest(hashName, new Uint8Array(own.toSchema().toBER(false))));
  } catch {
    return false;
  }
}

/** The CMS bytes out of /Contents, without the zero padding after the DER. */
function cmsBytes(contents: Uint8Array): Uint8Array {
  const parsed = asn1js.fromBER(toArrayBuffer(contents));
  return parsed.offset > 0 ? contents.subarray(0, parsed.offset) : contents;
}

async function verifySignature(bytes: Uint8Array, field: SignatureField, later: PDFDocument, trustAnchors: pkijs.Certificate[]): Promise<SignatureVerdict> {
  const dict = field.dict;
  const subFilter = dict.lookup(PDFName.of('SubFilter'));
  const rangeObject = dict.lookup(PDFName.of('ByteRange'));
  const range = rangeObject instanceof PDFArray ? rangeObject.asArray().map((n) => (n instanceof PDFNumber ? n.asNumber() : NaN)) : [];
  const contentsObject = dict.lookup(PDFName.of('Contents'));
  const facts: Omit<SignatureVerdict, 'status' | 'messages'> = {
    fieldName: field.name,
    subFilter: subFilter instanceof PDFName ? subFilter.decodeText() : null,
    signer: null,
    issuer: null,
    serialNumber: null,
    signingTime: null,
    signingTimeSource: 'none',
    timestamp: null,
    intact: false,
    coversRevision: false,
    coversWholeDocument: false,
    modifiedAfterSigning: false,
    certificateValidAtSigningTime: false,
    keyUsageAllowsSigning: false,
    trusted: false,
    certificates: [],
  };
  const [a, b, c, d] = range;
  if (range.length !== 4 || a !== 0 || !(b! > 0 && c! > b! && d! >= 0 && c! + d! <= bytes.length) || !(contentsObject instanceof PDFHexString || contentsObject instanceof PDFString)) {
    return judge({ ...facts, problem: 'Chữ ký không có vùng ký (ByteRange) hoặc giá trị chữ ký hợp lệ.' });
  }
  const end = c! + d!;
  // The gap must be exactly the hex string /Contents, and the range must end where a revision does.
  facts.coversRevision = bytes[b!] === 0x3c && bytes[c! - 1] === 0x3e && (revisionEnds(bytes).includes(end) || end === bytes.length);
  facts.coversWholeDocument = facts.coversRevision && end === bytes.length;
  if (facts.coversRevision && !facts.coversWholeDocument) {
    try {
      const signedRevision = await PDFDocument.load(bytes.subarray(0, end), { updateMetadata: false, ignoreEncryption: true });
      const count = signedRevision.getPageCount();
      facts.modifiedAfterSigning = count !== later.getPageCount() || Array.from({ length: count }, (_, i) => i).some((i) => pageFingerprint(signedRevision, i) !== pageFingerprint(later, i));
    } catch {
      facts.modifiedAfterSigning = true; // the signed revision cannot be read on its own: assume the worst
    }
  }

  let signedData: pkijs.SignedData;
  try {
    const contentInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(cmsBytes(contentsObject.asBytes())));
    signedData = new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return judge({ ...facts, problem: 'Không đọc được dữ liệu chữ ký (CMS) trong tệp.' });
  }
  const signerInfo = signedData.signerInfos[0];
  const certs = (signedData.certificates ?? []).filter((x): x is pkijs.Certificate => x instanceof pkijs.Certificate);
  facts.certificates = certs.map((cert) => btoa(String.fromCharCode(...new Uint8Array(cert.toSchema().toBER(false)))));
  const sid = signerInfo?.sid;
  const own = sid instanceof pkijs.IssuerAndSerialNumber ? certs.find((x) => x.issuer.isEqual(sid.issuer) && x.serialNumber.isEqual(sid.serialNumber)) : certs[0];
  if (!signerInfo || !own) return judge({ ...facts, problem: 'Không tìm thấy chứng thư số của người ký trong chữ ký.' });
  const ownIndex = certs.indexOf(own);
  facts.certificates.unshift(...facts.certificates.splice(ownIndex, 1));
  facts.signer = describeName(own.subject);
  facts.issuer = describeName(own.issuer);
  facts.serialNumber = Array.from(own.serialNumber.valueBlock.valueHexView, (x) => x.toString(16).padStart(2, '0')).join('');

  // Integrity: message digest over the ByteRange, then the signer's signature over the attributes.
  const hashName = hashNames[signerInfo.digestAlgorithm.algorithmId];
  const attrs = signerInfo.signedAttrs?.attributes ?? [];
  const attribute = (oid: string) => attrs.find((x) => x.type === oid)?.values[0];
  const messageDigest = attribute(OID.messageDigest);
  if (hashName && messageDigest instanceof asn1js.OctetString && signerInfo.signedAttrs) {
    const actual = await digest(hashName, [bytes.subarray(0, b!), bytes.subarray(c!, end)]);
    const digestMatches = equalBytes(actual, new Uint8Array(messageDigest.valueBlock.valueHexView));
    const toBeSigned = new Uint8Array(signerInfo.signedAttrs.encodedValue.slice(0));
    toBeSigned[0] = 0x31;
    const signatureVerified = await verifySignatureValue(own, hashName, new Uint8Array(signerInfo.signature.valueBlock.valueHexView), toBeSigned);
    // ESS signing-certificate(-v2) binds the signature to its certificate; when present it must match.
    const essMatches = await essCertificateMatches(attribute(OID.signingCertificateV2), own);
    facts.intact = digestMatches && signatureVerified && essMatches;
  }

  // Signing time: a verified TSA token beats the signer's own claim in /M.
  const tokenAttribute = signerInfo.unsignedAttrs?.attributes.find((x) => x.type === OID.signatureTimeStampToken)?.values[0];
  let signingTime: Date | null = null;
  if (tokenAttribute) {
    try {
      const reading = await readTimestamp(new Uint8Array(tokenAttribute.toBER(false)), new Uint8Array(signerInfo.signature.valueBlock.valueHexView));
      const valid = reading.matches && reading.signatureValid;
      const [tsaCert, ...others] = reading.certificates;
      const trusted = !!tsaCert && (await validateChain(tsaCert, others, trustAnchors, reading.genTime)).trusted;
      facts.timestamp = { genTime: reading.genTime.toISOString(), authority: reading.tsaName, valid, trusted };
      if (valid) [signingTime, facts.signingTimeSource] = [reading.genTime, 'timestamp'];
    } catch {
      facts.timestamp = { genTime: new Date(0).toISOString(), authority: null, valid: false, trusted: false };
    }
  }
  const m = textOf(dict.lookup(PDFName.of('M')));
  const claimed = m ? parsePdfDate(m) : null;
  if (!signingTime && claimed) [signingTime, facts.signingTimeSource] = [claimed, 'signature-dictionary'];
  const cmsTime = attribute(OID.signingTime);
  if (!signingTime && cmsTime instanceof asn1js.UTCTime) [signingTime, facts.signingTimeSource] = [cmsTime.toDate(), 'cms-attribute'];
  facts.signingTime = signingTime?.toISOString() ?? null;

  const at = signingTime ?? new Date();
  const problem = signingCertificateProblem(own, at);
  facts.certificateValidAtSigningTime = problem !== 'certificate-expired' && problem !== 'certificate-not-yet-valid';
  facts.keyUsageAllowsSigning = maySign(own);
  facts.trusted = (await validateChain(own, certs.filter((x) => x !== own), trustAnchors, at)).trusted;
  return judge(facts);
}

/** Signature dictionaries written in the file's bytes (uncompressed) whose ByteRange no field of the latest revision uses. */
function orphanedSignatureCount(pdf: Uint8Array, fields: SignatureField[]): number {
  const inUse = new Set(
    fields.map((field) => {
      const range = field.dict.lookup(PDFName.of('ByteRange'));
      return range instanceof PDFArray ? range.asArray().map(String).join(' ') : '';
    }),
  );
  const written = new Set([...byteString(pdf).matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)].map((m) => m.slice(1, 5).join(' ')));
  return [...written].filter((range) => !inUse.has(range)).length;
}

/**
 * Verifies every signature of `pdf`. Errors (as values): corrupt-pdf, encrypted-pdf. A PDF without
 * signatures is a report with status 'unsigned'.
 */
export async function verifyPdf(pdf: Uint8Array, options: VerifyOptions): Promise<Result<VerificationReport>> {
  return asResult(async () => {
    const doc = await loadPdf(pdf, { strict: false });
    const anchors = options.trustAnchors.map(parseCertificate);
    const fields = signatureFields(doc);
    const signatures: SignatureVerdict[] = [];
    for (const field of fields) signatures.push(await verifySignature(pdf, field, doc, anchors));
    const hash = Array.from(await digest('SHA-256', pdf), (x) => x.toString(16).padStart(2, '0')).join('');
    const report = { checkedAt: (options.now ?? new Date()).toISOString(), documentSha256: hash, signatures, ...summarize(signatures) };
    // A signature dictionary left in an earlier revision but no longer in the form was taken off after signing.
    const removed = orphanedSignatureCount(pdf, fields);
    if (removed === 0) return verificationReportSchema.parse(report);
    const warning = `${removed} chữ ký số có trong phiên bản trước của tệp nhưng đã bị gỡ khỏi văn bản: văn bản đã bị sửa sau khi ký.`;
    return verificationReportSchema.parse({ ...report, status: 'invalid', summary: `${warning} ${report.summary}`, warnings: [warning] });
  }, 'corrupt-pdf');
}
