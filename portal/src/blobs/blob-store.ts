// Where attachment bytes live, named by their SHA-256. Uploads arrive in chunks at known offsets
// and survive a cut connection; a finished upload is kept only when its bytes hash to its name.
// The disk store implements it; an object store (S3 multipart upload per chunk) could later.
import type { Readable } from 'node:stream';

export class OffsetMismatch extends Error {
  constructor(readonly actual: number) {
    super(`The upload is at byte ${actual}.`);
  }
}

export class ChunkTooLarge extends Error {}

export interface BlobStore {
  /** True when the complete, verified bytes are stored. */
  has(sha256: string): Promise<boolean>;
  /** Bytes received so far of an unfinished upload; null when none has started. */
  offset(sha256: string): Promise<number | null>;
  /**
   * Appends `chunk` at `offset` (which must be where the upload stands, else OffsetMismatch),
   * at most `maxBytes` of it (else the chunk is dropped and ChunkTooLarge thrown). Bytes that arrived
   * before a cut connection stay. Answers the new offset.
   */
  append(sha256: string, offset: number, chunk: Readable, maxBytes: number): Promise<number>;
  /** Checks the finished upload against its name: kept when it matches, discarded when not. */
  complete(sha256: string): Promise<'stored' | 'mismatch'>;
  /** Drops an unfinished upload. */
  discard(sha256: string): Promise<void>;
  /** The stored bytes, all or `start..end` inclusive. */
  read(sha256: string, range?: { start: number; end: number }): Readable;
}
