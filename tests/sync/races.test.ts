// Proves that two workstations of one unit and a citizen's withdrawal racing on the same dossier
// settle as the shared rules dictate, whatever the order their pushes reach the portal: desk A's
// leader approves and signs offline, desk B assigns it to another leader, asks for a supplement or
// stops it offline, and the national portal withdraws it (POST public/dossiers/{code}/withdraw).
// Every order of the three is played (6 orders × 3 actions of B, on PGlite and on PostgreSQL when
// PORTAL_TEST_DATABASE_URL is set). After everyone syncs, the portal holds what decide() gives when
// replayed in the portal's order, both desks hold exactly the portal's dossier and events, and
// each loser is told why: the losing desk keeps a refusal whose Vietnamese sentence names who
// changed the dossier, how and when, and the rule that refused — for each of its refused actions,
// the sign built on a refused approval too (which the portal once judged by version numbers alone
// and filed as a plain refusal without saying who changed the dossier); a refused withdrawal
// answers 409 with the same kind of sentence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act } from '../../renderer/src/store/processing';
import type { OutboxEntry } from '../../renderer/src/store/records';
import { calendar, catalogue, officer } from '../../renderer/src/store/test-support';
import type { Dossier } from '../../shared/domain/dossiers/dossier';
import type { Actor } from '../../shared/domain/officers/officer';
import { apply } from '../../shared/domain/workflow/apply';
import type { Command } from '../../shared/domain/workflow/commands';
import { decide } from '../../shared/domain/workflow/decide';
import type { ProcessingEvent, ProcessingEventType } from '../../shared/domain/workflow/events';
import {
  assignCommand,
  deskEvents,
  perform,
  portalDossier,
  portalEvents,
  readyDesk,
  receive,
  resetUnit,
  startPortal,
  sync,
  variants,
  withdrawOnline,
  type Desk,
  type RunningPortal,
} from './support';

const UNIT = 'CUDCN';
/** The national portal as the portal records it on the events it causes (docs/sync-api.md). */
const nationalPortal: Actor = { id: 'cong-dvc-quoc-gia', name: 'Cổng Dịch vụ công quốc gia', role: 'admin', unitCode: UNIT };
const WITHDRAW_REASON = 'Công dân đề nghị rút hồ sơ trên Cổng Dịch vụ công';

type Racer = 'A' | 'B' | 'W';
type BAction = 'assign' | 'requestSupplement' | 'stop';

const racerNames: Record<Racer, string> = { A: 'máy A (ký duyệt)', B: 'máy B', W: 'công dân rút hồ sơ' };

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** How the sentence names each change, written here from the contract, not taken from the portal. */
const verbs: Partial<Record<ProcessingEventType, string>> = {
  approved: 'phê duyệt',
  signed: 'ký kết quả',
  assigned: 'phân công xử lý',
  supplementRequested: 'yêu cầu bổ sung',
  stopped: 'dừng xử lý',
  withdrawn: 'ghi nhận rút hồ sơ theo đề nghị của người nộp',
};

