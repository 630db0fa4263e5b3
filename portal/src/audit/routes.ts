// The desks' audit logs on the portal. POST: any officer of the unit sends the next entries of a
// workstation's chain; the portal re-verifies every link with the shared chain code against the
// last entry it holds for that workstation, stores the batch whole or not at all, and answers a
// repeat of what it holds as a success (a desk retrying after a cut connection). GET: the unit's
// administrator searches the unit's entries.
import type { FastifyInstance } from 'fastify';
import {
  AUDIT_CHAIN_BROKEN,
  AUDIT_LIMITS,
  auditSearchQuerySchema,
  auditUploadRequestSchema,
  type AuditSearchResponse,
  type AuditUploadResponse,
} from '../../../shared/audit/audit-api';
import { firstBreakAfter, GENESIS_LINK, type ChainBreak } from '../../../shared/audit/audit-chain';
import type { AuditEntry } from '../../../shared/audit/audit-entry';
import { syncPaths } from '../../../shared/sync/contract';
import { requireOfficer, type Officer } from '../auth/sessions';
import type { PortalContext } from '../context';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/errors';
import { parseOr400 } from '../http/validate';
import { appendEntries, chainEnd, lockWorkstation, searchEntries, storedHashes } from './audit-store';

/** Why a batch does not continue the chain: the shared check's reasons, a gap before the batch, or another entry already held. */
type BreakReason = ChainBreak['reason'] | 'gap' | 'forked';

const REASONS: Record<BreakReason, string> = {
  gap: 'Cổng chưa nhận các mục trước mục này',
  outOfOrder: 'các mục không liền nhau (thiếu hoặc bị đảo thứ tự)',
  brokenLink: 'mục này không nối tiếp mục trước nó (mã băm của mục trước không khớp)',
  hashMismatch: 'nội dung mục đã bị sửa sau khi ghi (mã băm không khớp)',
  missingTail: 'thiếu các mục cuối',
  forked: 'Cổng đã giữ một mục khác cùng số thứ tự của máy này (nhật ký bị tách nhánh, ví dụ dữ liệu máy được khôi phục từ bản cũ)',
};

function chainBroken(seq: number, reason: BreakReason): HttpError {
  return new HttpError(
    409,
    AUDIT_CHAIN_BROKEN,
    `Nhật ký của máy trạm bị đứt tại mục ${seq}: ${REASONS[reason]}. Cổng không lưu mục nào của đợt gửi này; hãy báo quản trị đơn vị kiểm tra máy trạm.`,
  );
}

const wrongUnit = (message: string) => new HttpError(403, 'WRONG_UNIT', message);

export function auditRoutes(app: FastifyInstance, ctx: PortalContext): void {
  app.post(syncPaths.audit, { bodyLimit: AUDIT_LIMITS.uploadMaxBytes }, async (request): Promise<AuditUploadResponse> => {
    const { officer } = await requireOfficer(ctx, request);
    const raw = request.body as { entries?: unknown } | null;
    if (raw && Array.isArray(raw.entries) && raw.entries.length > AUDIT_LIMITS.uploadMaxEntries) {
      throw new HttpError(413, 'TOO_MANY_ENTRIES', `Mỗi lần gửi tối đa ${AUDIT_LIMITS.uploadMaxEntries} mục nhật ký; lần này có ${raw.entries.length}.`);
    }
    const { entries } = parseOr400(auditUploadRequestSchema, request.body, 'Nhật ký gửi lên');
    for (const entry of entries) {
      if (entry.unitCode !== null && entry.unitCode !== officer.unitCode) {
        throw wrongUnit(`Mục ${entry.seq} của nhật ký thuộc đơn vị ${entry.unitCode}; tài khoản của anh/chị thuộc đơn vị ${officer.unitCode} nên không gửi được.`);
      }
      // The schema accepts any ISO form; PostgreSQL refuses years before 1 AD, which no desk writes.
      if (!(Date.parse(entry.at) > 0)) throw new HttpError(400, 'INVALID_REQUEST', `Thời điểm của mục ${entry.seq} không hợp lệ.`);
    }
    return ctx.db.transaction((tx) => continueChain(tx, officer, entries, ctx.now().toISOString()));
  });

  app.get(syncPaths.audit, async (request): Promise<AuditSearchResponse> => {
    const { officer } = await requireOfficer(ctx, request);
    if (officer.role !== 'admin') throw new HttpError(403, 'ROLE_NOT_ALLOWED', 'Chỉ quản trị đơn vị mới xem được nhật ký của đơn vị.');
    const query = parseOr400(auditSearchQuerySchema, request.query, 'Điều kiện tra cứu nhật ký');
    return searchEntries(ctx.db, officer.unitCode, query);
  });
}

async function continueChain(tx: Queryable, officer: Officer, entries: readonly AuditEntry[], receivedAt: string): Promise<AuditUploadResponse> {
  const first = entries[0]!;
  const last = entries.at(-1)!;
  const { workstationId } = first;
  await lockWorkstation(tx, workstationId);
  const end = await chainEnd(tx, workstationId);
  if (end && end.unitCode !== officer.unitCode) {
    throw wrongUnit(`Máy trạm này gửi nhật ký cho đơn vị ${end.unitCode}; tài khoản của anh/chị thuộc đơn vị ${officer.unitCode}.`);
  }
  const endSeq = end?.seq ?? 0;
  if (first.seq > endSeq + 1) throw chainBroken(endSeq + 1, 'gap');
  // The links already held that the batch touches, and the one just before it.
  const held = first.seq <= endSeq ? await storedHashes(tx, workstationId, first.seq - 1, Math.min(endSeq, last.seq)) : new Map<number, string>();
  if (end && first.seq === endSeq + 1) held.set(end.seq, end.hash);
  const previous = first.seq === 1 ? GENESIS_LINK : { seq: first.seq - 1, hash: held.get(first.seq - 1)! };
  const broken = await firstBreakAfter(previous, entries);
  if (broken) throw chainBroken(broken.seq, broken.reason);
  const forked = entries.find((entry) => held.has(entry.seq) && held.get(entry.seq) !== entry.hash);
  if (forked) throw chainBroken(forked.seq, 'forked');

  const fresh = entries.filter((entry) => entry.seq > endSeq);
  if (fresh.length > 0) await appendEntries(tx, fresh, { unitCode: officer.unitCode, uploadedBy: officer.id, receivedAt });
  const tail = fresh.at(-1) ?? end!;
  return { workstationId, lastSeq: tail.seq, lastHash: tail.hash, stored: fresh.length };
}
