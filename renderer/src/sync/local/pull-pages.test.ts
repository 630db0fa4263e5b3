import { afterEach, describe, expect, it, vi } from 'vitest';
import { decide } from '../../../../shared/domain/workflow/decide';
import type { Change } from '../../../../shared/sync/contract';
import { calendar, catalogue, officer } from '../../store/test-support';
import { eventsOf, portalCopy, receive, stop, testDesk, UNIT, type TestDesk } from '../sync-test-support';
import { shippedCatalogue } from '../../../../shared/domain/catalogue/shipped-catalogue';
import { generateDemoDossiers } from '../../../../shared/domain/demo/generate';
import { reportFactsOf } from '../../../../shared/reports/report-facts';
import { importDossiers } from '../../store/bulk-import';
import type { DeskDatabase } from '../../store/database';
import { settleDeferredProjections, writePulledChanges, writePullPage } from './pull-pages';
import { cursorFor, syncState } from './sync-state';

const feed = { portalOrigin: 'http://127.0.0.1:8787', unitCode: UNIT };
const desks: TestDesk[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.db.close()));

function newDesk() {
  const desk = testDesk();
  desks.push(desk);
  return desk;
}

/** The report facts a pull wrote are those its events on disk give, derived afresh. */
async function expectFreshFacts(db: DeskDatabase, dossierId: string) {
  expect((await db.reportFacts.get(dossierId)) ?? null).toEqual(reportFactsOf(await eventsOf(db, dossierId)));
}

