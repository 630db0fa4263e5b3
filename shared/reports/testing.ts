// Fixtures for report tests here, in the renderer and on the portal: dossier histories written as
// the officers' actions, run through the real decide() so every due date is the workflow's own.
import type { Dossier, DossierIntake } from '../domain/dossiers/dossier';
import type { Actor } from '../domain/officers/officer';
import { apply } from '../domain/workflow/apply';
import type { Command } from '../domain/workflow/commands';
import { decide, type WorkflowEnv } from '../domain/workflow/decide';
import type { ProcessingEvent } from '../domain/workflow/events';
import { counterIntake, officer, ref, testEnv, vn } from '../domain/workflow/testing';

export const clerk = officer('clerk');
export const specialist = officer('specialist');
export const head = officer('head');
export const leader = officer('leader');
export const admin = officer('admin');

export type Step = [Command, Actor, string];
export type History = { dossier: Dossier; events: ProcessingEvent[] };

/** Runs the steps on a new dossier ('YYYY-MM-DD HH:mm' on a Vietnamese clock), failing on any rejection. */
export function history(steps: Step[], env: WorkflowEnv = testEnv()): History {
  let dossier: Dossier | null = null;
  const events: ProcessingEvent[] = [];
  for (const [command, actor, time] of steps) {
    const decision = decide(dossier, command, actor, vn(time), env);
    if (!decision.ok) throw new Error(`${command.type} at ${time}: ${decision.error.message}`);
    for (const event of decision.value) {
      dossier = apply(dossier, event);
      events.push(event);
    }
  }
  return { dossier: dossier!, events };
}

/** Technology-transfer registration (1.004512: 5 working days, 15:00 cut-off, clock resumes). */
export function intake(id: number, overrides: Partial<DossierIntake> = {}): DossierIntake {
  return counterIntake({ code: `CUDCN-250101-${String(id).padStart(4, '0')}`, ...overrides });
}

/** Received at the counter, or submitted online and accepted at `time`. */
export function receive(id: string, at: string, dossierIntake: DossierIntake): Step[] {
  if (dossierIntake.channel !== 'online') return [[{ type: 'receive', dossierId: id, intake: dossierIntake }, clerk, at]];
  return [
    [{ type: 'recordOnlineSubmission', dossierId: id, intake: dossierIntake }, admin, at],
    [{ type: 'receive' }, clerk, at],
  ];
}

export const assign = (at: string): Step => [{ type: 'assign', assignee: ref(specialist) }, head, at];

/** From the specialist's step to the signed result, all at `at`. */
export function signAt(at: string): Step[] {
  return [
    [{ type: 'forward', to: ref(head) }, specialist, at],
    [{ type: 'forward', to: ref(leader) }, head, at],
    [{ type: 'approve' }, leader, at],
    [{ type: 'sign', documentNumber: '1/GCN-UDCN' }, leader, at],
  ];
}

export const requestSupplement = (at: string): Step => [{ type: 'requestSupplement', reason: 'Thiếu bản dịch hợp đồng.', missingComponents: ['HD'] }, specialist, at];
export const recordSupplement = (at: string): Step => [{ type: 'recordSupplement', documents: [{ componentCode: 'HD', originals: 1, copies: 0 }] }, clerk, at];
export const extend = (at: string, newDueDate: string): Step => [{ type: 'extendWithApology', newDueDate, reason: 'Cần lấy ý kiến Bộ Công Thương.' }, head, at];
export const withdraw = (at: string): Step => [{ type: 'withdraw', reason: 'Công văn số 12/CV đề nghị rút hồ sơ.' }, clerk, at];
export const stop = (at: string): Step => [{ type: 'stop', reason: 'Hồ sơ có dấu hiệu giả mạo, chuyển cơ quan chức năng.' }, leader, at];
export const returnResult = (at: string): Step => [{ type: 'returnResult', method: 'counter' }, clerk, at];
