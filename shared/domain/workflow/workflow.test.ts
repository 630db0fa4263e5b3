import { describe, expect, it } from 'vitest';
import type { Dossier } from '../dossiers/dossier';
import type { Actor } from '../officers/officer';
import { apply, ProjectionError, replay } from './apply';
import { commandSchema, type Command } from './commands';
import { decide } from './decide';
import { processingEventSchema, type ProcessingEvent } from './events';
import { appearsOnControlSheet, slipFor } from './forms';
import { allowedActions } from './rules';
import { counterIntake, officer, ref, testEnv, vn } from './testing';

const clerk = officer('clerk');
const specialist = officer('specialist');
const otherSpecialist = officer('specialist', 2);
const head = officer('head');
const leader = officer('leader');
const admin = officer('admin');
const clerkElsewhere = officer('clerk', 1, 'CSHTT');

/** Runs commands in order on one dossier, failing the test on the first rejection. */
function run(steps: [Command, Actor, string][], start: Dossier | null = null, env = testEnv()) {
  let dossier = start;
  const events: ProcessingEvent[] = [];
  for (const [command, actor, time] of steps) {
    const decision = decide(dossier, command, actor, vn(time), env);
    if (!decision.ok) throw new Error(`${command.type}: ${decision.error.message}`);
    for (const event of decision.value) {
      dossier = apply(dossier, event);
      events.push(event);
    }
  }
  return { dossier: dossier!, events, env };
}

const receiveAtCounter: [Command, Actor, string] = [{ type: 'receive', dossierId: 'd-1', intake: counterIntake() }, clerk, '2025-03-03 10:00'];
const throughToSignature: [Command, Actor, string][] = [
  receiveAtCounter,
  [{ type: 'assign', assignee: ref(specialist) }, head, '2025-03-03 14:00'],
  [{ type: 'forward', to: ref(head), note: 'Đủ điều kiện cấp giấy chứng nhận.' }, specialist, '2025-03-05 09:00'],
  [{ type: 'forward', to: ref(leader) }, head, '2025-03-06 09:00'],
];

