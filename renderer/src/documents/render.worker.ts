// Renders document drafts to PDF off the UI thread, so typing in the editor stays smooth while the
// live preview re-renders. One message in ({id, draft}), one out ({id, result}); bytes transferred.
import '../zod-without-eval';
import { renderDocument } from '../../../shared/documents/render-document';
import { err, type Result } from '../../../shared/result';
import { loadDocumentFonts } from './fonts';

export type RenderRequest = { id: number; draft: unknown };
export type RenderReply = { id: number; result: Result<Uint8Array> };

self.onmessage = async (event: MessageEvent<RenderRequest>) => {
  const { id, draft } = event.data;
  let result: Result<Uint8Array>;
  try {
    result = await renderDocument(draft, await loadDocumentFonts());
  } catch (error) {
    result = err('RENDER_FAILED', error instanceof Error && 'code' in error ? error.message : 'Không tạo được tệp PDF của văn bản. Hãy thử lại.');
  }
  const reply: RenderReply = { id, result };
  self.postMessage(reply, { transfer: result.ok ? [result.value.buffer as ArrayBuffer] : [] });
};
