// Saved views survive the trip through IndexedDB and come back exactly as saved.
import { afterEach, describe, expect, it } from 'vitest';
import type { DeskDatabase } from '../store/database';
import { freshDatabase } from '../store/test-support';
import { deleteSavedView, listSavedViews, saveView } from './saved-views';

let db: DeskDatabase;
afterEach(() => db?.close());

const now = '2026-03-10T02:00:00.000Z';

describe('saved list views', () => {
  it('come back with their filter, search words and sort, by name in Vietnamese order', async () => {
    db = freshDatabase();
    await saveView(db, { name: 'Quá hạn của tôi', filter: { assigneeId: 'mine', due: 'overdue' }, searchText: '', sort: { key: 'dueDate', direction: 'asc' } }, now);
    await saveView(db, { name: 'Đăng ký nhãn hiệu', filter: { procedureCode: '1.005157', statuses: [2, 4] }, searchText: ' nguyen ', sort: { key: 'receivedAt', direction: 'desc' } }, now);
    await saveView(db, { name: 'Bưu chính', filter: { channel: 'postal' }, searchText: '', sort: { key: 'code', direction: 'asc' } }, now);
    const views = await listSavedViews(db);
    expect(views.map((v) => v.name)).toEqual(['Bưu chính', 'Đăng ký nhãn hiệu', 'Quá hạn của tôi']);
    expect(views[1]).toMatchObject({ filter: { procedureCode: '1.005157', statuses: [2, 4] }, searchText: 'nguyen', sort: { key: 'receivedAt', direction: 'desc' } });
    expect(views[2]).toMatchObject({ filter: { assigneeId: 'mine', due: 'overdue' }, searchText: '' });
  });

  it('replace a view saved again under the same name, and delete one by id', async () => {
    db = freshDatabase();
    const first = await saveView(db, { name: 'Chờ ký', filter: { statuses: [4] }, searchText: '', sort: { key: 'dueDate', direction: 'asc' } }, now);
    const again = await saveView(db, { name: '  chờ   KÝ ', filter: { statuses: [4, 9] }, searchText: '', sort: { key: 'dueDate', direction: 'desc' } }, now);
    expect(again.id).toBe(first.id);
    expect(await listSavedViews(db)).toHaveLength(1);
    expect((await listSavedViews(db))[0]).toMatchObject({ name: 'chờ KÝ', filter: { statuses: [4, 9] } });
    await deleteSavedView(db, first.id);
    expect(await listSavedViews(db)).toEqual([]);
  });

  it("keep a chart bar's received-day range, and refuse a range that is not a real day", async () => {
    db = freshDatabase();
    const receivedBetween = { from: '2026-03-09', to: '2026-03-15' };
    await saveView(db, { name: 'Tuần 09/03', filter: { receivedBetween }, searchText: '', sort: { key: 'receivedAt', direction: 'asc' } }, now);
    expect((await listSavedViews(db))[0]).toMatchObject({ filter: { receivedBetween } });
    await expect(saveView(db, { name: 'Sai', filter: { receivedBetween: { from: '2026-02-30', to: '2026-03-15' } }, searchText: '', sort: { key: 'code', direction: 'asc' } }, now)).rejects.toThrow();
  });

  it('skip a stored view whose filter this version does not understand', async () => {
    db = freshDatabase();
    await db.savedViews.put({ id: 'old', name: 'Cũ', filter: { priority: 'high' }, sort: { key: 'dueDate', direction: 'asc' }, createdAt: now });
    await saveView(db, { name: 'Mới', filter: {}, searchText: '', sort: { key: 'code', direction: 'asc' } }, now);
    expect((await listSavedViews(db)).map((v) => v.name)).toEqual(['Mới']);
  });

  it('refuse a view without a name', async () => {
    db = freshDatabase();
    await expect(saveView(db, { name: '   ', filter: {}, searchText: '', sort: { key: 'code', direction: 'asc' } }, now)).rejects.toThrow(RangeError);
  });
});
