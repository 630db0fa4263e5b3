// Every body, query, parameter and header goes through a contract schema before a handler uses
// it; the first problem becomes a 400 that names the field.
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
