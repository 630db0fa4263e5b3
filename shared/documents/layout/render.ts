// From a laid-out document to PDF bytes: paginate first (so a field that does not fit fails before
// anything is written), then embed the font subsets, paint, and save with fixed metadata.
import { PDFDocument } from 'pdf-lib';
import { err, ok, type Result } from '../../result';
import { embedFonts, fontMetrics, type DocumentFonts } from '../fonts';
import { deferCompression } from './flate-cache';
import { normalizeDocumentText } from './lines';
import type { DocumentLayout } from './model';
import { paginate } from './paginate';
import { paintPages } from './paint';

export type DocumentMeta = {
  title: string;
  /** The issuing unit. */
  author: string;
  subject?: string;
  /** Creation and modification date; fixed by the caller so the same draft gives the same bytes. */
  date: Date;
};

export type RenderOptions = {
  /** Full embedding exists only to prove the subsets lose no glyph. */
  subset?: boolean;
};

export const PRODUCER = 'Dossier Desk';

export async function renderLayout(layout: DocumentLayout, fonts: DocumentFonts, meta: DocumentMeta, options: RenderOptions = {}): Promise<Result<Uint8Array>> {
  const pages = paginate(layout, fontMetrics(fonts));
  if (!pages.ok) return pages;
  try {
    const doc = await PDFDocument.create({ updateMetadata: false });
    const compression = deferCompression(doc);
    const embedded = await embedFonts(doc, fonts, { subset: options.subset ?? true });
    paintPages(doc, pages.value, layout.page, embedded);
    doc.setTitle(normalizeDocumentText(meta.title), { showInWindowTitleBar: true });
    doc.setAuthor(normalizeDocumentText(meta.author));
    if (meta.subject) doc.setSubject(normalizeDocumentText(meta.subject));
    doc.setProducer(PRODUCER);
    doc.setCreator(PRODUCER);
    doc.setLanguage('vi-VN');
    doc.setCreationDate(meta.date);
    doc.setModificationDate(meta.date);
    // Embedding happens on flush; the font programs it produced are compressed before saving.
    await doc.flush();
    await compression.compressPending();
    // pdf-lib yields to the event loop every 50 objects by default; a timer tick costs ~1 ms each.
    return ok(await doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY }));
  } catch (error) {
    return err('PDF_WRITE_FAILED', `Không tạo được tệp PDF: ${error instanceof Error ? error.message : String(error)}.`);
  }
}
