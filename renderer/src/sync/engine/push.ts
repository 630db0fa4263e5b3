// Push: the bytes of every file the queued mutations name go up first, then the outbox in order, in
// batches. Each answer is written as it comes (applied or refused for good). A mutation that must
// wait (its bytes are not on the portal yet) holds back the later actions on the same dossier
// only; unrelated dossiers go on, and the run ends as a retryable failure.
import { isRetryableRejection, SYNC_LIMITS, type MutationResult } from '../../../../shared/sync/contract';
import type { DeskDatabase } from '../../store/database';
import type { PortalClient } from '../http/portal-client';
import { answered, failed, type PortalAnswer, type PortalFailure } from '../http/portal-failure';
import { pushBatches, readOutbox, type BatchLimits, type QueuedMutation } from '../local/outbox-mutations';
import { writeApplied, writeRejected } from '../local/push-answers';
import { uploadBlob } from './blob-upload';

export type PushProgress = { itemsDone: number; itemsTotal: number; bytesDone: number; bytesTotal: number };

export type PushDeps = {
  db: DeskDatabase;
  client: PortalClient;
  clientId: string;
  now: () => string;
  signal?: AbortSignal;
  chunkBytes?: number;
  limits?: BatchLimits;
  onProgress?: (progress: PushProgress) => void;
  onDossiersChanged?: (ids: Set<string>) => void | Promise<void>;
};

export type PushReport = { pushed: number; rejected: number; held: number; failure: PortalFailure | null };

export async function push(deps: PushDeps): Promise<PushReport> {
  const { db, client } = deps;
  const { queued } = await readOutbox(db);
  const report: PushReport = { pushed: 0, rejected: 0, held: 0, failure: null };
  const progress: PushProgress = { itemsDone: 0, itemsTotal: queued.length, bytesDone: 0, bytesTotal: 0 };
  const tell = () => deps.onProgress?.({ ...progress });
  tell();
  if (queued.length === 0) return report;

  const blobs = await uploadMissingBlobs(deps, queued, progress, tell);
  if (!blobs.ok) return { ...report, failure: blobs.failure };
  const unavailable = blobs.value;

  const held = new Set<string>();
  for (const batch of pushBatches(queued, deps.limits)) {
    const sending = batch.filter((q) => {
      const waits = held.has(q.entry.dossierId) || q.mutation.files.some((f) => unavailable.has(f.sha256));
      if (waits) held.add(q.entry.dossierId);
      return !waits;
    });
    if (sending.length === 0) continue;
    if (deps.signal?.aborted) return { ...report, failure: abortedFailure };
    const answer = await client.push({ clientId: deps.clientId, mutations: sending.map((q) => q.mutation) });
    if (!answer.ok) return { ...report, failure: answer.failure };
    const results = new Map(answer.value.results.map((r) => [r.mutationId, r]));
    for (const queuedMutation of sending) {
      const result = results.get(queuedMutation.mutation.mutationId);
      // Applied and final refusals are facts whatever else waits; only a retryable one keeps its entry.
      if (!result || (result.status === 'rejected' && isRetryableRejection(result.code))) {
        held.add(queuedMutation.entry.dossierId);
        continue;
      }
      if (deps.signal?.aborted) return { ...report, failure: abortedFailure };
      const touched = await writeAnswer(deps, queuedMutation, result);
      if (result.status === 'applied') report.pushed++;
      else report.rejected++;
      progress.itemsDone++;
      tell();
      await deps.onDossiersChanged?.(touched);
    }
  }
  report.held = queued.length - report.pushed - report.rejected;
  if (held.size > 0) {
    report.failure = {
      kind: 'refused',
      code: 'BLOB_MISSING',
      message: `${report.held} thay đổi đang chờ tệp đính kèm được tải lên Cổng; sẽ gửi lại ở lượt sau.`,
    };
  }
  return report;
}

const abortedFailure: PortalFailure = { kind: 'aborted', code: 'ABORTED', message: 'Lượt đồng bộ đã bị dừng.' };

function writeAnswer(deps: PushDeps, queued: QueuedMutation, result: MutationResult): Promise<Set<string>> {
  return result.status === 'applied' ? writeApplied(deps.db, queued.entry, result) : writeRejected(deps.db, queued.entry, result, deps.now());
}

/**
 * Asks which named blobs the portal lacks and uploads them. Answers the hashes that could not be
 * uploaded for a reason the desk itself holds (bytes missing or damaged here): their mutations wait.
 */
async function uploadMissingBlobs(deps: PushDeps, queued: readonly QueuedMutation[], progress: PushProgress, tell: () => void): Promise<PortalAnswer<Set<string>>> {
  const { db, client } = deps;
  const hashes = [...new Set(queued.flatMap((q) => q.mutation.files.map((f) => f.sha256)))];
  const missing: string[] = [];
  for (let i = 0; i < hashes.length; i += SYNC_LIMITS.blobsMissingMax) {
    const answer = await client.blobsMissing(hashes.slice(i, i + SYNC_LIMITS.blobsMissingMax));
    if (!answer.ok) return answer;
    missing.push(...answer.value);
  }
  const unavailable = new Set<string>();
  const attachments = await db.attachments.bulkGet(missing);
  progress.bytesTotal = attachments.reduce((sum, a) => sum + (a?.size ?? 0), 0);
  tell();
  for (const [i, attachment] of attachments.entries()) {
    if (!attachment) {
      unavailable.add(missing[i]!);
      continue;
    }
    const uploaded = await uploadBlob(client, db, attachment, {
      now: deps.now,
      signal: deps.signal,
      ...(deps.chunkBytes ? { chunkBytes: deps.chunkBytes } : {}),
      onBytes: (bytes) => {
        progress.bytesDone += bytes;
        tell();
      },
    });
    if (uploaded.ok) continue;
    // 422: the finished bytes did not hash to the name: the desk's copy is damaged; retrying the same bytes cannot help.
    if (uploaded.failure.status === 422) unavailable.add(attachment.sha256);
    else return failed(uploaded.failure);
  }
  return answered(unavailable);
}
