// The signing worker's entry: PDF signing (pdf-lib, CMS, RSA) runs here so the window stays
// responsive through a batch of hundreds. zod must go jitless before any schema is built: the app's
// CSP forbids the eval it would otherwise try.
import '../../zod-without-eval';
import { createWorkerSide } from './worker-side';

/** The parts of DedicatedWorkerGlobalScope used here (the renderer's types are the window's). */
type WorkerScope = {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
};

const scope = self as unknown as WorkerScope;
const side = createWorkerSide((message, transfer) => scope.postMessage(message, transfer));
scope.addEventListener('message', (event) => side.receive(event.data));
