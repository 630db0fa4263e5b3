import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, intakeAtCounter } from './processing';
import { counterDraft, freshDatabase, officer, storeContext } from './test-support';
import type { DeskDatabase } from './database';

const unit = 'CUDCN';
let db: DeskDatabase;
afterEach(() => db?.close());

async function counts(database: DeskDatabase) {
  return {
    dossiers: await database.dossiers.count(),
    events: await database.events.count(),
    outbox: await database.outbox.count(),
  };
}

describe('processing a dossier on this desk', () => {
  it('receiving at the counter writes the dossier, its first event and its outbox entry, numbered for the day', async () => {
    db = freshDatabase();
    const clock = { now: '2026-03-10T02:00:00.000Z' }; // 09:00 in Hà Nội, a Tuesday
    const ctx = storeContext(db, clock);
    const clerk = officer(unit, 'clerk');
    const first = await intakeAtCounter(ctx, counterDraft(unit), [], clerk);
    const second = await intakeAtCounter(ctx, counterDraft(unit), [], clerk);
    expect(first.ok && first.value.dossier.code).toBe(`${unit}-260310-0001`);
    expect(second.ok && second.value.dossier.code).toBe(`${unit}-260310-0002`);
    expect(first.ok && first.value.dossier.status).toBe(2);
    expect(first.ok && first.value.dossier.dueDate).toMatch(/^2026-0[34]-\d\d$/);
    expect(await counts(db)).toEqual({ dossiers: 2, events: 2, outbox: 2 });
    const entry = await db.outbox.orderBy('seq').first();
    expect(entry).toMatchObject({ baseVersion: 0, command: { type: 'receive' } });
    expect(entry!.mutationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('numbers the day after the codes this desk already holds (imported or synced dossiers keep theirs)', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    const first = await intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'));
    if (!first.ok) throw new Error(first.error.message);
    await db.numberBlocks.clear();
    await db.dossiers.put({ ...first.value.dossier, id: 'synced', code: `${unit}-260310-0007` });
    const next = await intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'));
    expect(next.ok && next.value.dossier.code).toBe(`${unit}-260310-0008`);
    await db.numberBlocks.clear();
    await db.dossiers.put({ ...first.value.dossier, id: 'last', code: `${unit}-260310-9999` });
    const refused = await intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'NUMBER_BLOCK_EXHAUSTED' } });
  });

  it('an action the workflow forbids is refused with a reason and writes nothing', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    const received = await intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'));
    if (!received.ok) throw new Error(received.error.message);
    const before = await counts(db);
    const signed = await act(ctx, received.value.dossier.id, { type: 'sign', documentNumber: '12/QĐ-PTCN' }, officer(unit, 'clerk'));
    expect(signed.ok).toBe(false);
    expect(!signed.ok && signed.error.message.length).toBeGreaterThan(10);
    expect(await counts(db)).toEqual(before);
    expect((await db.dossiers.get(received.value.dossier.id))!.version).toBe(1);
  });

  it('re-checks the role: a specialist cannot assign or receive even if a screen offered it, and nothing is written', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    const received = await intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'));
    if (!received.ok) throw new Error(received.error.message);
    const before = await counts(db);
    const specialist = officer(unit, 'specialist');
    const assignee = { id: specialist.id, name: specialist.name, role: 'specialist' as const };
    expect(await act(ctx, received.value.dossier.id, { type: 'assign', assignee }, specialist)).toMatchObject({ ok: false });
    expect(await intakeAtCounter(ctx, counterDraft(unit), [], specialist)).toMatchObject({ ok: false });
    expect(await counts(db)).toEqual(before);
    // The same command from a head of division goes through: it was the role that was refused.
    expect(await act(ctx, received.value.dossier.id, { type: 'assign', assignee }, officer(unit, 'head'))).toMatchObject({ ok: true });
  });

  it('a malformed command (as from devtools) is rejected before any rule runs', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    const received = await intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'));
    if (!received.ok) throw new Error(received.error.message);
    const before = await counts(db);
    for (const bad of [{ type: 'assign' }, { type: 'delete-everything' }, null, { type: 'stop', reason: 42 }]) {
      const answer = await act(ctx, received.value.dossier.id, bad, officer(unit, 'head'));
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_COMMAND' } });
    }
    expect(await counts(db)).toEqual(before);
  });

  it('a crash in the middle of an action leaves neither the event nor the projection behind', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    const received = await intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'));
    if (!received.ok) throw new Error(received.error.message);
    const before = await counts(db);
    const specialist = officer(unit, 'specialist');
    const powerCut = vi.spyOn(db.outbox, 'add').mockImplementation(() => Promise.reject(new Error('power cut')) as never);
    await expect(act(ctx, received.value.dossier.id, { type: 'assign', assignee: { id: specialist.id, name: specialist.name, role: 'specialist' } }, officer(unit, 'head'))).rejects.toThrow('power cut');
    powerCut.mockRestore();
    expect(await counts(db)).toEqual(before);
    expect((await db.dossiers.get(received.value.dossier.id))!.assigneeId).toBeNull();
  });

  it('a supplement request stops the clock and its answer restarts it, one version per step', async () => {
    db = freshDatabase();
    const clock = { now: '2026-03-10T02:00:00.000Z' };
    const ctx = storeContext(db, clock);
    const received = await intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'));
    if (!received.ok) throw new Error(received.error.message);
    const id = received.value.dossier.id;
    const specialist = officer(unit, 'specialist');
    const steps = [
      { actor: officer(unit, 'head'), command: { type: 'assign', assignee: { id: specialist.id, name: specialist.name, role: 'specialist' } } },
      { actor: specialist, command: { type: 'requestSupplement', reason: 'Thiếu bản sao hợp đồng có chứng thực', missingComponents: [] } },
    ];
    for (const { actor, command } of steps) {
      const answer = await act(ctx, id, command, actor);
      if (!answer.ok) throw new Error(answer.error.message);
    }
    const paused = (await db.dossiers.get(id))!;
    expect(paused).toMatchObject({ status: 5, version: 3 });
    expect(paused.pausedSince).toBeDefined();
    clock.now = '2026-03-17T03:00:00.000Z';
    const answered = await act(ctx, id, { type: 'recordSupplement', documents: [] }, officer(unit, 'clerk'));
    if (!answered.ok) throw new Error(answered.error.message);
    expect(answered.value.dossier).toMatchObject({ status: 4, version: 4, supplementRounds: 1 });
    expect(answered.value.dossier.pausedSince).toBeUndefined();
    expect(answered.value.dossier.dueDate! > received.value.dossier.dueDate!).toBe(true);
    expect(await db.outbox.count()).toBe(4);
  });

  it('the outbox entry carries what the portal needs to judge again: the officer with their unit and the files the intake attached', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    const bytes = new TextEncoder().encode('%PDF-1.7 tờ khai');
    const file = { name: 'to-khai.pdf', sha256: 'b'.repeat(64), size: bytes.byteLength, mimeType: 'application/pdf', blob: new Blob([bytes]) };
    const clerk = officer(unit, 'clerk');
    const received = await intakeAtCounter(ctx, counterDraft(unit), [{ componentCode: 'TK', file }], clerk);
    if (!received.ok) throw new Error(received.error.message);
    const entry = (await db.outbox.orderBy('seq').first())!;
    expect(entry.actor).toEqual(clerk);
    expect(entry.files).toEqual(await db.dossierFiles.toArray());
    expect(entry.files).toMatchObject([{ dossierId: received.value.dossier.id, componentCode: 'TK', sha256: file.sha256, addedBy: clerk.id }]);
    expect((await db.events.get(received.value.events[0]!.id))!.pending).toBe(true);
  });

  it('numbers from a block leased from the portal once the desk holds one for the day, not from its own numbering', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    await db.numberBlocks.put({ id: `${unit}:2026-03-10:1`, unitCode: unit, day: '2026-03-10', from: 1, to: 9999, next: 5, source: 'local' });
    await db.numberBlocks.put({ id: `${unit}:2026-03-10:201`, unitCode: unit, day: '2026-03-10', from: 201, to: 250, next: 201, source: 'portal' });
    const received = await intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'));
    expect(received.ok && received.value.dossier.code).toBe(`${unit}-260310-0201`);
    expect((await db.numberBlocks.get(`${unit}:2026-03-10:201`))!.next).toBe(202);
  });
});
