// What is inside a backup once decrypted: a stream of frames (manifest, batches of one table's
// rows, pieces of attachment bytes, end) and the checks each frame must pass before anything is
// written. Blobs travel as numbered pieces ahead of the rows that refer to them.
import { z } from 'zod';
import { auditEntrySchema } from '../../../shared/audit/audit-entry';
import type { OutboxEntry } from '../store/records';

export const FrameKind = { manifest: 1, rows: 2, blobPart: 3, end: 4 } as const;
type FrameKindValue = (typeof FrameKind)[keyof typeof FrameKind];
const FRAME_HEAD_BYTES = 5;
/** Largest frame a reader accepts: a rows batch is far smaller; more means a damaged length. */
const MAX_FRAME_BYTES = 256 * 1024 * 1024;
export const BLOB_PIECE_BYTES = 1024 * 1024;

export const manifestSchema = z
  .object({
    app: z.literal('dossier-desk'),
    /** The Dexie schema version of the desk that made it: restored at that version, then upgraded. */
    schemaVersion: z.int().positive(),
    createdAt: z.iso.datetime(),
    /** The tables it holds; the rows counted are in the end frame (the desk may change while it is read). */
    tables: z.array(z.string().min(1).max(100)).max(100),
  })
  .strict();
export type BackupManifest = z.infer<typeof manifestSchema>;

export const endSchema = z.object({ rows: z.record(z.string().max(100), z.int().nonnegative()), blobs: z.int().nonnegative(), blobBytes: z.int().nonnegative() }).strict();
export type BackupEnd = z.infer<typeof endSchema>;

const rowsFrameSchema = z.object({ table: z.string().min(1).max(100), rows: z.array(z.unknown()), keys: z.array(z.unknown()).optional() }).strict();

// ---- writing ----

const utf8 = new TextEncoder();

export function frame(kind: FrameKindValue, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(FRAME_HEAD_BYTES + payload.byteLength);
  out[0] = kind;
  new DataView(out.buffer).setUint32(1, payload.byteLength);
  out.set(payload, FRAME_HEAD_BYTES);
  return out;
}

export const jsonFrame = (kind: FrameKindValue, value: unknown): Uint8Array => frame(kind, utf8.encode(JSON.stringify(value)));

export function blobPieceFrame(blobId: number, bytes: Uint8Array): Uint8Array {
  const payload = new Uint8Array(4 + bytes.byteLength);
  new DataView(payload.buffer).setUint32(0, blobId);
  payload.set(bytes, 4);
  return frame(FrameKind.blobPart, payload);
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}
function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/**
 * One batch of rows as JSON, with every Blob replaced by a numbered reference (its bytes are
 * written as blob pieces), byte arrays as base64 and non-finite numbers by name. Marks use the key "$dd", which no row has.
 */
export function encodeRows(table: string, rows: readonly unknown[], keys: readonly unknown[] | undefined, firstBlobId: number): { json: Uint8Array; blobs: Blob[] } {
  const blobs: Blob[] = [];
  const json = JSON.stringify({ table, rows, ...(keys ? { keys } : {}) }, (_key, value: unknown) => {
    if (value instanceof Blob) {
      blobs.push(value);
      return { $dd: 'blob', id: firstBlobId + blobs.length - 1, size: value.size, type: value.type };
    }
    if (value instanceof Uint8Array) return { $dd: 'bytes', base64: toBase64(value) };
    if (value instanceof ArrayBuffer) return { $dd: 'buffer', base64: toBase64(new Uint8Array(value)) };
    // JSON would turn these into null; IndexedDB keeps them (report facts use Infinity for "open").
    if (typeof value === 'number' && !Number.isFinite(value)) return { $dd: 'number', value: String(value) };
    return value;
  });
  return { json: utf8.encode(json), blobs };
}

// ---- reading ----

/** Thrown for content that decrypted but is not a backup this app can restore; `reason` is for logs. */
export class BackupContentError extends Error {
  constructor(
    readonly reason: string,
    readonly problem: 'damaged' | 'newerDesk' = 'damaged',
  ) {
    super(`backup content refused: ${reason}`);
    this.name = 'BackupContentError';
  }
}

export type RowsBatch = { table: string; rows: unknown[]; keys?: unknown[] };

export type ContentVisitor = {
  manifest(manifest: BackupManifest): void | Promise<void>;
  rows(batch: RowsBatch): void | Promise<void>;
};

