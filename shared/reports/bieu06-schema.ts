// The computed Biểu 06 table as a wire value: what a desk submits to the portal. Bounded so a
// malformed or hostile body cannot make the portal store megabytes of JSON for one report.
import { z } from 'zod';
import { localDateSchema } from '../domain/calendar/local-date';
import { BIEU06_COLUMNS, type Bieu06Column, type Bieu06Report } from './bieu06';
import type { PeriodKind, ReportPeriod } from './period';

/** Larger than any unit's catalogue; the body limit (SYNC_LIMITS.reportMaxBytes) bounds the total. */
const MAX_FIELDS = 200;
const MAX_PROCEDURES_PER_FIELD = 500;
const count = z.int().nonnegative().max(10_000_000);

export const periodKindSchema = z.enum(['six-month', 'month', 'quarter', 'year', 'custom'] satisfies readonly PeriodKind[]);

export const reportPeriodSchema = z
  .object({ kind: periodKindSchema, from: localDateSchema, to: localDateSchema })
  .strict()
  .refine((period) => period.from <= period.to, { message: 'Ngày bắt đầu kỳ báo cáo phải trước hoặc trùng ngày kết thúc.', path: ['to'] });

export const bieu06CountsSchema = z
  .object(Object.fromEntries(BIEU06_COLUMNS.map((column) => [column, count])) as Record<Bieu06Column, typeof count>)
  .strict();

const lineSchema = z.object({ procedureCode: z.string().min(1).max(100), procedureName: z.string().min(1).max(1000), counts: bieu06CountsSchema }).strict();

const fieldGroupSchema = z
  .object({
    fieldCode: z.string().min(1).max(100),
    fieldName: z.string().min(1).max(500),
    counts: bieu06CountsSchema,
    procedures: z.array(lineSchema).max(MAX_PROCEDURES_PER_FIELD),
  })
  .strict();

export const bieu06ReportSchema = z
  .object({
    period: reportPeriodSchema,
    unitCode: z.string().min(1).max(20).nullable(),
    fields: z.array(fieldGroupSchema).max(MAX_FIELDS),
    totals: bieu06CountsSchema,
  })
  .strict();

// Both directions, so the schema and the computed type cannot drift apart unnoticed.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesReport: Same<z.infer<typeof bieu06ReportSchema>, Bieu06Report> = true;
const periodMatches: Same<z.infer<typeof reportPeriodSchema>, ReportPeriod> = true;
void schemaMatchesReport;
void periodMatches;
