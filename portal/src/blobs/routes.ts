// The blob endpoints (resumable upload as the contract's comment describes): which hashes are
// missing, HEAD for how far an upload got, PUT a chunk at an offset, GET the bytes with Range.
// Officers and the national portal (with its key) may upload; officers read their unit's files.
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  BLOB_CONTENT_TYPE,
  BLOB_HEADERS,
  blobsMissingRequestSchema,
  sha256Schema,
  SYNC_LIMITS,
  syncPaths,
} from '../../../shared/sync/contract';
import { requireBlobCaller, type BlobCaller } from '../auth/sessions';
import type { PortalContext } from '../context';
import { HttpError } from '../http/errors';
import { headerNumber, parseOr400 } from '../http/validate';
import { ChunkTooLarge, OffsetMismatch } from './blob-store';
import { parseRange } from './range';

const paramsSchema = z.object({ sha256: sha256Schema }).strict();
type BlobRow = { size: number; received: number; complete: boolean; uploaded_by: string };

const offsetHeaders = (offset: number, length: number) => ({ [BLOB_HEADERS.offset]: String(offset), [BLOB_HEADERS.length]: String(length), 'cache-control': 'no-store' });

export function blobRoutes(app: FastifyInstance, ctx: PortalContext): void {
  // Chunks stream straight to the store; nothing buffers a whole body.
  app.addContentTypeParser(BLOB_CONTENT_TYPE, (_request, payload, done) => done(null, payload));
  const uploading = new Set<string>();
  const path = syncPaths.blob(':sha256');

  const blobRow = async (sha256: string) =>
    (await ctx.db.query<BlobRow>('SELECT size, received, complete, uploaded_by FROM blobs WHERE sha256 = $1', [sha256])).rows[0];

  app.post(syncPaths.blobsMissing, async (request) => {
    await requireBlobCaller(ctx, request);
    const body = request.body as { hashes?: unknown } | null;
    if (body && Array.isArray(body.hashes) && body.hashes.length > SYNC_LIMITS.blobsMissingMax) {
      throw new HttpError(413, 'TOO_MANY_HASHES', `Mỗi lần hỏi tối đa ${SYNC_LIMITS.blobsMissingMax} mã băm; lần này có ${body.hashes.length}.`);
    }
    const { hashes } = parseOr400(blobsMissingRequestSchema, request.body, 'Danh sách mã băm');
    const wanted = [...new Set(hashes)];
    const { rows } = await ctx.db.query<{ sha256: string }>(
      'SELECT sha256 FROM blobs WHERE complete AND sha256 IN (SELECT jsonb_array_elements_text($1::jsonb))',
      [JSON.stringify(wanted)],
    );
    const present = new Set(rows.map((row) => row.sha256));
    return { missing: wanted.filter((sha) => !present.has(sha)) };
  });

  app.head(path, async (request, reply) => {
    await requireBlobCaller(ctx, request);
    const { sha256 } = parseOr400(paramsSchema, request.params, 'Mã băm');
    const row = await blobRow(sha256);
    if (!row) return reply.code(404).header('cache-control', 'no-store').send();
    const offset = row.complete ? row.size : ((await ctx.blobs.offset(sha256)) ?? 0);
    return reply.code(200).headers(offsetHeaders(offset, row.size)).send();
  });

  app.put(path, async (request, reply) => {
    const caller = await requireBlobCaller(ctx, request);
    const { sha256 } = parseOr400(paramsSchema, request.params, 'Mã băm');
    if (request.headers['content-type']?.split(';')[0]?.trim().toLowerCase() !== BLOB_CONTENT_TYPE) {
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `Phần tệp phải gửi với Content-Type: ${BLOB_CONTENT_TYPE}.`);
    }
    const offset = headerNumber(request.headers[BLOB_HEADERS.offset], 'Upload-Offset');
    const length = headerNumber(request.headers[BLOB_HEADERS.length], 'Upload-Length');
    if (offset === undefined || length === undefined) throw new HttpError(400, 'INVALID_REQUEST', 'Cần cả hai tiêu đề Upload-Offset và Upload-Length.');
    if (length > SYNC_LIMITS.blobMaxBytes) {
      throw new HttpError(413, 'BLOB_TOO_LARGE', `Tệp lớn hơn giới hạn ${SYNC_LIMITS.blobMaxBytes / 1024 / 1024} MB mà Cổng nhận.`);
    }
    const contentLength = headerNumber(request.headers['content-length'], 'Content-Length');
    if (contentLength !== undefined && contentLength > SYNC_LIMITS.blobChunkBytes) {
      throw new HttpError(413, 'CHUNK_TOO_LARGE', `Mỗi phần tải lên tối đa ${SYNC_LIMITS.blobChunkBytes / 1024 / 1024} MB.`);
    }
    if (uploading.has(sha256)) throw new HttpError(409, 'UPLOAD_IN_PROGRESS', 'Tệp này đang được tải lên trong một kết nối khác; hãy thử lại sau.');
    uploading.add(sha256);
    try {
      return await receiveChunk(reply, caller, sha256, offset, length, contentLength, request.body);
    } finally {
      uploading.delete(sha256);
    }
  });

  async function receiveChunk(reply: FastifyReply, caller: BlobCaller, sha256: string, offset: number, length: number, contentLength: number | undefined, body: unknown) {
    const row = await blobRow(sha256);
    if (row?.complete) {
      if (offset === row.size && length === row.size) return reply.code(204).headers(offsetHeaders(row.size, row.size)).send();
      throw offsetMismatch(row.size, row.size);
    }
    if (row && row.size !== length) {
      throw new HttpError(409, 'LENGTH_MISMATCH', `Upload-Length (${length}) khác với độ dài đã khai báo khi bắt đầu tải tệp này (${row.size}).`, offsetHeaders(row.received, row.size));
    }
    if (!row) {
      await ctx.db.query('INSERT INTO blobs (sha256, size, uploaded_by, created_at) VALUES ($1, $2, $3, $4::timestamptz) ON CONFLICT (sha256) DO NOTHING', [
        sha256,
        length,
        caller.kind === 'public' ? 'public' : caller.unitCode,
        ctx.now().toISOString(),
      ]);
    }
    const current = (await ctx.blobs.offset(sha256)) ?? 0;
    if (offset !== current) throw offsetMismatch(current, length);
    if (contentLength !== undefined && offset + contentLength > length) {
      throw new HttpError(400, 'CHUNK_PAST_END', `Phần tải lên vượt quá độ dài tệp đã khai báo (${length} byte).`, offsetHeaders(current, length));
    }
    const chunk = body instanceof Readable ? body : Readable.from([]);
    let reached: number;
    try {
      reached = await ctx.blobs.append(sha256, offset, chunk, Math.min(SYNC_LIMITS.blobChunkBytes, length - offset));
    } catch (error) {
      if (error instanceof OffsetMismatch) throw offsetMismatch(error.actual, length);
      if (error instanceof ChunkTooLarge) throw new HttpError(413, 'CHUNK_TOO_LARGE', 'Phần tải lên dài hơn giới hạn hoặc vượt quá độ dài tệp; phần này không được ghi.', offsetHeaders(offset, length));
      throw error;
    }
    await ctx.db.query('UPDATE blobs SET received = $2 WHERE sha256 = $1', [sha256, reached]);
    if (reached === length) {
      if ((await ctx.blobs.complete(sha256)) === 'mismatch') {
        await ctx.db.query('DELETE FROM blobs WHERE sha256 = $1', [sha256]);
        throw new HttpError(422, 'HASH_MISMATCH', 'Nội dung tệp đã tải lên không khớp với mã băm SHA-256 của nó; phần đã tải bị huỷ, hãy tải lại từ đầu.', offsetHeaders(0, length));
      }
      await ctx.db.query('UPDATE blobs SET complete = true, completed_at = $2::timestamptz WHERE sha256 = $1', [sha256, ctx.now().toISOString()]);
    }
    return reply.code(204).headers(offsetHeaders(reached, length)).send();
  }

  app.get(path, { exposeHeadRoute: false }, async (request, reply) => {
    const caller = await requireBlobCaller(ctx, request);
    const { sha256 } = parseOr400(paramsSchema, request.params, 'Mã băm');
    const row = await blobRow(sha256);
    if (!row?.complete) throw new HttpError(404, 'BLOB_NOT_FOUND', 'Cổng chưa có đủ nội dung của tệp này.');
    if (caller.kind === 'officer' && row.uploaded_by !== caller.unitCode && !(await unitHasFile(caller.unitCode, sha256))) {
      throw new HttpError(403, 'FORBIDDEN', 'Tệp này không thuộc hồ sơ nào của đơn vị anh/chị.');
    }
    const range = parseRange(request.headers.range, row.size);
    // No cache header of its own: citizens' files get the portal-wide no-store (http/security-headers.ts).
    reply.header('accept-ranges', 'bytes').header('content-type', 'application/octet-stream').header('etag', `"${sha256}"`);
    if (range === 'unsatisfiable') {
      throw new HttpError(416, 'RANGE_NOT_SATISFIABLE', `Khoảng byte yêu cầu nằm ngoài tệp (${row.size} byte).`, { 'content-range': `bytes */${row.size}` });
    }
    if (range === null || row.size === 0) return reply.code(200).header('content-length', String(row.size)).send(ctx.blobs.read(sha256));
    return reply
      .code(206)
      .header('content-range', `bytes ${range.start}-${range.end}/${row.size}`)
      .header('content-length', String(range.end - range.start + 1))
      .send(ctx.blobs.read(sha256, range));
  });

  async function unitHasFile(unitCode: string, sha256: string): Promise<boolean> {
    const { rows } = await ctx.db.query("SELECT 1 FROM feed WHERE kind = 'file' AND sha256 = $1 AND unit_code = $2 LIMIT 1", [sha256, unitCode]);
    return rows.length > 0;
  }
}

function offsetMismatch(offset: number, length: number): HttpError {
  return new HttpError(409, 'OFFSET_MISMATCH', `Cổng đã nhận ${offset} byte của tệp này; hãy tải tiếp từ byte ${offset}.`, offsetHeaders(offset, length));
}