const blobMarkSchema = z.object({ $dd: z.literal('blob'), id: z.int().nonnegative(), size: z.int().nonnegative(), type: z.string().max(200) }).strict();
const numberMarkSchema = z.object({ $dd: z.literal('number'), value: z.enum(['Infinity', '-Infinity', 'NaN']) }).strict();
const bytesMarkSchema = z.object({ $dd: z.enum(['bytes', 'buffer']), base64: z.string() }).strict();

/**
 * Reads frames from the decrypted chunks in order, rebuilds Blobs from their pieces, and hands
 * each manifest and rows batch to the visitor; checks the end frame against what was read.
 */
export async function readContent(chunks: AsyncIterable<Uint8Array>, visitor: ContentVisitor): Promise<BackupEnd> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const pieces = new Map<number, { parts: Uint8Array[]; bytes: number }>();
  const counted: Record<string, number> = {};
  let blobs = 0;
  let blobBytes = 0;
  let manifest: BackupManifest | null = null;
  let end: BackupEnd | null = null;
  let buffer: Uint8Array = new Uint8Array(0);

  let lastHadMarks = false;
  const json = (payload: Uint8Array): unknown => {
    try {
      const text = decoder.decode(payload);
      lastHadMarks = text.includes('"$dd"');
      return JSON.parse(text);
    } catch {
      throw new BackupContentError('frame is not JSON');
    }
  };

  const reviveBlobs = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reviveBlobs);
    if (!value || typeof value !== 'object') return value;
    if ('$dd' in value) {
      const blob = blobMarkSchema.safeParse(value);
      if (blob.success) {
        const found = pieces.get(blob.data.id);
        const size = found?.bytes ?? 0;
        if ((!found && blob.data.size > 0) || size !== blob.data.size) throw new BackupContentError(`blob ${blob.data.id} missing or wrong size`);
        pieces.delete(blob.data.id);
        blobs++;
        blobBytes += size;
        return new Blob((found?.parts ?? []) as Uint8Array<ArrayBuffer>[], { type: blob.data.type });
      }
      const number = numberMarkSchema.safeParse(value);
      if (number.success) return Number(number.data.value);
      const bytes = bytesMarkSchema.safeParse(value);
      if (!bytes.success) throw new BackupContentError('unknown mark');
      const decoded = fromBase64(bytes.data.base64);
      return bytes.data.$dd === 'bytes' ? decoded : decoded.buffer;
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, reviveBlobs(v)]));
  };

  const handle = async (kind: number, payload: Uint8Array) => {
    if (end) throw new BackupContentError('frame after end');
    if (!manifest && kind !== FrameKind.manifest) throw new BackupContentError('no manifest first');
    switch (kind) {
      case FrameKind.manifest: {
        if (manifest) throw new BackupContentError('second manifest');
        const parsed = manifestSchema.safeParse(json(payload));
        if (!parsed.success) throw new BackupContentError('manifest shape');
        manifest = parsed.data;
        await visitor.manifest(manifest);
        return;
      }
      case FrameKind.blobPart: {
        if (payload.byteLength < 4) throw new BackupContentError('short blob piece');
        const id = new DataView(payload.buffer, payload.byteOffset).getUint32(0);
        const entry = pieces.get(id) ?? { parts: [], bytes: 0 };
        entry.parts.push(payload.slice(4));
        entry.bytes += payload.byteLength - 4;
        pieces.set(id, entry);
        return;
      }
      case FrameKind.rows: {
        const parsed = rowsFrameSchema.safeParse(json(payload));
        if (!parsed.success) throw new BackupContentError('rows frame shape');
        const { table, rows, keys } = parsed.data;
        if (!manifest!.tables.includes(table)) throw new BackupContentError(`table ${table} not in the manifest`);
        if (keys && keys.length !== rows.length) throw new BackupContentError('keys and rows differ');
        counted[table] = (counted[table] ?? 0) + rows.length;
        // Only batches with marks are walked: most tables have none, and walking 200,000 events costs.
        await visitor.rows({ table, rows: lastHadMarks ? rows.map(reviveBlobs) : rows, ...(keys ? { keys } : {}) });
        return;
      }
      case FrameKind.end: {
        const parsed = endSchema.safeParse(json(payload));
        if (!parsed.success) throw new BackupContentError('end shape');
        end = parsed.data;
        return;
      }
      default:
        throw new BackupContentError(`frame kind ${kind}`);
    }
  };

  for await (const chunk of chunks) {
    buffer = buffer.byteLength === 0 ? chunk : concat(buffer, chunk);
    let offset = 0;
    while (buffer.byteLength - offset >= FRAME_HEAD_BYTES) {
      const view = new DataView(buffer.buffer, buffer.byteOffset + offset);
      const length = view.getUint32(1);
      if (length > MAX_FRAME_BYTES) throw new BackupContentError('frame too long');
      if (buffer.byteLength - offset - FRAME_HEAD_BYTES < length) break;
      await handle(buffer[offset]!, buffer.subarray(offset + FRAME_HEAD_BYTES, offset + FRAME_HEAD_BYTES + length));
      offset += FRAME_HEAD_BYTES + length;
    }
    buffer = buffer.subarray(offset);
  }
  const finished = end as BackupEnd | null;
  if (!finished || buffer.byteLength > 0) throw new BackupContentError('no end frame');
  if (pieces.size > 0) throw new BackupContentError('blob pieces nobody refers to');
  const sameCounts = (a: Record<string, number>, b: Record<string, number>) => {
    const names = new Set([...Object.keys(a), ...Object.keys(b)].filter((n) => (a[n] ?? 0) + (b[n] ?? 0) > 0));
    return [...names].every((n) => (a[n] ?? 0) === (b[n] ?? 0));
  };
  if (!sameCounts(counted, finished.rows) || finished.blobs !== blobs || finished.blobBytes !== blobBytes) {
    throw new BackupContentError('counts differ from the end frame');
  }
  return finished;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}

