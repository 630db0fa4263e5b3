// The yardstick for writing dossiers in Chromium: plain Dexie bulkPut of the same rows into a
// database with the same indexes as the desk's dossiers and events, and nothing else.
import Dexie from 'dexie';
import type { DemoDossier } from '../../shared/domain/demo/generate';

export function openRawDesk(name: string): Dexie {
  const raw = new Dexie(name);
  raw.version(1).stores({ dossiers: 'id, &code, status, updatedAt', events: 'id, [dossierId+version]' });
  return raw;
}

/** Writes the items' dossiers then their events; answers the milliseconds it took. */
export async function putRaw(raw: Dexie, items: readonly DemoDossier[]): Promise<number> {
  const rows = items.map((i) => i.dossier);
  const history = items.flatMap((i) => i.events);
  const started = performance.now();
  await raw.table('dossiers').bulkPut(rows);
  await raw.table('events').bulkPut(history);
  return performance.now() - started;
}
