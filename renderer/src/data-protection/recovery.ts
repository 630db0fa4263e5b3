// The ways out of a database that cannot be opened. Each makes a fresh database the active one,
// carries the damaged one's unsent changes into it, and keeps the damaged one under its own name
// until the portal has confirmed those changes; then (and only then) it may be deleted.
import type { DeskDatabase } from '../store/database';
import type { DeskDatabases, KeptDatabase } from './desk-databases';
import { restoreDesk, type RestoreOptions, type RestoreOutcome } from './desk-backup';
import { carryOver, salvageDamaged } from './salvage';

export type Rebuilt = { databaseName: string; carried: number; outboxRead: boolean };

async function adopt(databases: DeskDatabases, damagedName: string, freshName: string, now: string): Promise<Rebuilt> {
  const salvage = await salvageDamaged(databases.indexedDB, damagedName);
  const fresh = databases.open(freshName);
  try {
    const carried = await carryOver(fresh, salvage);
    databases.keep({ name: damagedName, keptAt: now, carried, outboxRead: salvage.outboxRead });
    databases.setActive(freshName);
    return { databaseName: freshName, carried: carried.length, outboxRead: salvage.outboxRead };
  } finally {
    fresh.close();
  }
}

/** "Khôi phục từ cổng": an empty database (plus the unsent changes) that sync fills after sign-in. */
export function rebuildFromPortal(databases: DeskDatabases, damagedName: string, now: string): Promise<Rebuilt> {
  return adopt(databases, damagedName, databases.freshName(), now);
}

/** "Khôi phục từ bản sao lưu": the backup's data, plus the damaged database's newer unsent changes. */
export async function rebuildFromBackup(
  databases: DeskDatabases,
  damagedName: string,
  file: Uint8Array,
  passphrase: string,
  now: string,
  options: Omit<RestoreOptions, 'databases'> = {},
): Promise<{ restored: RestoreOutcome; rebuilt: Rebuilt | null }> {
  const restored = await restoreDesk(file, passphrase, { ...options, databases });
  if (!restored.ok) return { restored, rebuilt: null };
  return { restored, rebuilt: await adopt(databases, damagedName, restored.databaseName, now) };
}

export type KeptStatus = KeptDatabase & { unconfirmed: number; deletable: boolean };

/** Each kept database, and whether the portal has answered every change carried from it. */
export async function keptStatus(databases: DeskDatabases, active: DeskDatabase): Promise<KeptStatus[]> {
  return Promise.all(
    databases.kept().map(async (kept) => {
      const unconfirmed = kept.carried.length ? await active.outbox.where('mutationId').anyOf(kept.carried).count() : 0;
      return { ...kept, unconfirmed, deletable: kept.outboxRead && unconfirmed === 0 };
    }),
  );
}

/** Deletes a kept database once it may go; answers false (and deletes nothing) otherwise. */
export async function deleteKept(databases: DeskDatabases, active: DeskDatabase, name: string): Promise<boolean> {
  const status = (await keptStatus(databases, active)).find((kept) => kept.name === name);
  if (!status?.deletable) return false;
  await databases.delete(name);
  databases.forget(name);
  return true;
}
