import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossierSchema, type Dossier } from '../dossiers/dossier';
import type { Actor } from '../officers/officer';
import { apply, replay } from './apply';
import type { Command, CommandType } from './commands';
import { decide, type WorkflowEnv } from './decide';
import { processingEventSchema, type ProcessingEvent } from './events';
import { allowedActions } from './rules';
import { DOSSIER_STATUSES, isTerminal } from './status';
import { counterIntake, officer, ref, testEnv } from './testing';

const staff: Actor[] = (['clerk', 'specialist', 'head', 'leader', 'admin'] as const).flatMap((role) => [officer(role, 1), officer(role, 2)]);
const outsider = officer('head', 1, 'CSHTT');
const actors = [...staff, outsider];
const START = Date.parse('2025-03-03T01:00:00Z');

/** Checks every invariant the projection must keep after each accepted command. */
function checkStep(before: Dossier | null, events: readonly ProcessingEvent[], after: Dossier, env: WorkflowEnv) {
  expect(before === null || !isTerminal(before.status)).toBe(true);
  expect(events.length).toBeGreaterThan(0);
  events.forEach((event, i) => expect(event.version).toBe((before?.version ?? 0) + i + 1));
  expect(after.version).toBe((before?.version ?? 0) + events.length);
  expect(DOSSIER_STATUSES).toContain(after.status);
  expect(after.pausedSince !== undefined).toBe(after.status === 5 || after.status === 6);
  if (after.dueDate !== null) expect(env.calendar.isWorkingDay(after.dueDate)).toBe(true);
  if (after.status === 9 || after.status === 10) expect(after.finishedAt).toBeDefined();
}

// ---- random commands: mostly nonsense, which the rules must turn away cleanly ----

const reason = fc.constantFrom('', '  ', 'Theo quy định.');
const anyRef = fc.option(fc.constantFrom(...actors.map(ref)), { nil: null });
const randomCommand: fc.Arbitrary<Command> = fc.oneof(
  fc.constant<Command>({ type: 'recordOnlineSubmission', dossierId: 'd', intake: counterIntake({ channel: 'online' }) }),
  fc.constantFrom<Command>({ type: 'receive', dossierId: 'd', intake: counterIntake() }, { type: 'receive' }),
  reason.map<Command>((r) => ({ type: 'refuseToReceive', dossierId: 'd', intake: counterIntake(), reason: r })),
  reason.map<Command>((r) => ({ type: 'refuseToReceive', reason: r })),
  fc.constantFrom(...actors.map(ref)).map<Command>((assignee) => ({ type: 'assign', assignee })),
  anyRef.map<Command>((to) => ({ type: 'forward', to })),
  fc.tuple(anyRef, reason).map<Command>(([to, r]) => ({ type: 'sendBack', to, reason: r })),
  fc.tuple(reason, fc.constantFrom<string[]>([], ['HD'], ['XX'])).map<Command>(([r, missingComponents]) => ({ type: 'requestSupplement', reason: r, missingComponents })),
  fc.constant<Command>({ type: 'recordSupplement', documents: [] }),
  fc.constantFrom(0, 500_000).map<Command>((amount) => ({ type: 'requestPayment', amount, description: 'Phí thẩm định' })),
  fc.constantFrom(0, 500_000).map<Command>((amount) => ({ type: 'recordPayment', amount, receiptNumber: 'BL1' })),
  fc.constant<Command>({ type: 'approve' }),
  fc.constantFrom('', '7/GCN-UDCN').map<Command>((documentNumber) => ({ type: 'sign', documentNumber })),
  reason.map<Command>((r) => ({ type: 'refuseResult', reason: r })),
  fc.constantFrom('counter' as const, 'online' as const).map<Command>((method) => ({ type: 'returnResult', method })),
  reason.map<Command>((r) => ({ type: 'stop', reason: r })),
  fc.tuple(fc.integer({ min: 0, max: 90 }), reason).map<Command>(([days, r]) => ({
    type: 'extendWithApology',
    newDueDate: new Date(START + days * 86_400_000).toISOString().slice(0, 10),
    reason: r,
  })),
  reason.map<Command>((r) => ({ type: 'withdraw', reason: r })),
);

const step = fc.tuple(randomCommand, fc.nat(actors.length - 1), fc.integer({ min: 1, max: 3_000 }));

describe('the workflow under random commands (properties)', () => {
  it('keeps every invariant, never leaves a terminal status, and turns away whatever allowedActions does not offer', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const env = testEnv();
        let dossier: Dossier | null = null;
        const history: ProcessingEvent[] = [];
        let clock = START;
        for (const [command, actorIndex, gap] of steps) {
          const actor = actors[actorIndex]!;
          clock += gap * 60_000;
          const offered = allowedActions(dossier, actor).includes(command.type);
          const decision = decide(dossier, command, actor, new Date(clock).toISOString(), env);
          if (!decision.ok) {
            expect(decision.error.code).not.toBe('');
            expect(decision.error.message.length).toBeGreaterThan(10);
            continue;
          }
          expect(offered).toBe(true);
          let next: Dossier | null = dossier;
          for (const event of decision.value) next = apply(next, event);
          checkStep(dossier, decision.value, next!, env);
          history.push(...decision.value);
          dossier = next;
        }
        expect(replay(history)).toEqual(dossier);
      }),
      { numRuns: 300 },
    );
  });
});

