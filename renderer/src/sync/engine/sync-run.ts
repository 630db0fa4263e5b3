// One sync run: push (blobs, then the outbox), pull to the end of the feed, top up dossier numbers,
// then record the run in the history. The first failure ends the run (actions waiting for a file or
// for their officer to sign in do not stop the pull); what was written stays.
import type { WorkingCalendar } from '../../../../shared/domain/calendar/working-calendar';
import type { DeskDatabase } from '../../store/database';
import type { StoredDossier } from '../../store/records';
import type { SyncRun, SyncTrigger } from '../../store/sync-records';
import type { PortalClient } from '../http/portal-client';
import type { PortalFailure } from '../http/portal-failure';
import type { BatchLimits } from '../local/outbox-mutations';
import { recordRun } from '../local/run-history';
import { markSuccess, syncState, type FeedIdentity } from '../local/sync-state';
import { uploadAudit } from './audit-upload';
import { topUpNumbers } from './leases';
import { pull } from './pull';
import { push, waitingFailure, type PushProgress, type WaitingOfficer } from './push';

export type SyncPhase = 'push' | 'pull' | 'leases';
export type SyncProgress = PushProgress & { phase: SyncPhase; pulled: number };

export type SyncRunDeps = {
  db: DeskDatabase;
  /** The client of the officer whose session pulls and leases (and uploads files). */
  client: PortalClient;
  /** A client with this officer's own token for pushing their actions; null without a valid session. */
  clientFor: (officerId: string) => PortalClient | null;
  onOfficerRefused?: (officerId: string) => void;
  feed: FeedIdentity;
  now: () => string;
  signal?: AbortSignal;
  pageSize?: number;
  /** Pull changes written per transaction at most (engine/pull.ts). */
  batchChanges?: number;
  chunkBytes?: number;
  /** Push batch bounds; the contract's limits when absent (tests make them small). */
  pushLimits?: BatchLimits;
  /** For leasing numbers for the next working day too. */
  calendar?: Pick<WorkingCalendar, 'addWorkingDays'>;
  onProgress?: (progress: SyncProgress) => void;
  /** Rows as written (null: removed) come with a pulled batch, so the list need not read them back. */
  onDossiersChanged?: (ids: Set<string>, rows?: ReadonlyMap<string, StoredDossier | null>) => void | Promise<void>;
};

export type SyncOutcome = {
  pushed: number;
  rejected: number;
  pulled: number;
  failure: PortalFailure | null;
  /** Queued actions held back for an officer who has no valid session here. */
  waiting?: WaitingOfficer | null;
};

export async function runSync(deps: SyncRunDeps, trigger: SyncTrigger): Promise<SyncOutcome> {
  const startedAt = deps.now();
  const { clientId } = await syncState(deps.db);
  let progress: SyncProgress = { phase: 'push', itemsDone: 0, itemsTotal: 0, bytesDone: 0, bytesTotal: 0, pulled: 0 };
  const tell = (change: Partial<SyncProgress>) => {
    progress = { ...progress, ...change };
    deps.onProgress?.(progress);
  };
  const outcome: SyncOutcome = { pushed: 0, rejected: 0, pulled: 0, failure: null };
  const common = { db: deps.db, client: deps.client, signal: deps.signal, onDossiersChanged: deps.onDossiersChanged };

  const pushed = await push({ ...common, clientFor: deps.clientFor, onOfficerRefused: deps.onOfficerRefused, clientId, now: deps.now, chunkBytes: deps.chunkBytes, limits: deps.pushLimits, onProgress: (p) => tell(p) });
  outcome.pushed = pushed.pushed;
  outcome.rejected = pushed.rejected;
  outcome.waiting = pushed.waiting;
  // A mutation waiting for its bytes holds back only its dossier; the feed can still come down.
  outcome.failure = pushed.failure?.code === 'BLOB_MISSING' ? null : pushed.failure;
  // The audit log after the actions it records; its refusals are shown apart and never stop the dossiers' sync.
  if (!outcome.failure) await uploadAudit({ db: deps.db, client: deps.client, portalOrigin: deps.feed.portalOrigin, now: deps.now, onProgress: () => tell({}) });
  if (!outcome.failure) {
    tell({ phase: 'pull' });
    const pulled = await pull({ ...common, feed: deps.feed, pageSize: deps.pageSize, batchChanges: deps.batchChanges, onPulled: (n) => tell({ pulled: n }) });
    outcome.pulled = pulled.pulled;
    outcome.failure = pulled.failure;
  }
  if (!outcome.failure) {
    tell({ phase: 'leases' });
    const leased = await topUpNumbers({ db: deps.db, client: deps.client, clientId, unitCode: deps.feed.unitCode, now: deps.now, calendar: deps.calendar });
    if (!leased.ok) outcome.failure = leased.failure;
  }
  outcome.failure ??= pushed.failure ?? (pushed.waiting ? waitingFailure(pushed.waiting) : null);

  const finishedAt = deps.now();
  const run: SyncRun = { startedAt, finishedAt, trigger, pushed: outcome.pushed, rejected: outcome.rejected, pulled: outcome.pulled, result: outcome.failure ? 'failed' : 'ok' };
  if (outcome.failure) run.error = { code: outcome.failure.code, message: outcome.failure.message };
  else await markSuccess(deps.db, finishedAt);
  await recordRun(deps.db, run);
  return outcome;
}
