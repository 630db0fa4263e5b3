// The unit-sync wire contract between a desk and the portal: one zod schema per request and per
// answer. Both sides validate with these; a body or an answer that does not parse is refused
// before anything is stored. Paths live in `syncPaths` so neither side writes them by hand.
import { z } from 'zod';
import { instantSchema } from '../domain/calendar/vietnam-time';
import { holidayCalendarDataSchema } from '../domain/calendar/holiday-data';
import { catalogueSchema, unitCodeSchema } from '../domain/catalogue/catalogue-schema';
import { numberBlockSchema } from '../domain/codes/number-block';
import { dossierIntakeSchema, dossierSchema } from '../domain/dossiers/dossier';
import { actorSchema, roleSchema } from '../domain/officers/officer';
import { commandSchema } from '../domain/workflow/commands';
import { processingEventSchema } from '../domain/workflow/events';
import { bieu06ReportSchema, reportPeriodSchema } from '../reports/bieu06-schema';

export const API_PREFIX = '/api/v1';

export const syncPaths = {
  session: `${API_PREFIX}/session`,
  catalog: `${API_PREFIX}/catalog`,
  push: `${API_PREFIX}/sync/push`,
  pull: `${API_PREFIX}/sync/pull`,
  blobsMissing: `${API_PREFIX}/blobs/missing`,
  blob: (sha256: string) => `${API_PREFIX}/blobs/${sha256}`,
  leases: `${API_PREFIX}/leases`,
  adminDesks: `${API_PREFIX}/admin/desks`,
  adminRevokeDesk: (clientId: string) => `${API_PREFIX}/admin/desks/${encodeURIComponent(clientId)}/revoke`,
  reports: `${API_PREFIX}/reports`,
  /** The desks' audit logs (schemas in shared/audit/audit-api.ts). */
  audit: `${API_PREFIX}/audit`,
  publicDossiers: `${API_PREFIX}/public/dossiers`,
  publicWithdraw: (code: string) => `${API_PREFIX}/public/dossiers/${encodeURIComponent(code)}/withdraw`,
  openapi: `${API_PREFIX}/openapi.json`,
  health: '/healthz',
} as const;

/**
 * The desk's client id (its database's UUID) on every call it makes, so the portal can refuse a
 * revoked desk whatever the call (push carries it in its body too, and the two must agree).
 */
export const DESK_CLIENT_HEADER = 'x-desk-client';

/** Limits both sides enforce; the portal answers 413 past them. */
export const SYNC_LIMITS = {
  /** Mutations in one push. */
  pushMaxMutations: 500,
  /** Bytes of one JSON body (push, public filing). */
  jsonMaxBytes: 2 * 1024 * 1024,
  /** Changes in one pull page. */
  pullMaxLimit: 1000,
  /** Bytes of one blob upload chunk. */
  blobChunkBytes: 4 * 1024 * 1024,
  /** Largest attachment the portal accepts (the counter's own limit is lower). */
  blobMaxBytes: 200 * 1024 * 1024,
  /** Hashes in one "which are missing" question. */
  blobsMissingMax: 1000,
  /** Bytes of one report submission (the Biểu 06 table of a whole province fits well within). */
  reportMaxBytes: 1024 * 1024,
  /** Submissions in one listing answer. */
  reportListMax: 200,
} as const;

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 phải là 64 chữ số hex viết thường.');
const uuid = z.uuid({ version: 'v4' });
export const clientIdSchema = uuid;

// ---- errors: every 4xx/5xx body ----

/** The body of every refused request: a stable code and a sentence an officer or an integrator can act on. */
export const apiErrorSchema = z.object({ error: z.object({ code: z.string().min(1), message: z.string().min(1) }).strict() }).strict();
export type ApiError = z.infer<typeof apiErrorSchema>;

// ---- session ----

export const sessionRequestSchema = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }).strict();
export type SessionRequest = z.infer<typeof sessionRequestSchema>;

export const sessionResponseSchema = z
  .object({
    /** Bearer token for every other call; opaque to the client. */
    token: z.string().min(20).max(500),
    expiresAt: instantSchema,
    officer: actorSchema,
    unit: z.object({ code: unitCodeSchema, name: z.string().min(1) }).strict(),
    roles: z.array(roleSchema).min(1),
  })
  .strict();
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

// ---- desks (the unit administrator's view of its workstations) ----

