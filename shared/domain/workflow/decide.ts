// decide(): judges one command against the dossier as it stands and answers the events to record
// or a rejection an officer can act on. Pure: time, event ids, catalogue and calendar come in.
import { err, ok, type Result } from '../../result';
import type { Instant } from '../calendar/vietnam-time';
import { formatVietnameseDate } from '../calendar/local-date';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { CatalogueIndex } from '../catalogue/catalogue-index';
import type { Procedure } from '../catalogue/catalogue-schema';
import { computeDueDate, countingDay } from '../deadlines/due-date';
import { remainingAtPause, resumeDueDate } from '../deadlines/paused-clock';
import type { Dossier, StepRef } from '../dossiers/dossier';
import { roleTitles, type Actor, type OfficerRef } from '../officers/officer';
import type { Command, CommandOfType } from './commands';
import type { EventOfType, EventPayload, ProcessingEvent, ProcessingEventType } from './events';
import { checkIntake, procedureOf } from './intake-check';
import { ruleRejection } from './rules';

export type WorkflowEnv = {
  calendar: WorkingCalendar;
  catalogue: Pick<CatalogueIndex, 'procedure'>;
  /** A fresh UUID v4 per call (crypto.randomUUID in the app, a seeded generator in tests). */
  newEventId: () => string;
};

type Decision = Result<ProcessingEvent[]>;

type Context = { dossier: Dossier | null; actor: Actor; now: Instant; env: WorkflowEnv };

export function decide(dossier: Dossier | null, command: Command, actor: Actor, now: Instant, env: WorkflowEnv): Decision {
  const rejection = ruleRejection(command.type, dossier, actor);
  if (rejection) return err(rejection.code, rejection.message);
  const ctx: Context = { dossier, actor, now, env };
  switch (command.type) {
    case 'recordOnlineSubmission':
      return recordOnlineSubmission(ctx, command);
    case 'receive':
      return receive(ctx, command);
    case 'refuseToReceive':
      return refuseToReceive(ctx, command);
    default:
      // Every other command needs an existing dossier: the rule table only allows 'new' for the three above.
      return decideOnDossier({ ...ctx, dossier: ctx.dossier! }, command);
  }
}

function emit<T extends ProcessingEventType>(ctx: Context, dossierId: string, type: T, payload: EventPayload<T>): ProcessingEvent {
  const { id, name, role } = ctx.actor;
  const event = { id: ctx.env.newEventId(), dossierId, version: (ctx.dossier?.version ?? 0) + 1, type, actor: { id, name, role }, at: ctx.now, payload };
  // TS cannot narrow a union member from a generic `type`; the payload type above keeps it honest.
  return event as unknown as EventOfType<T>;
}

const invalid = (message: string): Decision => err('INVALID_INPUT', message);
const blank = (text: string | undefined) => text === undefined || text.trim() === '';

function stepRef(procedure: Procedure, index: number): StepRef {
  const step = procedure.steps[index]!;
  return { index, code: step.code, name: step.name, role: step.role, kind: step.kind };
}

function recordOnlineSubmission(ctx: Context, command: CommandOfType<'recordOnlineSubmission'>): Decision {
  const origin = checkIntake(command.intake, ctx.actor, ctx.env.catalogue, { channels: ['online'], requireComplete: false });
  if (!origin.ok) return origin;
  return ok([emit(ctx, command.dossierId, 'submitted', { origin: origin.value })]);
}

function receive(ctx: Context, command: CommandOfType<'receive'>): Decision {
  let origin;
  if (ctx.dossier === null) {
    if (!command.intake || blank(command.dossierId)) return invalid('Tiếp nhận tại quầy cần đủ thông tin hồ sơ (mã, thủ tục, người nộp, thành phần).');
    const checked = checkIntake(command.intake, ctx.actor, ctx.env.catalogue, { channels: ['counter', 'postal'], requireComplete: true });
    if (!checked.ok) return checked;
    origin = checked.value;
  } else if (command.intake) {
    return invalid('Hồ sơ nộp trực tuyến đã có thông tin từ Cổng; chỉ cần bấm tiếp nhận.');
  }
  const found = procedureOf(ctx.env.catalogue, origin?.intake.procedureCode ?? ctx.dossier!.procedureCode);
  if (!found.ok) return found;
  const procedure = found.value;
  const countingFrom = countingDay(ctx.now, procedure.cutOff, ctx.env.calendar);
  const dueDate = computeDueDate(ctx.now, procedure, ctx.env.calendar);
  const dossierId = ctx.dossier?.id ?? command.dossierId!;
  return ok([emit(ctx, dossierId, 'received', { ...(origin ? { origin } : {}), countingFrom, dueDate, step: stepRef(procedure, 1) })]);
}

