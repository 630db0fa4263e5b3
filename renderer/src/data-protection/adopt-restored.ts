// After a restore in Cài đặt: the restored database records the restore in its audit log, becomes
// the active one, and the database it replaces is deleted at the next start (the officer accepted
// losing its unsent changes; until the reload, sync and the report worker still hold it open).
import { AuditLog } from '../audit/audit-log';
import { recordByCurrentOfficer } from '../audit/watch-desk';
import type { DeskDatabase } from '../store/database';
import type { RestoreOutcome } from './desk-backup';
import type { DeskDatabases } from './desk-databases';

type Restored = Extract<RestoreOutcome, { ok: true }>;

/** Writes the "backupRestored" entry into the restored database's own chain. */
export async function auditRestore(databases: DeskDatabases, outcome: Restored): Promise<void> {
  const restored = databases.open(outcome.databaseName);
  try {
    const rows = Object.values(outcome.end.rows).reduce((a, b) => a + b, 0);
    await recordByCurrentOfficer(new AuditLog(restored), 'backupRestored', { rows, attachments: outcome.end.blobs, backupCreatedAt: outcome.manifest.createdAt });
  } finally {
    restored.close();
  }
}

export async function adoptRestored(databases: DeskDatabases, current: DeskDatabase, outcome: Restored): Promise<void> {
  await auditRestore(databases, outcome);
  databases.setActive(outcome.databaseName);
  databases.retire(current.name);
}
