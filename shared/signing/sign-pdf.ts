// Signs a PDF with a PAdES baseline signature (B-B, or B-T with a TSA), always as an incremental
// update: pdf-lib reads the document and builds the new objects (field, widget, appearance), our
// writer appends only those, so every earlier signature keeps covering its bytes unchanged.
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import type { Result } from '../result';
import { drawAppearance, type Box, type SignatureAppearance } from './appearance';
import { describeName, digest, parseCertificate, rsaModulusBits, signingCertificateProblem } from './certificates';
import { buildCadesSignature } from './cms';
import { asResult, SigningError } from './errors';
import { loadPdf } from './load-pdf';
import { appendIncrementalUpdate, byteString, readPreviousXref, serialize, type UpdateObject } from './incremental-update';
import type { CmsSigner } from './signer';
import { pdfDate } from './signing-time';
import { requestTimestamp } from './timestamp';

export type SignPdfOptions = {
  signer: CmsSigner;
  /** Defaults to now. Written to /M (Vietnam time); a TSA token, when asked for, is the proof. */
  signingTime?: Date;
  /** Where the signature shows, in page coordinates (points, origin bottom-left). Omit for an invisible signature. */
  visible?: { page: number; box: Box; appearance: SignatureAppearance };
  /** Field name; a unique "Signature<n>" when omitted or already taken. */
  fieldName?: string;
  reason?: string;
  location?: string;
  /** RFC 3161 TSA for a B-T signature. */
  timestampUrl?: string;
  /** Bytes reserved for the CMS in /Contents: chain + signature + timestamp token. */
  reservedBytes?: number;
};

export type SignedPdf = { pdf: Uint8Array; fieldName: string; signingTime: Date };

const DEFAULT_RESERVED_BYTES = 12_000;
const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 0000000000 0000000000 0000000000]';
const encoder = new TextEncoder();

/** Every terminal field name in the AcroForm tree, "parent.child" style. */
function existingFieldNames(fields: PDFArray | undefined): Set<string> {
  const names = new Set<string>();
  const walk = (array: PDFArray | undefined, prefix: string, depth: number) => {
    if (!array || depth > 32) return;
    for (let i = 0; i < array.size(); i++) {
      const field = array.lookup(i);
      if (!(field instanceof PDFDict)) continue;
      const t = field.lookup(PDFName.of('T'));
      const name = t instanceof PDFString || t instanceof PDFHexString ? t.decodeText() : '';
      const full = prefix && name ? `${prefix}.${name}` : prefix || name;
      names.add(full);
      walk(field.lookup(PDFName.of('Kids')) as PDFArray | undefined, full, depth + 1);
    }
  };
  walk(fields, '', 0);
  return names;
}

