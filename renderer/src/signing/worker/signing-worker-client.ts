// The page's half of the signing protocol: opens a .p12 in the worker, runs batches there, answers
// the worker's remote signatures (USB token) and turns its messages back into Results. The worker
// is reached through a small port, so tests plug the worker side in directly.
import { err, ok, type ErrorInfo, type Result } from '../../../../shared/result';
import type { BatchRequest, BatchSummary } from './batch-runner';
import { pageMessageSchema, workerMessageSchema, type DocumentOutcome, type PageMessage } from './protocol';

export type WorkerPort = {
  postMessage(message: unknown): void;
  onMessage(listener: (data: unknown) => void): void;
  /** Called when the worker itself fails (its script did not load, it crashed). */
  onFailure(listener: (message: string) => void): void;
  terminate(): void;
};

/** A real Web Worker; Vite bundles the entry as its own module chunk. */
export function browserWorkerPort(): WorkerPort {
  const worker = new Worker(new URL('./sign-worker.ts', import.meta.url), { type: 'module', name: 'ky-so' });
  return {
    postMessage: (message) => worker.postMessage(message),
    onMessage: (listener) => worker.addEventListener('message', (event) => listener(event.data)),
    onFailure: (listener) => worker.addEventListener('error', (event) => listener(event.message || 'worker error')),
    terminate: () => worker.terminate(),
  };
}

export type DocumentProgress = { documentId: string; done: number; total: number; result: DocumentOutcome };

export type BatchKey = { kind: 'opened-p12' } | { kind: 'remote'; chain: Uint8Array[]; sign(data: Uint8Array): Promise<Result<Uint8Array>> };

export type RunningBatch = { done: Promise<BatchSummary>; cancel(): void };

const WORKER_FAILED = 'Tiến trình ký số gặp lỗi và đã dừng; hãy mở lại chứng thư số rồi thử lại.';

export class SigningWorkerClient {
  private nextId = 1;
  private readonly opening = new Map<number, (result: Result<{ chain: Uint8Array[] }>) => void>();
  private readonly batches = new Map<number, { onDocument(progress: DocumentProgress): void; finish(summary: Result<BatchSummary>): void; key: BatchKey }>();
  private failure: ErrorInfo | null = null;

  constructor(private readonly port: WorkerPort) {
    port.onMessage((data) => this.receive(data));
    port.onFailure((message) => this.fail(`${WORKER_FAILED} (${message})`));
  }

  /** Opens the key in the worker. The passphrase goes in this one message and is not kept on either side. */
  openP12(p12: Uint8Array, passphrase: string): Promise<Result<{ chain: Uint8Array[] }>> {
    const requestId = this.nextId++;
    return new Promise((resolve) => {
      if (this.failure) return resolve({ ok: false, error: this.failure });
      this.opening.set(requestId, resolve);
      this.send({ type: 'open-p12', requestId, p12, passphrase });
    });
  }

  closeKey(): void {
    this.send({ type: 'close-key' });
  }

  signBatch(request: BatchRequest, key: BatchKey, onDocument: (progress: DocumentProgress) => void): RunningBatch {
    const batchId = this.nextId++;
    const done = new Promise<BatchSummary>((resolve, reject) => {
      if (this.failure) return reject(new Error(this.failure.message));
      this.batches.set(batchId, { onDocument, key, finish: (summary) => (summary.ok ? resolve(summary.value) : reject(new Error(summary.error.message))) });
      const wireKey = key.kind === 'remote' ? { kind: 'remote' as const, chain: key.chain } : key;
      this.send({ type: 'sign-batch', batchId, key: wireKey, ...request });
    });
    return { done, cancel: () => this.send({ type: 'cancel-batch', batchId }) };
  }

  terminate(): void {
    this.port.terminate();
    this.fail('Phiên ký đã khoá.');
  }

  private send(message: PageMessage) {
    this.port.postMessage(pageMessageSchema.parse(message));
  }

  /** Every waiting promise ends with the reason; later calls answer it at once. */
  private fail(message: string) {
    this.failure ??= { code: 'worker-failed', message };
    for (const resolve of this.opening.values()) resolve(err('worker-failed', message));
    for (const batch of this.batches.values()) batch.finish(err('worker-failed', message));
    this.opening.clear();
    this.batches.clear();
  }

  private receive(data: unknown) {
    const parsed = workerMessageSchema.safeParse(data);
    if (!parsed.success) return this.fail(`${WORKER_FAILED} (thông điệp không hợp lệ)`);
    const message = parsed.data;
    switch (message.type) {
      case 'p12-opened': {
        const resolve = this.opening.get(message.requestId);
        this.opening.delete(message.requestId);
        resolve?.(message.result);
        return;
      }
      case 'remote-sign': {
        const remote = [...this.batches.values()].find((batch) => batch.key.kind === 'remote')?.key;
        const answer = remote?.kind === 'remote' ? remote.sign(message.data) : Promise.resolve(err<Uint8Array>('no-remote-key', 'Không có khoá để ký.'));
        void answer
          .catch((error: unknown) => err<Uint8Array>('remote-failed', error instanceof Error ? error.message : String(error)))
          .then((result) => this.send({ type: 'remote-signature', requestId: message.requestId, result: result.ok ? ok(new Uint8Array(result.value)) : result }));
        return;
      }
      case 'document-signed': {
        const { documentId, done, total, result } = message;
        this.batches.get(message.batchId)?.onDocument({ documentId, done, total, result });
        return;
      }
      case 'batch-done': {
        const batch = this.batches.get(message.batchId);
        this.batches.delete(message.batchId);
        batch?.finish(ok({ signed: message.signed, failed: message.failed, cancelled: message.cancelled }));
        return;
      }
      case 'protocol-error':
        return this.fail(`${WORKER_FAILED} (${message.message})`);
    }
  }
}
