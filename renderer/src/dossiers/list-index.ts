// The dossier list's in-memory index: one light row per dossier, kept sorted per sort key and
// searchable by folded word prefixes, so any filter, sort or search over 100,000 dossiers answers
// its first page in a few milliseconds without touching IndexedDB (which stays the truth).
import type { LocalDate } from '../../../shared/domain/calendar/local-date';

export type DossierListRow = {
  id: string;
  code: string;
  status: number;
  procedureCode: string;
  fieldCode: string;
  assigneeId: string | null;
  channel: string;
  receivedAt: string;
  /** The Vietnamese day the dossier was received, or null while it never was (online, not yet accepted). */
  receivedDay: LocalDate | null;
  /**
   * The Vietnamese day processing ended (shared/reports resolvedAt: processed, returned, stopped or
   * withdrawn), or null while it goes on; null too for a dossier never received, as the charts count it.
   */
  resolvedDay: LocalDate | null;
  /** 'YYYY-MM-DD', or null for procedures without a return date. */
  dueDate: string | null;
  updatedAt: string;
  applicantName: string;
  applicantIdNumber: string;
  summary: string;
  /** True while the dossier is still being worked on (not refused, withdrawn, stopped, resolved or returned). */
  open: boolean;
};

export type SortKey = 'dueDate' | 'receivedAt' | 'code' | 'updatedAt';
export type DossierSort = { key: SortKey; direction: 'asc' | 'desc' };

/** Vietnamese calendar days, both ends included. */
export type DayRange = { from: LocalDate; to: LocalDate };

export type DossierFilter = {
  statuses?: readonly number[];
  procedureCode?: string;
  fieldCode?: string;
  /** An officer's id, or 'unassigned' (open and in nobody's hands, as counted in FacetCounts.unassigned). */
  assigneeId?: string;
  channel?: string;
  due?: 'overdue' | 'due-soon';
  /** A unit's dossiers, read from the code ('{unit}-{yyMMdd}-{NNNN}'; unit codes contain no '-'). */
  unitCode?: string;
  /** Rows changed at or after this instant (ISO, 'Z'): "returned this week". */
  updatedSince?: string;
  /** Received on a Vietnamese day within the range (a week's bar on Tổng quan). */
  receivedBetween?: DayRange;
  /** Processing ended on a Vietnamese day within the range. */
  resolvedBetween?: DayRange;
  query?: string;
};

/** The dates the due filters compare against, computed by the caller with the working-day calendar. */
export type DueWindow = { today: string; dueSoonUntil: string };

export type ListPage = { rows: DossierListRow[]; total: number };

export type FacetCounts = {
  all: number;
  byStatus: Record<number, number>;
  byChannel: Record<string, number>;
  overdue: number;
  dueSoon: number;
  unassigned: number;
};

const SORT_KEYS: readonly SortKey[] = ['dueDate', 'receivedAt', 'code', 'updatedAt'];
/** From this many rows, upsertMany rebuilds the orders by merging instead of row by row. */
const BULK_UPSERT_FROM = 16;

export class DossierListIndex {
  private rows: DossierListRow[] = [];
  private slotById = new Map<string, number>();
  /** Per sort key, row slots in ascending order (empty before the first load, so queries answer nothing). */
  private orders = new Map<SortKey, number[]>(SORT_KEYS.map((key) => [key, []]));
  private postings = new Map<string, Set<number>>();
  private vocabulary: string[] = [];
  private tokensBySlot: string[][] = [];

  constructor(private readonly fold: (text: string) => string) {}

  get size(): number {
    return this.rows.length;
  }

  /** Replaces the whole content (start-up, demo import). */
  load(rows: readonly DossierListRow[]): void {
    this.rows = [...rows];
    this.slotById = new Map(this.rows.map((row, slot) => [row.id, slot]));
    this.postings = new Map();
    this.tokensBySlot = this.rows.map((row, slot) => {
      const tokens = this.tokensOf(row);
      for (const token of tokens) this.post(token, slot);
      return tokens;
    });
    this.vocabulary = [...this.postings.keys()].sort();
    this.orders = new Map(SORT_KEYS.map((key) => [key, this.rows.map((_, slot) => slot).sort((a, b) => this.compare(key, a, b))]));
  }

  get(id: string): DossierListRow | undefined {
    const slot = this.slotById.get(id);
    return slot === undefined ? undefined : this.rows[slot];
  }

