// Draft → PDF for the app: in a module Web Worker (render.worker.ts) when the browser gives one,
// else on the main thread with the same shared renderer. Replies are matched to requests by id.
import type { DocumentDraft } from '../../../shared/documents/draft-schema';
import { err, type Result } from '../../../shared/result';
import type { RenderDraft } from './document-store';
import type { RenderReply, RenderRequest } from './render.worker';

let worker: Worker | null | undefined;
let nextId = 1;
const waiting = new Map<number, (result: Result<Uint8Array>) => void>();

function startWorker(): Worker | null {
  try {
    const started = new Worker(new URL('./render.worker.ts', import.meta.url), { type: 'module', name: 'document-render' });
    started.onmessage = (event: MessageEvent<RenderReply>) => {
      waiting.get(event.data.id)?.(event.data.result);
      waiting.delete(event.data.id);
    };
    // A worker that cannot load (CSP, missing asset): answer what is waiting, then render here.
    started.onerror = () => {
      worker = null;
      for (const answer of waiting.values()) answer(err('RENDER_FAILED', 'Không tạo được tệp PDF của văn bản. Hãy thử lại.'));
      waiting.clear();
    };
    return started;
  } catch {
    return null;
  }
}

async function renderHere(draft: DocumentDraft): Promise<Result<Uint8Array>> {
  const [{ renderDocument }, { loadDocumentFonts }] = await Promise.all([import('../../../shared/documents/render-document'), import('./fonts')]);
  return renderDocument(draft, await loadDocumentFonts());
}

export const renderInWorker: RenderDraft = (draft) => {
  if (worker === undefined) worker = typeof Worker === 'undefined' ? null : startWorker();
  const running = worker;
  if (!running) return renderHere(draft);
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, resolve);
    const request: RenderRequest = { id, draft };
    running.postMessage(request);
  });
};
