import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
    });
    const arbitraryFilter: fc.Arbitrary<DossierFilter> = fc.record(
      {
        statuses: fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 3 }),
        procedureCode: fc.constantFrom('1.001', '2.001'),
        assigneeId: fc.constantFrom('u1', 'unassigned'),
        channel: fc.constantFrom('online', 'postal'),
        due: fc.constantFrom('overdue' as const, 'due-soon' as const),
        query: fc.constantFrom('nguy', 'an', 'do chi', 'tran'),
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