describe('receiving a dossier', () => {
  it('at the counter records it as received (status 2) with form 01 and the promised date', () => {
    const { dossier, events } = run([receiveAtCounter]);
    expect(dossier).toMatchObject({ id: 'd-1', code: 'CUDCN-250303-0001', status: 2, dueDate: '2025-03-10', unitCode: 'CUDCN', fieldCode: 'CGCN', version: 1 });
    expect(dossier.step).toMatchObject({ code: 'TD', role: 'specialist' });
    expect(slipFor(events[0]!.type)).toBe('01');
    expect(dossier.searchKeys).toEqual(expect.arrayContaining(['sao', 'viet', 'cudcn', '0100109106', 'tuyet']));
  });

  it('refuses an incomplete dossier at the counter, naming what is missing and what to do', () => {
    const intake = counterIntake({ documents: [{ componentCode: 'VB', originals: 1, copies: 0 }] });
    const decision = decide(null, { type: 'receive', dossierId: 'd-1', intake }, clerk, vn('2025-03-03 10:00'), testEnv());
    expect(decision).toMatchObject({ ok: false, error: { code: 'INCOMPLETE_DOSSIER' } });
    if (!decision.ok) expect(decision.error.message).toMatch(/Hợp đồng chuyển giao công nghệ.*Mẫu 02.*Mẫu 03/);
  });

  it('checks the applicant the way the intake form does', () => {
    const intake = counterIntake({ applicant: { ...counterIntake().applicant, taxCode: '0100109107' } });
    const decision = decide(null, { type: 'receive', dossierId: 'd-1', intake }, clerk, vn('2025-03-03 10:00'), testEnv());
    expect(decision).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('records the applicant cleaned: composed text, digits only, +84 turned into 0', () => {
    const base = counterIntake();
    const intake = counterIntake({ applicant: { ...base.applicant, name: '  Công ty TNHH  Sao Việt '.normalize('NFD'), phone: '+84 912 345 678', idNumber: '001 085 012345' } });
    const { dossier } = run([[{ type: 'receive', dossierId: 'd-1', intake }, clerk, '2025-03-03 10:00']]);
    expect(dossier.applicant).toMatchObject({ name: 'Công ty TNHH Sao Việt', phone: '0912345678', idNumber: '001085012345' });
  });

  it('does not let an officer of another unit receive the unit’s procedures', () => {
    const decision = decide(null, { type: 'receive', dossierId: 'd-1', intake: counterIntake() }, clerkElsewhere, vn('2025-03-03 10:00'), testEnv());
    expect(decision).toMatchObject({ ok: false, error: { code: 'WRONG_UNIT' } });
  });

  it('an online submission waits as "Mới đăng ký" (1); the clock starts when the counter accepts it', () => {
    const intake = counterIntake({ channel: 'online' });
    const submitted = run([[{ type: 'recordOnlineSubmission', dossierId: 'd-2', intake }, admin, '2025-03-01 21:30']]);
    expect(submitted.dossier).toMatchObject({ status: 1, dueDate: null, receivedAt: null, submittedAt: vn('2025-03-01 21:30') });
    const received = run([[{ type: 'receive' }, clerk, '2025-03-03 16:00']], submitted.dossier, submitted.env);
    expect(received.dossier).toMatchObject({ status: 2, receivedAt: vn('2025-03-03 16:00'), dueDate: '2025-03-11', version: 2 });
  });

  it('refusing to receive (form 03) ends the dossier', () => {
    const { dossier, events } = run([[{ type: 'refuseToReceive', dossierId: 'd-3', intake: counterIntake(), reason: 'Không thuộc thẩm quyền.' }, clerk, '2025-03-03 10:00']]);
    expect(dossier.status).toBe(3);
    expect(slipFor(events[0]!.type)).toBe('03');
    expect(allowedActions(dossier, clerk)).toEqual([]);
  });
});

describe('processing', () => {
  it('goes from assignment to the leader’s signature and the return of the result (status 10)', () => {
    const { dossier, events } = run([
      ...throughToSignature,
      [{ type: 'approve' }, leader, '2025-03-06 15:00'],
      [{ type: 'sign', documentNumber: '125/GCN-UDCN' }, leader, '2025-03-06 16:00'],
      [{ type: 'returnResult', method: 'counter' }, clerk, '2025-03-07 09:00'],
    ]);
    expect(dossier).toMatchObject({ status: 10, outcome: 'granted', finishedAt: vn('2025-03-06 16:00'), returnedAt: vn('2025-03-07 09:00'), version: 7 });
    expect(events.map((e) => e.type)).toEqual(['received', 'assigned', 'forwarded', 'forwarded', 'approved', 'signed', 'resultReturned']);
    expect(events.every(({ type }) => appearsOnControlSheet(type))).toBe(true);
    expect(events.find((e) => e.type === 'signed')?.payload).toMatchObject({ document: { kind: 'certificate', number: '125/GCN-UDCN' } });
  });

  it('only the officer assigned at a step may forward it', () => {
    const { dossier, env } = run(throughToSignature.slice(0, 2));
    expect(decide(dossier, { type: 'forward', to: null }, otherSpecialist, vn('2025-03-04 09:00'), env)).toMatchObject({ ok: false, error: { code: 'NOT_ASSIGNEE' } });
    expect(allowedActions(dossier, specialist)).toEqual(['forward', 'requestSupplement', 'requestPayment']);
    expect(allowedActions(dossier, otherSpecialist)).toEqual([]);
  });

  it('a hand-over names an officer of the role the next step needs', () => {
    const { dossier, env } = run(throughToSignature.slice(0, 2));
    const decision = decide(dossier, { type: 'forward', to: ref(leader) }, specialist, vn('2025-03-04 09:00'), env);
    expect(decision).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!decision.ok) expect(decision.error.message).toMatch(/Xem xét, trình ký.*lãnh đạo phòng/);
  });

  it('the leader signs only after approving; a specialist can do neither', () => {
    const { dossier, env } = run(throughToSignature);
    expect(decide(dossier, { type: 'sign', documentNumber: '1/GCN' }, leader, vn('2025-03-06 15:00'), env)).toMatchObject({ ok: false, error: { code: 'NOT_APPROVED' } });
    expect(decide(dossier, { type: 'approve' }, specialist, vn('2025-03-06 15:00'), env)).toMatchObject({ ok: false, error: { code: 'ROLE_NOT_ALLOWED' } });
    expect(allowedActions(dossier, leader)).toEqual(['assign', 'sendBack', 'requestSupplement', 'approve', 'refuseResult', 'stop', 'extendWithApology']);
  });

  it('the head sends a draft back to the specialist for rework', () => {
    const { dossier } = run([...throughToSignature.slice(0, 3), [{ type: 'sendBack', to: ref(specialist), reason: 'Bổ sung căn cứ pháp lý.' }, head, '2025-03-05 15:00']]);
    expect(dossier.step?.code).toBe('TD');
    expect(dossier.assigneeId).toBe(specialist.id);
  });

  it('refusing the result ends the dossier resolved (9) with a refusal, then it is returned', () => {
    const { dossier } = run([...throughToSignature, [{ type: 'refuseResult', reason: 'Hợp đồng thuộc diện phải cấp phép chuyển giao.' }, leader, '2025-03-06 15:00']]);
    expect(dossier).toMatchObject({ status: 9, outcome: 'refused', finishedAt: vn('2025-03-06 15:00') });
    expect(allowedActions(dossier, clerk)).toEqual(['returnResult']);
  });
});

describe('supplements, payments, extensions', () => {
  it('a supplement request (form 02) stops the clock; the supplement moves the due date by the time waited', () => {
    const requested = run([...throughToSignature.slice(0, 2), [{ type: 'requestSupplement', reason: 'Thiếu bản dịch hợp đồng.', missingComponents: ['HD'] }, specialist, '2025-03-05 10:00']]);
    expect(requested.dossier).toMatchObject({ status: 5, pausedSince: vn('2025-03-05 10:00'), remainingWorkingDays: 3, supplementRounds: 1 });
    expect(slipFor(requested.events.at(-1)!.type)).toBe('02');
    const recorded = run([[{ type: 'recordSupplement', documents: [{ componentCode: 'HD', originals: 1, copies: 0 }] }, clerk, '2025-03-17 09:00']], requested.dossier, requested.env);
    expect(recorded.dossier).toMatchObject({ status: 4, dueDate: '2025-03-20' });
    expect(recorded.dossier.pausedSince).toBeUndefined();
    expect(recorded.events[0]?.payload).toMatchObject({ previousDueDate: '2025-03-10', dueDate: '2025-03-20' });
  });

  it('the counter may ask for a supplement before accepting an online dossier; it returns to status 1', () => {
    const online = run([
      [{ type: 'recordOnlineSubmission', dossierId: 'd-9', intake: counterIntake({ channel: 'online' }) }, admin, '2025-03-01 21:30'],
      [{ type: 'requestSupplement', reason: 'Thiếu hợp đồng.', missingComponents: ['HD'] }, clerk, '2025-03-03 08:00'],
      [{ type: 'recordSupplement', documents: [{ componentCode: 'HD', originals: 1, copies: 0 }] }, clerk, '2025-03-04 08:00'],
    ]);
    expect(online.dossier).toMatchObject({ status: 1, dueDate: null, supplementRounds: 1 });
  });

  it('a payment request (status 6) pauses the clock until the payment is recorded', () => {
    const { dossier } = run([
      ...throughToSignature.slice(0, 2),
      [{ type: 'requestPayment', amount: 3_000_000, description: 'Phí thẩm định hợp đồng chuyển giao công nghệ' }, specialist, '2025-03-04 10:00'],
      [{ type: 'recordPayment', amount: 3_000_000, receiptNumber: 'BL0001234' }, clerk, '2025-03-06 10:00'],
    ]);
    expect(dossier).toMatchObject({ status: 4, dueDate: '2025-03-12' });
  });

  it('an extension (form 04) must promise a later working day', () => {
    const { dossier, env } = run(throughToSignature.slice(0, 2));
    const extend = (newDueDate: string) => decide(dossier, { type: 'extendWithApology', newDueDate, reason: 'Cần lấy ý kiến Bộ Công Thương.' }, head, vn('2025-03-10 09:00'), env);
    expect(extend('2025-03-07')).toMatchObject({ ok: false, error: { code: 'DUE_DATE_NOT_LATER' } });
    expect(extend('2025-03-15')).toMatchObject({ ok: false, error: { code: 'NOT_WORKING_DAY' } });
    const extended = extend('2025-03-17');
    expect(extended.ok && apply(dossier, extended.value[0]!)).toMatchObject({ dueDate: '2025-03-17', extensionCount: 1 });
  });

  it('a reason is required wherever the applicant will read one', () => {
    const { dossier, env } = run(throughToSignature.slice(0, 2));
    expect(decide(dossier, { type: 'stop', reason: '  ' }, head, vn('2025-03-05 09:00'), env)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('endings', () => {
  it('nothing is allowed after a withdrawal, a stop or the return of the result', () => {
    const withdrawn = run([receiveAtCounter, [{ type: 'withdraw', reason: 'Công văn số 12/CV của công ty.' }, clerk, '2025-03-04 09:00']]).dossier;
    const stopped = run([...throughToSignature.slice(0, 2), [{ type: 'stop', reason: 'Quá hạn bổ sung.' }, head, '2025-03-20 09:00']]).dossier;
    for (const dossier of [withdrawn, stopped]) {
      for (const actor of [clerk, specialist, head, leader, admin]) expect(allowedActions(dossier, actor)).toEqual([]);
    }
    expect(withdrawn.status).toBe(7);
    expect(stopped.status).toBe(8);
    expect(decide(withdrawn, { type: 'receive' }, clerk, vn('2025-03-05 09:00'), testEnv())).toMatchObject({ ok: false, error: { code: 'DOSSIER_EXISTS' } });
  });

  it('a rejection says in Vietnamese why, naming the status', () => {
    const withdrawn = run([receiveAtCounter, [{ type: 'withdraw', reason: 'Rút hồ sơ.' }, clerk, '2025-03-04 09:00']]).dossier;
    const decision = decide(withdrawn, { type: 'assign', assignee: ref(specialist) }, head, vn('2025-03-05 09:00'), testEnv());
    expect(decision).toEqual({ ok: false, error: { code: 'NOT_ALLOWED_IN_STATUS', message: 'Không thể phân công xử lý khi hồ sơ đang ở trạng thái «Công dân yêu cầu rút hồ sơ».' } });
  });
});

describe('events and replay', () => {
  it('every event matches its schema, and commands cross the wire through theirs', () => {
    const { events } = run([...throughToSignature, [{ type: 'approve' }, leader, '2025-03-06 15:00']]);
    for (const event of events) expect(processingEventSchema.safeParse(event).success).toBe(true);
    expect(commandSchema.safeParse({ type: 'forward', to: null }).success).toBe(true);
    expect(commandSchema.safeParse({ type: 'forward' }).success).toBe(false);
  });

  it('replaying the events gives the same dossier', () => {
    const { dossier, events } = run(throughToSignature);
    expect(replay(events)).toEqual(dossier);
  });

  it('refuses to fold a history with a gap or from another dossier', () => {
    const { events } = run(throughToSignature);
    expect(() => replay([events[0]!, events[2]!])).toThrow(ProjectionError);
    expect(() => replay(events.slice(1))).toThrow(ProjectionError);
  });
});
