// The audit_entries table (migration 005): where a workstation's chain ends, the links already
// held in a range, appending a verified batch, and the administrator's search with keyset pages.
// Every value is a parameter; absent filters are NULL parameters, so the SQL text never changes.
import type { AuditSearchQuery, StoredAuditEntry } from '../../../shared/audit/audit-api';
import { auditSearchText, type AuditEntry } from '../../../shared/audit/audit-entry';
import { foldVietnamese } from '../../../shared/domain/text/fold';
import type { Queryable } from '../db/database';

export type ChainEnd = { seq: number; hash: string; unitCode: string };

/** Serialises uploads of one workstation (two portals, or two tries racing) until the transaction ends. */
export async function lockWorkstation(tx: Queryable, workstationId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('portal:audit:' || $1))`, [workstationId]);
}

export async function chainEnd(tx: Queryable, workstationId: string): Promise<ChainEnd | null> {
  const { rows } = await tx.query<{ seq: number; hash: string; unit_code: string }>(
    'SELECT seq, hash, unit_code FROM audit_entries WHERE workstation_id = $1 ORDER BY seq DESC LIMIT 1',
    [workstationId],
  );
  const row = rows[0];
  return row ? { seq: row.seq, hash: row.hash, unitCode: row.unit_code } : null;
}

/** The hashes held for seq `from`…`to` of a workstation, by seq. */
export async function storedHashes(tx: Queryable, workstationId: string, from: number, to: number): Promise<Map<number, string>> {
  const { rows } = await tx.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_entries WHERE workstation_id = $1 AND seq BETWEEN $2 AND $3', [
    workstationId,
    from,
    to,
  ]);
  return new Map(rows.map((row) => [row.seq, row.hash]));
}

export type Upload = { unitCode: string; uploadedBy: string; receivedAt: string };

/** Appends verified entries in one statement: the batch travels as one JSON parameter. */
export async function appendEntries(tx: Queryable, entries: readonly AuditEntry[], upload: Upload): Promise<void> {
  const rows = entries.map((entry) => ({
    workstation_id: entry.workstationId,
    seq: entry.seq,
    entry_id: entry.id,
    officer_id: entry.officerId,
    officer_name: entry.officerName,
    role: entry.role,
    officer_unit_code: entry.unitCode,
    action: entry.action,
    at: entry.at,
    details: entry.details,
    prev_hash: entry.prevHash,
    hash: entry.hash,
    search_text: foldVietnamese(auditSearchText(entry)),
  }));
  await tx.query(
    `INSERT INTO audit_entries (workstation_id, seq, entry_id, unit_code, officer_id, officer_name, role, officer_unit_code, action, at, at_time, details, prev_hash, hash, search_text, received_at, uploaded_by)
     SELECT e.workstation_id, e.seq, e.entry_id, $2, e.officer_id, e.officer_name, e.role, e.officer_unit_code, e.action, e.at, e.at::timestamptz, e.details, e.prev_hash, e.hash, e.search_text, $3::timestamptz, $4
       FROM jsonb_to_recordset($1::jsonb) AS e(workstation_id text, seq integer, entry_id text, officer_id text, officer_name text, role text, officer_unit_code text, action text, at text, details jsonb, prev_hash text, hash text, search_text text)
      ORDER BY e.seq`,
    [JSON.stringify(rows), upload.unitCode, upload.receivedAt, upload.uploadedBy],
  );
}

type Row = {
  row_id: string;
  workstation_id: string;
  seq: number;
  entry_id: string;
  at: string;
  officer_id: string | null;
  officer_name: string | null;
  role: AuditEntry['role'];
  officer_unit_code: string | null;
  action: AuditEntry['action'];
  details: AuditEntry['details'];
  prev_hash: string;
  hash: string;
  received_at: string;
  uploaded_by: string;
};

/** Newest first by the entry's time (then arrival), one page after `query.cursor`; the cursor is a row of this unit. */
export async function searchEntries(db: Queryable, unitCode: string, query: AuditSearchQuery): Promise<{ entries: StoredAuditEntry[]; nextCursor: string | null }> {
  const needle = query.q?.trim() ? foldVietnamese(query.q.trim()) : null;
  const { rows } = await db.query<Row>(
    `SELECT id::text AS row_id, workstation_id, seq, entry_id, at, officer_id, officer_name, role, officer_unit_code, action, details, prev_hash, hash,
            to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS received_at, uploaded_by
       FROM audit_entries
      WHERE unit_code = $1
        AND ($2::text IS NULL OR officer_id = $2::text)
        AND ($3::text IS NULL OR action = $3::text)
        AND ($4::text IS NULL OR workstation_id = $4::text)
        AND ($5::timestamptz IS NULL OR at_time >= $5::timestamptz)
        AND ($6::timestamptz IS NULL OR at_time <= $6::timestamptz)
        AND ($7::text IS NULL OR strpos(search_text, $7::text) > 0)
        AND ($8::bigint IS NULL OR (at_time, id) < (SELECT c.at_time, c.id FROM audit_entries c WHERE c.id = $8::bigint AND c.unit_code = $1))
      ORDER BY at_time DESC, id DESC
      LIMIT $9`,
    [unitCode, query.officer ?? null, query.action ?? null, query.workstation ?? null, query.from ?? null, query.to ?? null, needle, query.cursor ?? null, query.limit + 1],
  );
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((row) => ({
      seq: row.seq,
      id: row.entry_id,
      at: row.at,
      officerId: row.officer_id,
      officerName: row.officer_name,
      role: row.role,
      unitCode: row.officer_unit_code,
      workstationId: row.workstation_id,
      action: row.action,
      details: row.details,
      prevHash: row.prev_hash,
      hash: row.hash,
      receivedAt: row.received_at,
      uploadedBy: row.uploaded_by,
    })),
    nextCursor: rows.length > query.limit ? page.at(-1)!.row_id : null,
  };
}