/** The signature dictionary, written by hand so /Contents and /ByteRange sit at known, fixed-width places. */
function signatureDictionary(reservedBytes: number, signingTime: Date, name: string | null, reason?: string, location?: string): string {
  const text = (value: string) => PDFHexString.fromText(value.normalize('NFC')).toString();
  return [
    '<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached',
    BYTE_RANGE_PLACEHOLDER,
    `/Contents <${'0'.repeat(reservedBytes * 2)}>`,
    `/M (${pdfDate(signingTime)})`,
    name ? `/Name ${text(name)}` : '',
    reason ? `/Reason ${text(reason)}` : '',
    location ? `/Location ${text(location)}` : '',
    '>>',
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Signs `pdf`, answering the whole new file (the input plus one incremental update). Errors (as
 * values, messages in Vietnamese): corrupt-pdf, encrypted-pdf, unsupported-key, certificate-expired,
 * certificate-not-yet-valid, certificate-key-usage, page-out-of-range, placeholder-too-small,
 * timestamp-failed, signing-failed. Nothing is produced when any check fails.
 */
export async function signPdf(pdf: Uint8Array, options: SignPdfOptions): Promise<Result<SignedPdf>> {
  return asResult(async () => {
    const signingTime = options.signingTime ?? new Date();
    const [ownDer] = options.signer.chain;
    if (!ownDer) throw new SigningError('signing-failed', 'thiếu chứng thư của người ký');
    const own = parseCertificate(ownDer);
    const problem = signingCertificateProblem(own, signingTime);
    if (problem) throw new SigningError(problem);
    const bits = rsaModulusBits(own);
    if (bits === null || bits < 2048) throw new SigningError('unsupported-key', bits === null ? 'không phải khoá RSA' : `${bits} bit`);

    const previous = readPreviousXref(pdf);
    if (!previous) throw new SigningError('corrupt-pdf', 'không tìm thấy bảng xref');
    const doc = await loadPdf(pdf);
    const context = doc.context;
    // pdf-lib does not count object and xref streams it has unpacked; new numbers must pass /Size.
    const baseline = Math.max(context.largestObjectNumber, previous.size - 1);
    context.largestObjectNumber = baseline;
    const changed = new Set<PDFRef>();
    const catalogRef = context.trailerInfo.Root;
    if (!(catalogRef instanceof PDFRef)) throw new SigningError('corrupt-pdf', 'thiếu /Root');

    const pageIndex = options.visible?.page ?? 0;
    if (pageIndex < 0 || pageIndex >= doc.getPageCount()) throw new SigningError('page-out-of-range');
    const page = doc.getPage(pageIndex);

    // AcroForm: reuse an indirect one in place; a direct or missing one becomes a new object.
    const existing = doc.catalog.lookup(PDFName.of('AcroForm'));
    const existingRef = doc.catalog.get(PDFName.of('AcroForm'));
    const form = existing instanceof PDFDict ? existing : context.obj({});
    let acroFormRef: PDFRef;
    if (existingRef instanceof PDFRef && existing instanceof PDFDict) acroFormRef = existingRef;
    else {
      acroFormRef = context.register(form);
      doc.catalog.set(PDFName.of('AcroForm'), acroFormRef);
      changed.add(catalogRef);
    }
    changed.add(acroFormRef);
    let fields = form.lookup(PDFName.of('Fields'));
    const fieldsRef = form.get(PDFName.of('Fields'));
    if (!(fields instanceof PDFArray)) {
      fields = context.obj([]);
      form.set(PDFName.of('Fields'), fields);
    } else if (fieldsRef instanceof PDFRef) changed.add(fieldsRef);
    form.set(PDFName.of('SigFlags'), PDFNumber.of(3));

    const taken = existingFieldNames(fields as PDFArray);
    let fieldName = options.fieldName && !taken.has(options.fieldName) ? options.fieldName : '';
    for (let n = taken.size + 1; !fieldName; n++) if (!taken.has(`Signature${n}`)) fieldName = `Signature${n}`;

    const box = options.visible?.box ?? { x: 0, y: 0, width: 0, height: 0 };
    const appearanceRef = options.visible ? await drawAppearance(doc, options.visible.appearance, box, signingTime) : context.register(context.formXObject([], { BBox: [0, 0, 0, 0] }));
    const signatureRef = context.nextRef();
    const widgetRef = context.register(
      context.obj({
        Type: 'Annot',
        Subtype: 'Widget',
        FT: 'Sig',
        T: PDFHexString.fromText(fieldName),
        V: signatureRef,
        F: 132, // Print + Locked
        Rect: [box.x, box.y, box.x + box.width, box.y + box.height],
        P: page.ref,
        AP: { N: appearanceRef },
      }),
    );
    (fields as PDFArray).push(widgetRef);

    // The page lists the widget among its annotations; an indirect /Annots array is changed in place.
    const annotsRef = page.node.get(PDFName.of('Annots'));
    const annots = page.node.lookup(PDFName.of('Annots'));
    if (annots instanceof PDFArray) {
      annots.push(widgetRef);
      changed.add(annotsRef instanceof PDFRef ? annotsRef : page.ref);
    } else {
      page.node.set(PDFName.of('Annots'), context.obj([widgetRef]));
      changed.add(page.ref);
    }

    const objects: UpdateObject[] = [];
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      if (ref.objectNumber > baseline || changed.has(ref)) objects.push({ ref, body: serialize(object) });
    }
    const reservedBytes = options.reservedBytes ?? DEFAULT_RESERVED_BYTES;
    const signerName = describeName(own.subject).commonName;
    objects.push({ ref: signatureRef, body: encoder.encode(signatureDictionary(reservedBytes, signingTime, signerName, options.reason, options.location)) });
    const { Info, ID } = context.trailerInfo;
    const updated = appendIncrementalUpdate(pdf, previous, objects, { root: catalogRef, info: Info, id: ID });

    // Fill in the byte range around /Contents, hash it, and put the CMS inside.
    const text = byteString(updated.subarray(pdf.length));
    const rangeAt = pdf.length + text.lastIndexOf(BYTE_RANGE_PLACEHOLDER);
    // /Contents follows /ByteRange in the dictionary we wrote; searching from there cannot hit a stream's bytes.
    const contentsStart = rangeAt + text.slice(rangeAt - pdf.length).indexOf('/Contents <') + '/Contents '.length;
    const contentsEnd = contentsStart + reservedBytes * 2 + 2;
    const byteRange = [0, contentsStart, contentsEnd, updated.length - contentsEnd];
    updated.set(encoder.encode(`/ByteRange [${byteRange.join(' ')}]`.padEnd(BYTE_RANGE_PLACEHOLDER.length, ' ')), rangeAt);
    const contentDigest = await digest('SHA-256', [updated.subarray(0, contentsStart), updated.subarray(contentsEnd)]);
    const timestampUrl = options.timestampUrl;
    const cms = await buildCadesSignature({
      signer: options.signer,
      contentDigest,
      ...(timestampUrl ? { timestamp: (value: Uint8Array) => requestTimestamp(timestampUrl, value) } : {}),
    });
    if (cms.length > reservedBytes) throw new SigningError('placeholder-too-small', `${cms.length} > ${reservedBytes} byte`);
    const hex = Array.from(cms, (b) => b.toString(16).padStart(2, '0')).join('');
    updated.set(encoder.encode(hex), contentsStart + 1);
    return { pdf: updated, fieldName, signingTime };
  });
}
