// apply(): the dossier row as a fold of its events. It never judges (decide did) and needs no
// catalogue or calendar, so replaying a history always gives the same row.
import type { Dossier } from '../dossiers/dossier';
import { searchKeys } from '../text/search-keys';
import type { DossierOrigin, ProcessingEvent } from './events';

/** A history that cannot be folded: events of another dossier, a gap in versions, no creating event. */
export class ProjectionError extends Error {
  override readonly name = 'ProjectionError';
}

export function apply(dossier: Dossier | null, event: ProcessingEvent): Dossier {
  if (dossier === null) return create(event);
  if (event.dossierId !== dossier.id) throw new ProjectionError(`Event ${event.id} belongs to dossier ${event.dossierId}, not ${dossier.id}.`);
  if (event.version !== dossier.version + 1) throw new ProjectionError(`Event ${event.id} has version ${event.version}; dossier ${dossier.id} is at ${dossier.version}.`);
  // One copy per event: the demo and a full replay fold a million events, and each spread costs.
  const next = (changes: Partial<Dossier>): Dossier => ({ ...dossier, ...changes, version: event.version, updatedAt: event.at });

  switch (event.type) {
    case 'submitted':
      throw new ProjectionError(`Dossier ${dossier.id} already exists; it cannot be submitted again.`);
    case 'received':
      return next({ status: 2, receivedAt: event.at, dueDate: event.payload.dueDate, step: event.payload.step, assigneeId: null });
    case 'refusedToReceive':
      return closed(next({}), 3);
    case 'assigned':
      return next({ status: 4, assigneeId: event.payload.assignee.id });
    case 'forwarded':
      return next({ step: event.payload.to, assigneeId: event.payload.assignee?.id ?? null });
    case 'sentBack':
      return next({ step: event.payload.to, assigneeId: event.payload.assignee?.id ?? null, approved: false });
    case 'supplementRequested':
      return next(paused(5, event.at, event.payload.remainingWorkingDays, event.payload.resumeStatus, event.payload.round));
    case 'paymentRequested':
      return next(paused(6, event.at, event.payload.remainingWorkingDays, 4, dossier.supplementRounds));
    case 'supplementRecorded':
    case 'paymentRecorded':
      return withoutPause(next({ status: dossier.resumeStatus ?? 4, dueDate: event.payload.dueDate }));
    case 'approved':
      return next({ approved: true });
    case 'signed':
      return next({ status: 9, outcome: 'granted', finishedAt: event.at, step: event.payload.returnStep, assigneeId: null });
    case 'resultRefused':
      return next({ status: 9, outcome: 'refused', finishedAt: event.at, step: event.payload.returnStep, assigneeId: null });
    case 'resultReturned':
      return closed(next({ returnedAt: event.at }), 10);
    case 'stopped':
      return closed(next({}), 8);
    case 'withdrawn':
      return closed(next({}), 7);
    case 'extended':
      return next({ dueDate: event.payload.dueDate, extensionCount: event.payload.extension });
  }
}

/** The row after every event of one dossier, in version order; null for an empty history. */
export function replay(events: readonly ProcessingEvent[]): Dossier | null {
  let dossier: Dossier | null = null;
  for (const event of events) dossier = apply(dossier, event);
  return dossier;
}

function create(event: ProcessingEvent): Dossier {
  const origin = 'origin' in event.payload ? event.payload.origin : undefined;
  if (!origin || event.version !== 1) throw new ProjectionError(`Event ${event.id} (${event.type}) cannot start the history of dossier ${event.dossierId}.`);
  const dossier = newDossier(event, origin);
  if (event.type === 'submitted') return dossier;
  if (event.type === 'received') return { ...dossier, status: 2, receivedAt: event.at, dueDate: event.payload.dueDate, step: event.payload.step };
  return { ...dossier, status: 3 };
}

function newDossier(event: ProcessingEvent, { intake, fieldCode, unitCode }: DossierOrigin): Dossier {
  const { applicant } = intake;
  return {
    id: event.dossierId,
    code: intake.code,
    procedureCode: intake.procedureCode,
    fieldCode,
    unitCode,
    channel: intake.channel,
    applicant,
    summary: intake.summary,
    submittedAt: event.at,
    receivedAt: null,
    dueDate: null,
    status: 1,
    assigneeId: null,
    step: null,
    approved: false,
    supplementRounds: 0,
    extensionCount: 0,
    version: 1,
    updatedAt: event.at,
    searchKeys: searchKeys(intake.code, applicant.name, applicant.idNumber, applicant.taxCode, applicant.phone, applicant.representative, intake.summary),
  };
}

function paused(status: 5 | 6, at: string, remaining: number | null, resumeStatus: 1 | 4, rounds: number): Partial<Dossier> {
  return { status, pausedSince: at, ...(remaining === null ? {} : { remainingWorkingDays: remaining }), resumeStatus, supplementRounds: rounds };
}

function withoutPause(dossier: Dossier): Dossier {
  const { pausedSince: _since, remainingWorkingDays: _left, resumeStatus: _back, ...rest } = dossier;
  return rest;
}

function closed(dossier: Dossier, status: 3 | 7 | 8 | 10): Dossier {
  const rest = withoutPause(dossier);
  rest.status = status;
  rest.step = null;
  rest.assigneeId = null;
  return rest;
}
