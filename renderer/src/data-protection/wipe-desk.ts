// "Xóa dữ liệu trên máy này": every local database (the active one, kept damaged ones, the report
// worker's view of them), every secret of every officer, and the settings in localStorage, so the
// app starts as on first run. The audit log goes with the database: nothing on the desk survives.
import type { DesktopHost } from '../../../shared/host/desktop-host';
import type { DeskDatabase } from '../store/database';
import type { DeskDatabases } from './desk-databases';

/** What the officer types to wipe a desk that still holds unsent changes. */
export const WIPE_CONFIRMATION_PHRASE = 'XÓA DỮ LIỆU';

export type WipeOutcome = { ok: true } | { ok: false; reason: 'unsent'; unsent: number } | { ok: false; reason: 'secrets'; message: string };

export type WipeDeps = {
  databases: DeskDatabases;
  host: Pick<DesktopHost, 'deleteAllSecrets'>;
  storage: Pick<Storage, 'clear'>;
};

/** Unsent changes on the desk; a database that cannot be read counts as none to read. */
export async function unsentChanges(db: DeskDatabase | null): Promise<number> {
  if (!db) return 0;
  try {
    return await db.outbox.count();
  } catch {
    return 0;
  }
}

export const confirmsWipe = (typed: string | undefined): boolean => (typed ?? '').trim().normalize('NFC').toLocaleUpperCase('vi') === WIPE_CONFIRMATION_PHRASE.normalize('NFC');

/**
 * Refuses while unsent changes remain unless `confirmation` is the phrase. Secrets go first, so a
 * database deletion that hangs still leaves no token behind; then the databases, then settings.
 */
export async function wipeDesk(deps: WipeDeps, db: DeskDatabase | null, confirmation?: string): Promise<WipeOutcome> {
  const unsent = await unsentChanges(db);
  if (unsent > 0 && !confirmsWipe(confirmation)) return { ok: false, reason: 'unsent', unsent };
  const secrets = await deps.host.deleteAllSecrets(undefined);
  if (!secrets.ok) return { ok: false, reason: 'secrets', message: secrets.error.message };
  db?.close();
  for (const name of await deps.databases.existingNames()) await deps.databases.delete(name);
  deps.storage.clear();
  return { ok: true };
}
