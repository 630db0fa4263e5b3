// The OpenAPI 3.1 description of the portal, served at /api/v1/openapi.json: paths written here,
// request and answer bodies generated from the contract's zod schemas, so the two cannot drift.
import { z } from 'zod';
import * as audit from '../../../shared/audit/audit-api';
import { auditActions } from '../../../shared/audit/audit-entry';
import * as contract from '../../../shared/sync/contract';

const { syncPaths, API_PREFIX } = contract;

const schemas: Record<string, z.ZodType> = {
  ApiError: contract.apiErrorSchema,
  SessionRequest: contract.sessionRequestSchema,
  SessionResponse: contract.sessionResponseSchema,
  CatalogResponse: contract.catalogResponseSchema,
  PushRequest: contract.pushRequestSchema,
  PushResponse: contract.pushResponseSchema,
  PullResponse: contract.pullResponseSchema,
  BlobsMissingRequest: contract.blobsMissingRequestSchema,
  BlobsMissingResponse: contract.blobsMissingResponseSchema,
  LeaseRequest: contract.leaseRequestSchema,
  LeaseResponse: contract.leaseResponseSchema,
  ReportSubmission: contract.reportSubmissionSchema,
  SubmittedReport: contract.reportSubmissionResponseSchema,
  ReportListResponse: contract.reportListResponseSchema,
  AuditUploadRequest: audit.auditUploadRequestSchema,
  AuditUploadResponse: audit.auditUploadResponseSchema,
  AuditSearchResponse: audit.auditSearchResponseSchema,
  PublicFiling: contract.publicFilingSchema,
  PublicFilingResponse: contract.publicFilingResponseSchema,
  PublicWithdrawRequest: contract.publicWithdrawRequestSchema,
  PublicWithdrawResponse: contract.publicWithdrawResponseSchema,
  HealthResponse: contract.healthResponseSchema,
  DesksResponse: contract.desksResponseSchema,
  RevokeDeskResponse: contract.revokeDeskResponseSchema,
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const answer = (description: string, name?: string) => ({ description, ...(name ? json(name) : {}) });
const errors = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [String(status), answer('Refused: a stable code and a Vietnamese sentence.', 'ApiError')]));
const officer = [{ bearer: [] }];
/** Every desk call names its desk (X-Desk-Client). */
const desk = { $ref: '#/components/parameters/deskClient' };
const officerOrPortal = [{ bearer: [] }, { portalKey: [] }];
const shaParam = { name: 'sha256', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } };
const offsetHeaders = {
  'Upload-Offset': { schema: { type: 'integer' }, description: 'Bytes the portal holds.' },
  'Upload-Length': { schema: { type: 'integer' }, description: 'The whole size.' },
};

function buildDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: { title: 'Dossier Desk portal — unit sync API', version, description: 'See docs/sync-api.md in the repository.' },
    servers: [{ url: 'http://127.0.0.1:8787' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: `Token from POST ${syncPaths.session}, valid 8 hours unless the portal sets PORTAL_SESSION_HOURS.` },
        portalKey: { type: 'apiKey', in: 'header', name: contract.PORTAL_KEY_HEADER, description: 'The national public-service portal.' },
      },
      parameters: {
        deskClient: {
          name: contract.DESK_CLIENT_HEADER,
          in: 'header',
          required: false,
          schema: { type: 'string', format: 'uuid' },
          description: 'The calling desk (its database UUID). A revoked desk is refused on every call with 401 DEVICE_REVOKED; a push or lease body must name the same desk.',
        },
      },
      schemas: Object.fromEntries(
        Object.entries(schemas).map(([name, schema]) => {
          const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
          return [name, rest];
        }),
      ),
    },
    paths: {
      [syncPaths.health]: { get: { summary: 'Liveness and database kind', responses: { 200: answer('Up.', 'HealthResponse') } } },
      [syncPaths.session]: {
        post: { summary: 'Sign in (refused with 401 DEVICE_REVOKED from a revoked desk)', parameters: [desk], requestBody: json('SessionRequest'), responses: { 200: answer('Signed in.', 'SessionResponse'), ...errors(400, 401) } },
      },
      [syncPaths.catalog]: { get: { summary: 'Catalogue and holidays', security: officer, parameters: [desk], responses: { 200: answer('The catalogue.', 'CatalogResponse'), ...errors(401) } } },
      [syncPaths.push]: {
        post: {
          summary: "Push mutations; one answer per mutation, in order. Each mutation's actor must be the token's officer (else rejected ACTOR_MISMATCH, not stored).",
          security: officer,
          parameters: [desk],
          requestBody: json('PushRequest'),
          responses: { 200: answer('Answers.', 'PushResponse'), ...errors(400, 401, 413, 415) },
        },
      },
      [syncPaths.pull]: {
        get: {
          summary: "The unit's changes after a cursor",
          security: officer,
          parameters: [
            desk,
            { name: 'cursor', in: 'query', schema: { type: 'string', pattern: '^(0|[1-9][0-9]{0,17})$' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: contract.SYNC_LIMITS.pullMaxLimit, default: 500 } },
          ],
          responses: { 200: answer('A page of changes.', 'PullResponse'), ...errors(400, 401) },
        },
      },
      [syncPaths.blobsMissing]: {
        post: {
          summary: 'Which blobs the portal lacks',
          security: officerOrPortal,
          requestBody: json('BlobsMissingRequest'),
          responses: { 200: answer('Missing hashes.', 'BlobsMissingResponse'), ...errors(400, 401, 413) },
        },
      },
      [`${API_PREFIX}/blobs/{sha256}`]: {
        head: {
          summary: 'How far an upload got',
          security: officerOrPortal,
          parameters: [shaParam],
          responses: { 200: { description: 'Known (complete when offset = length).', headers: offsetHeaders }, 404: { description: 'Unknown.' } },
        },
        put: {
          summary: 'Upload a chunk at Upload-Offset',
          security: officerOrPortal,
          parameters: [
            shaParam,
            { name: 'Upload-Offset', in: 'header', required: true, schema: { type: 'integer', minimum: 0 } },
            { name: 'Upload-Length', in: 'header', required: true, schema: { type: 'integer', minimum: 0, maximum: contract.SYNC_LIMITS.blobMaxBytes } },
          ],
          requestBody: { content: { [contract.BLOB_CONTENT_TYPE]: { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } } },
          responses: {
            204: { description: 'Stored up to the new offset.', headers: offsetHeaders },
            ...errors(400, 401, 409, 413, 415, 422),
          },
        },
        get: {
          summary: 'The bytes (Range honoured)',
          security: officerOrPortal,
          parameters: [shaParam, { name: 'Range', in: 'header', schema: { type: 'string' } }],
          responses: { 200: { description: 'Whole blob.' }, 206: { description: 'Part.' }, ...errors(401, 403, 404, 416) },
        },
      },
      [syncPaths.adminDesks]: {
        get: { summary: "The unit's desks seen (the unit's admin only)", security: officer, responses: { 200: answer('The desks.', 'DesksResponse'), ...errors(401, 403) } },
      },
      [`${syncPaths.adminDesks}/{clientId}/revoke`]: {
        post: {
          summary: "Revoke a desk of the unit (the unit's admin only): its sessions end and every later call from it is refused with 401 DEVICE_REVOKED",
          security: officer,
          parameters: [{ name: 'clientId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          responses: { 200: answer('Revoked (again: unchanged, sessionsEnded 0).', 'RevokeDeskResponse'), ...errors(400, 401, 403, 404) },
        },
      },
      [syncPaths.leases]: {
        post: { summary: 'Lease a block of numbers', security: officer, parameters: [desk], requestBody: json('LeaseRequest'), responses: { 200: answer('The block.', 'LeaseResponse'), ...errors(400, 401, 409) } },
      },
      [syncPaths.reports]: {
        post: {
          summary: 'Submit a signed Biểu 06 report (leader or head; idempotent by reportId; the PDF blob must be complete)',
          security: officer,
          requestBody: json('ReportSubmission'),
          responses: { 201: answer('Recorded.', 'SubmittedReport'), 200: answer('Already recorded: the first answer.', 'SubmittedReport'), ...errors(400, 401, 403, 409, 413) },
        },
        get: {
          summary: "The unit's reports, latest submission per period",
          security: officer,
          parameters: [
            { name: 'unit', in: 'query', required: false, schema: { type: 'string' }, description: "The officer's own unit (the default)." },
            { name: 'from', in: 'query', required: false, schema: { type: 'string', format: 'date' }, description: 'Periods starting on or after this day.' },
          ],
          responses: { 200: answer('The reports.', 'ReportListResponse'), ...errors(400, 401, 403) },
        },
      },
      [syncPaths.audit]: {
        post: {
          summary: "The next entries of a workstation's audit chain (any officer of the unit; re-verified against the entries held; a repeat is answered 200 and stored once)",
          security: officer,
          requestBody: json('AuditUploadRequest'),
          responses: { 200: answer('Held up to lastSeq.', 'AuditUploadResponse'), ...errors(400, 401, 403, 409, 413) },
        },
        get: {
          summary: "Search the unit's audit log, newest first (the unit's admin only)",
          security: officer,
          parameters: [
            { name: 'officer', in: 'query', schema: { type: 'string' }, description: 'Officer id.' },
            { name: 'action', in: 'query', schema: { type: 'string', enum: [...auditActions] } },
            { name: 'workstation', in: 'query', schema: { type: 'string' } },
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date-time' }, description: 'Inclusive.' },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date-time' }, description: 'Inclusive.' },
            { name: 'q', in: 'query', schema: { type: 'string', maxLength: 200 }, description: 'Text, matched without accents or case.' },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: audit.AUDIT_LIMITS.searchMaxLimit, default: audit.AUDIT_LIMITS.searchDefaultLimit } },
            { name: 'cursor', in: 'query', schema: { type: 'string' }, description: 'nextCursor of the previous page.' },
          ],
          responses: { 200: answer('A page of entries.', 'AuditSearchResponse'), ...errors(400, 401, 403) },
        },
      },
      [syncPaths.publicDossiers]: {
        post: {
          summary: 'An online filing from the national portal (idempotent by externalId)',
          security: [{ portalKey: [] }],
          requestBody: json('PublicFiling'),
          responses: { 201: answer('Recorded.', 'PublicFilingResponse'), 200: answer('Already recorded.', 'PublicFilingResponse'), ...errors(400, 401, 409, 422) },
        },
      },
      [`${API_PREFIX}/public/dossiers/{code}/withdraw`]: {
        post: {
          summary: "A citizen's request to withdraw",
          security: [{ portalKey: [] }],
          parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: json('PublicWithdrawRequest'),
          responses: { 200: answer('Withdrawn.', 'PublicWithdrawResponse'), ...errors(400, 401, 404, 409) },
        },
      },
      [syncPaths.openapi]: { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1.' } } } },
    },
  };
}

let built: { version: string; document: ReturnType<typeof buildDocument> } | undefined;
export function openApiDocument(version: string) {
  if (built?.version !== version) built = { version, document: buildDocument(version) };
  return built.document;
}