// ---- guided walks: always pick something allowedActions offers, with a valid payload ----

function validCommand(type: CommandType, dossier: Dossier | null, env: WorkflowEnv, pick: number): Command {
  const procedure = dossier ? env.catalogue.procedure(dossier.procedureCode)! : undefined;
  const roleAt = (offset: number) => procedure!.steps[dossier!.step!.index + offset]!.role;
  const someone = (role: Actor['role']) => (pick % 3 === 0 ? null : ref(staff.find((a) => a.role === role && a.id !== dossier?.assigneeId)!));
  switch (type) {
    case 'recordOnlineSubmission':
      return { type, dossierId: 'd', intake: counterIntake({ channel: 'online' }) };
    case 'receive':
      return dossier ? { type } : { type, dossierId: 'd', intake: counterIntake() };
    case 'refuseToReceive':
      return dossier ? { type, reason: 'Không đủ điều kiện.' } : { type, dossierId: 'd', intake: counterIntake(), reason: 'Không đủ điều kiện.' };
    case 'assign':
      return { type, assignee: ref(staff.find((a) => a.role === dossier!.step!.role && a.id !== dossier!.assigneeId)!) };
    case 'forward':
      return { type, to: someone(roleAt(1)) };
    case 'sendBack':
      return { type, to: someone(roleAt(-1)), reason: 'Làm lại.' };
    case 'requestSupplement':
      return { type, reason: 'Thiếu hợp đồng.', missingComponents: ['HD'] };
    case 'recordSupplement':
      return { type, documents: [{ componentCode: 'HD', originals: 1, copies: 0 }] };
    case 'requestPayment':
      return { type, amount: 3_000_000, description: 'Phí thẩm định' };
    case 'recordPayment':
      return { type, amount: 3_000_000, receiptNumber: 'BL0001' };
    case 'approve':
      return { type };
    case 'sign':
      return { type, documentNumber: `${pick}/GCN-UDCN` };
    case 'refuseResult':
      return { type, reason: 'Không đáp ứng điều kiện.' };
    case 'returnResult':
      return { type, method: 'counter' };
    case 'stop':
      return { type, reason: 'Quá hạn bổ sung.' };
    case 'extendWithApology':
      return { type, newDueDate: env.calendar.addWorkingDays(dossier!.dueDate!, 1 + (pick % 5)), reason: 'Cần thêm ý kiến.' };
    case 'withdraw':
      return { type, reason: 'Người nộp đề nghị rút.' };
  }
}

const PROGRESS = new Set<CommandType>(['receive', 'assign', 'forward', 'approve', 'sign', 'returnResult', 'recordSupplement', 'recordPayment']);

const walks = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 2_000 })), { minLength: 1, maxLength: 40 });

/** Plays one guided walk, checking every step; adds each status it passes through to `reached`. */
function playWalk(choices: ReadonlyArray<readonly [number, number]>, reached: Set<number>) {
  const env = testEnv();
  let dossier: Dossier | null = null;
  const history: ProcessingEvent[] = [];
  let clock = START;
  for (const [pick, gap] of choices) {
    const options = actors.flatMap((actor) => allowedActions(dossier, actor).map((type) => [actor, type] as const));
    if (options.length === 0) {
      expect(dossier && isTerminal(dossier.status)).toBe(true);
      break;
    }
    // Lean towards moving forward half the time, so walks also reach signature and return.
    const forward = options.filter(([, type]) => PROGRESS.has(type));
    const pool = pick % 2 === 0 && forward.length > 0 ? forward : options;
    const [actor, type] = pool[Math.floor(pick / 2) % pool.length]!;
    clock += gap * 60_000;
    const decision = decide(dossier, validCommand(type, dossier, env, pick), actor, new Date(clock).toISOString(), env);
    if (!decision.ok) throw new Error(`${type} by ${actor.role} was offered but rejected: ${decision.error.message}`);
    let next: Dossier | null = dossier;
    for (const event of decision.value) {
      expect(processingEventSchema.safeParse(event).success).toBe(true);
      next = apply(next, event);
    }
    checkStep(dossier, decision.value, next!, env);
    expect(dossierSchema.safeParse(next).success).toBe(true);
    history.push(...decision.value);
    dossier = next;
    reached.add(next!.status);
  }
  expect(replay(history)).toEqual(dossier);
  expect(new Set(history.map((e) => e.id)).size).toBe(history.length);
}

describe('the workflow along offered actions (properties)', () => {
  it('accepts every action it offers, and replaying the history gives the same dossier', () => {
    fc.assert(
      fc.property(walks, (choices) => playWalk(choices, new Set())),
      { numRuns: 300 },
    );
  });

  it('reaches every status along its walks (fixed seed, so the coverage check itself never flickers)', () => {
    const reached = new Set<number>();
    fc.assert(
      fc.property(walks, (choices) => playWalk(choices, reached)),
      { numRuns: 600, seed: 572_2016 },
    );
    expect([...reached].sort((a, b) => a - b)).toEqual([...DOSSIER_STATUSES]);
  });
});