function refuseToReceive(ctx: Context, command: CommandOfType<'refuseToReceive'>): Decision {
  if (blank(command.reason)) return invalid('Hãy ghi rõ lý do từ chối tiếp nhận để in trên Mẫu 03.');
  if (ctx.dossier !== null) return ok([emit(ctx, ctx.dossier.id, 'refusedToReceive', { reason: command.reason.trim() })]);
  if (!command.intake || blank(command.dossierId)) return invalid('Từ chối tại quầy cần thông tin hồ sơ để ghi sổ theo dõi.');
  const origin = checkIntake(command.intake, ctx.actor, ctx.env.catalogue, { channels: ['counter', 'postal'], requireComplete: false });
  if (!origin.ok) return origin;
  return ok([emit(ctx, command.dossierId!, 'refusedToReceive', { origin: origin.value, reason: command.reason.trim() })]);
}

type OnDossier = Context & { dossier: Dossier };

function decideOnDossier(ctx: OnDossier, command: Exclude<Command, { type: 'recordOnlineSubmission' | 'receive' | 'refuseToReceive' }>): Decision {
  const found = procedureOf(ctx.env.catalogue, ctx.dossier.procedureCode);
  if (!found.ok) return found;
  const procedure = found.value;
  const { dossier, env, now } = ctx;
  const on = <T extends ProcessingEventType>(type: T, payload: EventPayload<T>): Decision => ok([emit(ctx, dossier.id, type, payload)]);

  switch (command.type) {
    case 'assign': {
      const problem = officerMismatch(command.assignee, dossier.step!);
      if (problem) return problem;
      if (dossier.assigneeId === command.assignee.id) return err('ALREADY_ASSIGNED', `Hồ sơ đã được giao cho ${command.assignee.name}.`);
      return on('assigned', { assignee: command.assignee });
    }
    case 'forward': {
      const next = stepRef(procedure, dossier.step!.index + 1);
      const problem = command.to ? officerMismatch(command.to, next) : null;
      if (problem) return problem;
      return on('forwarded', { from: dossier.step!.code, to: next, assignee: command.to, ...(blank(command.note) ? {} : { note: command.note!.trim() }) });
    }
    case 'sendBack': {
      if (blank(command.reason)) return invalid('Hãy ghi rõ nội dung cần xử lý lại khi trả hồ sơ về bước trước.');
      const previous = stepRef(procedure, dossier.step!.index - 1);
      const problem = command.to ? officerMismatch(command.to, previous) : null;
      if (problem) return problem;
      return on('sentBack', { from: dossier.step!.code, to: previous, assignee: command.to, reason: command.reason.trim() });
    }
    case 'requestSupplement': {
      if (blank(command.reason)) return invalid('Hãy ghi rõ nội dung cần bổ sung để in trên Mẫu 02.');
      const known = new Set(procedure.components.map((c) => c.code));
      const unknown = command.missingComponents.find((code) => !known.has(code));
      if (unknown) return invalid(`Thành phần ${unknown} không thuộc hồ sơ của thủ tục này.`);
      return on('supplementRequested', {
        round: dossier.supplementRounds + 1,
        reason: command.reason.trim(),
        missingComponents: command.missingComponents,
        remainingWorkingDays: remainingAtPause(dossier.dueDate, now, env.calendar),
        resumeStatus: dossier.status === 1 ? 1 : 4,
      });
    }
    case 'recordSupplement': {
      const known = new Set(procedure.components.map((c) => c.code));
      const unknown = command.documents.find((d) => !known.has(d.componentCode));
      if (unknown) return invalid(`Thành phần ${unknown.componentCode} không thuộc hồ sơ của thủ tục này.`);
      const dueDate = resumeDueDate({
        remainingWorkingDays: dossier.remainingWorkingDays ?? null,
        resumedAt: now,
        mode: procedure.supplementClock,
        procedure,
        calendar: env.calendar,
      });
      return on('supplementRecorded', {
        round: dossier.supplementRounds,
        ...(blank(command.note) ? {} : { note: command.note!.trim() }),
        documents: command.documents,
        previousDueDate: dossier.dueDate,
        dueDate: dossier.resumeStatus === 1 ? null : dueDate,
      });
    }
    case 'requestPayment':
      if (command.amount <= 0) return invalid('Số tiền phải nộp phải lớn hơn 0 đồng.');
      if (blank(command.description)) return invalid('Hãy ghi rõ khoản phí, lệ phí phải nộp.');
      return on('paymentRequested', {
        amount: command.amount,
        description: command.description.trim(),
        remainingWorkingDays: remainingAtPause(dossier.dueDate, now, env.calendar),
      });
    case 'recordPayment': {
      if (command.amount <= 0) return invalid('Số tiền đã nộp phải lớn hơn 0 đồng.');
      if (blank(command.receiptNumber)) return invalid('Hãy nhập số biên lai hoặc mã giao dịch nộp tiền.');
      const dueDate = resumeDueDate({ remainingWorkingDays: dossier.remainingWorkingDays ?? null, resumedAt: now, mode: 'resume', procedure, calendar: env.calendar });
      return on('paymentRecorded', { amount: command.amount, receiptNumber: command.receiptNumber.trim(), previousDueDate: dossier.dueDate, dueDate });
    }
    case 'approve':
      return on('approved', blank(command.note) ? {} : { note: command.note!.trim() });
    case 'sign':
      if (blank(command.documentNumber)) return invalid('Hãy cấp số văn bản kết quả trước khi ký.');
      return on('signed', {
        document: { kind: procedure.result.kind, title: procedure.result.name, number: command.documentNumber.trim() },
        returnStep: stepRef(procedure, procedure.steps.length - 1),
      });
    case 'refuseResult':
      if (blank(command.reason)) return invalid('Hãy ghi rõ lý do từ chối giải quyết; lý do được gửi cho người nộp.');
      return on('resultRefused', { reason: command.reason.trim(), returnStep: stepRef(procedure, procedure.steps.length - 1) });
    case 'returnResult':
      return on('resultReturned', { method: command.method });
    case 'stop':
      if (blank(command.reason)) return invalid('Hãy ghi rõ lý do dừng xử lý để in trên Mẫu 05.');
      return on('stopped', { reason: command.reason.trim() });
    case 'extendWithApology': {
      if (blank(command.reason)) return invalid('Hãy ghi rõ lý do chậm trễ để in trên văn bản xin lỗi (Mẫu 04).');
      const current = dossier.dueDate!;
      if (command.newDueDate <= current) {
        return err('DUE_DATE_NOT_LATER', `Ngày hẹn trả mới phải sau ngày hẹn hiện tại (${formatVietnameseDate(current)}).`);
      }
      if (!env.calendar.isWorkingDay(command.newDueDate)) {
        return err('NOT_WORKING_DAY', `Ngày ${formatVietnameseDate(command.newDueDate)} là ngày nghỉ; hãy chọn một ngày làm việc.`);
      }
      return on('extended', { previousDueDate: current, dueDate: command.newDueDate, reason: command.reason.trim(), extension: dossier.extensionCount + 1 });
    }
    case 'withdraw':
      if (blank(command.reason)) return invalid('Hãy ghi lý do hoặc số văn bản đề nghị rút hồ sơ của người nộp.');
      return on('withdrawn', { reason: command.reason.trim() });
  }
}

function officerMismatch(officer: OfficerRef, step: StepRef): Decision | null {
  return officer.role === step.role
    ? null
    : invalid(`Bước «${step.name}» do ${roleTitles[step.role].toLowerCase()} thực hiện; ${officer.name} là ${roleTitles[officer.role].toLowerCase()}.`);
}
