// The portal's sync API over fetch: one method per endpoint of shared/sync/contract.ts, a timeout
// and the caller's AbortSignal on every call, the bearer token, and every answer parsed with the
// contract's schema, and the desk's client id (a revoked desk is refused whatever it asks). Nothing here touches local data; a malformed answer is a failure like any other.
import type { z } from 'zod';
import { auditUploadResponseSchema, type AuditUploadRequest, type AuditUploadResponse } from '../../../../shared/audit/audit-api';
import {
  apiErrorSchema,
  BLOB_CONTENT_TYPE,
  BLOB_HEADERS,
  blobByteCountHeaderSchema,
  DESK_CLIENT_HEADER,
  blobsMissingResponseSchema,
  catalogResponseSchema,
  leaseResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  reportSubmissionResponseSchema,
  sessionResponseSchema,
  syncPaths,
  type CatalogResponse,
  type LeaseRequest,
  type LeaseResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
  type ReportSubmission,
  type SubmittedReport,
  type SessionRequest,
  type SessionResponse,
} from '../../../../shared/sync/contract';
import { answered, DEVICE_REVOKED, failed, type PortalAnswer, type PortalFailure } from './portal-failure';

export type PortalClientOptions = {
  /** The portal's origin, e.g. http://127.0.0.1:8787. */
  baseUrl: string;
  token?: string | null;
  /** This desk's client id, sent on every call (`X-Desk-Client`). */
  clientId?: string;
  /** Told when the portal answers that this desk has been revoked. */
  onRevoked?: () => void | Promise<void>;
  fetch?: typeof fetch;
  /** Per call; blob chunks get twice as long. */
  timeoutMs?: number;
  /** Stops every call in flight (the watchdog, sign-out). */
  signal?: AbortSignal;
};

export type BlobOffset = { offset: number; length: number | null };
export type ChunkOutcome = { accepted: true; offset: number } | { accepted: false; serverOffset: number };

export const DEFAULT_TIMEOUT_MS = 30_000;

