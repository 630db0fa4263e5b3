// The procedure catalogue as versioned data: units, fields (lĩnh vực) and administrative procedures
// (thủ tục hành chính) with their deadlines, fees, document components and processing steps.
import { z } from 'zod';
import { localDateSchema } from '../calendar/local-date';
import { clockTimeSchema } from '../calendar/vietnam-time';
import { roleSchema } from '../officers/officer';

// Unit codes head every dossier code ('{unit}-{yyMMdd}-{NNNN}'), so they may not contain '-'.
export const unitCodeSchema = z.string().regex(/^[A-Z][A-Z0-9]{1,11}$/, 'Mã đơn vị gồm 2-12 chữ in hoa hoặc chữ số, không có dấu gạch.');

export const unitSchema = z
  .object({
    code: unitCodeSchema,
    name: z.string().min(1),
    /** The ministry above the unit, printed as the first line of the issuing body. */
    parentName: z.string().min(1),
    address: z.string().min(1),
    phone: z.string().optional(),
    /** Symbol in document numbers, e.g. 'SHTT' in 'Số: 123/QĐ-SHTT'. */
    documentSymbol: z.string().min(1).max(20),
  })
  .strict();

export const fieldSchema = z.object({ code: z.string().min(1).max(20), name: z.string().min(1) }).strict();

export const feeSchema = z
  .object({
    name: z.string().min(1),
    /** VND; null when the amount follows a rule (a percentage, per item...). */
    amount: z.int().nonnegative().nullable(),
    /** How the fee is computed or what it is counted per, in the words of the fee circular. */
    rule: z.string().min(1).nullable(),
  })
  .strict()
  .refine((fee) => fee.amount !== null || fee.rule !== null, { message: 'Phí, lệ phí phải có số tiền hoặc cách tính.' });

export const documentComponentSchema = z
  .object({
    code: z.string().min(1).max(20),
    name: z.string().min(1),
    required: z.boolean(),
    originals: z.int().nonnegative(),
    copies: z.int().nonnegative(),
  })
  .strict();

export const stepKindSchema = z.enum(['intake', 'process', 'sign', 'return']);

export const processingStepSchema = z
  .object({
    code: z.string().min(1).max(20),
    name: z.string().min(1),
    role: roleSchema,
    /**
     * intake: the one-stop counter receives; process: appraisal and review hand-overs; sign: the
     * competent officer approves and signs the result; return: the counter hands the result over.
     */
    kind: stepKindSchema,
    /** Working days allotted to the step on form 06; informative, the dossier's due date rules. */
    workingDays: z.number().nonnegative().optional(),
  })
  .strict();

export const resultKindSchema = z.enum(['decision', 'certificate', 'licence', 'notice', 'protection-title', 'written-opinion']);

export const procedureSchema = z
  .object({
    /** MaTTHC in the national procedure database, e.g. '1.004512'. */
    code: z.string().regex(/^\d\.\d{6}$/, 'Mã thủ tục có dạng 1.004512.'),
    name: z.string().min(1),
    fieldCode: z.string().min(1),
    unitCode: unitCodeSchema,
    /** Decree 42/2022: 'toàn trình' (fully online) or 'một phần' (partly online). */
    onlineClass: z.enum(['toan-trinh', 'mot-phan']),
    /** Working days from receipt to the promised return date; null when no return date is promised. */
    processingDays: z.int().nonnegative().nullable(),
    /** Dossiers received after this time count from the next working day; null when any hour counts. */
    cutOff: clockTimeSchema.nullable(),
    /** After a supplement: continue with the days left ('resume') or start the full time again ('restart'). */
    supplementClock: z.enum(['resume', 'restart']),
    applicantKinds: z.array(z.enum(['person', 'organisation'])).min(1),
    fees: z.array(feeSchema),
    components: z.array(documentComponentSchema).min(1),
    steps: z.array(processingStepSchema).min(4),
    result: z.object({ kind: resultKindSchema, name: z.string().min(1) }).strict(),
    legalBasis: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .superRefine((procedure, ctx) => {
    const kinds = procedure.steps.map((step) => step.kind);
    const problem = (message: string) => ctx.addIssue({ code: 'custom', message: `${procedure.code}: ${message}`, path: ['steps'] });
    if (kinds[0] !== 'intake' || kinds.indexOf('intake', 1) !== -1) problem('bước đầu tiên (và chỉ bước đầu tiên) là tiếp nhận.');
    if (kinds.at(-1) !== 'return' || kinds.indexOf('return') !== kinds.length - 1) problem('bước cuối cùng (và chỉ bước cuối cùng) là trả kết quả.');
    if (kinds.filter((k) => k === 'sign').length !== 1 || kinds.at(-2) !== 'sign') problem('có đúng một bước ký, ngay trước bước trả kết quả.');
    if (!kinds.includes('process')) problem('cần ít nhất một bước thẩm định, xử lý.');
    const codes = procedure.steps.map((step) => step.code);
    if (new Set(codes).size !== codes.length) problem('mã bước bị trùng.');
    const components = procedure.components.map((c) => c.code);
    if (new Set(components).size !== components.length) ctx.addIssue({ code: 'custom', message: `${procedure.code}: mã thành phần hồ sơ bị trùng.` });
  });

export const catalogueSchema = z
  .object({
    version: z.string().min(1),
    effectiveFrom: localDateSchema,
    units: z.array(unitSchema).min(1),
    fields: z.array(fieldSchema).min(1),
    procedures: z.array(procedureSchema).min(1),
  })
  .strict()
  .superRefine((catalogue, ctx) => {
    const units = new Set(catalogue.units.map((u) => u.code));
    const fields = new Set(catalogue.fields.map((f) => f.code));
    const seen = new Set<string>();
    if (units.size !== catalogue.units.length) ctx.addIssue({ code: 'custom', message: 'Mã đơn vị bị trùng.' });
    catalogue.procedures.forEach((procedure, index) => {
      const at = ['procedures', index];
      if (seen.has(procedure.code)) ctx.addIssue({ code: 'custom', path: at, message: `Mã thủ tục ${procedure.code} bị trùng.` });
      seen.add(procedure.code);
      if (!units.has(procedure.unitCode)) ctx.addIssue({ code: 'custom', path: at, message: `${procedure.code}: không có đơn vị ${procedure.unitCode}.` });
      if (!fields.has(procedure.fieldCode)) ctx.addIssue({ code: 'custom', path: at, message: `${procedure.code}: không có lĩnh vực ${procedure.fieldCode}.` });
    });
  });

export type Unit = z.infer<typeof unitSchema>;
export type Field = z.infer<typeof fieldSchema>;
export type Fee = z.infer<typeof feeSchema>;
export type DocumentComponent = z.infer<typeof documentComponentSchema>;
export type StepKind = z.infer<typeof stepKindSchema>;
export type ProcessingStep = z.infer<typeof processingStepSchema>;
export type ResultKind = z.infer<typeof resultKindSchema>;
export type Procedure = z.infer<typeof procedureSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
/** What data files are written as: defaults (legalBasis) may be left out. */
export type CatalogueInput = z.input<typeof catalogueSchema>;
