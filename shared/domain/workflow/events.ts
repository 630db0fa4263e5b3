// Processing events: the append-only history of a dossier (and the audit trail). Each carries what
// apply() needs, due dates included, so replaying never depends on today's catalogue or calendar.
import { z } from 'zod';
import { localDateSchema } from '../calendar/local-date';
import { instantSchema } from '../calendar/vietnam-time';
import { resultKindSchema, unitCodeSchema } from '../catalogue/catalogue-schema';
import { dossierIntakeSchema, stepRefSchema, submittedDocumentSchema } from '../dossiers/dossier';
import { eventActorSchema, officerRefSchema } from '../officers/officer';

const reason = z.string().min(1).max(2000);
const note = z.string().max(2000).optional();

/** The intake plus what the catalogue derived from it, carried by the event that creates the dossier. */
export const dossierOriginSchema = z.object({ intake: dossierIntakeSchema, fieldCode: z.string().min(1), unitCode: unitCodeSchema }).strict();
export type DossierOrigin = z.infer<typeof dossierOriginSchema>;

const payloads = {
  submitted: z.object({ origin: dossierOriginSchema }).strict(),
  received: z
    .object({
      /** Present when the dossier is created at the counter; absent when an online submission is accepted. */
      origin: dossierOriginSchema.optional(),
      countingFrom: localDateSchema,
      dueDate: localDateSchema.nullable(),
      step: stepRefSchema,
    })
    .strict(),
  refusedToReceive: z.object({ origin: dossierOriginSchema.optional(), reason }).strict(),
  assigned: z.object({ assignee: officerRefSchema }).strict(),
  forwarded: z.object({ from: z.string(), to: stepRefSchema, assignee: officerRefSchema.nullable(), note }).strict(),
  sentBack: z.object({ from: z.string(), to: stepRefSchema, assignee: officerRefSchema.nullable(), reason }).strict(),
  supplementRequested: z
    .object({
      round: z.int().positive(),
      reason,
      missingComponents: z.array(z.string()),
      remainingWorkingDays: z.int().nullable(),
      resumeStatus: z.union([z.literal(1), z.literal(4)]),
    })
    .strict(),
  supplementRecorded: z
    .object({ round: z.int().positive(), note, documents: z.array(submittedDocumentSchema), previousDueDate: localDateSchema.nullable(), dueDate: localDateSchema.nullable() })
    .strict(),
  paymentRequested: z.object({ amount: z.int().positive(), description: z.string().min(1), remainingWorkingDays: z.int().nullable() }).strict(),
  paymentRecorded: z
    .object({ amount: z.int().positive(), receiptNumber: z.string().min(1), previousDueDate: localDateSchema.nullable(), dueDate: localDateSchema.nullable() })
    .strict(),
  approved: z.object({ note }).strict(),
  signed: z
    .object({ document: z.object({ kind: resultKindSchema, title: z.string().min(1), number: z.string().min(1) }).strict(), returnStep: stepRefSchema })
    .strict(),
  resultRefused: z.object({ reason, returnStep: stepRefSchema }).strict(),
  resultReturned: z.object({ method: z.enum(['counter', 'postal', 'online']) }).strict(),
  stopped: z.object({ reason }).strict(),
  extended: z.object({ previousDueDate: localDateSchema, dueDate: localDateSchema, reason, extension: z.int().positive() }).strict(),
  withdrawn: z.object({ reason }).strict(),
};

export type ProcessingEventType = keyof typeof payloads;
export const PROCESSING_EVENT_TYPES = Object.keys(payloads) as ProcessingEventType[];

const eventBase = {
  /** Globally unique (UUID v4), chosen by the caller so deciding stays pure. */
  id: z.uuid({ version: 'v4' }),
  dossierId: z.string().min(1),
  /** The dossier version this event produces: 1 for the first event, +1 for each after. */
  version: z.int().positive(),
  actor: eventActorSchema,
  at: instantSchema,
};

function variant<T extends ProcessingEventType>(type: T) {
  return z.object({ ...eventBase, type: z.literal(type), payload: payloads[type] }).strict();
}

export const processingEventSchema = z.discriminatedUnion('type', [
  variant('submitted'),
  variant('received'),
  variant('refusedToReceive'),
  variant('assigned'),
  variant('forwarded'),
  variant('sentBack'),
  variant('supplementRequested'),
  variant('supplementRecorded'),
  variant('paymentRequested'),
  variant('paymentRecorded'),
  variant('approved'),
  variant('signed'),
  variant('resultRefused'),
  variant('resultReturned'),
  variant('stopped'),
  variant('extended'),
  variant('withdrawn'),
]);

export type ProcessingEvent = z.infer<typeof processingEventSchema>;
export type EventOfType<T extends ProcessingEventType> = Extract<ProcessingEvent, { type: T }>;
export type EventPayload<T extends ProcessingEventType> = EventOfType<T>['payload'];
