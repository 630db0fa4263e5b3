// Each action's dialog starts from sensible values and sends a command the workflow accepts.
import { describe, expect, it } from 'vitest';
import { vietnamWorkingCalendar } from '../../../../shared/domain/calendar/working-calendar';
import { indexCatalogue } from '../../../../shared/domain/catalogue/catalogue-index';
import { shippedCatalogue } from '../../../../shared/domain/catalogue/shipped-catalogue';
import { generateDemoDossiers } from '../../../../shared/domain/demo/generate';
import { commandSchema } from '../../../../shared/domain/workflow/commands';
import { actionFields, buildCommand, initialDraft, officerStep, parseAmount, type ActionDraft, type OfferedAction } from './action-form';

const calendar = vietnamWorkingCalendar();
const catalogue = indexCatalogue(shippedCatalogue);
const demo = generateDemoDossiers(11, 400, { catalogue: shippedCatalogue, calendar, now: '2026-03-10T03:00:00.000Z' });
const officer = { id: 'cshtt.cv1', name: 'Nguyễn Văn Minh', role: 'specialist' as const };
const byId = (id: string) => (id === officer.id ? officer : undefined);

const filled: ActionDraft = {
  reason: 'Thiếu tờ khai',
  note: 'Ghi chú',
  officerId: officer.id,
  components: ['TK'],
  newDueDate: '2026-03-20',
  documentNumber: '12/QĐ-SHTT',
  method: 'counter',
  amount: '3.000.000',
  description: 'Phí thẩm định',
  receiptNumber: 'BL0001',
};

describe('the command an action dialog sends', () => {
  it.each(Object.keys(actionFields) as OfferedAction[])('%s, filled in, is a well-formed command', (type) => {
    const built = buildCommand(type, filled, byId, catalogue.procedure('1.005157'));
    expect(built.ok).toBe(true);
    if (built.ok) expect(commandSchema.safeParse(built.command).success).toBe(true);
  });

  it('asks for an officer before assigning, a positive amount before a payment, a date before an extension', () => {
    const empty = { ...filled, officerId: '', amount: 'ba triệu', newDueDate: '' };
    expect(buildCommand('assign', empty, byId, undefined)).toEqual({ ok: false, problem: 'dossiers.field.officerRequired' });
    expect(buildCommand('requestPayment', empty, byId, undefined)).toEqual({ ok: false, problem: 'dossiers.field.amountInvalid' });
    expect(buildCommand('extendWithApology', empty, byId, undefined)).toEqual({ ok: false, problem: 'dossiers.field.dateRequired' });
    expect(buildCommand('forward', empty, byId, undefined)).toEqual({ ok: true, command: { type: 'forward', to: null, note: 'Ghi chú' } });
  });

  it('records the supplemented components with the counts the catalogue asks for', () => {
    const built = buildCommand('recordSupplement', { ...filled, components: ['MNH'], note: ' ' }, byId, catalogue.procedure('1.005157'));
    expect(built).toEqual({ ok: true, command: { type: 'recordSupplement', documents: [{ componentCode: 'MNH', originals: 5, copies: 0 }] } });
  });

  it('reads amounts the way officers type them', () => {
    expect(parseAmount('3.000.000')).toBe(3_000_000);
    expect(parseAmount('150 000')).toBe(150_000);
    expect(parseAmount('0')).toBeNull();
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });
});

describe('where a dialog starts', () => {
  const today = '2026-03-10';
  const context = (status: number) => {
    const dossier = demo.dossiers.find((d) => d.status === status)!;
    return { dossier, procedure: catalogue.procedure(dossier.procedureCode), events: demo.events.filter((e) => e.dossierId === dossier.id), calendar, today };
  };

  it('a payment is confirmed for the amount that was asked', () => {
    const ctx = context(6);
    const asked = ctx.events.findLast((e) => e.type === 'paymentRequested')!;
    expect(initialDraft('recordPayment', ctx).amount).toBe(String(asked.type === 'paymentRequested' && asked.payload.amount));
  });

  it('a supplement is recorded for the components that were asked for', () => {
    const ctx = context(5);
    const asked = ctx.events.findLast((e) => e.type === 'supplementRequested')!;
    expect(initialDraft('recordSupplement', ctx).components).toEqual(asked.type === 'supplementRequested' ? asked.payload.missingComponents : []);
  });

  it('the result goes back the way the dossier came, and an extension suggests a later working day', () => {
    const ctx = context(4);
    expect(initialDraft('returnResult', ctx).method).toBe(ctx.dossier.channel);
    if (ctx.dossier.dueDate) {
      const suggested = initialDraft('extendWithApology', ctx).newDueDate;
      expect(suggested > ctx.dossier.dueDate && calendar.isWorkingDay(suggested)).toBe(true);
    }
  });

  it('assigning offers officers of the current step, forwarding of the next, sending back of the previous', () => {
    const procedure = catalogue.procedure('1.005157')!;
    const dossier = { step: { index: 1, code: procedure.steps[1]!.code, name: '', role: 'specialist' as const, kind: 'process' as const } };
    expect(officerStep('assign', dossier, procedure)).toBe(procedure.steps[1]);
    expect(officerStep('forward', dossier, procedure)).toBe(procedure.steps[2]);
    expect(officerStep('sendBack', dossier, procedure)).toBe(procedure.steps[0]);
    expect(officerStep('approve', dossier, procedure)).toBeNull();
  });
});
