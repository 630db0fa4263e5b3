import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DashboardCounter } from '../../../shared/reports/dashboard';
import { admin, assign, history, intake, receive, signAt, withdraw } from '../../../shared/reports/testing';
import { toListRow } from '../store/dossier-queries';
import { DossierListIndex, type DossierFilter, type DossierListRow, type DossierSort } from './list-index';

const fold = (text: string) =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();

const window = { today: '2026-03-10', dueSoonUntil: '2026-03-12' };

function row(overrides: Partial<DossierListRow> & { id: string }): DossierListRow {
  return {
    code: `CSHTT-260301-${overrides.id.padStart(4, '0')}`,
    status: 4,
    procedureCode: '1.001',
    fieldCode: 'SHTT',
    assigneeId: null,
    channel: 'counter',
    receivedAt: '2026-03-01T02:00:00.000Z',
    receivedDay: '2026-03-01',
    resolvedDay: null,
    dueDate: '2026-03-20',
    updatedAt: '2026-03-01T02:00:00.000Z',
    applicantName: 'Nguyễn Văn An',
    applicantIdNumber: '001090000001',
    summary: 'Đăng ký chuyển giao công nghệ',
    open: true,
    ...overrides,
  };
}

describe('the dossier list index', () => {
  it('finds a dossier by an accent-free, lower-case prefix of the applicant name', () => {
    const index = new DossierListIndex(fold);
    index.load([row({ id: '1', applicantName: 'Đặng Thị Ánh Tuyết' }), row({ id: '2', applicantName: 'Trần Minh Đức' })]);
    const page = index.query({ query: 'dang anh' }, { key: 'code', direction: 'asc' }, window);
    expect(page.rows.map((r) => r.id)).toEqual(['1']);
    expect(index.query({ query: 'ĐỨC' }, { key: 'code', direction: 'asc' }, window).rows.map((r) => r.id)).toEqual(['2']);
  });

  it('lists overdue and due-soon dossiers only while they are open', () => {
    const index = new DossierListIndex(fold);
    index.load([
      row({ id: '1', dueDate: '2026-03-09' }),
      row({ id: '2', dueDate: '2026-03-09', status: 10, open: false }),
      row({ id: '3', dueDate: '2026-03-11' }),
      row({ id: '4', dueDate: null }),
    ]);
    const sort: DossierSort = { key: 'dueDate', direction: 'asc' };
    expect(index.query({ due: 'overdue' }, sort, window).rows.map((r) => r.id)).toEqual(['1']);
    expect(index.query({ due: 'due-soon' }, sort, window).rows.map((r) => r.id)).toEqual(['3']);
    const facets = index.facets(undefined, window);
    expect(facets).toMatchObject({ all: 4, overdue: 1, dueSoon: 1, unassigned: 3 });
  });

  it('keeps sort orders and search current when a dossier changes', () => {
    const index = new DossierListIndex(fold);
    index.load([row({ id: '1', dueDate: '2026-03-20' }), row({ id: '2', dueDate: '2026-03-25' })]);
    index.upsert(row({ id: '2', dueDate: '2026-03-15', applicantName: 'Lê Hoàng Nam' }));
    index.upsert(row({ id: '3', dueDate: '2026-03-01' }));
    const sort: DossierSort = { key: 'dueDate', direction: 'asc' };
    expect(index.query({}, sort, window).rows.map((r) => r.id)).toEqual(['3', '2', '1']);
    expect(index.query({ query: 'nguyen' }, sort, window).rows.map((r) => r.id)).toEqual(['3', '1']);
    expect(index.query({ query: 'hoang' }, sort, window).rows.map((r) => r.id)).toEqual(['2']);
  });

  it('forgets a removed dossier in every order and in search, and keeps the others findable', () => {
    const index = new DossierListIndex(fold);
    index.load([row({ id: '1', applicantName: 'Lê Văn Bình' }), row({ id: '2', applicantName: 'Phạm Thu Hà' }), row({ id: '3', applicantName: 'Lê Thị Hoa' })]);
    index.remove('1');
    index.remove('missing');
    expect(index.size).toBe(2);
    expect(index.get('1')).toBeUndefined();
    for (const key of ['code', 'dueDate', 'receivedAt', 'updatedAt'] as const) {
      expect(index.query({}, { key, direction: 'asc' }, window).rows.map((r) => r.id).sort()).toEqual(['2', '3']);
    }
    expect(index.query({ query: 'le' }, { key: 'code', direction: 'asc' }, window).rows.map((r) => r.id)).toEqual(['3']);
    expect(index.query({ query: 'ha' }, { key: 'code', direction: 'asc' }, window).rows.map((r) => r.id)).toEqual(['2']);
    index.upsert(row({ id: '4', applicantName: 'Lê Văn Bình' }));
    expect(index.query({ query: 'binh' }, { key: 'code', direction: 'desc' }, window).rows.map((r) => r.id)).toEqual(['4']);
  });

  it('answers an empty page, not an error, before the first load', () => {
    const index = new DossierListIndex(fold);
    expect(index.query({}, { key: 'dueDate', direction: 'asc' }, window)).toEqual({ rows: [], total: 0 });
    index.upsert(row({ id: '1' }));
    expect(index.query({}, { key: 'code', direction: 'asc' }, window).total).toBe(1);
  });

  it("narrows to one unit's dossiers by the code's unit prefix, and to rows changed since an instant", () => {
    const index = new DossierListIndex(fold);
    index.load([
      row({ id: '1', code: 'CSHTT-260301-0001', updatedAt: '2026-03-08T09:00:00.000Z' }),
      row({ id: '2', code: 'CSHTTX-260301-0001', updatedAt: '2026-03-09T09:00:00.000Z' }),
      row({ id: '3', code: 'CUDCN-260301-0001', updatedAt: '2026-03-10T09:00:00.000Z' }),
    ]);
    const sort: DossierSort = { key: 'code', direction: 'asc' };
    expect(index.query({ unitCode: 'CSHTT' }, sort, window).rows.map((r) => r.id)).toEqual(['1']);
    expect(index.query({ updatedSince: '2026-03-09T00:00:00.000Z' }, sort, window).rows.map((r) => r.id)).toEqual(['2', '3']);
  });

  describe('received and resolved day ranges', () => {
    const sort: DossierSort = { key: 'code', direction: 'asc' };
    const ids = (filter: DossierFilter, index: DossierListIndex) => index.query(filter, sort, window).rows.map((r) => r.id);
    // Times on a Vietnamese clock: 00:00 on 9 March is 17:00Z on 8 March.
    const received = (id: number, at: string) => toListRow(history(receive(`d${id}`, at, intake(id))).dossier);
    const rows = [
      received(1, '2026-03-08 23:59'),
      received(2, '2026-03-09 00:00'),
      received(3, '2026-03-12 16:30'),
      received(4, '2026-03-15 23:59'),
      received(5, '2026-03-16 00:00'),
    ];

    it('reads the received day on the Vietnamese clock, so 00:00 +07 starts the day whatever UTC says', () => {
      expect(rows.map((r) => r.receivedDay)).toEqual(['2026-03-08', '2026-03-09', '2026-03-12', '2026-03-15', '2026-03-16']);
      expect(rows[1]!.receivedAt).toBe('2026-03-08T17:00:00.000Z');
    });

    it('includes both ends of the range, from 00:00 of the first day to the last minute of the last', () => {
      const index = new DossierListIndex(fold);
      index.load(rows);
      expect(ids({ receivedBetween: { from: '2026-03-09', to: '2026-03-15' } }, index)).toEqual(rows.slice(1, 4).map((r) => r.id));
      expect(ids({ receivedBetween: { from: '2026-03-12', to: '2026-03-12' } }, index)).toEqual([rows[2]!.id]);
      expect(ids({ receivedBetween: { from: '2026-03-17', to: '2026-03-22' } }, index)).toEqual([]);
    });

    it('leaves out an online submission not yet received, though the list dates it by its submission', () => {
      const submitted = toListRow(history([[{ type: 'recordOnlineSubmission', dossierId: 'd9', intake: intake(9, { channel: 'online' }) }, admin, '2026-03-10 09:00']]).dossier);
      expect(submitted.receivedDay).toBeNull();
      const index = new DossierListIndex(fold);
      index.load([...rows, submitted]);
      expect(ids({ receivedBetween: { from: '2026-03-09', to: '2026-03-15' } }, index)).not.toContain(submitted.id);
    });

    it('finds the dossiers whose processing ended within the range: signed or withdrawn, not those still open', () => {
      const signed = toListRow(history([...receive('s1', '2026-03-02 08:00', intake(11)), assign('2026-03-02 09:00'), ...signAt('2026-03-15 23:59')]).dossier);
      const signedLate = toListRow(history([...receive('s2', '2026-03-02 08:00', intake(12)), assign('2026-03-02 09:00'), ...signAt('2026-03-16 00:00')]).dossier);
      const withdrawn = toListRow(history([...receive('w1', '2026-03-02 08:00', intake(13)), withdraw('2026-03-09 00:00')]).dossier);
      const index = new DossierListIndex(fold);
      index.load([...rows, signed, signedLate, withdrawn]);
      expect(ids({ resolvedBetween: { from: '2026-03-09', to: '2026-03-15' } }, index).sort()).toEqual([signed.id, withdrawn.id].sort());
    });

    it('opens exactly the count of a Tổng quan week bar, received and resolved', () => {
      const dossiers = [
        history(receive('a', '2026-03-09 00:00', intake(21))).dossier,
        history(receive('b', '2026-03-15 23:59', intake(22))).dossier,
        history([...receive('c', '2026-03-08 23:59', intake(23)), assign('2026-03-09 08:00'), ...signAt('2026-03-13 10:00')]).dossier,
        history([...receive('d', '2026-03-11 10:00', intake(24)), withdraw('2026-03-16 00:00')]).dossier,
      ];
      const counter = new DashboardCounter('2026-03-20', null);
      for (const dossier of dossiers) counter.add(dossier);
      const week = counter.figures().weeks.find((w) => w.weekStart === '2026-03-09')!;
      const index = new DossierListIndex(fold);
      index.load(dossiers.map(toListRow));
      const range = { from: '2026-03-09', to: '2026-03-15' };
      expect(index.query({ receivedBetween: range }, sort, window).total).toBe(week.received);
      expect(index.query({ resolvedBetween: range }, sort, window).total).toBe(week.resolved);
      expect([week.received, week.resolved]).toEqual([3, 1]);
    });
  });

  it('answers every filter and sort exactly like a plain scan (property)', () => {
    const arbitraryRow = fc.record({
      id: fc.uuid(),
      status: fc.integer({ min: 1, max: 10 }),
      procedureCode: fc.constantFrom('1.001', '1.002', '2.001'),
      channel: fc.constantFrom('online', 'counter', 'postal'),
      assigneeId: fc.constantFrom(null, 'u1', 'u2'),
      dueDate: fc.option(fc.constantFrom('2026-03-05', '2026-03-10', '2026-03-11', '2026-03-30'), { nil: null }),
      applicantName: fc.constantFrom('Nguyễn An', 'Trần Bình', 'Đỗ Chi', 'Nguyên Anh'),
      updatedAt: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'),
      receivedDay: fc.option(fc.constantFrom('2026-03-01', '2026-03-08', '2026-03-09', '2026-03-15', '2026-03-16'), { nil: null }),
      resolvedDay: fc.option(fc.constantFrom('2026-03-08', '2026-03-09', '2026-03-15', '2026-03-16'), { nil: null }),
    });
    const arbitraryRange = fc.constantFrom({ from: '2026-03-09', to: '2026-03-15' }, { from: '2026-03-01', to: '2026-03-01' }, { from: '2026-03-16', to: '2026-03-22' });
    const arbitraryFilter: fc.Arbitrary<DossierFilter> = fc.record(
      {
        statuses: fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 3 }),
        procedureCode: fc.constantFrom('1.001', '2.001'),
        assigneeId: fc.constantFrom('u1', 'unassigned'),
        channel: fc.constantFrom('online', 'postal'),
        due: fc.constantFrom('overdue' as const, 'due-soon' as const),
        query: fc.constantFrom('nguy', 'an', 'do chi', 'tran'),
        receivedBetween: arbitraryRange,
        resolvedBetween: arbitraryRange,
      },
      { requiredKeys: [] },
    );
    const arbitrarySort = fc.record({ key: fc.constantFrom('dueDate' as const, 'updatedAt' as const, 'code' as const), direction: fc.constantFrom('asc' as const, 'desc' as const) });
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 40 }), arbitraryFilter, arbitrarySort, (partials, filter, sort) => {
        const rows = partials.map((p, i) => row({ ...p, id: p.id, code: `C-${String(i).padStart(3, '0')}`, open: p.status < 8 && p.status !== 3 && p.status !== 7 }));
        const index = new DossierListIndex(fold);
        index.load(rows);
        const words = filter.query ? fold(filter.query).split(' ') : [];
        const expected = rows
          .filter((r) => !filter.statuses?.length || filter.statuses.includes(r.status))
          .filter((r) => !filter.procedureCode || r.procedureCode === filter.procedureCode)
          .filter((r) => !filter.channel || r.channel === filter.channel)
          .filter((r) => !filter.assigneeId || (filter.assigneeId === 'unassigned' ? r.open && r.assigneeId === null : r.assigneeId === filter.assigneeId))
          .filter((r) => !filter.due || (r.open && r.dueDate !== null && (filter.due === 'overdue' ? r.dueDate < window.today : r.dueDate >= window.today && r.dueDate <= window.dueSoonUntil)))
          .filter((r) => !filter.receivedBetween || (r.receivedDay !== null && r.receivedDay >= filter.receivedBetween.from && r.receivedDay <= filter.receivedBetween.to))
          .filter((r) => !filter.resolvedBetween || (r.resolvedDay !== null && r.resolvedDay >= filter.resolvedBetween.from && r.resolvedDay <= filter.resolvedBetween.to))
          .filter((r) => words.every((w) => fold(`${r.code} ${r.applicantName} ${r.applicantIdNumber} ${r.summary}`).split(/[^a-z0-9]+/).some((t) => t.startsWith(w))));
        const got = index.query(filter, sort, window, 0, 1000);
        expect(got.total).toBe(expected.length);
        const keyOf = (r: DossierListRow) => r[sort.key] ?? '\uffff';
        const keys = got.rows.map(keyOf);
        const sorted = [...keys].sort();
        expect(keys).toEqual(sort.direction === 'asc' ? sorted : sorted.reverse());
        expect(new Set(got.rows.map((r) => r.id))).toEqual(new Set(expected.map((r) => r.id)));
      }),
      { numRuns: 300 },
    );
  });

  it('upserting many rows at once leaves every order and the search exactly as upserting them one by one (property)', () => {
    const arbitraryChange = fc.record({
      id: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => String(i))),
      status: fc.integer({ min: 1, max: 10 }),
      dueDate: fc.option(fc.constantFrom('2026-03-05', '2026-03-10', '2026-03-30'), { nil: null }),
      receivedAt: fc.constantFrom('2026-03-01T02:00:00.000Z', '2026-03-02T02:00:00.000Z'),
      updatedAt: fc.constantFrom('2026-01-01', '2026-02-01', '2026-03-01'),
      applicantName: fc.constantFrom('Nguyễn An', 'Trần Bình', 'Đỗ Chi', 'Lưu Quỳnh Hoa', 'Phạm Thị Yến'),
    });
    fc.assert(
      fc.property(fc.array(arbitraryChange, { maxLength: 20 }), fc.array(arbitraryChange, { maxLength: 60, size: 'max' }), (initial, changes) => {
        const one = new DossierListIndex(fold);
        const many = new DossierListIndex(fold);
        // The first rows know two names only, so the changes bring words the search has not seen.
        const first = [...new Map(initial.map((c) => [c.id, row({ ...c, applicantName: c.status % 2 ? 'Nguyễn An' : 'Trần Bình' })])).values()];
        one.load(first);
        many.load(first);
        const rows = changes.map((c) => row(c));
        for (const r of rows) one.upsert(r);
        many.upsertMany(rows);
        expect(many.size).toBe(one.size);
        for (const key of ['dueDate', 'receivedAt', 'code', 'updatedAt'] as const) {
          for (const query of [undefined, 'nguyen', 'hoa', 'y', 'cshtt 00']) {
            const ids = (index: DossierListIndex) => index.query({ query }, { key, direction: 'asc' }, window, 0, 1000).rows.map((r) => r.id);
            expect(ids(many)).toEqual(ids(one));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
