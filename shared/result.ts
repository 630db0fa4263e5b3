// Errors as values at every process and network boundary: `{ok, value}` or `{ok: false, error}`.
import { z } from 'zod';

export type ErrorInfo = { code: string; message: string };
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(code: string, message: string): Result<T> => ({
  ok: false,
  error: { code, message },
});

export const errorInfoSchema = z.object({ code: z.string().min(1), message: z.string() }).strict();

/** The schema of a Result whose value follows `value`. */
export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }).strict(),
    z.object({ ok: z.literal(false), error: errorInfoSchema }).strict(),
  ]);
