// Every body, query, parameter and header goes through a contract schema before a handler uses
// it; the first problem becomes a 400 that names the field.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { blobByteCountHeaderSchema } from '../../../shared/sync/contract';
import { HttpError } from './errors';

export function parseOr400<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? ` (tại ${issue.path.join('.')})` : '';
  throw new HttpError(400, 'INVALID_REQUEST', `${what} không hợp lệ: ${issue.message}${where}.`);
}

/** `Upload-Offset` / `Upload-Length` / `Content-Length`: one decimal integer, or undefined when absent. */
export function headerNumber(value: string | string[] | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  return Number(parseOr400(blobByteCountHeaderSchema, value, `Tiêu đề ${name}`));
}

// Half of a surrogate pair: text cut in the middle of an emoji, or forged.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/** Whether `value` (parsed JSON) holds unstorable text in any string or key, looked at without recursion. */
function holdsUnstorableText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (unstorable(next)) return true;
    } else if (Array.isArray(next) || (next !== null && typeof next === 'object' && Object.getPrototypeOf(next) === Object.prototype)) {
      for (const [key, inner] of Object.entries(next)) {
        if (unstorable(key)) return true;
        pending.push(inner);
      }
    }
  }
  return false;
}

/**
 * PostgreSQL text and jsonb cannot hold U+0000 or a lone surrogate: left to the database, such a
 * body would fail as a 500 once the handler had started. Refused up front, before any handler.
 */
export function refuseUnstorableText(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    // JSON bodies only: blob chunks are bytes, where NUL is ordinary.
    if (!request.headers['content-type']?.toLowerCase().includes('json')) return;
    if (holdsUnstorableText(request.body)) {
      throw new HttpError(400, 'INVALID_TEXT', 'Nội dung yêu cầu có ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode bị cắt dở); hãy xoá ký tự đó rồi gửi lại.');
    }
  });
}
