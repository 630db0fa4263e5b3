// Attachment bytes in IndexedDB, keyed by SHA-256: the same bytes are stored once. Each write is
// read back (size and hash) before it counts, because large-blob writes have failed silently in
// IndexedDB's history. See docs/performance.md for why IndexedDB and not OPFS.
import { judgeAttachment, sha256Hex, type AttachmentVerdict } from '../attachments/attachment-rules';
import type { DeskDatabase } from './database';
import type { StoredAttachment } from './records';

export type PreparedAttachment = { name: string; sha256: string; size: number; mimeType: string; blob: Blob };

export type PrepareOutcome = { ok: true; value: PreparedAttachment } | { ok: false; code: string; message: string };

/** Reads and judges a file the officer picked; nothing is stored yet. */
export async function prepareAttachment(file: File | Blob, name: string): Promise<PrepareOutcome> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, code: 'ATTACHMENT_UNREADABLE', message: `Không đọc được tệp «${name}». Hãy chọn lại tệp.` };
  }
  const verdict: AttachmentVerdict = judgeAttachment(name, bytes.byteLength, bytes.subarray(0, 16));
  if (!verdict.ok) return verdict;
  const sha256 = await sha256Hex(bytes);
  return { ok: true, value: { name, sha256, size: bytes.byteLength, mimeType: verdict.mimeType, blob: new Blob([bytes as BlobPart], { type: verdict.mimeType }) } };
}

/** Stores the bytes inside the caller's transaction unless the same content is already there. */
export async function putAttachmentBytes(db: DeskDatabase, prepared: PreparedAttachment, now: string): Promise<void> {
  const existing = await db.attachments.get(prepared.sha256);
  if (existing) return;
  const record: StoredAttachment = { sha256: prepared.sha256, size: prepared.size, mimeType: prepared.mimeType, blob: prepared.blob, storedAt: now };
  await db.attachments.add(record);
}

/** After the transaction committed: the stored bytes must be the bytes that were meant. */
export async function verifyStoredAttachment(db: DeskDatabase, sha256: string): Promise<boolean> {
  const stored = await db.attachments.get(sha256);
  if (!stored) return false;
  const bytes = new Uint8Array(await stored.blob.arrayBuffer());
  return bytes.byteLength === stored.size && (await sha256Hex(bytes)) === sha256;
}

export async function readAttachment(db: DeskDatabase, sha256: string): Promise<StoredAttachment | undefined> {
  return db.attachments.get(sha256);
}