/** A desk the portal has seen, by the client id it sends; revoked desks are refused on every call. */
export const deskSchema = z
  .object({
    clientId: clientIdSchema,
    unitCode: unitCodeSchema,
    lastOfficerId: z.string().min(1),
    firstSeenAt: instantSchema,
    lastSeenAt: instantSchema,
    revokedAt: instantSchema.nullable(),
    revokedBy: z.string().min(1).nullable(),
  })
  .strict();
export type Desk = z.infer<typeof deskSchema>;
export const desksResponseSchema = z.object({ desks: z.array(deskSchema) }).strict();
export type DesksResponse = z.infer<typeof desksResponseSchema>;
/** The revoked desk and how many of its sessions were ended (0 when it was already revoked). */
export const revokeDeskResponseSchema = z.object({ desk: deskSchema, sessionsEnded: z.number().int().nonnegative() }).strict();
export type RevokeDeskResponse = z.infer<typeof revokeDeskResponseSchema>;

// ---- catalogue ----

/**
 * The Informatics Center's policy for desks: a desk older than `minimumVersion` updates at once
 * (past any staged rollout) and restarts as soon as no work is open. Absent from older portals.
 */
export const desktopPolicySchema = z
  .object({ minimumVersion: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'phiên bản không đúng dạng x.y.z').optional() })
  .strict();
export type DesktopPolicy = z.infer<typeof desktopPolicySchema>;

export const catalogResponseSchema = z
  .object({ version: z.string().min(1), catalogue: catalogueSchema, holidays: holidayCalendarDataSchema, desktopPolicy: desktopPolicySchema.optional() })
  .strict();
export type CatalogResponse = z.infer<typeof catalogResponseSchema>;

// ---- push ----

/** A file attached to a dossier on the portal (an online filing's documents, a signed result). */
export const remoteFileSchema = z
  .object({
    id: z.string().min(1).max(100),
    dossierId: z.string().min(1).max(100),
    componentCode: z.string().min(1).max(50),
    sha256: sha256Schema,
    name: z.string().min(1).max(255),
    size: z.int().nonnegative(),
    mimeType: z.string().min(1).max(100),
    addedAt: instantSchema,
    addedBy: z.string().min(1).max(100),
  })
  .strict();
export type RemoteFile = z.infer<typeof remoteFileSchema>;


/** One officer action, as recorded offline: the command, who, when, and the events the desk produced. */
export const mutationSchema = z
  .object({
    /** Globally unique; the portal answers a repeat with the answer it gave the first time. */
    mutationId: uuid,
    dossierId: z.string().min(1).max(100),
    /** The dossier version the desk decided on (0 for a dossier it created). */
    baseVersion: z.int().nonnegative(),
    /**
     * The dossier's last event as the desk held it when it decided (null for a dossier it created;
     * absent from older desks). It tells the portal whether the dossier moved on since: version
     * numbers alone cannot once the desk's copy held its own earlier actions, which the portal may
     * have refused (the two histories then reuse the same numbers) or applied under other numbers.
     */
    baseEventId: z.string().min(1).max(100).nullable().optional(),
    command: commandSchema,
    actor: actorSchema,
    /** When the officer acted on the desk (the deadline arithmetic uses it, not the push time). */
    at: instantSchema,
    /** The ids of the events the desk recorded, in order; the portal keeps them when it agrees. */
    eventIds: z.array(uuid).min(1).max(20),
    /** Files the action attached (intake, supplement); their bytes must be on the portal before it is pushed. */
    files: z.array(remoteFileSchema).max(200).default([]),
  })
  .strict();
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({ clientId: clientIdSchema, mutations: z.array(mutationSchema).min(1).max(SYNC_LIMITS.pushMaxMutations) }).strict();
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const mutationResultSchema = z.discriminatedUnion('status', [
  /** Recorded on the portal: the events as the portal holds them (versions may differ after a rebase). */
  z.object({ mutationId: uuid, status: z.literal('applied'), version: z.int().positive(), events: z.array(processingEventSchema).min(1) }).strict(),
  /**
   * Permanently refused (the rules, another unit, a conflict the rules cannot settle): processed,
   * never retried. `dossier` is the portal's current state, so the desk can show both sides.
   * Exception: a code in RETRYABLE_REJECTION_CODES is not remembered by the portal; the desk keeps
   * the mutation in its outbox and pushes it again (after uploading the missing blobs).
   */
  z
    .object({
      mutationId: uuid,
      status: z.literal('rejected'),
      code: z.string().min(1),
      message: z.string().min(1),
      dossier: dossierSchema.nullable(),
    })
    .strict(),
]);
export type MutationResult = z.infer<typeof mutationResultSchema>;

