// What each action's confirm dialog asks for, what it starts with, and the command it becomes.
// The workflow (decide) judges the command again and answers in words an officer can act on; the
// checks here only catch what cannot even be sent (no officer chosen, an amount that is no number).
import type { LocalDate } from '../../../../shared/domain/calendar/local-date';
import type { WorkingCalendar } from '../../../../shared/domain/calendar/working-calendar';
import type { Procedure, ProcessingStep } from '../../../../shared/domain/catalogue/catalogue-schema';
import type { Dossier } from '../../../../shared/domain/dossiers/dossier';
import type { OfficerRef } from '../../../../shared/domain/officers/officer';
import type { Command, CommandType } from '../../../../shared/domain/workflow/commands';
import type { ProcessingEvent } from '../../../../shared/domain/workflow/events';
import type { MessageKey } from '../../i18n/catalogue-vi';
import type { ReturnMethod } from '../domain-labels';

/** Every command an officer can issue on a dossier already on this desk. */
export type OfferedAction = Exclude<CommandType, 'recordOnlineSubmission'>;

export type ActionField = 'reason' | 'note' | 'officer' | 'components' | 'newDueDate' | 'documentNumber' | 'method' | 'amount' | 'description' | 'receiptNumber';
export type FieldSpec = { field: ActionField; required: boolean };

const need = (field: ActionField): FieldSpec => ({ field, required: true });
const may = (field: ActionField): FieldSpec => ({ field, required: false });

export const actionFields: Record<OfferedAction, readonly FieldSpec[]> = {
  receive: [],
  refuseToReceive: [need('reason')],
  assign: [need('officer')],
  forward: [may('officer'), may('note')],
  sendBack: [may('officer'), need('reason')],
  requestSupplement: [need('reason'), may('components')],
  recordSupplement: [may('components'), may('note')],
  requestPayment: [need('amount'), need('description')],
  recordPayment: [need('amount'), need('receiptNumber')],
  approve: [may('note')],
  sign: [need('documentNumber')],
  refuseResult: [need('reason')],
  returnResult: [need('method')],
  stop: [need('reason')],
  extendWithApology: [need('newDueDate'), need('reason')],
  withdraw: [need('reason')],
};

export type ActionDraft = {
  reason: string;
  note: string;
  officerId: string;
  components: string[];
  newDueDate: string;
  documentNumber: string;
  method: ReturnMethod;
  amount: string;
  description: string;
  receiptNumber: string;
};

export type DraftContext = {
  dossier: Dossier;
  procedure: Procedure | undefined;
  events: readonly ProcessingEvent[];
  calendar: WorkingCalendar;
  today: LocalDate;
};

/** The step whose officer the dialog offers: the current one (assign), the next (forward) or the previous (sendBack). */
export function officerStep(type: OfferedAction, dossier: Pick<Dossier, 'step'>, procedure: Pick<Procedure, 'steps'> | undefined): ProcessingStep | null {
  const index = dossier.step?.index;
  if (index === undefined || !procedure) return null;
  if (type === 'assign') return procedure.steps[index] ?? null;
  if (type === 'forward') return procedure.steps[index + 1] ?? null;
  if (type === 'sendBack') return procedure.steps[index - 1] ?? null;
  return null;
}

export function initialDraft(type: OfferedAction, { dossier, procedure, events, calendar, today }: DraftContext): ActionDraft {
  const draft: ActionDraft = {
    reason: '',
    note: '',
    officerId: '',
    components: [],
    newDueDate: '',
    documentNumber: '',
    method: dossier.channel,
    amount: '',
    description: '',
    receiptNumber: '',
  };
  const last = <T extends ProcessingEvent['type']>(kind: T) => events.findLast((e): e is Extract<ProcessingEvent, { type: T }> => e.type === kind);
  if (type === 'requestPayment') {
    const fee = procedure?.fees.find((f) => f.amount !== null);
    draft.amount = fee?.amount ? String(fee.amount) : '';
    draft.description = fee?.name ?? '';
  } else if (type === 'recordPayment') {
    const request = last('paymentRequested');
    draft.amount = request ? String(request.payload.amount) : '';
  } else if (type === 'recordSupplement') {
    draft.components = [...(last('supplementRequested')?.payload.missingComponents ?? [])];
  } else if (type === 'extendWithApology' && dossier.dueDate) {
    // A suggestion, five working days past the later of today and the current promise.
    draft.newDueDate = calendar.addWorkingDays(dossier.dueDate > today ? dossier.dueDate : today, 5);
  }
  return draft;
}

/** What stops a command from being sent at all, as the message key the dialog shows. */
export type DraftProblem = Extract<MessageKey, 'dossiers.field.officerRequired' | 'dossiers.field.amountInvalid' | 'dossiers.field.dateRequired'>;

export type BuiltCommand = { ok: true; command: Command } | { ok: false; problem: DraftProblem };

/** The command the dialog sends, or the first thing to fix before it can be sent. */
export function buildCommand(type: OfferedAction, draft: ActionDraft, officerById: (id: string) => OfficerRef | undefined, procedure: Procedure | undefined): BuiltCommand {
  const officer = draft.officerId ? (officerById(draft.officerId) ?? null) : null;
  const amount = parseAmount(draft.amount);
  const note = draft.note.trim() === '' ? {} : { note: draft.note };
  const documents = () =>
    draft.components.map((code) => {
      const component = procedure?.components.find((c) => c.code === code);
      return { componentCode: code, originals: component?.originals ?? 0, copies: component?.copies ?? 0 };
    });
  const command = (): Command | DraftProblem => {
    switch (type) {
      case 'receive':
        return { type };
      case 'refuseToReceive':
      case 'refuseResult':
      case 'stop':
      case 'withdraw':
        return { type, reason: draft.reason };
      case 'assign':
        return officer ? { type, assignee: officer } : 'dossiers.field.officerRequired';
      case 'forward':
        return { type, to: officer, ...note };
      case 'sendBack':
        return { type, to: officer, reason: draft.reason };
      case 'requestSupplement':
        return { type, reason: draft.reason, missingComponents: draft.components };
      case 'recordSupplement':
        return { type, documents: documents(), ...note };
      case 'requestPayment':
        return amount === null ? 'dossiers.field.amountInvalid' : { type, amount, description: draft.description };
      case 'recordPayment':
        return amount === null ? 'dossiers.field.amountInvalid' : { type, amount, receiptNumber: draft.receiptNumber };
      case 'approve':
        return { type, ...note };
      case 'sign':
        return { type, documentNumber: draft.documentNumber };
      case 'returnResult':
        return { type, method: draft.method };
      case 'extendWithApology':
        return draft.newDueDate === '' ? 'dossiers.field.dateRequired' : { type, newDueDate: draft.newDueDate, reason: draft.reason };
    }
  };
  const built = command();
  return typeof built === 'string' ? { ok: false, problem: built } : { ok: true, command: built };
}

/** '3.000.000', '3 000 000' or '3000000' → 3000000; null unless a positive whole number. */
export function parseAmount(text: string): number | null {
  const digits = text.replace(/[\s.,]/g, '');
  if (!/^\d{1,13}$/.test(digits)) return null;
  const amount = Number(digits);
  return amount > 0 ? amount : null;
}