/** '08:30 ngày 10/03/2026' on a Hà Nội wall clock. */
function vietnamTime(instant: string): string {
  const local = new Date(Date.parse(instant) + 7 * 3_600_000).toISOString();
  return `${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}

type LastChange = { name: string; type: ProcessingEventType; at: string };
type Expected = {
  dossier: Dossier;
  /** Per mutation or withdrawal: applied, or refused with the rule's code and sentence and what had moved the dossier. */
  outcomes: Map<string, { applied: true } | { applied: false; code: string; rule: string; movedBy: LastChange | null }>;
};

/**
 * decide() replayed in the portal's order, from the dossier as the portal held it before the race.
 * A refused action lost to a change when the dossier is no longer what its officer saw: another
 * racer's change came first, or an earlier action of the same desk it was built on was refused.
 */
function replayRace(before: Dossier, beforeLast: LastChange, order: Racer[], queued: Record<'A' | 'B', OutboxEntry[]>, withdrawAt: string): Expected {
  let dossier = before;
  let last = beforeLast;
  const outcomes: Expected['outcomes'] = new Map();
  const changedBy = new Set<Racer>();
  const diverged = new Set<Racer>();
  const judge = (racer: Racer, key: string, command: Command, actor: Actor, at: string, eventIds: string[]): boolean => {
    let next = 0;
    const decision = decide(dossier, command, actor, at, { calendar, catalogue, newEventId: () => eventIds[next++] ?? crypto.randomUUID() });
    if (!decision.ok) {
      const moved = [...changedBy].some((other) => other !== racer) || diverged.has(racer);
      outcomes.set(key, { applied: false, code: decision.error.code, rule: decision.error.message, movedBy: moved ? last : null });
      diverged.add(racer);
      return false;
    }
    for (const event of decision.value) dossier = apply(dossier, event);
    const final = decision.value.at(-1)!;
    last = { name: actor.name, type: final.type, at: final.at };
    changedBy.add(racer);
    outcomes.set(key, { applied: true });
    return true;
  };
  for (const racer of order) {
    if (racer === 'W') judge('W', 'W', { type: 'withdraw', reason: WITHDRAW_REASON }, nationalPortal, withdrawAt, []);
    else for (const entry of queued[racer]) judge(racer, entry.mutationId, entry.command, entry.actor, entry.createdAt, entry.eventIds);
  }
  return { dossier, outcomes };
}

/** The sentence an officer (or the national portal) reads: what happened to the dossier, then the rule. */
const changeSentence = (code: string, change: LastChange) => `Hồ sơ ${code} đã được ${change.name} ${verbs[change.type]} trên Cổng lúc ${vietnamTime(change.at)}`;

for (const variant of variants) {
  describe.skipIf(variant.skip)(`two desks and a citizen racing on one dossier, portal on ${variant.name}`, () => {
    let running: RunningPortal;
    beforeAll(async () => {
      running = await startPortal(() => new Date(), variant);
    });
    afterAll(() => running?.close());

    const cases = (['assign', 'requestSupplement', 'stop'] as BAction[]).flatMap((b) => permutations<Racer>(['A', 'B', 'W']).map((order) => [order.join(' → '), b, order] as const));

    it.each(cases)('pushes in the order %s, desk B: %s', async (_label, bAction, order) => {
      await resetUnit(running, UNIT);
      // A dossier at the signing step, known to both desks: received, assigned, forwarded twice.
      const a = await readyDesk(running, UNIT, 'cudcn.ld1');
      const b = await readyDesk(running, UNIT, 'cudcn.tp1');
      const received = await receive(a.desk);
      await perform(a.desk, received.id, assignCommand(UNIT, 1), 'head');
      await perform(a.desk, received.id, { type: 'forward', to: null }, 'specialist');
      const atSigning = await perform(a.desk, received.id, { type: 'forward', to: null }, 'head');
      expect(atSigning).toMatchObject({ status: 4, step: { kind: 'sign', role: 'leader' }, assigneeId: null, approved: false });
      expect((await sync(a.desk, running.base, a.token)).failure).toBeNull();
      expect((await sync(b.desk, running.base, b.token)).failure).toBeNull();
      const before = (await portalDossier(running, received.id))!;
      const beforeEvents = await portalEvents(running, received.id);
      const lastBefore = beforeEvents.at(-1)!;
      expect(await b.desk.db.dossiers.get(received.id)).toEqual(before);

      // Offline, at the same time: A's leader approves and signs; B assigns, asks a supplement or stops.
      await perform(a.desk, received.id, { type: 'approve', note: 'Đồng ý cấp.' }, 'leader');
      await perform(a.desk, received.id, { type: 'sign', documentNumber: '15/GCN-UDCN' }, 'leader');
      const other = officer(UNIT, 'leader', 2);
      if (bAction === 'assign') await perform(b.desk, received.id, { type: 'assign', assignee: { id: other.id, name: other.name, role: 'leader' } }, 'head');
      else if (bAction === 'stop') await perform(b.desk, received.id, { type: 'stop', reason: 'Người nộp đề nghị dừng giải quyết.' }, 'head');
      else await actAs(b.desk, received.id, { type: 'requestSupplement', reason: 'Thiếu bản sao hợp đồng có chứng thực.', missingComponents: ['HD'] }, other);
      const queued = { A: await a.desk.db.outbox.orderBy('seq').toArray(), B: await b.desk.db.outbox.orderBy('seq').toArray() };
      expect(queued.A.map((e) => e.command.type)).toEqual(['approve', 'sign']);
      expect(queued.B).toHaveLength(1);

      // The pushes reach the portal in this order; the citizen's withdrawal at its place.
      let withdrawal: { status: number; body: any } | null = null;
      const withdrawAt = new Date().toISOString();
      for (const racer of order) {
        if (racer === 'W') withdrawal = await withdrawOnline(running, before.code, WITHDRAW_REASON, withdrawAt);
        else {
          const desk = racer === 'A' ? a : b;
          const outcome = await sync(desk.desk, running.base, desk.token);
          expect(outcome.failure, racerNames[racer]).toBeNull();
        }
      }
      // Then everyone syncs again and reads what the others did.
      for (const desk of [a, b]) expect((await sync(desk.desk, running.base, desk.token)).failure).toBeNull();

      const expected = replayRace(before, { name: lastBefore.actor.name, type: lastBefore.type, at: lastBefore.at }, order, queued, withdrawAt);
      const onPortal = (await portalDossier(running, received.id))!;
      expect(onPortal).toEqual(expected.dossier);
      const portalHistory: ProcessingEvent[] = await portalEvents(running, received.id);
      for (const desk of [a.desk, b.desk]) {
        expect(await desk.db.dossiers.get(received.id)).toEqual(onPortal);
        expect(await deskEvents(desk, received.id)).toEqual(portalHistory);
        expect(await desk.db.outbox.count()).toBe(0);
      }

      // Every loser is told why, in Vietnamese: who changed the dossier, how and when, and the rule.
      let losers = 0;
      for (const [racer, desk] of [['A', a.desk], ['B', b.desk]] as const) {
        const issues = new Map((await desk.db.syncIssues.toArray()).map((issue) => [issue.mutationId, issue]));
        for (const entry of queued[racer]) {
          const outcome = expected.outcomes.get(entry.mutationId)!;
          if (outcome.applied) {
            expect(issues.has(entry.mutationId), `${racerNames[racer]}: ${entry.command.type} was applied`).toBe(false);
            continue;
          }
          losers++;
          const issue = issues.get(entry.mutationId);
          expect(issue, `${racerNames[racer]}: ${entry.command.type} refused but not kept`).toMatchObject({
            kind: outcome.movedBy ? 'conflict' : 'rejected',
            code: outcome.code,
            dossierId: received.id,
            command: { type: entry.command.type },
            desk: { id: received.id },
            portal: { id: received.id },
          });
          expect(issue!.message).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
          expect(issue!.message).toContain(outcome.rule);
          // When someone else's change won, the sentence starts with it; the desk shows the portal's dossier.
          if (outcome.movedBy) expect(issue!.message.startsWith(changeSentence(before.code, outcome.movedBy)), issue!.message).toBe(true);
        }
        expect(issues.size).toBe(queued[racer].filter((e) => !expected.outcomes.get(e.mutationId)!.applied).length);
      }
      const withdrawn = expected.outcomes.get('W')!;
      if (withdrawn.applied) {
        expect(withdrawal).toMatchObject({ status: 200, body: { code: before.code, status: 7 } });
      } else {
        losers++;
        // The national portal hears the rule and who last changed the dossier, how and when.
        expect(withdrawal).toMatchObject({ status: 409, body: { error: { code: withdrawn.code } } });
        expect(withdrawal!.body.error.message).toBe(`${withdrawn.rule} ${changeSentence(before.code, withdrawn.movedBy!)}.`);
        expect(withdrawn.movedBy).not.toBeNull();
      }
      // Three racers on one dossier in one state: somebody always loses.
      expect(losers).toBeGreaterThan(0);
    });
  });
  if (variant.skip) it.skip(`PostgreSQL variant: ${variant.reason}`, () => {});
}

/** An action by a named officer (not the first of the role, as `perform` takes). */
async function actAs(desk: Desk, dossierId: string, command: Command, actor: Actor): Promise<void> {
  const outcome = await act(desk.ctx, dossierId, command, actor);
  if (!outcome.ok) throw new Error(outcome.error.message);
}
