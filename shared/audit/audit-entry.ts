// The audit log's entry (issue 6, "Audit"): who did what, when, on which workstation, chained to the
// entry before it by SHA-256 so an edit, deletion or reordering made outside the app shows.
// Shared because the portal receives and re-verifies the same entries (shared/audit/audit-api.ts).
import { z } from 'zod';
import { roleSchema } from '../domain/officers/officer';

/** The closed list of what the log records; a new kind of event is a new value here, never free text. */
export const auditActions = [
  'signIn',
  'signOut',
  'signInFailed',
  /** Too many wrong passwords: the user name waits (details.waitSeconds) before the next attempt. */
  'signInLocked',
  'screenLocked',
  'screenUnlocked',
  'dossierAction',
  'documentGenerated',
  'documentSigned',
  'documentPrinted',
  'documentExported',
  'reportExported',
  'settingsChanged',
  'backupExported',
  /** A backup file replaced this desk's data (details: rows, attachments, the backup's date). */
  'backupRestored',
  'auditExported',
] as const;
export const auditActionSchema = z.enum(auditActions);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** Small, flat facts about the action (command type, dossier code, setting and values): never a dossier's contents. */
export const auditDetailsSchema = z
  .record(z.string().max(50), z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
  .refine((details) => Object.keys(details).length <= 20, 'quá nhiều chi tiết');
export type AuditDetails = z.infer<typeof auditDetailsSchema>;

export const GENESIS_HASH = '0'.repeat(64);
const hashSchema = z.string().regex(/^[0-9a-f]{64}$/);

export const auditEntrySchema = z
  .object({
    /** Position in this workstation's chain, 1, 2, 3…; part of the hash, so moving an entry shows. */
    seq: z.int().positive(),
    id: z.uuid(),
    at: z.iso.datetime(),
    /** Null only when nobody is signed in (a failed sign-in names the attempted account in details). */
    officerId: z.string().max(100).nullable(),
    officerName: z.string().max(200).nullable(),
    role: roleSchema.nullable(),
    unitCode: z.string().max(20).nullable(),
    workstationId: z.string().min(1).max(100),
    action: auditActionSchema,
    details: auditDetailsSchema,
    prevHash: hashSchema,
    hash: hashSchema,
  })
  .strict();
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** What a caller says; the log adds seq, id, time, workstation and the hashes. */
export type AuditOfficer = { id: string; name: string; role: z.infer<typeof roleSchema>; unitCode: string };
export type AuditRecord = { action: AuditAction; officer: AuditOfficer | null; details?: AuditDetails };

/** The words an entry is found by (officer, unit, action, workstation, details), before folding. */
export function auditSearchText(entry: AuditEntry): string {
  return [entry.officerName, entry.officerId, entry.unitCode, entry.action, entry.workstationId, ...Object.entries(entry.details).flat()].join(' ');
}
