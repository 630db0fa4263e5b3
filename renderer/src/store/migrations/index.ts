// Numbered schema versions of the local database. Each version lists its stores (Dexie syntax)
// and, when existing data must change, an upgrade. Never edit a shipped version: add the next one.
import type { Transaction } from 'dexie';
import { upgradeToSync } from './v3-sync';
import { upgradeToAudit } from './v5-audit';
import { upgradeToReportFacts } from './v6-report-facts';

export type SchemaVersion = {
  version: number;
  why: string;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
};

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    why: 'First release: dossier projections, their events, the outbox, attachments by SHA-256, number blocks.',
    stores: {
      dossiers: 'id, &code, status, updatedAt',
      events: 'id, [dossierId+version]',
      outbox: '++seq, dossierId',
      attachments: 'sha256',
      dossierFiles: 'id, dossierId, sha256',
      numberBlocks: 'id',
      meta: 'key',
    },
  },
  {
    version: 2,
    why: 'Sync needs a stable, globally unique id per outbox entry (the portal remembers results by it); saved list views.',
    stores: {
      outbox: '++seq, &mutationId, dossierId',
      savedViews: 'id, name',
    },
    async upgrade(tx) {
      await tx
        .table('outbox')
        .toCollection()
        .modify((entry: { mutationId?: string; eventIds?: string[]; seq: number }) => {
          // Derived from the entry's first event id, so two desktops never mint the same one.
          entry.mutationId ??= `m-${entry.eventIds?.[0] ?? crypto.randomUUID()}`;
        });
    },
  },
  {
    version: 3,
    why: 'Sync with the portal: a client id and feed cursor, refused mutations with both sides, upload progress, run history; outbox entries carry actor and files, pending events are marked.',
    stores: {
      syncState: 'key',
      syncIssues: 'mutationId, dossierId, recordedAt',
      blobUploads: 'sha256',
      syncRuns: '++id, startedAt',
    },
    upgrade: upgradeToSync,
  },
  {
    version: 4,
    why: 'Documents issued from dossiers (decisions, certificates, one-stop forms) with their status and signatures; decision-number blocks leased per unit and year.',
    stores: {
      // [unitCode+status]: the Ký duyệt queue asks for one unit's documents awaiting signature.
      documents: 'id, dossierId, status, [unitCode+status]',
      decisionBlocks: 'id, [unitCode+year]',
    },
  },
  {
    version: 5,
    why: 'The audit log (issue 6): append-only, hash-chained entries of sign-ins, officer actions, documents, exports and settings changes; this desk gets a workstation id.',
    stores: {
      // seq is given by the log (not ++): it is hashed into the entry, so it must be known before writing.
      audit: 'seq, &id, at, action, officerId',
    },
    upgrade: upgradeToAudit,
  },
  {
    version: 6,
    why: "Report facts (issue 8): per dossier, only what Biểu 06 needs for any period, so a report reads one small row per dossier instead of its row and its events; filled from the events the desk holds.",
    stores: {
      reportFacts: 'id',
    },
    upgrade: upgradeToReportFacts,
  },
];
