// The portal's record of dossiers: projections, the unit feed (events and files in server order)
// and the look-ups a batch needs, each as one set-wise statement. Every writer of a unit holds the
// unit's lock, so a unit's feed sequence numbers commit in order and a pull never skips a change.
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import type { EventActor } from '../../../shared/domain/officers/officer';
import type { ProcessingEvent, ProcessingEventType } from '../../../shared/domain/workflow/events';
import type { RemoteFile } from '../../../shared/sync/contract';
import type { Queryable } from '../db/database';

/**
 * Who changed a dossier last and how: enough for "đã được … phê duyệt lúc …"; `id` tells whether it
 * is the event a desk decided on (always set since migration 002).
 */
export type LastEvent = { id?: string; type: ProcessingEventType; actor: EventActor; at: string; version: number };
export type StoredDossier = { dossier: Dossier; lastEvent: LastEvent };

export type FeedRow =
  | { kind: 'event'; unitCode: string; dossierId: string; itemId: string; version: number; sha256: null; body: ProcessingEvent }
  | { kind: 'file'; unitCode: string; dossierId: string; itemId: string; version: null; sha256: string; body: RemoteFile };

export const lastEventOf = (event: ProcessingEvent): LastEvent => ({ id: event.id, type: event.type, actor: event.actor, at: event.at, version: event.version });

export const eventRow = (unitCode: string, event: ProcessingEvent): FeedRow => ({
  kind: 'event',
  unitCode,
  dossierId: event.dossierId,
  itemId: event.id,
  version: event.version,
  sha256: null,
  body: event,
});

export const fileRow = (unitCode: string, file: RemoteFile): FeedRow => ({
  kind: 'file',
  unitCode,
  dossierId: file.dossierId,
  itemId: file.id,
  version: null,
  sha256: file.sha256,
  body: file,
});

const json = (value: unknown) => JSON.stringify(value);
const each = (param: string) => `(SELECT jsonb_array_elements_text(${param}::jsonb))`;

/** Serialises every writer of one unit until the transaction ends. */
export async function lockUnit(tx: Queryable, unitCode: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('portal:unit:' || $1))`, [unitCode]);
}

export async function loadDossiers(tx: Queryable, ids: readonly string[]): Promise<Map<string, StoredDossier>> {
  if (ids.length === 0) return new Map();
  const { rows } = await tx.query<{ id: string; body: Dossier; last_event: LastEvent }>(`SELECT id, body, last_event FROM dossiers WHERE id IN ${each('$1')}`, [json(ids)]);
  return new Map(rows.map((row) => [row.id, { dossier: row.body, lastEvent: row.last_event }]));
}

export async function loadDossierByCode(tx: Queryable, unitCode: string, code: string): Promise<StoredDossier | undefined> {
  const { rows } = await tx.query<{ body: Dossier; last_event: LastEvent }>('SELECT body, last_event FROM dossiers WHERE unit_code = $1 AND code = $2', [unitCode, code]);
  return rows[0] && { dossier: rows[0].body, lastEvent: rows[0].last_event };
}

/** The event and file ids among `ids` that the feed already holds. */
export async function itemIdsInUse(tx: Queryable, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await tx.query<{ item_id: string }>(`SELECT item_id FROM feed WHERE item_id IN ${each('$1')}`, [json(ids)]);
  return new Set(rows.map((row) => row.item_id));
}

/** event id → version, for the events among `ids` that the feed holds. */
export async function eventVersions(tx: Queryable, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const { rows } = await tx.query<{ item_id: string; version: number }>(`SELECT item_id, version FROM feed WHERE kind = 'event' AND item_id IN ${each('$1')}`, [json(ids)]);
  return new Map(rows.map((row) => [row.item_id, row.version]));
}

/** code → dossier id, for the codes among `codes` that the unit already uses. */
export async function codesInUse(tx: Queryable, unitCode: string, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const { rows } = await tx.query<{ code: string; id: string }>(`SELECT code, id FROM dossiers WHERE unit_code = $1 AND code IN ${each('$2')}`, [unitCode, json(codes)]);
  return new Map(rows.map((row) => [row.code, row.id]));
}

/** sha256 → size of the blobs among `hashes` whose bytes are complete on the portal. */
export async function completeBlobs(tx: Queryable, hashes: readonly string[]): Promise<Map<string, number>> {
  if (hashes.length === 0) return new Map();
  const { rows } = await tx.query<{ sha256: string; size: number }>(`SELECT sha256, size FROM blobs WHERE complete AND sha256 IN ${each('$1')}`, [json(hashes)]);
  return new Map(rows.map((row) => [row.sha256, row.size]));
}

/** Appends rows to the feed in the order given (their sequence numbers follow that order). */
export async function appendFeed(tx: Queryable, rows: readonly FeedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO feed (unit_code, kind, dossier_id, item_id, version, sha256, body)
     SELECT r->>'unitCode', r->>'kind', r->>'dossierId', r->>'itemId', (r->>'version')::int, r->>'sha256', r->'body'
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(r, ord) ORDER BY ord`,
    [json(rows)],
  );
}

/** Inserts or replaces projections; a row of another unit with the same id is never overwritten. */
export async function saveDossiers(tx: Queryable, stored: readonly StoredDossier[]): Promise<void> {
  if (stored.length === 0) return;
  const rows = stored.map(({ dossier, lastEvent }) => ({ id: dossier.id, unitCode: dossier.unitCode, code: dossier.code, version: dossier.version, body: dossier, lastEvent }));
  const { rowCount } = await tx.query(
    `INSERT INTO dossiers (id, unit_code, code, version, body, last_event)
     SELECT r->>'id', r->>'unitCode', r->>'code', (r->>'version')::int, r->'body', r->'lastEvent' FROM jsonb_array_elements($1::jsonb) AS e(r)
     ON CONFLICT (id) DO UPDATE SET version = excluded.version, body = excluded.body, last_event = excluded.last_event
     WHERE dossiers.unit_code = excluded.unit_code`,
    [json(rows)],
  );
  if (rowCount !== rows.length) throw new Error(`Saved ${rowCount} of ${rows.length} dossiers: a dossier id is used by another unit.`);
}
