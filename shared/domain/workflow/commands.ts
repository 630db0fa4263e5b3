// Commands: what an officer asks to do to a dossier. They cross the sync boundary as mutations and
// the portal judges them again with the same decide(), so each has a schema.
import { z } from 'zod';
import { localDateSchema } from '../calendar/local-date';
import { dossierIntakeSchema, submittedDocumentSchema } from '../dossiers/dossier';
import { officerRefSchema } from '../officers/officer';

const reason = z.string().max(2000);
const dossierId = z.string().min(1).max(100);

export const commandSchema = z.discriminatedUnion('type', [
  /** A dossier filed on the portal arrives (status 1); the sync engine records it under the unit's account. */
  z.object({ type: z.literal('recordOnlineSubmission'), dossierId, intake: dossierIntakeSchema }).strict(),
  /** At the counter (with the intake) or accepting an online submission in status 1 (without). Form 01. */
  z.object({ type: z.literal('receive'), dossierId: dossierId.optional(), intake: dossierIntakeSchema.optional() }).strict(),
  /** Form 03. At the counter with the intake, or for an online submission in status 1. */
  z.object({ type: z.literal('refuseToReceive'), dossierId: dossierId.optional(), intake: dossierIntakeSchema.optional(), reason }).strict(),
  z.object({ type: z.literal('assign'), assignee: officerRefSchema }).strict(),
  /** To the next step of the procedure, optionally to a named officer of that step's role. */
  z.object({ type: z.literal('forward'), to: officerRefSchema.nullable(), note: z.string().max(2000).optional() }).strict(),
  /** Back to the previous step for rework. */
  z.object({ type: z.literal('sendBack'), to: officerRefSchema.nullable(), reason }).strict(),
  /** Form 02. */
  z.object({ type: z.literal('requestSupplement'), reason, missingComponents: z.array(z.string().min(1)) }).strict(),
  z.object({ type: z.literal('recordSupplement'), note: z.string().max(2000).optional(), documents: z.array(submittedDocumentSchema) }).strict(),
  z.object({ type: z.literal('requestPayment'), amount: z.int(), description: z.string().max(500) }).strict(),
  z.object({ type: z.literal('recordPayment'), amount: z.int(), receiptNumber: z.string().max(100) }).strict(),
  z.object({ type: z.literal('approve'), note: z.string().max(2000).optional() }).strict(),
  z.object({ type: z.literal('sign'), documentNumber: z.string().max(100) }).strict(),
  /** Refuse the request itself: the dossier ends resolved (9) with a refusal letter as its result. */
  z.object({ type: z.literal('refuseResult'), reason }).strict(),
  z.object({ type: z.literal('returnResult'), method: z.enum(['counter', 'postal', 'online']) }).strict(),
  /** Form 05. */
  z.object({ type: z.literal('stop'), reason }).strict(),
  /** Form 04: apology and a new promised date. */
  z.object({ type: z.literal('extendWithApology'), newDueDate: localDateSchema, reason }).strict(),
  z.object({ type: z.literal('withdraw'), reason }).strict(),
]);

export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOfType<T extends CommandType> = Extract<Command, { type: T }>;
