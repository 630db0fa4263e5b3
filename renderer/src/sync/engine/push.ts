// Push: the bytes of every file the queued mutations name go up first, then the outbox in order, in
// batches, each batch with the token of the officer who made its actions (the portal refuses an
// action whose actor is not the token's officer). Each answer is written as it comes (applied or
// refused for good). A mutation that must wait (its bytes are not on the portal yet) holds back the
// later actions on the same dossier only; unrelated dossiers go on, and the run ends as a
// retryable failure. A mutation whose officer has no valid session on this desk stops the push
// there: everything after it waits (order across officers matters for a shared dossier) until
// that officer signs in.
import type { Actor } from '../../../../shared/domain/officers/officer';
import { isRetryableRejection, SYNC_LIMITS, type MutationResult } from '../../../../shared/sync/contract';
import type { DeskDatabase } from '../../store/database';
import type { PortalClient } from '../http/portal-client';
import { answered, DEVICE_REVOKED, failed, type PortalAnswer, type PortalFailure } from '../http/portal-failure';
import { pushBatches, readOutbox, type BatchLimits, type QueuedMutation } from '../local/outbox-mutations';
import { writeApplied, writeRejected } from '../local/push-answers';
import { uploadBlob } from './blob-upload';

export type PushProgress = { itemsDone: number; itemsTotal: number; bytesDone: number; bytesTotal: number };

/** The officer whose missing session holds the queue back, and how many of their actions wait. */
export type WaitingOfficer = { officer: Pick<Actor, 'id' | 'name'>; count: number };

export type PushDeps = {
  db: DeskDatabase;
  /** For the files (not tied to an officer). */
  client: PortalClient;
  /** A client with this officer's own token; null when they have no valid session here. */
  clientFor: (officerId: string) => PortalClient | null;
  /** The portal refused this officer's token (401): their session is spent. */
  onOfficerRefused?: (officerId: string) => void;
  clientId: string;
  now: () => string;
  signal?: AbortSignal;
  chunkBytes?: number;
  limits?: BatchLimits;
  onProgress?: (progress: PushProgress) => void;
  onDossiersChanged?: (ids: Set<string>) => void | Promise<void>;
};

export type PushReport = { pushed: number; rejected: number; held: number; waiting: WaitingOfficer | null; failure: PortalFailure | null };

export async function push(deps: PushDeps): Promise<PushReport> {
  const { db } = deps;
  const { queued } = await readOutbox(db);
  const report: PushReport = { pushed: 0, rejected: 0, held: 0, waiting: null, failure: null };
  const progress: PushProgress = { itemsDone: 0, itemsTotal: queued.length, bytesDone: 0, bytesTotal: 0 };
  const tell = () => deps.onProgress?.({ ...progress });
  tell();
  if (queued.length === 0) return report;

  const clients = new Map<string, PortalClient | null>();
  const clientFor = (officerId: string) => {
    if (!clients.has(officerId)) clients.set(officerId, deps.clientFor(officerId));
    return clients.get(officerId)!;
  };
  const cut = queued.findIndex((q) => clientFor(q.mutation.actor.id) === null);
  const sendable = cut < 0 ? queued : queued.slice(0, cut);
  if (cut >= 0) report.waiting = waitingFrom(queued, cut);

  const blobs = await uploadMissingBlobs(deps, sendable, progress, tell);
  if (!blobs.ok) return { ...report, failure: blobs.failure };
  const unavailable = blobs.value;

  const held = new Set<string>();
  pushing: for (const run of officerRuns(sendable)) {
    const client = clientFor(run[0]!.mutation.actor.id)!;
    for (const batch of pushBatches(run, deps.limits)) {
      const sending = batch.filter((q) => {
        const waits = held.has(q.entry.dossierId) || q.mutation.files.some((f) => unavailable.has(f.sha256));
        if (waits) held.add(q.entry.dossierId);
        return !waits;
      });
      if (sending.length === 0) continue;
      if (deps.signal?.aborted) return { ...report, failure: abortedFailure };
      const answer = await client.push({ clientId: deps.clientId, mutations: sending.map((q) => q.mutation) });
      if (!answer.ok && answer.failure.kind === 'unauthorized' && answer.failure.code !== DEVICE_REVOKED) {
        // This officer's token is spent: their actions, and everything after, wait for them.
        deps.onOfficerRefused?.(sending[0]!.mutation.actor.id);
        report.waiting = waitingFrom(queued, queued.indexOf(sending[0]!));
        break pushing;
      }
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

/** The run's failure when actions wait only for an officer to sign in: the pull still goes on. */
export function waitingFailure(waiting: WaitingOfficer): PortalFailure {
  return { kind: 'refused', code: OFFICER_SIGN_IN_NEEDED, message: `${waiting.count} thay đổi của ${waiting.officer.name} đang chờ cán bộ này đăng nhập.` };
}
export const OFFICER_SIGN_IN_NEEDED = 'OFFICER_SIGN_IN_NEEDED';

/** Consecutive runs of the queue made by one officer, in queue order. */
export function officerRuns(queue: readonly QueuedMutation[]): QueuedMutation[][] {
  const runs: QueuedMutation[][] = [];
  for (const queued of queue) {
    const last = runs.at(-1);
    if (last && last[0]!.mutation.actor.id === queued.mutation.actor.id) last.push(queued);
    else runs.push([queued]);
  }
  return runs;
}

/** From position `at` on everything waits; the officer there is the one who must sign in. */
function waitingFrom(queued: readonly QueuedMutation[], at: number): WaitingOfficer {
  const { id, name } = queued[at]!.mutation.actor;
  return { officer: { id, name }, count: queued.slice(at).filter((q) => q.mutation.actor.id === id).length };
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