/**
 * Rejection codes that are not final: BLOB_MISSING — a file the mutation names is not (completely)
 * on the portal yet, or an earlier mutation of the same dossier in the batch waits for one.
 */
export const RETRYABLE_REJECTION_CODES = ['BLOB_MISSING'] as const;
export const isRetryableRejection = (code: string): boolean => (RETRYABLE_REJECTION_CODES as readonly string[]).includes(code);

export const pushResponseSchema = z.object({ results: z.array(mutationResultSchema) }).strict();
export type PushResponse = z.infer<typeof pushResponseSchema>;

// ---- pull ----

/** The server's sequence number as a decimal string; never a client clock. '' or absent: from the start. */
export const cursorSchema = z.string().regex(/^(0|[1-9][0-9]{0,17})$/, 'Con trỏ đồng bộ phải là một số nguyên không âm.');

export const pullQuerySchema = z
  .object({ cursor: cursorSchema.optional(), limit: z.coerce.number().int().min(1).max(SYNC_LIMITS.pullMaxLimit).default(500) })
  .strict();
export type PullQuery = z.infer<typeof pullQuerySchema>;


/** One change in the unit's feed, in server order. */
export const changeSchema = z.discriminatedUnion('kind', [
  z.object({ seq: cursorSchema, kind: z.literal('event'), event: processingEventSchema }).strict(),
  z.object({ seq: cursorSchema, kind: z.literal('file'), file: remoteFileSchema }).strict(),
]);
export type Change = z.infer<typeof changeSchema>;

export const pullResponseSchema = z
  .object({
    changes: z.array(changeSchema),
    /** Where the next pull starts: the last change's seq, or the request's cursor when there were none. */
    cursor: cursorSchema,
    /** True while more changes wait after `cursor`. */
    more: z.boolean(),
  })
  .strict();
export type PullResponse = z.infer<typeof pullResponseSchema>;

// ---- blobs ----

export const blobsMissingRequestSchema = z.object({ hashes: z.array(sha256Schema).max(SYNC_LIMITS.blobsMissingMax) }).strict();
export const blobsMissingResponseSchema = z.object({ missing: z.array(sha256Schema) }).strict();

/**
 * Resumable upload, tus-like, offset-based:
 *   HEAD /blobs/{sha}            → 200 with `Upload-Offset` = `Upload-Length` when complete;
 *                                  200 with the bytes received so far while partial; 404 when unknown.
 *   PUT  /blobs/{sha}            headers `Upload-Offset` (where this chunk starts) and `Upload-Length`
 *                                  (the whole size), body application/offset+octet-stream ≤ blobChunkBytes
 *                                  → 204 with the new `Upload-Offset`; 409 with the server's offset when
 *                                  the chunk does not start there; 422 when the finished bytes do not
 *                                  hash to {sha} (the partial upload is discarded).
 *   GET  /blobs/{sha}            → the bytes; honours `Range: bytes=a-b` with 206.
 */
export const BLOB_HEADERS = { offset: 'upload-offset', length: 'upload-length' } as const;
/** The value of `Upload-Offset` and `Upload-Length`: a byte count as a decimal integer. */
export const blobByteCountHeaderSchema = z.string().regex(/^(0|[1-9][0-9]{0,15})$/, 'Số byte phải là một số nguyên không âm.');
export const BLOB_CONTENT_TYPE = 'application/offset+octet-stream';

// ---- leases ----

export const leaseRequestSchema = z
  .object({
    clientId: clientIdSchema,
    kind: z.enum(['dossier', 'decision']),
    /** The Vietnamese day the block is for (dossier codes carry their day). */
    day: z.iso.date(),
    size: z.int().min(1).max(500),
  })
  .strict();
export type LeaseRequest = z.infer<typeof leaseRequestSchema>;

export const leaseResponseSchema = z.object({ kind: z.enum(['dossier', 'decision']), block: numberBlockSchema }).strict();
export type LeaseResponse = z.infer<typeof leaseResponseSchema>;

// ---- reports (Biểu 06 submitted to the portal) ----

