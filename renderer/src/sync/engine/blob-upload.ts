// Uploading one attachment's bytes, resumable: when this desk started it before, ask the portal how
// far it got (HEAD); then send the rest in chunks of SYNC_LIMITS.blobChunkBytes, each starting at
// the portal's offset. After a cut the next run resumes from what the portal holds, so it re-sends
// less than one chunk. A first upload is noted before its first byte and starts at 0 unasked.
import { SYNC_LIMITS } from '../../../../shared/sync/contract';
import type { DeskDatabase } from '../../store/database';
import type { StoredAttachment } from '../../store/records';
import type { PortalClient } from '../http/portal-client';
import { answered, failed, type PortalAnswer } from '../http/portal-failure';

export type BlobUploadOptions = {
  chunkBytes?: number;
  now: () => string;
  /** Bytes the portal now holds beyond what it held before (resumed bytes count at once). */
  onBytes?: (bytes: number) => void;
  signal?: AbortSignal;
};

/** A 409 answers the portal's real offset; more than a few in a row means something else is wrong. */
const MAX_OFFSET_CORRECTIONS = 3;

export async function uploadBlob(client: PortalClient, db: DeskDatabase, attachment: StoredAttachment, options: BlobUploadOptions): Promise<PortalAnswer<void>> {
  const chunkBytes = options.chunkBytes ?? SYNC_LIMITS.blobChunkBytes;
  const { sha256, size, blob } = attachment;
  let offset = 0;
  if (await db.blobUploads.get(sha256)) {
    const status = await client.blobOffset(sha256);
    if (!status.ok) return status;
    offset = status.value?.offset ?? 0;
    options.onBytes?.(offset);
  } else {
    await db.blobUploads.put({ sha256, size, sent: 0, updatedAt: options.now() });
  }
  let corrections = 0;
  while (offset < size) {
    if (options.signal?.aborted) return failed({ kind: 'aborted', code: 'ABORTED', message: 'Lượt đồng bộ đã bị dừng.' });
    const end = Math.min(offset + chunkBytes, size);
    const answer = await client.putBlobChunk(sha256, offset, size, blob.slice(offset, end));
    if (!answer.ok) return answer;
    const outcome = answer.value;
    if (!outcome.accepted) {
      if (++corrections > MAX_OFFSET_CORRECTIONS) {
        return failed({ kind: 'refused', status: 409, code: 'BLOB_OFFSET_CONFLICT', message: 'Cổng liên tục từ chối vị trí tải tệp lên.' });
      }
      options.onBytes?.(outcome.serverOffset - offset);
      offset = outcome.serverOffset;
      continue;
    }
    corrections = 0;
    options.onBytes?.(outcome.offset - offset);
    offset = outcome.offset;
    await db.blobUploads.put({ sha256, size, sent: offset, updatedAt: options.now() });
  }
  return answered(undefined);
}
