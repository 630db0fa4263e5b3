// The blob store on a local disk: finished blobs at <root>/<ab>/<sha256>, unfinished uploads at
// <root>/partial/<sha256>. One upload per blob at a time (the routes hold a lock per hash).
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ChunkTooLarge, OffsetMismatch, type BlobStore } from './blob-store';

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export class DiskBlobStore implements BlobStore {
  constructor(private readonly root: string) {}

  private finalPath(sha256: string) {
    return join(this.root, sha256.slice(0, 2), sha256);
  }

  private partialPath(sha256: string) {
    return join(this.root, 'partial', sha256);
  }

  async has(sha256: string): Promise<boolean> {
    return (await sizeOf(this.finalPath(sha256))) !== null;
  }

  async offset(sha256: string): Promise<number | null> {
    return sizeOf(this.partialPath(sha256));
  }

  async append(sha256: string, offset: number, chunk: Readable, maxBytes: number): Promise<number> {
    const path = this.partialPath(sha256);
    await mkdir(join(this.root, 'partial'), { recursive: true });
    const actual = (await sizeOf(path)) ?? 0;
    if (actual !== offset) throw new OffsetMismatch(actual);
    let seen = 0;
    const limit = new Transform({
      transform(data: Buffer, _encoding, done) {
        seen += data.length;
        done(seen > maxBytes ? new ChunkTooLarge() : null, data);
      },
    });
    try {
      await pipeline(chunk, limit, createWriteStream(path, { flags: 'a' }));
    } catch (error) {
      // An oversized chunk is dropped whole; a cut connection keeps what arrived, to resume from.
      if (error instanceof ChunkTooLarge) {
        await truncate(path, offset);
        throw error;
      }
      if (!isCutConnection(error)) throw error;
    }
    return (await sizeOf(path)) ?? 0;
  }

  async complete(sha256: string): Promise<'stored' | 'mismatch'> {
    const path = this.partialPath(sha256);
    const hash = createHash('sha256');
    await pipeline(createReadStream(path), hash);
    if (hash.digest('hex') !== sha256) {
      await rm(path, { force: true });
      return 'mismatch';
    }
    await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true });
    await rename(path, this.finalPath(sha256));
    return 'stored';
  }

  async discard(sha256: string): Promise<void> {
    await rm(this.partialPath(sha256), { force: true });
  }

  read(sha256: string, range?: { start: number; end: number }): Readable {
    return createReadStream(this.finalPath(sha256), range);
  }
}

function isCutConnection(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ECONNRESET' || (error as Error).message === 'aborted';
}
