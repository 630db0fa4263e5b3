// The signing worker without a thread: the page's client and the worker's side joined by a port
// that structured-clones every message and delivers it on a later task, as postMessage does.
import type { WorkerPort } from '../../renderer/src/signing/worker/signing-worker-client';
import { createWorkerSide } from '../../renderer/src/signing/worker/worker-side';

export type InProcessWorker = WorkerPort & { terminated: boolean; fromPage: unknown[] };

export function inProcessWorker(): InProcessWorker {
  let toPage: ((data: unknown) => void) | null = null;
  const port: InProcessWorker = {
    terminated: false,
    /** Every message the page sent, as the worker received it (for asserting what crossed). */
    fromPage: [],
    postMessage(message) {
      if (port.terminated) return;
      const copy = structuredClone(message);
      port.fromPage.push(copy);
      setTimeout(() => side.receive(copy), 0);
    },
    onMessage(listener) {
      toPage = listener;
    },
    onFailure() {},
    terminate() {
      port.terminated = true;
    },
  };
  const side = createWorkerSide((message) => {
    if (port.terminated) return;
    const copy = structuredClone(message);
    setTimeout(() => toPage?.(copy), 0);
  });
  return port;
}
