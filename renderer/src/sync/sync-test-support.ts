// Test helpers for sync: a desk (fresh database + clock) that acts like an officer would, and the
// portal's copy of events (the same events without the desk's pending mark).
import { act, intakeAtCounter, type StoreContext } from '../store/processing';
import type { DeskDatabase } from '../store/database';
import type { StoredEvent } from '../store/records';
import { counterDraft, freshDatabase, officer, storeContext } from '../store/test-support';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';

export const UNIT = 'CUDCN';

export type TestDesk = { db: DeskDatabase; ctx: StoreContext; clock: { now: string } };

export function testDesk(now = '2026-03-10T02:00:00.000Z'): TestDesk {
  const db = freshDatabase();
  const clock = { now };
  return { db, ctx: storeContext(db, clock), clock };
}

/** Receives a dossier at the counter; answers its id. */
export async function receive(desk: TestDesk): Promise<string> {
  const outcome = await intakeAtCounter(desk.ctx, counterDraft(UNIT), [], officer(UNIT, 'clerk'));
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.value.dossier.id;
}

export async function assign(desk: TestDesk, dossierId: string, specialistNumber = 1): Promise<void> {
  const specialist = officer(UNIT, 'specialist', specialistNumber);
  const outcome = await act(desk.ctx, dossierId, { type: 'assign', assignee: { id: specialist.id, name: specialist.name, role: 'specialist' } }, officer(UNIT, 'head'));
  if (!outcome.ok) throw new Error(outcome.error.message);
}

export async function stop(desk: TestDesk, dossierId: string, reason = 'Người nộp đề nghị dừng'): Promise<void> {
  const outcome = await act(desk.ctx, dossierId, { type: 'stop', reason }, officer(UNIT, 'head'));
  if (!outcome.ok) throw new Error(outcome.error.message);
}

/** What the portal would send: the events without the desk's pending mark. */
export function portalCopy(events: readonly StoredEvent[]): ProcessingEvent[] {
  return events.map(({ pending: _pending, ...event }) => event as ProcessingEvent);
}

export async function eventsOf(db: DeskDatabase, dossierId: string): Promise<StoredEvent[]> {
  return (await db.events.toArray()).filter((e) => e.dossierId === dossierId).sort((a, b) => a.version - b.version);
}
