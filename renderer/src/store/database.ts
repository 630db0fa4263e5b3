// The local database (IndexedDB through Dexie): the truth on this desktop. Dossier rows are
// projections of their events; every officer action writes event, projection, report facts and
// outbox entry in one transaction (see processing.ts).
import Dexie, { type Table } from 'dexie';
import type { AuditEntry } from '../../../shared/audit/audit-entry';
import type { ReportFacts } from '../../../shared/reports/report-facts';
import { schemaVersions } from './migrations';
import type { DocumentRecord, StoredDecisionBlock } from './document-records';
import type { DossierFile, OutboxEntry, SavedView, StoredAttachment, StoredDossier, StoredEvent, StoredNumberBlock } from './records';
import type { BlobUpload, SyncIssue, SyncRun, SyncState } from './sync-records';

export const DATABASE_NAME = 'dossier-desk';

export class DeskDatabase extends Dexie {
  dossiers!: Table<StoredDossier, string>;
  events!: Table<StoredEvent, string>;
  outbox!: Table<OutboxEntry, number>;
  attachments!: Table<StoredAttachment, string>;
  dossierFiles!: Table<DossierFile, string>;
  numberBlocks!: Table<StoredNumberBlock, string>;
  savedViews!: Table<SavedView, string>;
  meta!: Table<{ key: string; value: unknown }, string>;
  syncState!: Table<SyncState, string>;
  syncIssues!: Table<SyncIssue, string>;
  blobUploads!: Table<BlobUpload, string>;
  syncRuns!: Table<SyncRun, number>;
  documents!: Table<DocumentRecord, string>;
  decisionBlocks!: Table<StoredDecisionBlock, string>;
  /** Append-only: written only by renderer/src/audit/audit-log.ts. */
  audit!: Table<AuditEntry, number>;
  /** Per dossier, what the reports need (shared/reports/report-facts.ts); written with every change to its dossier. */
  reportFacts!: Table<ReportFacts, string>;

  constructor(name = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1], upTo = Number.POSITIVE_INFINITY) {
    super(name, options);
    for (const schema of schemaVersions.filter((s) => s.version <= upTo)) {
      const version = this.version(schema.version).stores(schema.stores);
      if (schema.upgrade) version.upgrade(schema.upgrade);
    }
  }
}