  /** Inserts or replaces one row, keeping every order and the word index current. */
  upsert(row: DossierListRow): void {
    let slot = this.slotById.get(row.id);
    if (slot === undefined) {
      slot = this.rows.length;
      this.rows.push(row);
      this.slotById.set(row.id, slot);
      this.tokensBySlot.push([]);
    } else {
      for (const key of SORT_KEYS) {
        const order = this.orders.get(key)!;
        order.splice(order.indexOf(slot), 1);
      }
      for (const token of this.tokensBySlot[slot]!) this.postings.get(token)?.delete(slot);
      this.rows[slot] = row;
    }
    for (const key of SORT_KEYS) {
      const order = this.orders.get(key)!;
      order.splice(this.insertionPoint(order, key, slot), 0, slot);
    }
    const tokens = this.tokensOf(row);
    this.tokensBySlot[slot] = tokens;
    for (const token of tokens) {
      if (!this.postings.has(token)) this.vocabulary.splice(lowerBound(this.vocabulary, token), 0, token);
      this.post(token, slot);
    }
  }

  /**
   * Inserts or replaces many rows at once (a batch pulled by sync): the same content as upserting
   * each, but every order is rebuilt in one merge, not by one search and splice per row (which
   * costs the whole list per row: minutes for a first pull of 100,000 dossiers).
   */
  upsertMany(rows: readonly DossierListRow[]): void {
    if (rows.length < BULK_UPSERT_FROM) {
      for (const row of rows) this.upsert(row);
      return;
    }
    // Per sort key, the slots whose key value changed (all of them for new rows): only those move.
    const moved = new Map<SortKey, Set<number>>(SORT_KEYS.map((key) => [key, new Set()]));
    const newWords: string[] = [];
    for (const row of rows) {
      let slot = this.slotById.get(row.id);
      const before = slot === undefined ? undefined : this.rows[slot]!;
      if (slot === undefined) {
        slot = this.rows.length;
        this.rows.push(row);
        this.slotById.set(row.id, slot);
        this.tokensBySlot.push([]);
      } else {
        this.rows[slot] = row;
      }
      for (const key of SORT_KEYS) if (!before || before[key] !== row[key]) moved.get(key)!.add(slot);
      // Most changes (a step, an assignment) leave the searchable words as they were.
      if (before && searchText(before) === searchText(row)) continue;
      for (const token of this.tokensBySlot[slot]!) this.postings.get(token)?.delete(slot);
      const tokens = this.tokensOf(row);
      this.tokensBySlot[slot] = tokens;
      for (const token of tokens) {
        if (!this.postings.has(token)) newWords.push(token);
        this.post(token, slot);
      }
    }
    if (newWords.length > 0) this.vocabulary = mergeSorted(this.vocabulary, newWords.sort(), (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const key of SORT_KEYS) {
      const slots = moved.get(key)!;
      if (slots.size === 0) continue;
      const compare = (a: number, b: number) => this.compare(key, a, b);
      const kept = this.orders.get(key)!.filter((slot) => !slots.has(slot));
      this.orders.set(key, mergeSorted(kept, [...slots].sort(compare), compare));
    }
  }

  /** Takes a row out (a dossier the portal refused at intake); the last row moves into its slot. */
  remove(id: string): void {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    const last = this.rows.length - 1;
    for (const key of SORT_KEYS) {
      const order = this.orders.get(key)!;
      order.splice(order.indexOf(slot), 1);
      if (slot !== last) order[order.indexOf(last)] = slot;
    }
    for (const token of this.tokensBySlot[slot]!) this.postings.get(token)?.delete(slot);
    if (slot !== last) {
      for (const token of this.tokensBySlot[last]!) {
        const posting = this.postings.get(token)!;
        posting.delete(last);
        posting.add(slot);
      }
      this.rows[slot] = this.rows[last]!;
      this.tokensBySlot[slot] = this.tokensBySlot[last]!;
      this.slotById.set(this.rows[slot]!.id, slot);
    }
    this.rows.pop();
    this.tokensBySlot.pop();
    this.slotById.delete(id);
  }

  /** The rows matching `filter`, in `sort` order, from `offset`, at most `limit`; and how many match. */
  query(filter: DossierFilter, sort: DossierSort, window: DueWindow, offset = 0, limit = 50): ListPage {
    const matches = this.predicate(filter, window);
    const candidates = this.searchSlots(filter.query);
    const order = this.orders.get(sort.key)!;
    const rows: DossierListRow[] = [];
    let total = 0;
    const visit = (slot: number) => {
      if (!matches(this.rows[slot]!)) return;
      if (total >= offset && rows.length < limit) rows.push(this.rows[slot]!);
      total++;
    };
    if (candidates && candidates.size < order.length / 8) {
      const picked = [...candidates].sort((a, b) => this.compare(sort.key, a, b));
      if (sort.direction === 'desc') picked.reverse();
      picked.forEach(visit);
    } else if (sort.direction === 'asc') {
      for (let i = 0; i < order.length; i++) if (!candidates || candidates.has(order[i]!)) visit(order[i]!);
    } else {
      for (let i = order.length - 1; i >= 0; i--) if (!candidates || candidates.has(order[i]!)) visit(order[i]!);
    }
    return { rows, total };
  }

  /** Counts for the filter chips, over the rows that match the search words. */
  facets(query: string | undefined, window: DueWindow): FacetCounts {
    const candidates = this.searchSlots(query);
    const counts: FacetCounts = { all: 0, byStatus: {}, byChannel: {}, overdue: 0, dueSoon: 0, unassigned: 0 };
    const count = (row: DossierListRow) => {
      counts.all++;
      counts.byStatus[row.status] = (counts.byStatus[row.status] ?? 0) + 1;
      counts.byChannel[row.channel] = (counts.byChannel[row.channel] ?? 0) + 1;
      if (row.open && row.dueDate !== null) {
        if (row.dueDate < window.today) counts.overdue++;
        else if (row.dueDate <= window.dueSoonUntil) counts.dueSoon++;
      }
      if (row.open && row.assigneeId === null) counts.unassigned++;
    };
    if (candidates) for (const slot of candidates) count(this.rows[slot]!);
    else for (const row of this.rows) count(row);
    return counts;
  }

  private predicate(filter: DossierFilter, window: DueWindow): (row: DossierListRow) => boolean {
    const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
    const unitPrefix = filter.unitCode === undefined ? null : `${filter.unitCode}-`;
    return (row) =>
      (!statuses || statuses.has(row.status)) &&
      (filter.procedureCode === undefined || row.procedureCode === filter.procedureCode) &&
      (filter.fieldCode === undefined || row.fieldCode === filter.fieldCode) &&
      (filter.channel === undefined || row.channel === filter.channel) &&
      (unitPrefix === null || row.code.startsWith(unitPrefix)) &&
      (filter.updatedSince === undefined || row.updatedAt >= filter.updatedSince) &&
      within(row.receivedDay, filter.receivedBetween) &&
      within(row.resolvedDay, filter.resolvedBetween) &&
      (filter.assigneeId === undefined || (filter.assigneeId === 'unassigned' ? row.open && row.assigneeId === null : row.assigneeId === filter.assigneeId)) &&
      (filter.due === undefined ||
        (row.open &&
          row.dueDate !== null &&
          (filter.due === 'overdue' ? row.dueDate < window.today : row.dueDate >= window.today && row.dueDate <= window.dueSoonUntil)));
  }

  /** Slots whose words start with every word of the query; null when there is no query. */
  private searchSlots(query: string | undefined): Set<number> | null {
    const words = query ? splitWords(this.fold(query)) : [];
    if (words.length === 0) return null;
    const sets = words.map((word) => {
      const found = new Set<number>();
      for (let i = lowerBound(this.vocabulary, word); i < this.vocabulary.length && this.vocabulary[i]!.startsWith(word); i++) {
        for (const slot of this.postings.get(this.vocabulary[i]!) ?? []) found.add(slot);
      }
      return found;
    });
    sets.sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = sets;
    return new Set([...smallest!].filter((slot) => rest.every((set) => set.has(slot))));
  }

  private tokensOf(row: DossierListRow): string[] {
    return [...new Set(splitWords(this.fold(searchText(row))))];
  }

  private post(token: string, slot: number): void {
    let set = this.postings.get(token);
    if (!set) this.postings.set(token, (set = new Set()));
    set.add(slot);
  }

  private compare(key: SortKey, a: number, b: number): number {
    const x = this.rows[a]![key] ?? '\uffff';
    const y = this.rows[b]![key] ?? '\uffff';
    return x < y ? -1 : x > y ? 1 : a - b;
  }

  private insertionPoint(order: number[], key: SortKey, slot: number): number {
    let low = 0;
    let high = order.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.compare(key, order[mid]!, slot) < 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** True without a range; with one, only for a day inside it ('YYYY-MM-DD' compares as text). */
const within = (day: LocalDate | null, range: DayRange | undefined) => range === undefined || (day !== null && day >= range.from && day <= range.to);

const searchText = (row: DossierListRow) => `${row.code} ${row.applicantName} ${row.applicantIdNumber} ${row.summary}`;

function splitWords(folded: string): string[] {
  return folded.split(/[^a-z0-9]+/).filter(Boolean);
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Two ascending arrays as one. */
function mergeSorted<T>(a: readonly T[], b: readonly T[], compare: (x: T, y: T) => number): T[] {
  const merged: T[] = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}
