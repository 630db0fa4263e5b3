import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { vietnamWorkingCalendar } from '../../../../shared/domain/calendar/working-calendar';
import { shippedCatalogue } from '../../../../shared/domain/catalogue/shipped-catalogue';
import { generateDemoDossiers } from '../../../../shared/domain/demo/generate';
import { reportFactsOf } from '../../../../shared/reports/report-facts';
import { DeskDatabase } from '../database';
import { schemaVersions } from './index';

describe('schema migrations', () => {
  it('are numbered 1, 2, 3... with a reason each', () => {
    expect(schemaVersions.map((s) => s.version)).toEqual(schemaVersions.map((_, i) => i + 1));
    for (const schema of schemaVersions) expect(schema.why.length).toBeGreaterThan(20);
  });

  it('upgrade a version-1 database to version 2 with data in it without losing a row', async () => {
    const indexedDB = new IDBFactory();
    const options = { indexedDB, IDBKeyRange };
    const v1 = new DeskDatabase('upgrade-me', options, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await v1.table('dossiers').add({ id: 'd1', code: 'CUDCN-260310-0001', status: 2, updatedAt: '2026-03-10T02:00:00.000Z' });
    await v1.table('events').add({ id: 'e1', dossierId: 'd1', version: 1, type: 'received' });
    await v1.table('outbox').add({ dossierId: 'd1', eventIds: ['e1'], baseVersion: 0, createdAt: '2026-03-10T02:00:00.000Z' });
    await v1.table('outbox').add({ dossierId: 'd1', eventIds: ['e2'], baseVersion: 1, createdAt: '2026-03-10T03:00:00.000Z' });
    v1.close();

    const latest = new DeskDatabase('upgrade-me', options, 2);
    await latest.open();
    expect(latest.verno).toBe(2);
    expect(await latest.dossiers.get('d1')).toMatchObject({ code: 'CUDCN-260310-0001', status: 2 });
    expect(await latest.events.count()).toBe(1);
    const outbox = await latest.outbox.orderBy('seq').toArray();
    expect(outbox.map((e) => e.mutationId)).toEqual(['m-e1', 'm-e2']);
    expect(await latest.outbox.where('mutationId').equals('m-e2').count()).toBe(1);
    await latest.savedViews.add({ id: 'v1', name: 'Quá hạn của tôi', filter: { due: 'overdue' }, sort: { key: 'dueDate', direction: 'asc' }, createdAt: '2026-03-10T03:00:00.000Z' });
    expect(await latest.savedViews.count()).toBe(1);
    latest.close();
  });

  it('upgrade a version-2 desk with unsent work to version 3: mutation ids become UUIDs, entries get actor and files, their events are marked pending', async () => {
    const indexedDB = new IDBFactory();
    const options = { indexedDB, IDBKeyRange };
    const v2 = new DeskDatabase('upgrade-to-3', options, 2);
    await v2.open();
    const clerk = { id: 'cudcn.mc1', name: 'Lê Thu Hà', role: 'clerk' };
    await v2.table('dossiers').add({ id: 'd1', code: 'CUDCN-260310-0001', unitCode: 'CUDCN', status: 2, version: 1, updatedAt: '2026-03-10T02:00:00.000Z' });
    await v2.table('dossiers').add({ id: 'd2', code: 'CUDCN-260301-0001', unitCode: 'CUDCN', status: 4, version: 2, updatedAt: '2026-03-01T02:00:00.000Z' });
    await v2.table('events').bulkAdd([
      { id: 'e1', dossierId: 'd1', version: 1, type: 'received', actor: clerk, at: '2026-03-10T02:00:00.000Z' },
      { id: 'e2', dossierId: 'd2', version: 1, type: 'received', actor: clerk, at: '2026-03-01T02:00:00.000Z' },
    ]);
    const file = { id: 'f1', dossierId: 'd1', componentCode: 'TK', sha256: 'a'.repeat(64), name: 'to-khai.pdf', size: 10, mimeType: 'application/pdf', addedAt: '2026-03-10T02:00:00.000Z', addedBy: 'cudcn.mc1' };
    await v2.table('dossierFiles').add(file);
    const keptId = '0b5c9c8e-3c2a-4f7e-9d61-5b1f2a3c4d5e';
    await v2.table('outbox').add({ mutationId: 'm-e1', dossierId: 'd1', command: { type: 'receive' }, eventIds: ['e1'], baseVersion: 0, createdAt: '2026-03-10T02:00:00.000Z' });
    await v2.table('outbox').add({ mutationId: keptId, dossierId: 'd1', command: { type: 'approve' }, eventIds: ['e9'], baseVersion: 1, createdAt: '2026-03-10T03:00:00.000Z' });
    v2.close();

    const v3 = new DeskDatabase('upgrade-to-3', options, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    const [intake, approval] = await v3.outbox.orderBy('seq').toArray();
    expect(intake!.mutationId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(intake).toMatchObject({ actor: { ...clerk, unitCode: 'CUDCN' }, files: [file] });
    expect(approval).toMatchObject({ mutationId: keptId, files: [] });
    expect((await v3.events.get('e1'))!.pending).toBe(true);
    expect((await v3.events.get('e2'))!.pending).toBeUndefined();
    expect(await v3.dossiers.count()).toBe(2);
    expect(await v3.dossierFiles.count()).toBe(1);
    await v3.syncRuns.add({ startedAt: 'a', finishedAt: 'b', trigger: 'manual', pushed: 0, rejected: 0, pulled: 0, result: 'ok' });
    expect(await v3.syncRuns.count()).toBe(1);
    v3.close();
  });

  it('upgrade a version-3 desk holding dossiers, unsent work and sync state to version 4 with empty document tables', async () => {
    const indexedDB = new IDBFactory();
    const options = { indexedDB, IDBKeyRange };
    const v3 = new DeskDatabase('upgrade-to-4', options, 3);
    await v3.open();
    const clerk = { id: 'cudcn.mc1', name: 'Lê Thu Hà', role: 'clerk', unitCode: 'CUDCN' };
    await v3.table('dossiers').add({ id: 'd1', code: 'CUDCN-260310-0001', unitCode: 'CUDCN', status: 4, version: 2, updatedAt: '2026-03-10T02:00:00.000Z' });
    await v3.table('events').add({ id: 'e1', dossierId: 'd1', version: 1, type: 'received', actor: clerk, at: '2026-03-10T02:00:00.000Z', pending: true });
    await v3.table('outbox').add({ mutationId: '0b5c9c8e-3c2a-4f7e-9d61-5b1f2a3c4d5e', dossierId: 'd1', command: { type: 'receive' }, actor: clerk, eventIds: ['e1'], baseVersion: 0, createdAt: '2026-03-10T02:00:00.000Z', files: [] });
    await v3.table('numberBlocks').add({ id: 'CUDCN:2026-03-10:1', unitCode: 'CUDCN', day: '2026-03-10', from: 1, to: 50, next: 2, source: 'portal' });
    await v3.table('syncState').add({ key: 'desk', clientId: '1b5c9c8e-3c2a-4f7e-9d61-5b1f2a3c4d5e', cursor: 42 });
    v3.close();

    const v4 = new DeskDatabase('upgrade-to-4', options, 4);
    await v4.open();
    expect(v4.verno).toBe(4);
    expect(await v4.dossiers.get('d1')).toMatchObject({ status: 4, version: 2 });
    expect((await v4.events.get('e1'))!.pending).toBe(true);
    expect(await v4.outbox.count()).toBe(1);
    expect((await v4.numberBlocks.get('CUDCN:2026-03-10:1'))!.next).toBe(2);
    expect(await v4.syncState.get('desk')).toMatchObject({ cursor: 42 });
    expect(await v4.documents.count()).toBe(0);
    const draft = { kind: 'decision' } as never;
    await v4.documents.add({ id: 'doc1', dossierId: 'd1', unitCode: 'CUDCN', kind: 'decision', draft, status: 'awaitingSignature', signatures: [], createdAt: 'a', updatedAt: 'a', createdBy: 'cudcn.cv1' });
    expect(await v4.documents.where('dossierId').equals('d1').count()).toBe(1);
    expect(await v4.documents.where('[unitCode+status]').equals(['CUDCN', 'awaitingSignature']).count()).toBe(1);
    await v4.decisionBlocks.add({ id: 'CUDCN:2026:1', unitCode: 'CUDCN', year: 2026, from: 1, to: 20, next: 1, leasedAt: 'a' });
    expect(await v4.decisionBlocks.where('[unitCode+year]').equals(['CUDCN', 2026]).count()).toBe(1);
    v4.close();
  });

  it('upgrade a version-4 desk holding dossiers, documents and sync state to version 5: an empty audit log, its sync client id kept as workstation id', async () => {
    const indexedDB = new IDBFactory();
    const options = { indexedDB, IDBKeyRange };
    const v4 = new DeskDatabase('upgrade-to-5', options, 4);
    await v4.open();
    const clerk = { id: 'cudcn.mc1', name: 'Lê Thu Hà', role: 'clerk', unitCode: 'CUDCN' };
    const clientId = '1b5c9c8e-3c2a-4f7e-9d61-5b1f2a3c4d5e';
    await v4.table('dossiers').add({ id: 'd1', code: 'CUDCN-260310-0001', unitCode: 'CUDCN', status: 4, version: 2, updatedAt: '2026-03-10T02:00:00.000Z' });
    await v4.table('events').add({ id: 'e1', dossierId: 'd1', version: 1, type: 'received', actor: clerk, at: '2026-03-10T02:00:00.000Z', pending: true });
    await v4.table('outbox').add({ mutationId: '0b5c9c8e-3c2a-4f7e-9d61-5b1f2a3c4d5e', dossierId: 'd1', command: { type: 'receive' }, actor: clerk, eventIds: ['e1'], baseVersion: 0, createdAt: '2026-03-10T02:00:00.000Z', files: [] });
    await v4.table('documents').add({ id: 'doc1', dossierId: 'd1', unitCode: 'CUDCN', kind: 'decision', status: 'awaitingSignature', signatures: [], createdAt: 'a', updatedAt: 'a', createdBy: 'cudcn.cv1' });
    await v4.table('syncState').add({ key: 'desk', clientId, cursor: '42' });
    v4.close();

    const v5 = new DeskDatabase('upgrade-to-5', options, 5);
    await v5.open();
    expect(v5.verno).toBe(5);
    expect(await v5.dossiers.get('d1')).toMatchObject({ status: 4, version: 2 });
    expect(await v5.outbox.count()).toBe(1);
    expect(await v5.documents.where('[unitCode+status]').equals(['CUDCN', 'awaitingSignature']).count()).toBe(1);
    expect(await v5.syncState.get('desk')).toMatchObject({ clientId, cursor: '42' });
    expect(await v5.audit.count()).toBe(0);
    expect(await v5.meta.get('workstationId')).toEqual({ key: 'workstationId', value: clientId });
    v5.close();
  });

  it('upgrade a version-5 desk holding dossiers and their histories to version 6: report facts for every listed dossier, derived from its events', async () => {
    const indexedDB = new IDBFactory();
    const options = { indexedDB, IDBKeyRange };
    const v5 = new DeskDatabase('upgrade-to-6', options, 5);
    await v5.open();
    // Enough events to be read in several chunks, so histories are cut at chunk boundaries.
    const { dossiers, events } = generateDemoDossiers(5, 1_300, { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now: '2026-11-20T03:00:00.000Z' });
    expect(events.length).toBeGreaterThan(10_000); // chunks of 5,000
    const [displaced, ...listed] = dossiers;
    // A row that left the list (its code went to the portal's dossier): its events stay, no facts.
    await v5.table('dossiers').bulkAdd(listed);
    await v5.table('events').bulkAdd(events);
    await v5.table('outbox').add({ mutationId: '0b5c9c8e-3c2a-4f7e-9d61-5b1f2a3c4d5e', dossierId: listed[0]!.id, command: { type: 'receive' }, eventIds: [], baseVersion: 0, createdAt: '2026-03-10T02:00:00.000Z', files: [] });
    v5.close();

    const v6 = new DeskDatabase('upgrade-to-6', options, 6);
    await v6.open();
    expect(v6.verno).toBe(6);
    expect(await v6.dossiers.count()).toBe(listed.length);
    expect(await v6.events.count()).toBe(events.length);
    expect(await v6.outbox.count()).toBe(1);
    const historyOf = (id: string) => events.filter((e) => e.dossierId === id).sort((a, b) => a.version - b.version);
    const expected = listed.flatMap((d) => reportFactsOf(historyOf(d.id)) ?? []);
    // The demo refuses some intakes: never received, so no facts.
    expect(expected.length).toBeLessThan(listed.length);
    expect(expected.length).toBeGreaterThan(1_000);
    expect(await v6.reportFacts.orderBy('id').toArray()).toEqual(expected.sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await v6.reportFacts.get(displaced!.id)).toBeUndefined();
    v6.close();
  });
});
