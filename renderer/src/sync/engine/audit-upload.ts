// Sends this desk's audit log to the portal after the push: the entries after the last one the
// portal confirmed, oldest first, in batches bounded by count and bytes; the confirmed seq moves
// only on the portal's answer, so a cut connection resends (the portal answers a repeat as a
// success) and never leaves a gap. A refusal of the chain (AUDIT_CHAIN_BROKEN, WRONG_UNIT, …) stops
// audit uploads and is shown on the Đồng bộ screen; it never holds back the dossiers' sync.
import { AUDIT_LIMITS } from '../../../../shared/audit/audit-api';
import type { AuditEntry } from '../../../../shared/audit/audit-entry';
import type { DeskDatabase } from '../../store/database';
import type { PortalClient } from '../http/portal-client';
import type { PortalFailure } from '../http/portal-failure';
import { auditUploadStateFor, confirmAuditUpTo, stopAuditUpload } from '../local/audit-upload-state';

export type AuditUploadDeps = {
  db: DeskDatabase;
  client: PortalClient;
  /** The portal `client` talks to: the confirmed seq is this portal's. */
  portalOrigin: string;
  now: () => string;
  /** Entries per upload and bytes per body; the contract's limits when absent (tests make them small). */
  limits?: { entries: number; bytes: number };
  /** Told after each confirmed batch: entries sent this run. */
  onProgress?: (uploaded: number) => void;
};

/** `failure` is a failure to reach or be answered by the portal (tried again next run); a refusal is recorded as `stopped` instead. */
export type AuditUploadOutcome = { uploaded: number; stopped: boolean; failure: PortalFailure | null };

// The body's envelope ({"entries":[…]}) and commas, with room to spare.
const ENVELOPE_BYTES = 64;

export async function uploadAudit(deps: AuditUploadDeps): Promise<AuditUploadOutcome> {
  const limits = deps.limits ?? { entries: AUDIT_LIMITS.uploadMaxEntries, bytes: AUDIT_LIMITS.uploadMaxBytes };
  let uploaded = 0;
  for (;;) {
    const state = await auditUploadStateFor(deps.db, deps.portalOrigin);
    if (state.stopped) return { uploaded, stopped: true, failure: null };
    const batch = withinBytes(await deps.db.audit.where('seq').above(state.confirmedSeq).limit(limits.entries).toArray(), limits.bytes);
    if (batch.length === 0) return { uploaded, stopped: false, failure: null };
    const answer = await deps.client.uploadAudit({ entries: batch });
    if (!answer.ok) {
      if (answer.failure.kind !== 'refused') return { uploaded, stopped: false, failure: answer.failure };
      await stopAuditUpload(deps.db, deps.portalOrigin, { code: answer.failure.code, message: answer.failure.message, at: deps.now() });
      return { uploaded, stopped: true, failure: null };
    }
    const last = batch.at(-1)!;
    if (answer.value.workstationId !== last.workstationId || answer.value.lastSeq < last.seq) {
      const failure: PortalFailure = { kind: 'malformed', code: 'MALFORMED_ANSWER', message: 'Cổng xác nhận nhật ký không khớp với đợt đã gửi.' };
      return { uploaded, stopped: false, failure };
    }
    await confirmAuditUpTo(deps.db, deps.portalOrigin, last.seq);
    uploaded += batch.length;
    deps.onProgress?.(uploaded);
  }
}

/** The longest run from the start whose body stays within `bytes` (at least one entry: one always fits the portal's limit). */
function withinBytes(entries: AuditEntry[], bytes: number): AuditEntry[] {
  let size = ENVELOPE_BYTES;
  const encoder = new TextEncoder();
  for (let i = 0; i < entries.length; i++) {
    size += encoder.encode(JSON.stringify(entries[i])).byteLength + 1;
    if (size > bytes && i > 0) return entries.slice(0, i);
  }
  return entries;
}
