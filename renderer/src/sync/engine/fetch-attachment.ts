// Lazy download of attachments that arrived by pull (choice: lazily, when an officer opens one, so a
// unit's first pull does not fill the disk): the bytes are checked against their SHA-256 and size
// before they are stored, once per content like every attachment.
import { sha256Hex } from '../../attachments/attachment-rules';
import type { DeskDatabase } from '../../store/database';
import type { DossierFile, StoredAttachment } from '../../store/records';
import type { PortalClient } from '../http/portal-client';

export async function fetchAttachment(client: PortalClient, db: DeskDatabase, file: DossierFile, now: string): Promise<StoredAttachment | null> {
  const answer = await client.getBlob(file.sha256);
  if (!answer.ok) return null;
  const bytes = new Uint8Array(await answer.value.arrayBuffer());
  if (bytes.byteLength !== file.size || (await sha256Hex(bytes)) !== file.sha256) return null;
  const stored: StoredAttachment = { sha256: file.sha256, size: file.size, mimeType: file.mimeType, blob: new Blob([bytes], { type: file.mimeType }), storedAt: now };
  await db.attachments.put(stored);
  return stored;
}
