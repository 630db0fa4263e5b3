import { afterEach, describe, expect, it } from 'vitest';
import { mutationSchema } from '../../../../shared/sync/contract';
import { receive, stop, testDesk, type TestDesk } from '../sync-test-support';
import { jsonBytes, pushBatches, readOutbox, type QueuedMutation } from './outbox-mutations';

let desk: TestDesk;
afterEach(() => desk?.db.close());

const queued = (bytes: number, seq: number) => ({ seq, bytes }) as QueuedMutation;

describe('the outbox as mutations', () => {
  it('turns each officer action into a mutation the wire contract accepts, in the order they acted', async () => {
    desk = testDesk();
    const id = await receive(desk);
    await stop(desk, id);
    const { queued: mutations, unsendable } = await readOutbox(desk.db);
    expect(unsendable).toEqual([]);
    expect(mutations.map((q) => q.mutation.command.type)).toEqual(['receive', 'stop']);
    expect(mutations.map((q) => q.mutation.baseVersion)).toEqual([0, 1]);
    for (const q of mutations) {
      expect(mutationSchema.safeParse(q.mutation).success).toBe(true);
      expect(q.bytes).toBe(jsonBytes(q.mutation));
      expect(q.mutation.at).toBe('2026-03-10T02:00:00.000Z');
    }
  });

  it('sets a damaged entry aside instead of sending it or blocking the rest', async () => {
    desk = testDesk();
    await receive(desk);
    await desk.db.outbox.add({ mutationId: 'not-a-uuid', dossierId: 'x', command: { type: 'approve' }, actor: undefined as never, eventIds: [], baseVersion: 0, createdAt: 'yesterday', files: [] });
    const { queued: mutations, unsendable } = await readOutbox(desk.db);
    expect(mutations).toHaveLength(1);
    expect(unsendable.map((e) => e.mutationId)).toEqual(['not-a-uuid']);
  });

  it('cuts the queue into batches bounded by count and by bytes, keeping the order', () => {
    const queue = Array.from({ length: 7 }, (_, i) => queued(100, i + 1));
    expect(pushBatches(queue, { maxMutations: 3, maxBytes: 10_000 }).map((b) => b.map((q) => q.seq))).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    // 64 bytes of envelope + 100 + 1 + 100 fits 300; a third does not.
    expect(pushBatches(queue, { maxMutations: 500, maxBytes: 300 }).map((b) => b.length)).toEqual([2, 2, 2, 1]);
    // One mutation larger than the bound still goes, alone.
    expect(pushBatches([queued(50, 1), queued(5000, 2), queued(50, 3)], { maxMutations: 500, maxBytes: 1000 }).map((b) => b.map((q) => q.seq))).toEqual([[1], [2], [3]]);
  });
});