export class PortalClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(private readonly options: PortalClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  signIn(body: SessionRequest): Promise<PortalAnswer<SessionResponse>> {
    return this.json('POST', syncPaths.session, sessionResponseSchema, body);
  }

  /** The catalogue and calendar, and the administrator's policy for desks (minimum version). */
  catalog(): Promise<PortalAnswer<CatalogResponse>> {
    return this.json('GET', syncPaths.catalog, catalogResponseSchema);
  }

  push(body: PushRequest): Promise<PortalAnswer<PushResponse>> {
    return this.json('POST', syncPaths.push, pushResponseSchema, body);
  }

  pull(cursor: string, limit: number): Promise<PortalAnswer<PullResponse>> {
    const query = new URLSearchParams({ limit: String(limit) });
    if (cursor !== '') query.set('cursor', cursor);
    return this.json('GET', `${syncPaths.pull}?${query}`, pullResponseSchema);
  }

  async blobsMissing(hashes: readonly string[]): Promise<PortalAnswer<string[]>> {
    const answer = await this.json('POST', syncPaths.blobsMissing, blobsMissingResponseSchema, { hashes });
    return answer.ok ? answered(answer.value.missing) : answer;
  }

  lease(body: LeaseRequest): Promise<PortalAnswer<LeaseResponse>> {
    return this.json('POST', syncPaths.leases, leaseResponseSchema, body);
  }

  /** Sends a signed report whose PDF is already uploaded; a repeat of its reportId answers the first answer. */
  submitReport(body: ReportSubmission): Promise<PortalAnswer<SubmittedReport>> {
    return this.json('POST', syncPaths.reports, reportSubmissionResponseSchema, body);
  }

  /** Sends the next entries of this workstation's audit chain; a repeat of entries the portal holds is answered as a success. */
  uploadAudit(body: AuditUploadRequest): Promise<PortalAnswer<AuditUploadResponse>> {
    return this.json('POST', syncPaths.audit, auditUploadResponseSchema, body);
  }

  /** How many bytes of a blob the portal holds; null when it has none. */
  async blobOffset(sha256: string): Promise<PortalAnswer<BlobOffset | null>> {
    const sent = await this.send('HEAD', syncPaths.blob(sha256));
    if (!sent.ok) return sent;
    const response = sent.value;
    if (response.status === 404) return answered(null);
    if (!response.ok) return this.refusal(response);
    const offset = byteCount(response.headers.get(BLOB_HEADERS.offset));
    const length = response.headers.get(BLOB_HEADERS.length);
    if (offset === null) return malformed(response.status, `thiếu tiêu đề ${BLOB_HEADERS.offset}`);
    return answered({ offset, length: length === null ? null : byteCount(length) });
  }

  /** Sends the bytes from `offset`; a 409 answers where the portal's copy really ends. */
  async putBlobChunk(sha256: string, offset: number, length: number, chunk: Blob): Promise<PortalAnswer<ChunkOutcome>> {
    const sent = await this.send('PUT', syncPaths.blob(sha256), {
      body: chunk,
      headers: { 'content-type': BLOB_CONTENT_TYPE, [BLOB_HEADERS.offset]: String(offset), [BLOB_HEADERS.length]: String(length) },
      timeoutMs: this.timeoutMs * 2,
    });
    if (!sent.ok) return sent;
    const response = sent.value;
    const reported = byteCount(response.headers.get(BLOB_HEADERS.offset));
    if (response.status === 409 && reported !== null) return answered({ accepted: false, serverOffset: reported });
    if (!response.ok) return this.refusal(response);
    if (reported === null) return malformed(response.status, `thiếu tiêu đề ${BLOB_HEADERS.offset}`);
    return answered({ accepted: true, offset: reported });
  }

  async getBlob(sha256: string): Promise<PortalAnswer<Blob>> {
    const sent = await this.send('GET', syncPaths.blob(sha256), { timeoutMs: this.timeoutMs * 4 });
    if (!sent.ok) return sent;
    if (!sent.value.ok) return this.refusal(sent.value);
    try {
      return answered(await sent.value.blob());
    } catch (error) {
      return failed(transportFailure(error, this.options.signal));
    }
  }

  private async json<S extends z.ZodType>(method: string, path: string, schema: S, body?: unknown): Promise<PortalAnswer<z.output<S>>> {
    const sent = await this.send(method, path, body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    if (!sent.ok) return sent;
    const response = sent.value;
    if (!response.ok) return this.refusal(response);
    let parsedJson: unknown;
    try {
      parsedJson = await response.json();
    } catch (error) {
      if (error instanceof SyntaxError) return malformed(response.status, 'không phải JSON');
      return failed(transportFailure(error, this.options.signal));
    }
    const parsed = schema.safeParse(parsedJson);
    if (!parsed.success) return malformed(response.status, parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    return answered(parsed.data);
  }

  private async send(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string>; timeoutMs?: number } = {}): Promise<PortalAnswer<Response>> {
    const timeout = AbortSignal.timeout(init.timeoutMs ?? this.timeoutMs);
    const signal = this.options.signal ? AbortSignal.any([this.options.signal, timeout]) : timeout;
    const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
    if (this.options.token) headers['authorization'] = `Bearer ${this.options.token}`;
    if (this.options.clientId) headers[DESK_CLIENT_HEADER] = this.options.clientId;
    try {
      const response = await this.fetchImpl(`${this.baseUrl}${path}`, { method, headers, body: init.body ?? null, signal, cache: 'no-store' });
      return answered(response);
    } catch (error) {
      return failed(transportFailure(error, this.options.signal));
    }
  }

  /** A 4xx or 5xx, with the portal's own code and sentence when its body follows the contract. */
  private async refusal<T>(response: Response): Promise<PortalAnswer<T>> {
    let body: z.output<typeof apiErrorSchema> | null = null;
    try {
      const parsed = apiErrorSchema.safeParse(await response.json());
      if (parsed.success) body = parsed.data;
    } catch {
      // A proxy's HTML page or an empty body: the status alone says enough.
    }
    const status = response.status;
    const code = body?.error.code ?? `HTTP_${status}`;
    const message = body?.error.message ?? `Cổng trả lời mã ${status}.`;
    if (status === 401 && code === DEVICE_REVOKED) void this.options.onRevoked?.();
    if (status === 401) return failed({ kind: 'unauthorized', status, code, message });
    if (status >= 500 || status === 429) return failed({ kind: 'server', status, code, message });
    return failed({ kind: 'refused', status, code, message });
  }
}

function byteCount(header: string | null): number | null {
  const parsed = blobByteCountHeaderSchema.safeParse(header);
  return parsed.success ? Number(parsed.data) : null;
}

function malformed<T>(status: number, detail: string): PortalAnswer<T> {
  return failed({ kind: 'malformed', status, code: 'MALFORMED_ANSWER', message: `Cổng trả lời không đúng giao thức đồng bộ (${detail}).` });
}

function transportFailure(error: unknown, outer: AbortSignal | undefined): PortalFailure {
  if (outer?.aborted) return { kind: 'aborted', code: 'ABORTED', message: 'Lượt đồng bộ đã bị dừng.' };
  if (error instanceof DOMException && error.name === 'TimeoutError') return { kind: 'timeout', code: 'TIMEOUT', message: 'Cổng không trả lời kịp thời.' };
  return { kind: 'offline', code: 'OFFLINE', message: 'Không kết nối được Cổng dịch vụ công.' };
}
