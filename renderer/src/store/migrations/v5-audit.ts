// The data part of schema v5: a desk that already synced keeps its sync client id as its
// workstation id, so the portal sees one identity per desk in both the feed and the audit log.
import type { Transaction } from 'dexie';
import { SYNC_STATE_KEY, type SyncState } from '../sync-records';

export const WORKSTATION_KEY = 'workstationId';

export async function upgradeToAudit(tx: Transaction): Promise<void> {
  const meta = tx.table<{ key: string; value: unknown }, string>('meta');
  if (await meta.get(WORKSTATION_KEY)) return;
  const sync = await tx.table<SyncState, string>('syncState').get(SYNC_STATE_KEY);
  await meta.put({ key: WORKSTATION_KEY, value: sync?.clientId ?? crypto.randomUUID() });
}
