// A desk as the sync engine behaves, reduced to what the portal sees: it decides offline with the
// shared workflow against its own copy of each dossier, records the events, and hands the portal
// mutations (base version, event ids, actor, time) to push.
import { randomUUID } from 'node:crypto';
import { vietnamWorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { indexCatalogue } from '../../../shared/domain/catalogue/catalogue-index';
import { shippedCatalogue } from '../../../shared/domain/catalogue/shipped-catalogue';
import { iterateDemoDossiers } from '../../../shared/domain/demo/generate';
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import type { Actor } from '../../../shared/domain/officers/officer';
import { apply } from '../../../shared/domain/workflow/apply';
import type { Command } from '../../../shared/domain/workflow/commands';
import { decide } from '../../../shared/domain/workflow/decide';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';
import { counterIntake, vn } from '../../../shared/domain/workflow/testing';
import type { DossierIntake } from '../../../shared/domain/dossiers/dossier';
import type { Mutation, RemoteFile } from '../../../shared/sync/contract';

export { vn };
export const ref = ({ id, name, role }: Actor) => ({ id, name, role });
const env = () => ({ calendar: vietnamWorkingCalendar(), catalogue: indexCatalogue(shippedCatalogue), newEventId: randomUUID });

export class Desk {
  readonly clientId = randomUUID();
  readonly dossiers = new Map<string, Dossier>();
  /** The id of each dossier's last event as this desk holds it: what its next action is decided on. */
  readonly lastEventIds = new Map<string, string>();

  /** Decides `command` on the desk's copy, records it, and answers the mutation to push. */
  act(actor: Actor, command: Command, at: string, dossierId?: string, files: RemoteFile[] = []): Mutation {
    const id = dossierId ?? ('dossierId' in command && command.dossierId ? command.dossierId : undefined);
    if (!id) throw new Error('Which dossier?');
    const before = this.dossiers.get(id) ?? null;
    const decision = decide(before, command, actor, at, env());
    if (!decision.ok) throw new Error(`The desk itself refuses: ${decision.error.code} ${decision.error.message}`);
    const baseEventId = before ? this.lastEventIds.get(id) : null;
    this.adoptEvents(decision.value);
    return {
      mutationId: randomUUID(),
      dossierId: id,
      baseVersion: before?.version ?? 0,
      ...(baseEventId !== undefined ? { baseEventId } : {}),
      command,
      actor,
      at,
      eventIds: decision.value.map((e) => e.id),
      files,
    };
  }

  /** A counter intake of the CUDCN technology-transfer procedure, with a code from the desk's block. */
  receive(clerk: Actor, code: string, at: string, intake: Partial<DossierIntake> = {}, files: RemoteFile[] = []): Mutation {
    const dossierId = randomUUID();
    return this.act(clerk, { type: 'receive', dossierId, intake: counterIntake({ code, ...intake }) }, at, dossierId, files);
  }

  adoptEvents(events: readonly ProcessingEvent[]): void {
    for (const event of events) {
      this.dossiers.set(event.dossierId, apply(this.dossiers.get(event.dossierId) ?? null, event));
      this.lastEventIds.set(event.dossierId, event.id);
    }
  }

  /** Takes the portal's copy (after a pull or a rejection that carried it); its last event is not known here. */
  adopt(dossier: Dossier): void {
    this.dossiers.set(dossier.id, dossier);
    this.lastEventIds.delete(dossier.id);
  }

  copyFrom(other: Desk, dossierId: string): void {
    this.dossiers.set(dossierId, other.dossiers.get(dossierId)!);
    const last = other.lastEventIds.get(dossierId);
    if (last) this.lastEventIds.set(dossierId, last);
    else this.lastEventIds.delete(dossierId);
  }
}

/** A processing event as the command that produced it: a desk's recorded history, replayed as its outbox. */
export function commandOf(event: ProcessingEvent): Command {
  switch (event.type) {
    case 'submitted':
      return { type: 'recordOnlineSubmission', dossierId: event.dossierId, intake: event.payload.origin.intake };
    case 'received':
      return event.payload.origin ? { type: 'receive', dossierId: event.dossierId, intake: event.payload.origin.intake } : { type: 'receive' };
    case 'refusedToReceive':
      return event.payload.origin
        ? { type: 'refuseToReceive', dossierId: event.dossierId, intake: event.payload.origin.intake, reason: event.payload.reason }
        : { type: 'refuseToReceive', reason: event.payload.reason };
    case 'assigned':
      return { type: 'assign', assignee: event.payload.assignee };
    case 'forwarded':
      return { type: 'forward', to: event.payload.assignee, ...(event.payload.note ? { note: event.payload.note } : {}) };
    case 'sentBack':
      return { type: 'sendBack', to: event.payload.assignee, reason: event.payload.reason };
    case 'supplementRequested':
      return { type: 'requestSupplement', reason: event.payload.reason, missingComponents: event.payload.missingComponents };
    case 'supplementRecorded':
      return { type: 'recordSupplement', documents: event.payload.documents, ...(event.payload.note ? { note: event.payload.note } : {}) };
    case 'paymentRequested':
      return { type: 'requestPayment', amount: event.payload.amount, description: event.payload.description };
    case 'paymentRecorded':
      return { type: 'recordPayment', amount: event.payload.amount, receiptNumber: event.payload.receiptNumber };
    case 'approved':
      return { type: 'approve', ...(event.payload.note ? { note: event.payload.note } : {}) };
    case 'signed':
      return { type: 'sign', documentNumber: event.payload.document.number };
    case 'resultRefused':
      return { type: 'refuseResult', reason: event.payload.reason };
    case 'resultReturned':
      return { type: 'returnResult', method: event.payload.method };
    case 'stopped':
      return { type: 'stop', reason: event.payload.reason };
    case 'extended':
      return { type: 'extendWithApology', newDueDate: event.payload.dueDate, reason: event.payload.reason };
    case 'withdrawn':
      return { type: 'withdraw', reason: event.payload.reason };
  }
}

export function mutationOfEvent(event: ProcessingEvent, unitCode: string): Mutation {
  return {
    mutationId: randomUUID(),
    dossierId: event.dossierId,
    baseVersion: event.version - 1,
    command: commandOf(event),
    actor: { ...event.actor, unitCode },
    at: event.at,
    eventIds: [event.id],
    files: [],
  };
}

/** A mutation as a desk might send it without having decided it (to test the portal's own judging). */
export function rawMutation(actor: Actor, dossierId: string, baseVersion: number, command: Command, at: string, extra: Partial<Mutation> = {}): Mutation {
  return { mutationId: randomUUID(), dossierId, baseVersion, command, actor, at, eventIds: [randomUUID()], files: [], ...extra };
}

let issued = 0;
/** A fresh code of the unit for the Vietnamese day, numbered 9000-9999 (clear of generated data and of leases in tests). */
export function freshCode(unitCode: string, day = '2026-03-09'): string {
  const number = 9000 + (issued++ % 1000);
  return `${unitCode}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(number).padStart(4, '0')}`;
}

/** Histories of dossiers created at the counter (online ones arrive from the national portal instead). */
export function counterHistories(now: Date, total: number): { events: ProcessingEvent[]; mutations: Mutation[] } {
  const catalogue = { ...shippedCatalogue, procedures: shippedCatalogue.procedures.filter((p) => p.unitCode === 'CSHTT') };
  const events: ProcessingEvent[] = [];
  const mutations: Mutation[] = [];
  for (const { events: history } of iterateDemoDossiers(7, 5000, { catalogue, calendar: vietnamWorkingCalendar(), now: now.toISOString() })) {
    if (!('origin' in history[0]!.payload) || history[0]!.type === 'submitted') continue;
    for (const event of history.slice(0, total - mutations.length)) {
      events.push(event);
      mutations.push(mutationOfEvent(event, 'CSHTT'));
    }
    if (mutations.length === total) break;
  }
  return { events, mutations };
}

/**
 * Mutations cut into pushes as officers' desks would send them: each push one officer's own (their
 * token), at most `max`, each dossier's mutations still in order. Many dossiers' histories are
 * regrouped step by step (every dossier's first action, then every second...), so the pushes stay
 * large although each history passes through several officers.
 */
export function officerBatches(mutations: readonly Mutation[], max: number): { officerId: string; mutations: Mutation[] }[] {
  const step = new Map<string, number>();
  const stepped = mutations.map((m, i) => {
    const k = step.get(m.dossierId) ?? 0;
    step.set(m.dossierId, k + 1);
    return { m, k, i };
  });
  stepped.sort((a, b) => a.k - b.k || (a.m.actor.id < b.m.actor.id ? -1 : a.m.actor.id > b.m.actor.id ? 1 : a.i - b.i));
  const batches: { officerId: string; mutations: Mutation[] }[] = [];
  for (const { m } of stepped) {
    const last = batches.at(-1);
    if (last && last.officerId === m.actor.id && last.mutations.length < max) last.mutations.push(m);
    else batches.push({ officerId: m.actor.id, mutations: [m] });
  }
  return batches;
}
