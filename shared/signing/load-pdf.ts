// Reading a PDF for signing or verifying, with the two refusals officers meet: a file that is not
// a readable PDF, and an encrypted one (its strings and streams could not be read or rewritten).
import { PDFDocument } from 'pdf-lib';
import { SigningError } from './errors';

/** `strict` (the default, for signing) refuses objects pdf-lib cannot parse; verifying a received file tolerates them. */
export async function loadPdf(bytes: Uint8Array, { strict = true }: { strict?: boolean } = {}): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    // Encryption is checked below rather than by pdf-lib's EncryptedPDFError, whose class identity
    // differs between pdf-lib's ESM and CJS builds.
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: strict });
  } catch (error) {
    throw new SigningError('corrupt-pdf', error instanceof Error ? error.message : undefined);
  }
  if (doc.isEncrypted) throw new SigningError('encrypted-pdf');
  if (doc.getPageCount() === 0) throw new SigningError('corrupt-pdf', 'không có trang nào');
  return doc;
}
