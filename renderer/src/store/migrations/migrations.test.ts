import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DeskDatabase } from '../database';
import { schemaVersions } from './index';

describe('schema migrations', () => {
  it('are numbered 1, 2, 3... with a reason each', () => {
    expect(schemaVersions.map((s) => s.version)).toEqual(schemaVersions.map((_, i) => i + 1));
    for (const schema of schemaVersions) expect(schema.why.length).toBeGreaterThan(20);
  });

  it('upgrade a version-1 database with data in it without losing a row', async () => {
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

    const latest = new DeskDatabase('upgrade-me', options);
    await latest.open();
    expect(latest.verno).toBe(schemaVersions.at(-1)!.version);
    expect(await latest.dossiers.get('d1')).toMatchObject({ code: 'CUDCN-260310-0001', status: 2 });
    expect(await latest.events.count()).toBe(1);
    const outbox = await latest.outbox.orderBy('seq').toArray();
    expect(outbox.map((e) => e.mutationId)).toEqual(['m-e1', 'm-e2']);
    expect(await latest.outbox.where('mutationId').equals('m-e2').count()).toBe(1);
    await latest.savedViews.add({ id: 'v1', name: 'Quá hạn của tôi', filter: { due: 'overdue' }, sort: { key: 'dueDate', direction: 'asc' }, createdAt: '2026-03-10T03:00:00.000Z' });
    expect(await latest.savedViews.count()).toBe(1);
    latest.close();
  });
});
