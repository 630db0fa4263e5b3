// A push, set-wise: under the unit's lock, load everything the batch names in a handful of
// queries, judge the mutations in memory in order, and write events, projections, files, feed rows
// and remembered answers with multi-row statements in the same transaction.
import type { Mutation, PushRequest, PushResponse } from '../../../shared/sync/contract';
import { officerOfRow, type Officer, type SignedIn } from '../auth/sessions';
import type { PortalContext } from '../context';
import type { Queryable } from '../db/database';
import { raiseCounters } from '../leases/numbering';
import { judgeBatch, type Remembered, type ResultRow } from './judge';
import { appendFeed, codesInUse, completeBlobs, eventVersions, itemIdsInUse, loadDossiers, lockUnit, saveDossiers } from './ledger';

const unique = <T>(values: Iterable<T>) => [...new Set(values)];

export async function push(ctx: PortalContext, { officer }: SignedIn, request: PushRequest): Promise<PushResponse> {
  const unitCode = officer.unitCode;
  const { clientId, mutations } = request;
  const intakeCodes = unique(mutations.flatMap((m) => ('intake' in m.command && m.command.intake ? [m.command.intake.code] : [])));
  return ctx.db.transaction(async (tx) => {
    await lockUnit(tx, unitCode);
    const now = ctx.now();
    const state = {
      unitCode,
      pusherId: officer.id,
      officers: await unitOfficers(tx, unitCode),
      remembered: await rememberedResults(tx, clientId, mutations),
      dossiers: await loadDossiers(tx, unique(mutations.map((m) => m.dossierId))),
      usedItemIds: await itemIdsInUse(tx, unique(mutations.flatMap((m) => [...m.eventIds, ...m.files.map((f) => f.id)]))),
      baseEvents: await eventVersions(tx, unique(mutations.flatMap((m) => (m.baseEventId ? [m.baseEventId] : [])))),
      usedCodes: await codesInUse(tx, unitCode, intakeCodes),
      blobs: await completeBlobs(tx, unique(mutations.flatMap((m) => m.files.map((f) => f.sha256)))),
    };
    const judgement = judgeBatch(mutations, state, { catalogue: ctx.catalogue, calendar: ctx.calendar, now });
    await appendFeed(tx, judgement.feed);
    await saveDossiers(tx, judgement.dossiers);
    await rememberResults(tx, clientId, unitCode, judgement.remember, now);
    await raiseCounters(tx, 'dossier', unitCode, judgement.codes);
    return { results: judgement.results };
  });
}

async function unitOfficers(tx: Queryable, unitCode: string): Promise<Map<string, Officer>> {
  const { rows } = await tx.query<Parameters<typeof officerOfRow>[0]>('SELECT id, name, role, unit_code, title FROM officers WHERE unit_code = $1', [unitCode]);
  return new Map(rows.map((row) => [row.id, officerOfRow(row)]));
}

async function rememberedResults(tx: Queryable, clientId: string, mutations: readonly Mutation[]): Promise<Map<string, Remembered>> {
  const { rows } = await tx.query<{ mutation_id: string; unit_code: string; result: Remembered['result'] }>(
    `SELECT mutation_id, unit_code, result FROM mutation_results
      WHERE client_id = $1 AND mutation_id IN (SELECT jsonb_array_elements_text($2::jsonb))`,
    [clientId, JSON.stringify(mutations.map((m) => m.mutationId))],
  );
  return new Map(rows.map((row) => [row.mutation_id, { unitCode: row.unit_code, result: row.result }]));
}

async function rememberResults(tx: Queryable, clientId: string, unitCode: string, rows: readonly ResultRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO mutation_results (client_id, mutation_id, unit_code, dossier_id, status, result, recorded_at)
     SELECT $1, r->>'mutationId', $2, r->>'dossierId', r->'result'->>'status', r->'result', $3::timestamptz
       FROM jsonb_array_elements($4::jsonb) AS e(r)
     ON CONFLICT DO NOTHING`,
    [clientId, unitCode, now.toISOString(), JSON.stringify(rows)],
  );
}
