// Writes the Biểu 06 exports off the UI thread: CSV, XLSX (exceljs) and PDF (the documents engine
// with the app's Noto Serif fonts). Started on the first export only, being large.
import '../zod-without-eval';
import { bieu06Csv } from '../../../shared/reports/csv';
import type { ExportRequest, ReportResponse } from './report-protocol';

async function exportBytes(request: ExportRequest): Promise<Uint8Array> {
  const { report } = request.document;
  if (request.format === 'csv') return new TextEncoder().encode(bieu06Csv(report));
  if (request.format === 'xlsx') {
    const { bieu06Xlsx } = await import('../../../shared/reports/xlsx');
    return bieu06Xlsx(report, { unitName: request.document.issuer.name });
  }
  const [{ bieu06Pdf }, { loadDocumentFonts }] = await Promise.all([import('../../../shared/reports/pdf'), import('../documents/fonts')]);
  const pdf = await bieu06Pdf(request.document, await loadDocumentFonts());
  if (!pdf.ok) throw new Error(pdf.error.message);
  return pdf.value;
}

self.onmessage = async (message: MessageEvent<ExportRequest>) => {
  const request = message.data;
  let response: ReportResponse;
  try {
    const bytes = await exportBytes(request);
    response = { kind: 'exported', id: request.id, bytes };
    self.postMessage(response, { transfer: [bytes.buffer as ArrayBuffer] });
  } catch (error) {
    response = { kind: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) };
    self.postMessage(response);
  }
};
