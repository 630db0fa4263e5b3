// What the national public-service portal forwards: new online filings (recorded through decide()
// with recordOnlineSubmission and a code from the portal's own numbering) and citizens' requests
// to withdraw (the `withdraw` command, judged by the same rules as any officer's action).
import { randomUUID } from 'node:crypto';
import { instantMillis, vietnamDateOf } from '../../../shared/domain/calendar/vietnam-time';
import { formatDossierCode, parseDossierCode } from '../../../shared/domain/codes/dossier-code';
import type { Actor } from '../../../shared/domain/officers/officer';
import { apply } from '../../../shared/domain/workflow/apply';
import type { Command } from '../../../shared/domain/workflow/commands';
import { decide } from '../../../shared/domain/workflow/decide';
import type { PublicFiling, RemoteFile } from '../../../shared/sync/contract';
import { CLOCK_SKEW_MS, type PortalContext } from '../context';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/errors';
import { allocateNumbers, recordLease } from '../leases/numbering';
import { lastChangeSentence } from '../sync/change-notes';
import { appendFeed, codesInUse, completeBlobs, eventRow, fileRow, lastEventOf, loadDossierByCode, lockUnit, saveDossiers, type StoredDossier } from '../sync/ledger';

/** The actor on events the national portal causes; an administrator of the unit for the rules. */
export const nationalPortalActor = (unitCode: string): Actor => ({ id: 'cong-dvc-quoc-gia', name: 'Cổng Dịch vụ công quốc gia', role: 'admin', unitCode });
const PUBLIC_CLIENT_ID = 'cong-dvc-quoc-gia';

export type FilingAnswer = { created: boolean; dossierId: string; code: string };

function notInFuture(ctx: PortalContext, at: string, field: string): void {
  if (instantMillis(at) > ctx.now().getTime() + CLOCK_SKEW_MS) {
    throw new HttpError(400, 'INVALID_REQUEST', `${field} (${at}) muộn hơn giờ của Cổng quá 5 phút.`);
  }
}

export async function recordPublicFiling(ctx: PortalContext, filing: PublicFiling): Promise<FilingAnswer> {
  notInFuture(ctx, filing.submittedAt, 'submittedAt');
  const procedure = ctx.catalogue.procedure(filing.intake.procedureCode);
  if (!procedure) throw new HttpError(422, 'UNKNOWN_PROCEDURE', `Thủ tục mã ${filing.intake.procedureCode} không có trong danh mục của Bộ.`);
  const unitCode = procedure.unitCode;
  return ctx.db.transaction(async (tx) => {
    await lockUnit(tx, unitCode);
    const { rows } = await tx.query<{ dossier_id: string; code: string }>(
      'SELECT p.dossier_id, d.code FROM public_filings p JOIN dossiers d ON d.id = p.dossier_id WHERE p.external_id = $1',
      [filing.externalId],
    );
    if (rows[0]) return { created: false, dossierId: rows[0].dossier_id, code: rows[0].code };

    const blobs = await completeBlobs(tx, filing.files.map((f) => f.sha256));
    for (const file of filing.files) {
      const size = blobs.get(file.sha256);
      if (size === undefined) throw new HttpError(409, 'BLOB_MISSING', `Tệp «${file.name}» chưa được tải đầy đủ lên Cổng; hãy tải tệp (PUT ${file.sha256}) rồi gửi lại hồ sơ.`);
      if (size !== file.size) throw new HttpError(422, 'FILE_SIZE_MISMATCH', `Tệp «${file.name}» khai báo ${file.size} byte nhưng nội dung đã tải có ${size} byte.`);
    }

    const now = ctx.now();
    const day = vietnamDateOf(filing.submittedAt);
    const code = await freeCode(tx, unitCode, day);
    await recordLease(tx, { kind: 'dossier', unitCode, day, from: code.number, to: code.number, clientId: PUBLIC_CLIENT_ID, officerId: null, at: now });
    const dossierId = randomUUID();
    const actor = nationalPortalActor(unitCode);
    const command: Command = { type: 'recordOnlineSubmission', dossierId, intake: { ...filing.intake, code: code.code, channel: 'online' } };
    const decision = decide(null, command, actor, filing.submittedAt, { calendar: ctx.calendar, catalogue: ctx.catalogue, newEventId: randomUUID });
    // Throwing rolls the number back with everything else.
    if (!decision.ok) throw new HttpError(422, decision.error.code, decision.error.message);
    const event = decision.value[0]!;
    const files: RemoteFile[] = filing.files.map((f) => ({ id: randomUUID(), dossierId, ...f, addedAt: filing.submittedAt, addedBy: actor.id }));
    await appendFeed(tx, [eventRow(unitCode, event), ...files.map((f) => fileRow(unitCode, f))]);
    await saveDossiers(tx, [{ dossier: apply(null, event), lastEvent: lastEventOf(event) }]);
    await tx.query('INSERT INTO public_filings (external_id, dossier_id, recorded_at) VALUES ($1, $2, $3::timestamptz)', [filing.externalId, dossierId, now.toISOString()]);
    return { created: true, dossierId, code: code.code };
  });
}

/** The next code of the unit's day that no dossier uses (a desk may have used one off its lease). */
async function freeCode(tx: Queryable, unitCode: string, day: string): Promise<{ code: string; number: number }> {
  for (;;) {
    const { from } = await allocateNumbers(tx, 'dossier', unitCode, day, 1);
    const code = formatDossierCode(unitCode, day, from);
    if ((await codesInUse(tx, unitCode, [code])).size === 0) return { code, number: from };
  }
}

export type WithdrawAnswer = { dossierId: string; code: string; status: 7; version: number };

export async function withdrawPublicFiling(ctx: PortalContext, code: string, request: { reason: string; at: string }): Promise<WithdrawAnswer> {
  notInFuture(ctx, request.at, 'at');
  const unitCode = parseDossierCode(code)!.unitCode;
  return ctx.db.transaction(async (tx) => {
    await lockUnit(tx, unitCode);
    const stored = await loadDossierByCode(tx, unitCode, code);
    if (!stored) throw new HttpError(404, 'DOSSIER_NOT_FOUND', `Cổng không có hồ sơ mã ${code}.`);
    const { dossier } = stored;
    if (dossier.status === 7) return { dossierId: dossier.id, code, status: 7, version: dossier.version };
    const decision = decide(dossier, { type: 'withdraw', reason: request.reason }, nationalPortalActor(unitCode), request.at, {
      calendar: ctx.calendar,
      catalogue: ctx.catalogue,
      newEventId: randomUUID,
    });
    if (!decision.ok) throw new HttpError(409, decision.error.code, `${decision.error.message} ${lastChangeSentence(stored)}`);
    let next = dossier;
    for (const event of decision.value) next = apply(next, event);
    const after: StoredDossier = { dossier: next, lastEvent: lastEventOf(decision.value.at(-1)!) };
    await appendFeed(tx, decision.value.map((event) => eventRow(unitCode, event)));
    await saveDossiers(tx, [after]);
    return { dossierId: next.id, code, status: 7, version: next.version };
  });
}
