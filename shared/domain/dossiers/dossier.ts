// The dossier (hồ sơ): what the counter records at intake, and the projection of its processing
// events that the local store persists and indexes for lists, filters and search.
import { z } from 'zod';
import { localDateSchema } from '../calendar/local-date';
import { instantSchema } from '../calendar/vietnam-time';
import { stepKindSchema, unitCodeSchema } from '../catalogue/catalogue-schema';
import { dossierCodeSchema } from '../codes/dossier-code';
import { roleSchema } from '../officers/officer';
import { dossierStatusSchema } from '../workflow/status';
import { applicantSchema } from './applicant';

/** KenhThucHien: filed on the portal, at the one-stop counter, or by post. */
export const channelSchema = z.enum(['online', 'counter', 'postal']);
export type Channel = z.infer<typeof channelSchema>;

export const submittedDocumentSchema = z
  .object({ componentCode: z.string().min(1), originals: z.int().nonnegative(), copies: z.int().nonnegative() })
  .strict();

/** What the applicant files (TaiLieuNop etc.); the unit and field follow from the procedure. */
export const dossierIntakeSchema = z
  .object({
    code: dossierCodeSchema,
    procedureCode: z.string().min(1),
    channel: channelSchema,
    applicant: applicantSchema,
    /** TrichYeuHoSo: one line saying what the dossier asks for. */
    summary: z.string().min(1).max(1000),
    documents: z.array(submittedDocumentSchema),
  })
  .strict();
export type DossierIntake = z.infer<typeof dossierIntakeSchema>;

/** The procedure step a dossier is at, copied from the catalogue so rules need no look-up. */
export const stepRefSchema = z
  .object({ index: z.int().nonnegative(), code: z.string().min(1), name: z.string().min(1), role: roleSchema, kind: stepKindSchema })
  .strict();
export type StepRef = z.infer<typeof stepRefSchema>;

export const outcomeSchema = z.enum(['granted', 'refused']);
export type Outcome = z.infer<typeof outcomeSchema>;

export const dossierSchema = z
  .object({
    id: z.string().min(1),
    code: dossierCodeSchema,
    procedureCode: z.string().min(1),
    fieldCode: z.string().min(1),
    unitCode: unitCodeSchema,
    channel: channelSchema,
    applicant: applicantSchema,
    summary: z.string(),
    /** When the applicant filed (online) or the counter first recorded the dossier. */
    submittedAt: instantSchema,
    /** NgayTiepNhan; null until an online submission is accepted, or when refused at intake. */
    receivedAt: instantSchema.nullable(),
    /** NgayHenTra, a working day; null when the procedure promises no return date or before receipt. */
    dueDate: localDateSchema.nullable(),
    status: dossierStatusSchema,
    assigneeId: z.string().nullable(),
    /** The current processing step (index it by 'step.code'); null before receipt and when closed at intake. */
    step: stepRefSchema.nullable(),
    /** Set while the clock is stopped (statuses 5 and 6). */
    pausedSince: instantSchema.optional(),
    /** Working days from the pause to the due date, frozen while paused (negative when already late). */
    remainingWorkingDays: z.int().optional(),
    /** Where a supplement or payment returns the dossier: before receipt (1) or into processing (4). */
    resumeStatus: z.union([z.literal(1), z.literal(4)]).optional(),
    /** The signer agreed to the result and it awaits the signature. */
    approved: z.boolean(),
    outcome: outcomeSchema.optional(),
    /** NgayKetThucXuLy: when the result was signed or refused (status 9). */
    finishedAt: instantSchema.optional(),
    /** NgayTra: when the result was handed over (status 10). */
    returnedAt: instantSchema.optional(),
    supplementRounds: z.int().nonnegative(),
    extensionCount: z.int().nonnegative(),
    /** Number of events applied; the base version a mutation names when it is synced. */
    version: z.int().positive(),
    updatedAt: instantSchema,
    /** Folded words of code, applicant, ID numbers and summary, for a multi-entry index. */
    searchKeys: z.array(z.string()),
  })
  .strict();
export type Dossier = z.infer<typeof dossierSchema>;
