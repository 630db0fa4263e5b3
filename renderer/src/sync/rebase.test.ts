import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { decide } from '../../../shared/domain/workflow/decide';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';
import { calendar, catalogue, officer } from '../store/test-support';
import { foldHistory } from './rebase';
import { assign, eventsOf, portalCopy, receive, stop, testDesk, UNIT, type TestDesk } from './sync-test-support';

let desk: TestDesk;
afterEach(() => desk?.db.close());

/** The portal's own event on the dossier: the head assigns specialist 2 from another desk. */
function assignedOnPortal(dossier: Parameters<typeof decide>[0], at: string): ProcessingEvent {
  const specialist = officer(UNIT, 'specialist', 2);
  const decision = decide(dossier, { type: 'assign', assignee: { id: specialist.id, name: specialist.name, role: 'specialist' } }, officer(UNIT, 'head', 2), at, {
    calendar,
    catalogue,
    newEventId: () => crypto.randomUUID(),
  });
  if (!decision.ok) throw new Error(decision.error.message);
  return decision.value[0]!;
}

describe('folding a dossier history on the desk', () => {
  it('re-bases the desk’s pending action after the portal’s newer event', async () => {
    desk = testDesk();
    const id = await receive(desk);
    const [received] = portalCopy(await eventsOf(desk.db, id));
    const onPortal = assignedOnPortal((await desk.db.dossiers.get(id))!, '2026-03-10T03:00:00.000Z');
    await stop(desk, id);
    const pendingStop = (await eventsOf(desk.db, id)).find((e) => e.type === 'stopped')!;
    expect(pendingStop.version).toBe(2);

    const folded = foldHistory([pendingStop, onPortal, received!]);
    expect(folded.dossier).toMatchObject({ id, status: 8, version: 3 });
    expect(folded.rebased).toEqual([{ ...pendingStop, version: 3 }]);
    expect(folded.skipped).toEqual([]);
  });

  it('with only confirmed events gives the same row as the portal’s replay, and re-bases nothing', async () => {
    desk = testDesk();
    const id = await receive(desk);
    const confirmed = portalCopy(await eventsOf(desk.db, id));
    const folded = foldHistory(confirmed);
    expect(folded.dossier).toEqual(await desk.db.dossiers.get(id));
    expect(folded.rebased).toEqual([]);
  });

  it('folds across a gap of events not pulled yet and keeps the portal’s version', async () => {
    desk = testDesk();
    const id = await receive(desk);
    const [received] = portalCopy(await eventsOf(desk.db, id));
    await stop(desk, id);
    // The portal applied the stop at version 3 (someone else's event 2 is still to be pulled).
    const stopped = portalCopy((await eventsOf(desk.db, id)).filter((e) => e.type === 'stopped')).map((e) => ({ ...e, version: 3 }));
    const folded = foldHistory([received!, ...stopped]);
    expect(folded.dossier).toMatchObject({ status: 8, version: 3 });
  });

  it('leaves nothing when the only event was a refused intake: the dossier never existed on the portal', async () => {
    desk = testDesk();
    const id = await receive(desk);
    await stop(desk, id);
    const [, pendingStop] = await eventsOf(desk.db, id);
    const folded = foldHistory([pendingStop!]);
    expect(folded.dossier).toBeNull();
    expect(folded.skipped).toEqual([pendingStop!.id]);
  });

  it('gives the same row whatever order the events are read in and however many the portal confirmed (property)', async () => {
    desk = testDesk();
    const id = await receive(desk);
    await assign(desk, id);
    await stop(desk, id);
    const history = await eventsOf(desk.db, id);
    const expected = await desk.db.dossiers.get(id);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: history.length }), fc.shuffledSubarray(history, { minLength: history.length }), (confirmedCount, shuffled) => {
        const confirmedIds = new Set(history.slice(0, confirmedCount).map((e) => e.id));
        const held = shuffled.map((e) => (confirmedIds.has(e.id) ? portalCopy([e])[0]! : e));
        const folded = foldHistory(held);
        expect(folded.dossier).toEqual(expected);
        expect(folded.rebased).toEqual([]);
      }),
    );
  });
});