describe('writing a page of the unit’s feed', () => {
  it('merges by id: the desk’s own event comes back once, the portal’s newer event goes first, the pending stop is re-based after it', async () => {
    const desk = newDesk();
    const id = await receive(desk);
    const [received] = portalCopy(await eventsOf(desk.db, id));
    const specialist = officer(UNIT, 'specialist', 2);
    const assigned = decide((await desk.db.dossiers.get(id))!, { type: 'assign', assignee: { id: specialist.id, name: specialist.name, role: 'specialist' } }, officer(UNIT, 'head', 2), '2026-03-10T03:00:00.000Z', {
      calendar,
      catalogue,
      newEventId: () => crypto.randomUUID(),
    });
    if (!assigned.ok) throw new Error(assigned.error.message);
    await stop(desk, id);

    await cursorFor(desk.db, feed);
    const changes: Change[] = [
      { seq: '7', kind: 'event', event: received! },
      { seq: '9', kind: 'event', event: assigned.value[0]! },
    ];
    const touched = await writePullPage(desk.db, feed, { changes, cursor: '9', more: false });

    expect([...touched]).toEqual([id]);
    const history = await eventsOf(desk.db, id);
    expect(history.map((e) => [e.type, e.version, e.pending ?? false])).toEqual([
      ['received', 1, false],
      ['assigned', 2, false],
      ['stopped', 3, true],
    ]);
    expect(await desk.db.dossiers.get(id)).toMatchObject({ status: 8, version: 3, assigneeId: null });
    await expectFreshFacts(desk.db, id);
    expect(await desk.db.reportFacts.get(id)).toMatchObject({ resolvedMs: Date.parse(history[2]!.at), outcome: 'early' });
    expect((await syncState(desk.db)).cursor).toBe('9');
  });

  it('brings in another desk’s dossier with its file records', async () => {
    const other = newDesk();
    const id = await receive(other);
    const events = portalCopy(await eventsOf(other.db, id));
    const file = { id: crypto.randomUUID(), dossierId: id, componentCode: 'TK', sha256: 'a'.repeat(64), name: 'to-khai.pdf', size: 1234, mimeType: 'application/pdf', addedAt: '2026-03-10T02:00:00.000Z', addedBy: 'cudcn.mc1' };
    const desk = newDesk();
    await cursorFor(desk.db, feed);
    await writePullPage(desk.db, feed, { changes: [{ seq: '1', kind: 'event', event: events[0]! }, { seq: '2', kind: 'file', file }], cursor: '2', more: false });
    expect(await desk.db.dossiers.get(id)).toEqual(await other.db.dossiers.get(id));
    expect(await desk.db.reportFacts.get(id)).toEqual(await other.db.reportFacts.get(id));
    await expectFreshFacts(desk.db, id);
    expect(await desk.db.dossierFiles.where('dossierId').equals(id).toArray()).toEqual([file]);
    expect(await desk.db.outbox.count()).toBe(0);
  });

  it('is one transaction with its cursor: a crash while moving the cursor leaves the page unwritten', async () => {
    const other = newDesk();
    const id = await receive(other);
    const desk = newDesk();
    await cursorFor(desk.db, feed);
    // On the table class, since the page is written through its transaction's own table objects.
    const tables = Object.getPrototypeOf(desk.db.syncState) as { put: (...args: unknown[]) => unknown };
    const put = tables.put;
    vi.spyOn(tables, 'put').mockImplementation(function (this: { name: string }, ...args: unknown[]) {
      return this.name === 'syncState' ? Promise.reject(new Error('power cut')) : put.apply(this, args);
    } as never);
    await expect(writePullPage(desk.db, feed, { changes: portalCopy(await eventsOf(other.db, id)).map((event, i) => ({ seq: String(i + 1), kind: 'event' as const, event })), cursor: '1', more: false })).rejects.toThrow('power cut');
    vi.restoreAllMocks();
    expect(await desk.db.events.count()).toBe(0);
    expect(await desk.db.dossiers.count()).toBe(0);
    expect(await desk.db.reportFacts.count()).toBe(0);
    expect((await syncState(desk.db)).cursor).toBe('');
  });

  it('a cursor belongs to one portal and unit: following another starts from the beginning', async () => {
    const desk = newDesk();
    await cursorFor(desk.db, feed);
    await writePullPage(desk.db, feed, { changes: [], cursor: '42', more: false });
    expect(await cursorFor(desk.db, feed)).toBe('42');
    expect(await cursorFor(desk.db, { ...feed, unitCode: 'CSHTT' })).toBe('');
    const { clientId } = await syncState(desk.db);
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await syncState(desk.db)).clientId).toBe(clientId);
  });

  it('a dossier pulled with the code of a local demo dossier takes it: the local row leaves the list, told as removed', async () => {
    const desk = newDesk();
    const { dossiers, events } = generateDemoDossiers(3, 2, { catalogue: shippedCatalogue, calendar, now: '2026-03-10T03:00:00.000Z' });
    const [local, remote] = dossiers;
    await importDossiers(desk.db, [{ dossier: local!, events: events.filter((e) => e.dossierId === local!.id) }], { total: 1 });
    // The portal's dossier numbered the same: its intake carries the local dossier's code.
    const sameCode = structuredClone(events.filter((e) => e.dossierId === remote!.id).sort((a, b) => a.version - b.version));
    (sameCode[0]!.payload as { origin: { intake: { code: string } } }).origin.intake.code = local!.code;
    await cursorFor(desk.db, feed);
    const written = await writePulledChanges(desk.db, feed, { changes: sameCode.map((event, i) => ({ seq: String(i + 1), kind: 'event' as const, event })), cursor: String(sameCode.length), more: false });
    expect([...written.touched].sort()).toEqual([local!.id, remote!.id].sort());
    expect(written.rows.get(local!.id)).toBeNull();
    expect(written.rows.get(remote!.id)).toMatchObject({ id: remote!.id, code: local!.code });
    expect(await desk.db.dossiers.get(local!.id)).toBeUndefined();
    expect((await desk.db.dossiers.get(remote!.id))!.code).toBe(local!.code);
    // The displaced dossier leaves the reports with the list.
    expect(await desk.db.reportFacts.get(local!.id)).toBeUndefined();
    await expectFreshFacts(desk.db, remote!.id);
  });

  describe('a row whose next events are already fetched waits for them', () => {
    async function twoBatches() {
      const { dossiers, events } = generateDemoDossiers(7, 6, { catalogue: shippedCatalogue, calendar, now: '2026-03-10T03:00:00.000Z' });
      const busy = dossiers.find((d) => events.filter((e) => e.dossierId === d.id).length >= 3)!;
      const history = events.filter((e) => e.dossierId === busy.id).sort((a, b) => a.version - b.version);
      const change = (event: (typeof history)[number], seq: number) => ({ seq: String(seq), kind: 'event' as const, event });
      const first = { changes: history.slice(0, 2).map((e, i) => change(e, i + 1)), cursor: '2', more: true };
      const second = { changes: history.slice(2).map((e, i) => change(e, i + 3)), cursor: String(history.length), more: false };
      const desk = newDesk();
      await cursorFor(desk.db, feed);
      return { desk, busy, first, second };
    }

    it('is written once, with its last events: the same row as folding the whole history', async () => {
      const { desk, busy, first, second } = await twoBatches();
      const one = await writePulledChanges(desk.db, feed, first, { known: new Map(), deferred: new Set(), upcoming: new Set([busy.id]) });
      expect([...one.deferred]).toEqual([busy.id]);
      expect(one.touched.size).toBe(0);
      expect(await desk.db.dossiers.get(busy.id)).toBeUndefined();
      expect(await desk.db.reportFacts.get(busy.id)).toBeUndefined();
      expect(await desk.db.events.where('dossierId').equals(busy.id).count()).toBe(2);
      expect((await syncState(desk.db)).deferredProjections).toEqual([busy.id]);

      const two = await writePulledChanges(desk.db, feed, second, { known: one.folded, deferred: one.deferred, upcoming: new Set() });
      expect(two.deferred.size).toBe(0);
      expect(await desk.db.dossiers.get(busy.id)).toEqual(busy);
      expect(two.rows.get(busy.id)).toEqual(busy);
      await expectFreshFacts(desk.db, busy.id);
      expect((await syncState(desk.db)).deferredProjections).toBeUndefined();
    });

    it('a desk killed in between rebuilds the row from the events it holds before pulling on', async () => {
      const { desk, busy, first } = await twoBatches();
      await writePulledChanges(desk.db, feed, first, { known: new Map(), deferred: new Set(), upcoming: new Set([busy.id]) });
      // The carried rows died with the desk: only the ids on disk say what is owed.
      const settled = await settleDeferredProjections(desk.db, feed);
      expect([...settled.touched]).toEqual([busy.id]);
      const row = await desk.db.dossiers.get(busy.id);
      expect(row).toMatchObject({ id: busy.id, code: busy.code, version: 2 });
      await expectFreshFacts(desk.db, busy.id);
      expect((await syncState(desk.db)).deferredProjections).toBeUndefined();
      expect((await syncState(desk.db)).cursor).toBe('2');
    });

    it('an officer acting on it meanwhile has it rebuilt from disk, the unsent step kept', async () => {
      const { desk, busy, first, second } = await twoBatches();
      const one = await writePulledChanges(desk.db, feed, first, { known: new Map(), deferred: new Set(), upcoming: new Set([busy.id]) });
      // Something unsent for that dossier now waits in the outbox.
      await desk.db.outbox.add({ mutationId: 'm-test', dossierId: busy.id, command: { type: 'receive' } as never, actor: officer(UNIT, 'clerk', 1) as never, eventIds: [], baseVersion: 2, createdAt: '2026-03-10T03:00:00.000Z' } as never);
      const two = await writePulledChanges(desk.db, feed, second, { known: one.folded, deferred: one.deferred, upcoming: new Set() });
      expect(two.touched.has(busy.id)).toBe(true);
      expect(await desk.db.dossiers.get(busy.id)).toMatchObject({ id: busy.id, version: busy.version, status: busy.status });
      await expectFreshFacts(desk.db, busy.id);
    });
  });
});
