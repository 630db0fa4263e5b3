import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportFactsOf } from '../../../shared/reports/report-facts';
import type { DeskDatabase } from './database';
import { act, intakeAtCounter, type StoreContext } from './processing';
import { counterDraft, freshDatabase, officer, storeContext } from './test-support';

const unit = 'CUDCN';
let db: DeskDatabase;
afterEach(() => db?.close());

const clerk = officer(unit, 'clerk');
const head = officer(unit, 'head');
const leader = officer(unit, 'leader');
const specialist = officer(unit, 'specialist');
const ref = (o: { id: string; name: string; role: string }) => ({ id: o.id, name: o.name, role: o.role });

/** The stored facts, and the facts derived afresh from the dossier's events as stored. */
async function factsBothWays(database: DeskDatabase, dossierId: string) {
  const events = await database.events.where('[dossierId+version]').between([dossierId, 0], [dossierId, Number.MAX_SAFE_INTEGER]).toArray();
  return { stored: (await database.reportFacts.get(dossierId)) ?? null, fresh: reportFactsOf(events) };
}

async function received(ctx: StoreContext): Promise<string> {
  const outcome = await intakeAtCounter(ctx, counterDraft(unit), [], clerk);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value.dossier.id;
}

describe('report facts written with every officer action', () => {
  it('equal a fresh derivation from the events after each kind of action', async () => {
    db = freshDatabase();
    const clock = { now: '2026-03-10T02:00:00.000Z' };
    const ctx = storeContext(db, clock);
    const id = await received(ctx);
    expect((await factsBothWays(db, id)).stored).toMatchObject({ id, unitCode: unit, online: false, resolvedMs: Number.POSITIVE_INFINITY });
    const steps: [string, unknown, typeof clerk][] = [
      ['2026-03-10T03:00:00.000Z', { type: 'assign', assignee: ref(specialist) }, head],
      ['2026-03-11T02:00:00.000Z', { type: 'requestSupplement', reason: 'Thiếu bản sao hợp đồng có chứng thực', missingComponents: [] }, specialist],
      ['2026-03-17T03:00:00.000Z', { type: 'recordSupplement', documents: [] }, clerk],
      ['2026-03-18T03:00:00.000Z', { type: 'requestPayment', amount: 3_000_000, description: 'Phí thẩm định hợp đồng' }, specialist],
      ['2026-03-20T03:00:00.000Z', { type: 'recordPayment', amount: 3_000_000, receiptNumber: 'BL-0001' }, clerk],
      ['2026-03-23T03:00:00.000Z', { type: 'extendWithApology', newDueDate: '2026-04-28', reason: 'Cần lấy ý kiến Bộ Công Thương.' }, head],
      ['2026-03-24T03:00:00.000Z', { type: 'forward', to: ref(head) }, specialist],
      ['2026-03-24T04:00:00.000Z', { type: 'forward', to: ref(leader) }, head],
      ['2026-03-25T03:00:00.000Z', { type: 'approve' }, leader],
      ['2026-03-25T04:00:00.000Z', { type: 'sign', documentNumber: '12/GCN-UDCN' }, leader],
      ['2026-03-26T03:00:00.000Z', { type: 'returnResult', method: 'counter' }, clerk],
    ];
    let clockSteps = 1;
    for (const [at, command, actor] of steps) {
      clock.now = at;
      const outcome = await act(ctx, id, command, actor);
      if (!outcome.ok) throw new Error(`${(command as { type: string }).type}: ${outcome.error.message}`);
      const { stored, fresh } = await factsBothWays(db, id);
      expect(stored).toEqual(fresh);
      clockSteps = Math.max(clockSteps, stored!.clock.length);
    }
    // Pauses, resumptions and the extension each left a step; the signature closed it early.
    expect(clockSteps).toBeGreaterThanOrEqual(5);
    expect((await db.reportFacts.get(id))!).toMatchObject({ resolvedMs: Date.parse('2026-03-25T04:00:00.000Z'), outcome: 'early' });

    for (const [command, actor] of [
      [{ type: 'stop', reason: 'Hồ sơ có dấu hiệu giả mạo, chuyển cơ quan chức năng.' }, leader],
      [{ type: 'withdraw', reason: 'Công văn số 12/CV đề nghị rút hồ sơ.' }, clerk],
    ] as const) {
      // Stopped or withdrawn while waiting on the applicant: judged by the days left at the pause.
      const other = await received(ctx);
      clock.now = '2026-03-27T03:00:00.000Z';
      for (const [c, a] of [
        [{ type: 'assign', assignee: ref(specialist) }, head],
        [{ type: 'requestSupplement', reason: 'Thiếu bản sao hợp đồng có chứng thực', missingComponents: [] }, specialist],
        [command, actor],
      ] as const) {
        const outcome = await act(ctx, other, c, a);
        if (!outcome.ok) throw new Error(`${c.type}: ${outcome.error.message}`);
      }
      const { stored, fresh } = await factsBothWays(db, other);
      expect(stored).toEqual(fresh);
      expect(stored).toMatchObject({ resolvedMs: Date.parse('2026-03-27T03:00:00.000Z'), outcome: 'early' });
    }
  });

  it('a refusal at intake and a refused result: none for the first, the refusal class for the second', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    const refused = await intakeAtCounter(ctx, counterDraft(unit), [], clerk, { reason: 'Thiếu tờ khai theo mẫu.' });
    if (!refused.ok) throw new Error(refused.error.message);
    expect(await db.reportFacts.get(refused.value.dossier.id)).toBeUndefined();
    const id = await received(ctx);
    for (const [command, actor] of [
      [{ type: 'assign', assignee: ref(specialist) }, head],
      [{ type: 'forward', to: ref(head) }, specialist],
      [{ type: 'forward', to: ref(leader) }, head],
      [{ type: 'refuseResult', reason: 'Hợp đồng không đủ điều kiện đăng ký.' }, leader],
    ] as const) {
      const outcome = await act(ctx, id, command, actor);
      if (!outcome.ok) throw new Error(`${command.type}: ${outcome.error.message}`);
    }
    const { stored, fresh } = await factsBothWays(db, id);
    expect(stored).toEqual(fresh);
    expect(stored).toMatchObject({ resolvedMs: Date.parse('2026-03-10T02:00:00.000Z'), outcome: 'early' });
  });

  it('an action refused by the workflow, or cut by a crash, writes no facts', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    const id = await received(ctx);
    const assigned = await act(ctx, id, { type: 'assign', assignee: ref(specialist) }, head);
    expect(assigned.ok).toBe(true);
    const before = await db.reportFacts.toArray();
    const putFacts = vi.spyOn(db.reportFacts, 'put');
    const signed = await act(ctx, id, { type: 'sign', documentNumber: '12/QĐ-PTCN' }, clerk);
    expect(signed).toMatchObject({ ok: false });
    const malformed = await act(ctx, id, { type: 'stop', reason: 42 }, head);
    expect(malformed).toMatchObject({ ok: false, error: { code: 'INVALID_COMMAND' } });
    expect(putFacts).not.toHaveBeenCalled();
    putFacts.mockRestore();
    expect(await db.reportFacts.toArray()).toEqual(before);

    // The facts are put, then the outbox fails: the transaction takes the facts back with it.
    const powerCut = vi.spyOn(db.outbox, 'add').mockImplementation(() => Promise.reject(new Error('power cut')) as never);
    await expect(act(ctx, id, { type: 'requestSupplement', reason: 'Thiếu bản sao hợp đồng có chứng thực', missingComponents: [] }, specialist)).rejects.toThrow('power cut');
    powerCut.mockRestore();
    expect(await db.reportFacts.toArray()).toEqual(before);
  });
});
