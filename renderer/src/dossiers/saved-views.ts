// Saved list views: a named filter + sort (and search words) an officer returns to, kept in the
// savedViews table on this machine. Stored rows are read back through a schema, so a view saved by
// an older version with a filter this one no longer knows is skipped, never half-applied.
import { z } from 'zod';
import { localDateSchema } from '../../../shared/domain/calendar/local-date';
import type { DeskDatabase } from '../store/database';
import type { SavedView } from '../store/records';
import type { DossierSort } from './list-index';
import type { ListFilter } from './list-view-store';

const dayRangeSchema = z.object({ from: localDateSchema, to: localDateSchema }).strict();

const filterSchema = z
  .object({
    statuses: z.array(z.int().min(1).max(10)).optional(),
    procedureCode: z.string().optional(),
    fieldCode: z.string().optional(),
    assigneeId: z.string().optional(),
    channel: z.string().optional(),
    due: z.enum(['overdue', 'due-soon']).optional(),
    unitCode: z.string().optional(),
    updatedSince: z.string().optional(),
    receivedBetween: dayRangeSchema.optional(),
    resolvedBetween: dayRangeSchema.optional(),
    query: z.string().optional(),
  })
  .strict();

const sortSchema = z.object({ key: z.enum(['dueDate', 'receivedAt', 'code', 'updatedAt']), direction: z.enum(['asc', 'desc']) }).strict();

export type ListView = { id: string; name: string; filter: ListFilter; searchText: string; sort: DossierSort; createdAt: string };

/** Every readable saved view, by name in Vietnamese order. */
export async function listSavedViews(db: DeskDatabase): Promise<ListView[]> {
  const rows = await db.savedViews.toArray();
  return rows
    .flatMap((row) => {
      const view = fromRow(row);
      return view ? [view] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** Saves under `name`; a view of the same name (ignoring case and spaces) is replaced, not duplicated. */
export async function saveView(
  db: DeskDatabase,
  input: { name: string; filter: ListFilter; searchText: string; sort: DossierSort },
  now: string,
  newId: () => string = () => crypto.randomUUID(),
): Promise<ListView> {
  const name = input.name.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name === '') throw new RangeError('A saved view needs a name.');
  const key = name.toLocaleLowerCase('vi');
  return db.transaction('rw', db.savedViews, async () => {
    const existing = (await db.savedViews.toArray()).find((row) => row.name.toLocaleLowerCase('vi') === key);
    const query = input.searchText.trim();
    const filter = { ...input.filter, ...(query ? { query } : {}) };
    const row: SavedView = { id: existing?.id ?? newId(), name, filter: filterSchema.parse(filter), sort: sortSchema.parse(input.sort), createdAt: existing?.createdAt ?? now };
    await db.savedViews.put(row);
    return fromRow(row)!;
  });
}

export async function deleteSavedView(db: DeskDatabase, id: string): Promise<void> {
  await db.savedViews.delete(id);
}

function fromRow(row: SavedView): ListView | null {
  const filter = filterSchema.safeParse(row.filter);
  const sort = sortSchema.safeParse(row.sort);
  if (!filter.success || !sort.success) return null;
  const { query, ...rest } = filter.data;
  return { id: row.id, name: row.name, filter: rest, searchText: query ?? '', sort: sort.data, createdAt: row.createdAt };
}
