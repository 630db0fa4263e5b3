// The outbox as the portal receives it: each entry becomes a Mutation checked against the wire
// contract, and the queue is cut into push batches bounded by count and by JSON bytes.
import { mutationSchema, SYNC_LIMITS, type Mutation } from '../../../../shared/sync/contract';
import type { DeskDatabase } from '../../store/database';
import type { OutboxEntry } from '../../store/records';

export type QueuedMutation = { seq: number; entry: OutboxEntry; mutation: Mutation; bytes: number };

export type OutboxReading = {
  queued: QueuedMutation[];
  /** Entries that cannot form a valid mutation (damaged rows): left in place, never sent. */
  unsendable: OutboxEntry[];
};

const utf8 = new TextEncoder();
export const jsonBytes = (value: unknown): number => utf8.encode(JSON.stringify(value)).byteLength;

export function toMutation(entry: OutboxEntry): Mutation | null {
  const parsed = mutationSchema.safeParse({
    mutationId: entry.mutationId,
    dossierId: entry.dossierId,
    baseVersion: entry.baseVersion,
    ...(entry.baseEventId !== undefined ? { baseEventId: entry.baseEventId } : {}),
    command: entry.command,
    actor: entry.actor,
    at: entry.createdAt,
    eventIds: entry.eventIds,
    files: entry.files ?? [],
  });
  return parsed.success ? parsed.data : null;
}

/** Every outbox entry in the order the officers acted. */
export async function readOutbox(db: DeskDatabase): Promise<OutboxReading> {
  const reading: OutboxReading = { queued: [], unsendable: [] };
  for (const entry of await db.outbox.orderBy('seq').toArray()) {
    const mutation = toMutation(entry);
    if (mutation) reading.queued.push({ seq: entry.seq!, entry, mutation, bytes: jsonBytes(mutation) });
    else reading.unsendable.push(entry);
  }
  return reading;
}

export type BatchLimits = { maxMutations: number; maxBytes: number };
export const PUSH_LIMITS: BatchLimits = { maxMutations: SYNC_LIMITS.pushMaxMutations, maxBytes: SYNC_LIMITS.jsonMaxBytes };

/** The push body's own bytes around the mutations: `{"clientId":"<uuid>","mutations":[]}`. */
const ENVELOPE_BYTES = 64;

/** Consecutive batches in queue order; a mutation larger than the byte bound travels alone. */
export function pushBatches(queue: readonly QueuedMutation[], limits: BatchLimits = PUSH_LIMITS): QueuedMutation[][] {
  const batches: QueuedMutation[][] = [];
  let current: QueuedMutation[] = [];
  let bytes = ENVELOPE_BYTES;
  for (const queued of queue) {
    const added = queued.bytes + (current.length > 0 ? 1 : 0);
    if (current.length > 0 && (current.length >= limits.maxMutations || bytes + added > limits.maxBytes)) {
      batches.push(current);
      current = [];
      bytes = ENVELOPE_BYTES;
    }
    bytes += queued.bytes + (current.length > 0 ? 1 : 0);
    current.push(queued);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Unsent changes and when the oldest was made, for the Đồng bộ screen. */
export async function outboxSummary(db: DeskDatabase): Promise<{ count: number; oldestAt: string | null }> {
  const [count, oldest] = await Promise.all([db.outbox.count(), db.outbox.orderBy('seq').first()]);
  return { count, oldestAt: oldest?.createdAt ?? null };
}
