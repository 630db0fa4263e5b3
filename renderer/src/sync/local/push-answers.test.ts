import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import { assign, eventsOf, portalCopy, receive, stop, testDesk, type TestDesk } from '../sync-test-support';
import { writeApplied, writeRejected } from './push-answers';

let desk: TestDesk;
afterEach(() => desk?.db.close());

async function outbox(d: TestDesk) {
  return d.db.outbox.orderBy('seq').toArray();
}

async function snapshot(d: TestDesk) {
  return { dossiers: await d.db.dossiers.toArray(), events: await d.db.events.toArray(), outbox: await outbox(d), issues: await d.db.syncIssues.toArray() };
}

describe('writing the portal’s answer to a pushed mutation', () => {
  it('applied: the portal’s copy replaces the desk’s events (its versions win) and only then the outbox entry goes', async () => {
    desk = testDesk();
    const id = await receive(desk);
    await stop(desk, id);
    const [receiveEntry, stopEntry] = await outbox(desk);
    const [received, stopped] = await eventsOf(desk.db, id);

    await writeApplied(desk.db, receiveEntry!, { mutationId: receiveEntry!.mutationId, status: 'applied', version: 1, events: portalCopy([received!]) });
    expect((await desk.db.events.get(received!.id))!.pending).toBeUndefined();
    expect((await desk.db.events.get(stopped!.id))!.pending).toBe(true);
    expect(await outbox(desk)).toHaveLength(1);

    // The portal held someone else's event 2 (not pulled yet), so the stop became version 3 there.
    const stoppedOnPortal = { ...portalCopy([stopped!])[0]!, version: 3 };
    const touched = await writeApplied(desk.db, stopEntry!, { mutationId: stopEntry!.mutationId, status: 'applied', version: 3, events: [stoppedOnPortal] });
    expect([...touched]).toEqual([id]);
    expect(await desk.db.events.get(stopped!.id)).toEqual(stoppedOnPortal);
    expect(await desk.db.dossiers.get(id)).toMatchObject({ status: 8, version: 3 });
    expect(await outbox(desk)).toEqual([]);
  });

  it('a repeated answer (a run cut after writing it) changes nothing', async () => {
    desk = testDesk();
    const id = await receive(desk);
    const [entry] = await outbox(desk);
    const answer = { mutationId: entry!.mutationId, status: 'applied' as const, version: 1, events: portalCopy(await eventsOf(desk.db, id)) };
    await writeApplied(desk.db, entry!, answer);
    const before = await snapshot(desk);
    expect([...(await writeApplied(desk.db, entry!, answer))]).toEqual([]);
    expect(await snapshot(desk)).toEqual(before);
  });

  it('rejected after a newer change on the portal: a conflict with both sides, the desk’s step dropped, the dossier folded back', async () => {
    desk = testDesk();
    const id = await receive(desk);
    const [receiveEntry] = await outbox(desk);
    await writeApplied(desk.db, receiveEntry!, { mutationId: receiveEntry!.mutationId, status: 'applied', version: 1, events: portalCopy(await eventsOf(desk.db, id)) });
    const received = (await desk.db.dossiers.get(id))!;
    await stop(desk, id);
    const [stopEntry] = await outbox(desk);
    const deskSide = (await desk.db.dossiers.get(id))!;
    const portalSide: Dossier = { ...received, status: 4, assigneeId: 'cudcn.cv2', version: 2 };

    await writeRejected(desk.db, stopEntry!, { mutationId: stopEntry!.mutationId, status: 'rejected', code: 'NOT_ALLOWED', message: 'Hồ sơ đã được phân công.', dossier: portalSide }, '2026-03-10T04:00:00.000Z');

    expect(await desk.db.syncIssues.get(stopEntry!.mutationId)).toMatchObject({
      kind: 'conflict',
      dossierId: id,
      code: 'NOT_ALLOWED',
      command: { type: 'stop' },
      desk: { status: 8, version: 2 },
      portal: { status: 4, version: 2 },
    });
    expect(deskSide.status).toBe(8);
    expect((await eventsOf(desk.db, id)).map((e) => e.type)).toEqual(['received']);
    expect(await desk.db.dossiers.get(id)).toEqual(received);
    expect(await outbox(desk)).toEqual([]);
  });

  it('an action built on one of the desk’s own that the portal refused lost to the same change: a conflict, whatever the numbers say', async () => {
    // Regression: the stop counted the desk's refused assignment in its base version (2), which
    // equalled the portal's version (someone else's change 2), so it was filed as a plain refusal.
    desk = testDesk();
    const id = await receive(desk);
    const [receiveEntry] = await outbox(desk);
    await writeApplied(desk.db, receiveEntry!, { mutationId: receiveEntry!.mutationId, status: 'applied', version: 1, events: portalCopy(await eventsOf(desk.db, id)) });
    const received = (await desk.db.dossiers.get(id))!;
    await assign(desk, id);
    await stop(desk, id);
    const [assignEntry, stopEntry] = await outbox(desk);
    const [, assigned] = await eventsOf(desk.db, id);
    // Each action names the event it was decided on.
    expect([assignEntry!.baseEventId, stopEntry!.baseEventId, stopEntry!.baseVersion]).toEqual([(await eventsOf(desk.db, id))[0]!.id, assigned!.id, 2]);
    const withdrawn: Dossier = { ...received, status: 7, step: null, version: 2 };
    const refuse = (entry: typeof stopEntry, message: string) =>
      writeRejected(desk.db, entry!, { mutationId: entry!.mutationId, status: 'rejected', code: 'NOT_ALLOWED_IN_STATUS', message, dossier: withdrawn }, '2026-03-10T04:00:00.000Z');
    await refuse(assignEntry, 'Hồ sơ đã được rút.');
    await refuse(stopEntry, 'Không thể dừng xử lý hồ sơ.');
    expect(await desk.db.syncIssues.get(assignEntry!.mutationId)).toMatchObject({ command: { type: 'assign' }, kind: 'conflict' });
    expect(await desk.db.syncIssues.get(stopEntry!.mutationId)).toMatchObject({ command: { type: 'stop' }, kind: 'conflict' });
  });

  it('an action built on one of the desk’s own that the portal put after someone else’s change: a conflict too', async () => {
    desk = testDesk();
    const id = await receive(desk);
    const [receiveEntry] = await outbox(desk);
    await writeApplied(desk.db, receiveEntry!, { mutationId: receiveEntry!.mutationId, status: 'applied', version: 1, events: portalCopy(await eventsOf(desk.db, id)) });
    await assign(desk, id);
    await stop(desk, id);
    const [assignEntry, stopEntry] = await outbox(desk);
    const [, assigned] = await eventsOf(desk.db, id);
    // Someone else's change 2 came first on the portal: the assignment became version 3 there, the last change.
    const assignedOnPortal = { ...portalCopy([assigned!])[0]!, version: 3 };
    await writeApplied(desk.db, assignEntry!, { mutationId: assignEntry!.mutationId, status: 'applied', version: 3, events: [assignedOnPortal] });
    const portalSide: Dossier = { ...(await desk.db.dossiers.get(id))!, version: 3 };
    await writeRejected(desk.db, stopEntry!, { mutationId: stopEntry!.mutationId, status: 'rejected', code: 'NOT_ALLOWED_IN_STATUS', message: 'Không thể dừng.', dossier: portalSide }, '2026-03-10T04:00:00.000Z');
    expect(await desk.db.syncIssues.get(stopEntry!.mutationId)).toMatchObject({ kind: 'conflict', baseVersion: 2 });
  });

  it('a refused counter intake leaves no dossier behind, only the refusal with the desk’s side', async () => {
    desk = testDesk();
    const id = await receive(desk);
    const [entry] = await outbox(desk);
    const touched = await writeRejected(desk.db, entry!, { mutationId: entry!.mutationId, status: 'rejected', code: 'CODE_TAKEN', message: 'Mã hồ sơ đã được cấp.', dossier: null }, '2026-03-10T04:00:00.000Z');
    expect([...touched]).toEqual([id]);
    expect(await desk.db.dossiers.get(id)).toBeUndefined();
    expect(await desk.db.events.count()).toBe(0);
    expect(await desk.db.syncIssues.get(entry!.mutationId)).toMatchObject({ kind: 'rejected', portal: null, desk: { id, status: 2 } });
  });

  it('is one transaction: a crash before the outbox entry is deleted leaves everything as it was', async () => {
    desk = testDesk();
    const id = await receive(desk);
    await stop(desk, id);
    const [, stopEntry] = await outbox(desk);
    const before = await snapshot(desk);
    vi.spyOn(desk.db.outbox, 'delete').mockImplementation(() => Promise.reject(new Error('power cut')) as never);
    await expect(
      writeRejected(desk.db, stopEntry!, { mutationId: stopEntry!.mutationId, status: 'rejected', code: 'X', message: 'Không được.', dossier: null }, '2026-03-10T04:00:00.000Z'),
    ).rejects.toThrow('power cut');
    vi.restoreAllMocks();
    expect(await snapshot(desk)).toEqual(before);
  });
});