/** The roles that may submit a unit's report: the unit's leader or a head of division. */
export const REPORT_SUBMITTER_ROLES = ['leader', 'head'] as const;

export const reportSubmissionSchema = z
  .object({
    /** Made by the desk before the first attempt: a repeat with the same id stores nothing new. */
    reportId: uuid,
    form: z.literal('bieu06'),
    unitCode: unitCodeSchema,
    period: reportPeriodSchema,
    /** The computed table, as the signed PDF prints it. Its unit and period are the submission's. */
    figures: bieu06ReportSchema,
    /** The signed PDF, uploaded before through the blob protocol; the portal must hold it complete. */
    pdfSha256: sha256Schema,
  })
  .strict()
  .refine((body) => body.figures.unitCode === body.unitCode, { message: 'Bảng số liệu phải là của chính đơn vị gửi báo cáo.', path: ['figures', 'unitCode'] })
  .refine((body) => body.figures.period.from === body.period.from && body.figures.period.to === body.period.to && body.figures.period.kind === body.period.kind, {
    message: 'Kỳ của bảng số liệu phải trùng kỳ báo cáo.',
    path: ['figures', 'period'],
  });
export type ReportSubmission = z.infer<typeof reportSubmissionSchema>;

/** A stored submission without its figures: what the portal answers and lists. */
export const submittedReportSchema = z
  .object({
    reportId: uuid,
    form: z.literal('bieu06'),
    unitCode: unitCodeSchema,
    period: reportPeriodSchema,
    pdfSha256: sha256Schema,
    submittedAt: instantSchema,
    submittedBy: z.object({ id: z.string().min(1).max(100), name: z.string().min(1).max(200) }).strict(),
  })
  .strict();
export type SubmittedReport = z.infer<typeof submittedReportSchema>;

/** 201 for a new submission, 200 with the first answer for a repeat of the same reportId. */
export const reportSubmissionResponseSchema = submittedReportSchema;

/** `GET /reports?unit=&from=`: the unit's reports whose period starts on or after `from`. */
export const reportListQuerySchema = z.object({ unit: unitCodeSchema.optional(), from: z.iso.date().optional() }).strict();
/**
 * One entry per unit and period, the latest submission (latest wins); `earlierSubmissions` counts
 * the ones it replaced, which the portal keeps. Newest period first.
 */
export const reportListResponseSchema = z
  .object({ reports: z.array(submittedReportSchema.extend({ earlierSubmissions: z.int().nonnegative() }).strict()).max(SYNC_LIMITS.reportListMax) })
  .strict();
export type ReportListResponse = z.infer<typeof reportListResponseSchema>;

// ---- what the national portal forwards ----

export const publicFilingSchema = z
  .object({
    /** The national portal's id of the filing: a repeat with the same id changes nothing. */
    externalId: z.string().min(1).max(100),
    intake: dossierIntakeSchema.omit({ code: true, channel: true }),
    submittedAt: instantSchema,
    files: z
      .array(z.object({ componentCode: z.string().min(1).max(50), name: z.string().min(1).max(255), mimeType: z.string().min(1).max(100), sha256: sha256Schema, size: z.int().nonnegative() }).strict())
      .max(50)
      .default([]),
  })
  .strict();
export type PublicFiling = z.infer<typeof publicFilingSchema>;

/** The header the national portal authenticates with (public endpoints, blob uploads). */
export const PORTAL_KEY_HEADER = 'x-portal-key';
/** `Authorization` of every officer call: the token from the session answer. */
export const authorizationHeaderSchema = z.string().regex(/^Bearer [A-Za-z0-9_-]{20,500}$/, 'Cần tiêu đề Authorization: Bearer <mã phiên>.');

/** 201 when the filing created the dossier, 200 with the same body for a repeat of the same externalId. */
export const publicFilingResponseSchema = z.object({ dossierId: z.string().min(1), code: z.string().min(1) }).strict();
export const publicWithdrawRequestSchema = z.object({ reason: z.string().min(1).max(2000), at: instantSchema }).strict();
/** The dossier after the withdrawal (status 7); a repeat of a recorded withdrawal answers the same. */
export const publicWithdrawResponseSchema = z.object({ dossierId: z.string().min(1), code: z.string().min(1), status: z.literal(7), version: z.int().positive() }).strict();

export const healthResponseSchema = z.object({ ok: z.literal(true), database: z.enum(['pglite', 'postgres']), version: z.string() }).strict();