// ---- per-table checks ----

const id = z.string().min(1).max(200);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

/** The fields each known table's code relies on; unknown extra fields pass (they are the app's own). */
const rowShapes: Record<string, z.ZodType> = {
  dossiers: z.looseObject({ id, code: z.string().min(1), status: z.unknown(), updatedAt: z.string() }),
  events: z.looseObject({ id, dossierId: id, version: z.int().positive(), type: z.string().min(1) }),
  outbox: z.looseObject({ mutationId: z.string().min(1), dossierId: id, eventIds: z.array(z.string()), createdAt: z.string() }),
  attachments: z
    .looseObject({ sha256, size: z.int().nonnegative(), mimeType: z.string(), blob: z.instanceof(Blob) })
    .refine((row) => row.blob.size === row.size, 'blob size differs'),
  dossierFiles: z.looseObject({ id, dossierId: id, sha256 }),
  meta: z.looseObject({ key: z.string().min(1), value: z.unknown() }),
  audit: auditEntrySchema,
};

/** The primary key path of a Dexie store spec ('++seq, x' → 'seq'); null for keys kept outside rows. */
export function primaryKeyPath(spec: string): string | string[] | null {
  const first = spec.split(',')[0]!.trim().replace(/^(\+\+|&)/, '');
  if (!first) return null;
  if (first.startsWith('[')) return first.slice(1, -1).split('+');
  return first;
}

const validKey = (value: unknown): boolean => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

/** Throws BackupContentError unless every row fits its table's shape and carries its primary key. */
export function checkRows(batch: RowsBatch, storeSpec: string | undefined): void {
  if (storeSpec === undefined) throw new BackupContentError(`unknown table ${batch.table}`);
  const keyPath = primaryKeyPath(storeSpec);
  if (keyPath === null && !batch.keys) throw new BackupContentError(`table ${batch.table} needs its keys`);
  const shape = rowShapes[batch.table];
  for (const row of batch.rows) {
    if (!row || typeof row !== 'object' || Array.isArray(row)) throw new BackupContentError(`row of ${batch.table} is not an object`);
    const record = row as Record<string, unknown>;
    if (typeof keyPath === 'string' && !validKey(record[keyPath])) throw new BackupContentError(`row of ${batch.table} without key`);
    if (Array.isArray(keyPath) && !keyPath.every((path) => validKey(record[path]))) throw new BackupContentError(`row of ${batch.table} without key`);
    if (shape && !shape.safeParse(row).success) throw new BackupContentError(`row of ${batch.table} has the wrong shape`);
  }
}

/** A row that has what sync needs of an outbox entry (used when reading a damaged database). */
export const isOutboxEntry = (row: unknown): row is OutboxEntry => rowShapes['outbox']!.safeParse(row).success;
