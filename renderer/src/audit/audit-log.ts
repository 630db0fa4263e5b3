// The audit log on this desk: append-only, hash-chained (shared/audit). There is deliberately no
// update or delete here or anywhere in the app; an entry changed behind the app's back breaks the
// chain, and verifyChain() names the first broken entry.
import Dexie, { type Table } from 'dexie';
import { hashOf, verifyEntries, type ChainStatus } from '../../../shared/audit/audit-chain';
import { auditSearchText, GENESIS_HASH, type AuditAction, type AuditEntry, type AuditRecord } from '../../../shared/audit/audit-entry';
import { foldVietnamese } from '../../../shared/domain/text/fold';
import type { DeskDatabase } from '../store/database';
import { WORKSTATION_KEY } from '../store/migrations/v5-audit';
import { auditCsv } from './audit-csv';

/** The last link as written: a tail cut off the chain is caught against it. */
const HEAD_KEY = 'auditHead';
type Head = { seq: number; hash: string };

/** The tables a transaction must include to append to the log inside it. */
export const auditTables = (db: DeskDatabase): Table[] => [db.audit, db.meta];

/**
 * Appends one entry; must run inside a Dexie transaction that includes auditTables(db) (the
 * officer's action commits with its entry or neither does). IndexedDB runs read-write transactions
 * over the same tables one after another, across windows too, so reading the head here and
 * writing the next link cannot fork the chain. Await each call: two appends raced inside one
 * transaction would both read the same head.
 */
export async function appendAudit(db: DeskDatabase, record: AuditRecord, at: string, id: string = crypto.randomUUID()): Promise<AuditEntry> {
  const head = ((await db.meta.get(HEAD_KEY))?.value as Head | undefined) ?? (await lastLink(db));
  const workstationId = await workstationOf(db);
  const { officer } = record;
  const unsealed: Omit<AuditEntry, 'hash'> = {
    seq: (head?.seq ?? 0) + 1,
    id,
    at,
    officerId: officer?.id ?? null,
    officerName: officer?.name ?? null,
    role: officer?.role ?? null,
    unitCode: officer?.unitCode ?? null,
    workstationId,
    action: record.action,
    details: record.details ?? {},
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  // WebCrypto is not IndexedDB: without waitFor the transaction would commit while the digest runs.
  const hash = await Dexie.waitFor(hashOf(unsealed));
  const entry: AuditEntry = { ...unsealed, hash };
  await db.audit.add(entry);
  await db.meta.put({ key: HEAD_KEY, value: { seq: entry.seq, hash } satisfies Head });
  return entry;
}

async function lastLink(db: DeskDatabase): Promise<Head | undefined> {
  const last = await db.audit.orderBy('seq').last();
  return last && { seq: last.seq, hash: last.hash };
}

/** Made once per database (v5 seeds it from the sync client id on desks that had one). */
async function workstationOf(db: DeskDatabase): Promise<string> {
  const known = (await db.meta.get(WORKSTATION_KEY))?.value;
  if (typeof known === 'string') return known;
  const made = crypto.randomUUID();
  await db.meta.put({ key: WORKSTATION_KEY, value: made });
  return made;
}

export type AuditQuery = {
  /** Matched without diacritics against officer, action, workstation and details. */
  text?: string;
  action?: AuditAction;
  officerId?: string;
  /** ISO instants, inclusive. */
  from?: string;
  to?: string;
};

export class AuditLog {
  private readonly listeners = new Set<() => void>();
  /** Bumped after each record() here; entries written inside store transactions bump the DeskStore's revision instead. */
  revision = 0;

  constructor(
    readonly db: DeskDatabase,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** Records an action that is not itself a store transaction (sign-in, settings, an export). */
  async record(record: AuditRecord): Promise<AuditEntry> {
    const { db } = this;
    const entry = await db.transaction('rw', auditTables(db), () => appendAudit(db, record, this.now()));
    this.revision++;
    for (const listener of this.listeners) listener();
    return entry;
  }

  /** For the audit screen: told after each record(), so it shows entries written from anywhere in the window. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Reads the whole chain in one read transaction so a write cannot land half-way through. */
  async verifyChain(): Promise<ChainStatus> {
    const { db } = this;
    const { entries, head } = await db.transaction('r', auditTables(db), async () => ({
      entries: await db.audit.orderBy('seq').toArray(),
      head: (await db.meta.get(HEAD_KEY))?.value as Head | undefined,
    }));
    // Hashing after the read: awaiting WebCrypto inside it would end the transaction early.
    return verifyEntries(entries, head ?? null);
  }

  /** Newest first. The date range uses the index; the rest filters in memory (the log is small per desk). */
  async search(query: AuditQuery = {}, limit = 500): Promise<AuditEntry[]> {
    const { db } = this;
    const range = query.from || query.to ? db.audit.where('at').between(query.from ?? '', query.to ?? '\uffff', true, true) : db.audit.toCollection();
    const needle = query.text?.trim() ? foldVietnamese(query.text.trim()) : null;
    const found = await range
      .filter(
        (entry) =>
          (!query.action || entry.action === query.action) &&
          (!query.officerId || entry.officerId === query.officerId) &&
          (!needle || foldVietnamese(auditSearchText(entry)).includes(needle)),
      )
      .toArray();
    return found.sort((a, b) => b.seq - a.seq).slice(0, limit);
  }

  /** The officers that appear in the log, for the screen's filter. */
  async officers(): Promise<{ id: string; name: string }[]> {
    const byId = new Map<string, string>();
    await this.db.audit.each((entry) => {
      if (entry.officerId) byId.set(entry.officerId, entry.officerName ?? entry.officerId);
    });
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  /** The matching entries oldest first, hashes included, so the chain can be re-checked outside the app. */
  async exportCsv(query: AuditQuery = {}): Promise<string> {
    const entries = await this.search(query, Number.MAX_SAFE_INTEGER);
    return auditCsv(entries.reverse());
  }
}
