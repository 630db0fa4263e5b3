// Every processing action writes its audit entry in its own transaction: both or neither.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeskDatabase } from '../store/database';
import { act, intakeAtCounter } from '../store/processing';
import { counterDraft, freshDatabase, officer, storeContext } from '../store/test-support';
import { AuditLog } from './audit-log';

const unit = 'CUDCN';
let db: DeskDatabase;
afterEach(() => db?.close());

describe('processing actions in the audit log', () => {
  it('receiving and assigning a dossier each leave one entry naming the command, the dossier and the officer', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    const received = await intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'));
    if (!received.ok) throw new Error(received.error.message);
    const specialist = officer(unit, 'specialist');
    const head = officer(unit, 'head');
    const assigned = await act(ctx, received.value.dossier.id, { type: 'assign', assignee: { id: specialist.id, name: specialist.name, role: 'specialist' } }, head);
    expect(assigned.ok).toBe(true);
    const entries = await db.audit.orderBy('seq').toArray();
    expect(entries).toMatchObject([
      { seq: 1, action: 'dossierAction', officerId: officer(unit, 'clerk').id, at: '2026-03-10T02:00:00.000Z', details: { command: 'receive', dossierCode: `${unit}-260310-0001` } },
      { seq: 2, action: 'dossierAction', officerId: head.id, role: 'head', unitCode: unit, details: { command: 'assign', dossierId: received.value.dossier.id } },
    ]);
    expect(await new AuditLog(db).verifyChain()).toEqual({ ok: true, entries: 2 });
  });

  it('an action the workflow refuses writes no entry', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    const received = await intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'));
    if (!received.ok) throw new Error(received.error.message);
    const signed = await act(ctx, received.value.dossier.id, { type: 'sign', documentNumber: '12/QĐ-PTCN' }, officer(unit, 'clerk'));
    expect(signed.ok).toBe(false);
    expect(await db.audit.count()).toBe(1);
  });

  it('an action that fails while writing leaves neither its data nor its entry', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    const received = await intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'));
    if (!received.ok) throw new Error(received.error.message);
    const specialist = officer(unit, 'specialist');
    const powerCut = vi.spyOn(db.outbox, 'add').mockImplementation(() => Promise.reject(new Error('power cut')) as never);
    await expect(act(ctx, received.value.dossier.id, { type: 'assign', assignee: { id: specialist.id, name: specialist.name, role: 'specialist' } }, officer(unit, 'head'))).rejects.toThrow('power cut');
    powerCut.mockRestore();
    expect(await db.audit.count()).toBe(1);
    expect(await db.events.count()).toBe(1);
  });

  it('an audit entry that cannot be written takes the action down with it', async () => {
    db = freshDatabase();
    const ctx = storeContext(db, { now: '2026-03-10T02:00:00.000Z' });
    const diskFull = vi.spyOn(db.audit, 'add').mockImplementation(() => Promise.reject(new Error('disk full')) as never);
    await expect(intakeAtCounter(ctx, counterDraft(unit), [], officer(unit, 'clerk'))).rejects.toThrow('disk full');
    diskFull.mockRestore();
    expect({ dossiers: await db.dossiers.count(), events: await db.events.count(), outbox: await db.outbox.count(), audit: await db.audit.count() }).toEqual({ dossiers: 0, events: 0, outbox: 0, audit: 0 });
  });
});
