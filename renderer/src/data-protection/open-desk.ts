// Opens the desk's database at start-up and, when it cannot be opened, says why instead of letting
// the app crash: the recovery screen reads the reason. Nothing is deleted or upgraded here.
import type { DeskDatabase } from '../store/database';
import type { DeskDatabases } from './desk-databases';
import { LATEST_SCHEMA_VERSION } from './desk-backup';
import { openExisting } from './salvage';

/**
 * newerVersion: made by a newer version of the app (downgrade); upgradeFailed: this version's
 * upgrade of it failed; unavailable: the browser offers no IndexedDB; damaged: anything else.
 */
export type OpenFailureReason = 'newerVersion' | 'upgradeFailed' | 'unavailable' | 'damaged';
export type DeskOpening = { ok: true; db: DeskDatabase } | { ok: false; name: string; reason: OpenFailureReason; detail: string };

/** Dexie wraps the IndexedDB error (OpenFailedError → inner): every name in the chain counts. */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  for (let current = error as { name?: unknown; inner?: unknown } | undefined, depth = 0; current && depth < 5; depth++) {
    if (typeof current.name === 'string') names.push(current.name);
    current = current.inner as typeof current;
  }
  return names;
}

export function openFailureReason(error: unknown): OpenFailureReason {
  const names = errorNames(error);
  if (names.includes('VersionError')) return 'newerVersion';
  if (names.includes('UpgradeError')) return 'upgradeFailed';
  if (names.includes('MissingAPIError')) return 'unavailable';
  return 'damaged';
}

/**
 * What the database on disk is, read raw before Dexie sees it: Dexie 4 opens a database of a newer
 * version by upgrading it further to add the tables it misses, which would change the very copy
 * this screen promises to keep. null: no such database yet (first run), or none could be read.
 */
async function versionOnDisk(factory: IDBFactory, name: string): Promise<number | null> {
  const existing = await openExisting(factory, name).catch(() => null);
  if (!existing) return null;
  const version = existing.version;
  existing.close();
  return version;
}

export async function openDesk(databases: DeskDatabases): Promise<DeskOpening> {
  const name = databases.activeName();
  const onDisk = await versionOnDisk(databases.indexedDB, name);
  // Dexie stores schema version n as IndexedDB version n × 10.
  if (onDisk !== null && onDisk > LATEST_SCHEMA_VERSION * 10) {
    return { ok: false, name, reason: 'newerVersion', detail: `IndexedDB version ${onDisk}, this app knows up to ${LATEST_SCHEMA_VERSION * 10}` };
  }
  const db = databases.open(name);
  try {
    await db.open();
    return { ok: true, db };
  } catch (error) {
    db.close();
    return { ok: false, name, reason: openFailureReason(error), detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Start-up: deletes databases a restore replaced (nobody holds them open yet), then opens the active one. */
export async function openDeskAtStart(databases: DeskDatabases): Promise<DeskOpening> {
  await databases.deleteRetired().catch(() => undefined);
  return openDesk(databases);
}
