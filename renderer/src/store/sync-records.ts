// The rows the sync engine keeps beside the dossiers (schema v3): where this desk stands with the
// portal, what the portal refused and why, how far each attachment upload got, and past runs.
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import type { Actor } from '../../../shared/domain/officers/officer';
import type { Command } from '../../../shared/domain/workflow/commands';

export const SYNC_STATE_KEY = 'desk';

/** One row: this database's identity towards the portal and its place in the unit's feed. */
export type SyncState = {
  key: typeof SYNC_STATE_KEY;
  /** A UUID made once per database; the portal remembers push answers by (clientId, mutationId). */
  clientId: string;
  /** The feed the cursor belongs to; a different portal or unit starts from the beginning. */
  feed: { portalOrigin: string; unitCode: string } | null;
  /** The portal's sequence number of the last change written here ('' before the first pull). */
  cursor: string;
  lastSuccessAt: string | null;
  /**
   * Dossiers whose pulled events are written but whose row is not yet (a pull defers a row while
   * the dossier's next events are already fetched, so it is written once). Set and cleared in the
   * pull's own transactions; a pull that finds it set (the desk was killed) rebuilds them first.
   */
  deferredProjections?: string[];
};

/**
 * A mutation the portal refused for good. `kind` says whether the rules refused the action itself
 * ('rejected') or the dossier had moved on since the desk decided ('conflict'). Both sides are kept
 * so the officer sees what they did and where the dossier stands now.
 */
export type SyncIssue = {
  mutationId: string;
  dossierId: string;
  kind: 'rejected' | 'conflict';
  code: string;
  message: string;
  command: Command;
  actor: Actor;
  /** When the officer acted on the desk. */
  actedAt: string;
  baseVersion: number;
  /** The desk's dossier as the officer left it (null if the desk never held it). */
  desk: Dossier | null;
  /** The portal's dossier when it refused (null when the portal has none). */
  portal: Dossier | null;
  recordedAt: string;
  /** Set when the officer has read it; the row stays for the record. */
  dismissedAt?: string;
};

/** How far the bytes of one attachment got to the portal, for the progress bar and resuming. */
export type BlobUpload = { sha256: string; size: number; sent: number; updatedAt: string };

export type SyncTrigger = 'startup' | 'signIn' | 'manual' | 'online' | 'timer' | 'watchdog' | 'retry';

/** One sync run, for the history the Đồng bộ screen shows. */
export type SyncRun = {
  id?: number;
  startedAt: string;
  finishedAt: string;
  trigger: SyncTrigger;
  /** Mutations the portal answered (applied or rejected). */
  pushed: number;
  rejected: number;
  /** Changes written from the feed. */
  pulled: number;
  result: 'ok' | 'failed';
  error?: { code: string; message: string };
};
