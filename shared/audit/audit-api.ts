// The wire contract of the portal's audit endpoints: desks upload their hash-chained log in
// batches (POST /audit), the unit's administrator searches what arrived (GET /audit). Entries travel
// exactly as the desk wrote them (auditEntrySchema), so the portal and anyone after it can recompute
// every hash with shared/audit/audit-chain.ts.
import { z } from 'zod';
import { instantSchema } from '../domain/calendar/vietnam-time';
import { auditActionSchema, auditEntrySchema } from './audit-entry';

export const AUDIT_LIMITS = {
  /** Entries in one upload. */
  uploadMaxEntries: 500,
  /** Bytes of one upload body (an entry is at most about 11 KB; an ordinary one a few hundred bytes). */
  uploadMaxBytes: 1024 * 1024,
  /** Entries in one search page; 100 when the query does not say. */
  searchMaxLimit: 500,
  searchDefaultLimit: 100,
} as const;

/** The code of a batch that does not continue the chain the portal holds for its workstation. */
export const AUDIT_CHAIN_BROKEN = 'AUDIT_CHAIN_BROKEN';

/**
 * Consecutive entries of one workstation's chain, oldest first. A batch may repeat entries the
 * portal already holds (a retry after a cut connection): those must be the same links.
 */
export const auditUploadRequestSchema = z
  .object({ entries: z.array(auditEntrySchema).min(1).max(AUDIT_LIMITS.uploadMaxEntries) })
  .strict()
  .refine((body) => body.entries.every((entry) => entry.workstationId === body.entries[0]!.workstationId), {
    message: 'Một đợt gửi chỉ chứa nhật ký của một máy trạm.',
    path: ['entries'],
  });
export type AuditUploadRequest = z.infer<typeof auditUploadRequestSchema>;

/** Where the workstation's chain stands on the portal after the upload; `stored` counts the entries new this time. */
export const auditUploadResponseSchema = z
  .object({
    workstationId: z.string().min(1).max(100),
    lastSeq: z.int().nonnegative(),
    lastHash: z.string().regex(/^[0-9a-f]{64}$/),
    stored: z.int().nonnegative(),
  })
  .strict();
export type AuditUploadResponse = z.infer<typeof auditUploadResponseSchema>;

/** The keyset cursor of the next search page: opaque to callers (a row number of the portal). */
export const auditCursorSchema = z.string().regex(/^[1-9][0-9]{0,17}$/, 'Con trỏ trang nhật ký không hợp lệ.');

/** `GET /audit?…`: every filter optional; `q` is matched without accents or case. */
export const auditSearchQuerySchema = z
  .object({
    officer: z.string().min(1).max(100).optional(),
    action: auditActionSchema.optional(),
    workstation: z.string().min(1).max(100).optional(),
    /** Inclusive instants. */
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    q: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(AUDIT_LIMITS.searchMaxLimit).default(AUDIT_LIMITS.searchDefaultLimit),
    cursor: auditCursorSchema.optional(),
  })
  .strict();
export type AuditSearchQuery = z.infer<typeof auditSearchQuerySchema>;

/** An entry as the portal holds it: the desk's entry untouched, plus when it arrived and who sent it. */
export const storedAuditEntrySchema = auditEntrySchema.extend({ receivedAt: instantSchema, uploadedBy: z.string().min(1).max(100) }).strict();
export type StoredAuditEntry = z.infer<typeof storedAuditEntrySchema>;

/** Newest first (by the entry's time); `nextCursor` fetches the page after, null on the last page. */
export const auditSearchResponseSchema = z
  .object({ entries: z.array(storedAuditEntrySchema).max(AUDIT_LIMITS.searchMaxLimit), nextCursor: auditCursorSchema.nullable() })
  .strict();
export type AuditSearchResponse = z.infer<typeof auditSearchResponseSchema>;
