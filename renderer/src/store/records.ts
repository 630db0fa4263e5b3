// The shapes of the rows in the local database. Domain types come from shared/domain; what is
// added here is only what the store needs to find and order rows.
import type { NumberBlock } from '../../../shared/domain/codes/number-block';
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import type { Actor } from '../../../shared/domain/officers/officer';
import type { Command } from '../../../shared/domain/workflow/commands';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';

/** The dossier projection as stored: the domain row, kept in step with its events. */
export type StoredDossier = Dossier;

/**
 * Events are stored as they are; `version` (1, 2, 3...) orders a dossier's history. `pending` marks
 * the desk's own events the portal has not confirmed yet: sync replaces them by the portal's copy
 * (applied) or drops them (rejected), and re-bases them after events pulled meanwhile.
 */
export type StoredEvent = ProcessingEvent & { pending?: true };

/** One unsent change for the portal: the events of one officer action on one dossier. */
export type OutboxEntry = {
  seq?: number;
  /** Globally unique; the portal remembers its answer by (client id, mutation id). */
  mutationId: string;
  dossierId: string;
  /** What the officer asked; the portal judges it again with the same rules. */
  command: Command;
  /** Who acted (with their unit), as the portal needs it to judge the command again. */
  actor: Actor;
  eventIds: string[];
  /** The dossier version the action was decided on. */
  baseVersion: number;
  /**
   * The dossier's last event when the action was decided (null for a dossier the action created;
   * absent in entries written before sync knew it): how the portal and the desk tell whether the
   * dossier moved on since, when version numbers cannot (docs/sync-api.md, Push).
   */
  baseEventId?: string | null;
  /** When the officer acted: the mutation's `at`, which the portal's deadline arithmetic uses. */
  createdAt: string;
  /** The files the action attached (intake); their bytes go up before the mutation does. */
  files: DossierFile[];
};

/** Attachment bytes, stored once per content however many dossiers refer to them. */
export type StoredAttachment = {
  sha256: string;
  size: number;
  mimeType: string;
  blob: Blob;
  storedAt: string;
};

/** A file attached to one dossier component: the name the applicant gave it, and its content hash. */
export type DossierFile = {
  id: string;
  dossierId: string;
  componentCode: string;
  sha256: string;
  name: string;
  size: number;
  mimeType: string;
  addedAt: string;
  addedBy: string;
};

/** A block of dossier numbers this desk may issue for a unit and day. */
export type StoredNumberBlock = NumberBlock & {
  /** '{unitCode}:{day}:{from}'. */
  id: string;
  /** 'portal' when leased (unique across desks); 'local' when the desk numbered its own day offline. */
  source: 'local' | 'portal';
};

export type SavedView = { id: string; name: string; filter: unknown; sort: unknown; createdAt: string };
