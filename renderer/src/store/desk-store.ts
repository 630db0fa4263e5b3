// The renderer's one entry to local data: the database, the in-memory list index kept in step
// with every write, and the catalogue and calendar the workflow needs. Screens use this (through
// useDeskStore), never Dexie directly.
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { vietnamWorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { vietnamDateOf, type Instant } from '../../../shared/domain/calendar/vietnam-time';
import { indexCatalogue, type CatalogueIndex } from '../../../shared/domain/catalogue/catalogue-index';
import type { Catalogue } from '../../../shared/domain/catalogue/catalogue-schema';
import { shippedCatalogue } from '../../../shared/domain/catalogue/shipped-catalogue';
import { dueWindow } from '../../../shared/domain/deadlines/timeliness';
import { iterateDemoDossiers } from '../../../shared/domain/demo/generate';
import type { DossierIntake } from '../../../shared/domain/dossiers/dossier';
import type { Actor } from '../../../shared/domain/officers/officer';
import { foldVietnamese } from '../../../shared/domain/text/fold';
import { AuditLog } from '../audit/audit-log';
import { DossierListIndex, type DossierFilter, type DossierListRow, type DossierSort, type DueWindow, type FacetCounts, type ListPage } from '../dossiers/list-index';
import { importDossiers, type ImportProgress } from './bulk-import';
import { DeskDatabase } from './database';
import { listRowChunks, openDossier, toListRow, type OpenedDossier } from './dossier-queries';
import { act, intakeAtCounter, type ActionOutcome, type ComponentFile, type StoreContext } from './processing';
import type { DossierFile, StoredAttachment, StoredDossier } from './records';

/** Fetches, checks and stores the bytes of a file that arrived by sync; null when it cannot now. */
export type RemoteAttachments = (file: DossierFile) => Promise<StoredAttachment | null>;

export type DeskStoreOptions = {
  db?: DeskDatabase;
  catalogue?: Catalogue;
  calendar?: WorkingCalendar;
  now?: () => Instant;
};

export class DeskStore {
  readonly db: DeskDatabase;
  readonly catalogue: Catalogue;
  readonly catalogueIndex: CatalogueIndex;
  readonly calendar: WorkingCalendar;
  readonly list = new DossierListIndex(foldVietnamese);
  /** The append-only audit log; processing actions write to it themselves, in their transaction. */
  readonly audit: AuditLog;
  private readonly ctx: StoreContext;
  private readonly listeners = new Set<() => void>();
  private loaded: Promise<void> | null = null;
  /** Bumped on every change, so views can re-query cheaply. */
  revision = 0;
  /** Set by sync once the desk can reach the portal; files pulled without their bytes come from it. */
  remoteAttachments: RemoteAttachments | null = null;

  constructor(options: DeskStoreOptions = {}) {
    this.db = options.db ?? new DeskDatabase();
    this.catalogue = options.catalogue ?? shippedCatalogue;
    this.catalogueIndex = indexCatalogue(this.catalogue);
    this.calendar = options.calendar ?? vietnamWorkingCalendar();
    const now = options.now ?? (() => new Date().toISOString());
    this.audit = new AuditLog(this.db, now);
    this.ctx = {
      db: this.db,
      env: { calendar: this.calendar, catalogue: this.catalogueIndex, newEventId: () => crypto.randomUUID() },
      now,
      newId: () => crypto.randomUUID(),
    };
  }

  now(): Instant {
    return this.ctx.now();
  }

  /** The dates that "overdue" and "due soon" (2 working days) compare against, today. */
  dueWindow(): DueWindow {
    return dueWindow(vietnamDateOf(this.now()), this.calendar);
  }

  /** Reads every dossier into the list index once; later calls wait for the same load. */
  load(onProgress?: (loaded: number) => void): Promise<void> {
    this.loaded ??= (async () => {
      const rows = [];
      for await (const chunk of listRowChunks(this.db)) {
        rows.push(...chunk);
        onProgress?.(rows.length);
      }
      this.list.load(rows);
      this.changed();
    })();
    return this.loaded;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  query(filter: DossierFilter, sort: DossierSort, offset = 0, limit = 50): ListPage {
    return this.list.query(filter, sort, this.dueWindow(), offset, limit);
  }

  facets(query?: string): FacetCounts {
    return this.list.facets(query, this.dueWindow());
  }

  open(id: string): Promise<OpenedDossier | null> {
    return openDossier(this.db, id);
  }

  async act(dossierId: string, command: unknown, actor: Actor): Promise<ActionOutcome> {
    return this.afterWrite(await act(this.ctx, dossierId, command, actor));
  }

  async intake(draft: Omit<DossierIntake, 'code'>, files: readonly ComponentFile[], actor: Actor, refusal?: { reason: string }): Promise<ActionOutcome> {
    return this.afterWrite(await intakeAtCounter(this.ctx, draft, files, actor, refusal));
  }

  /**
   * After sync rewrote dossiers (its own transactions): takes their rows into the list index —
   * those in `known` as given (null: removed), the others read back — dropping the ones that no
   * longer exist, and tells the views.
   */
  async refreshDossiers(ids: Iterable<string>, known?: ReadonlyMap<string, StoredDossier | null>): Promise<void> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return;
    const unknown = known ? wanted.filter((id) => !known.has(id)) : wanted;
    const read = unknown.length > 0 ? await this.db.dossiers.bulkGet(unknown) : [];
    const rows = new Map(unknown.map((id, i) => [id, read[i] ?? null]));
    const current = (id: string) => (rows.has(id) ? rows.get(id)! : (known?.get(id) ?? null));
    const upserts: DossierListRow[] = [];
    for (const id of wanted) {
      const dossier = current(id);
      if (dossier) upserts.push(toListRow(dossier));
      else this.list.remove(id);
    }
    this.list.upsertMany(upserts);
    this.changed();
  }

  /** The bytes of an attached file: from this desk, else (files that came by sync) from the portal. */
  async attachment(file: DossierFile): Promise<StoredAttachment | null> {
    const local = await this.db.attachments.get(file.sha256);
    if (local) return local;
    return this.remoteAttachments ? this.remoteAttachments(file) : null;
  }

  /** Tells the views something outside the dossier rows changed (sync state, refusals). */
  notify(): void {
    this.changed();
  }

  /** "Nạp dữ liệu mẫu": `count` generated dossiers with their histories, from a fixed seed. */
  async loadDemoData(count: number, onProgress?: (progress: ImportProgress) => void, seed = 2026): Promise<ImportProgress> {
    const items = iterateDemoDossiers(seed, count, { catalogue: this.catalogue, calendar: this.calendar, now: this.now() });
    const done = await importDossiers(this.db, items, { total: count, onProgress });
    this.loaded = null;
    await this.load();
    return done;
  }

  private afterWrite(outcome: ActionOutcome): ActionOutcome {
    if (outcome.ok) {
      this.list.upsert(toListRow(outcome.value.dossier));
      this.changed();
    }
    return outcome;
  }

  private changed(): void {
    this.revision++;
    for (const listener of this.listeners) listener();
  }
}
