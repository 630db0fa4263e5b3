// The worker's half of the signing protocol, apart from `self` so tests drive it in-process. It
// holds at most one opened PKCS#12 key (non-extractable in WebCrypto) for the session; the
// passphrase is used to open it and then dropped. Terminating the worker forgets the key.
import { openP12Signer } from '../../../../shared/signing/p12-signer';
import type { CmsSigner } from '../../../../shared/signing/signer';
import { runBatch } from './batch-runner';
import { pageMessageSchema, transferablesOf, workerMessageSchema, type PageMessage, type SignBatchMessage, type WorkerMessage } from './protocol';

export type PostToPage = (message: WorkerMessage, transfer: ArrayBuffer[]) => void;

/** Thrown inside a remote signature when the page (the USB token) refuses; becomes that document's failure. */
class RemoteSignError extends Error {}

export function createWorkerSide(postRaw: PostToPage): { receive(raw: unknown): void } {
  let openedKey: CmsSigner | null = null;
  const cancelledBatches = new Set<number>();
  const remoteWaiting = new Map<number, { resolve(signature: Uint8Array): void; reject(error: Error): void }>();
  let nextRemoteId = 1;

  // Our own messages are checked too: a schema drift shows up here rather than as a confused page.
  const post = (message: WorkerMessage) => postRaw(workerMessageSchema.parse(message), transferablesOf(message));

  const remoteSigner = (chain: Uint8Array[]): CmsSigner => ({
    chain,
    sign: (data) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const requestId = nextRemoteId++;
        remoteWaiting.set(requestId, { resolve, reject });
        post({ type: 'remote-sign', requestId, data: new Uint8Array(data) });
      }),
  });

  async function signBatch(message: SignBatchMessage) {
    const signer = message.key.kind === 'remote' ? remoteSigner(message.key.chain) : openedKey;
    const total = message.documents.length;
    if (!signer) {
      // The session was locked between the page's check and this batch: every document says so.
      message.documents.forEach((document, index) =>
        post({
          type: 'document-signed',
          batchId: message.batchId,
          done: index + 1,
          total,
          documentId: document.documentId,
          result: { ok: false, error: { code: 'key-locked', message: 'Phiên ký đã khoá; hãy mở lại chứng thư số rồi ký lại.' } },
        }),
      );
      post({ type: 'batch-done', batchId: message.batchId, signed: 0, failed: total, cancelled: false });
      return;
    }
    const summary = await runBatch(
      message,
      signer,
      ({ documentId, done, result }) =>
        post({
          type: 'document-signed',
          batchId: message.batchId,
          done,
          total,
          documentId,
          result: result.ok ? { ok: true, value: { pdf: result.value.pdf, fieldName: result.value.fieldName, signingTime: result.value.signingTime.toISOString() } } : result,
        }),
      () => cancelledBatches.has(message.batchId),
    );
    cancelledBatches.delete(message.batchId);
    post({ type: 'batch-done', batchId: message.batchId, ...summary });
  }

  async function handle(message: PageMessage) {
    switch (message.type) {
      case 'open-p12': {
        openedKey = null;
        const opened = await openP12Signer(message.p12, message.passphrase);
        if (opened.ok) openedKey = opened.value;
        post({ type: 'p12-opened', requestId: message.requestId, result: opened.ok ? { ok: true, value: { chain: [...opened.value.chain] } } : opened });
        return;
      }
      case 'close-key':
        openedKey = null;
        return;
      case 'sign-batch':
        return signBatch(message);
      case 'cancel-batch':
        cancelledBatches.add(message.batchId);
        return;
      case 'remote-signature': {
        const waiting = remoteWaiting.get(message.requestId);
        remoteWaiting.delete(message.requestId);
        if (!waiting) return;
        if (message.result.ok) waiting.resolve(message.result.value);
        else waiting.reject(new RemoteSignError(message.result.error.message));
        return;
      }
    }
  }

  return {
    receive(raw) {
      const parsed = pageMessageSchema.safeParse(raw);
      if (!parsed.success) {
        post({ type: 'protocol-error', message: `Thông điệp gửi tới tiến trình ký không hợp lệ: ${parsed.error.issues[0]?.message ?? ''}` });
        return;
      }
      void handle(parsed.data);
    },
  };
}
