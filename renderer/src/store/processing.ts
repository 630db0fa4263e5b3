// Officer actions on the local store. Each action is ONE Dexie transaction writing the events,
// the dossier projection, its report facts and the outbox entry (plus, at the counter, the dossier number and the
// attachments) and its audit entry: a crash at any instant leaves all of it or none. A command the workflow forbids,
// or one that arrives malformed (IPC, devtools), is rejected with nothing written.
import { err, ok, type Result } from '../../../shared/result';
import type { Instant } from '../../../shared/domain/calendar/vietnam-time';
import { vietnamDateOf } from '../../../shared/domain/calendar/vietnam-time';
import { issueFromBlocks } from '../../../shared/domain/codes/number-block';
import { formatDossierCode, MAX_DOSSIER_NUMBER, parseDossierCode } from '../../../shared/domain/codes/dossier-code';
import type { Dossier, DossierIntake } from '../../../shared/domain/dossiers/dossier';
import type { Actor } from '../../../shared/domain/officers/officer';
import { apply } from '../../../shared/domain/workflow/apply';
import { commandSchema, type Command } from '../../../shared/domain/workflow/commands';
import { decide, type WorkflowEnv } from '../../../shared/domain/workflow/decide';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';
import { nextReportFacts } from '../../../shared/reports/report-facts';
import { appendAudit, auditTables } from '../audit/audit-log';
import { putAttachmentBytes, type PreparedAttachment } from './attachment-store';
import type { DeskDatabase } from './database';
import type { DossierFile, StoredNumberBlock } from './records';

export type StoreContext = {
  db: DeskDatabase;
  env: WorkflowEnv;
  now: () => Instant;
  newId: () => string;
};

export type ActionOutcome = Result<{ dossier: Dossier; events: ProcessingEvent[] }>;

export type ComponentFile = { componentCode: string; file: PreparedAttachment };

function invalidCommand(message: string): ActionOutcome {
  return err('INVALID_COMMAND', `Thao tác không hợp lệ: ${message}`);
}

/** Applies a command to an existing dossier. */
export async function act(ctx: StoreContext, dossierId: string, rawCommand: unknown, actor: Actor): Promise<ActionOutcome> {
  const parsed = commandSchema.safeParse(rawCommand);
  if (!parsed.success) return invalidCommand(parsed.error.issues.map((i) => i.message).join('; '));
  const command = parsed.data;
  if (command.type === 'recordOnlineSubmission' || ('intake' in command && command.intake)) {
    return invalidCommand('hồ sơ mới chỉ được tạo khi tiếp nhận tại quầy hoặc nhận từ Cổng.');
  }
  const { db } = ctx;
  return db.transaction('rw', [db.dossiers, db.reportFacts, db.events, db.outbox, ...auditTables(db)], async () => {
    const current = await db.dossiers.get(dossierId);
    if (!current) return err('DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ trên máy này. Hãy tải lại danh sách.');
    return record(ctx, current, command, actor);
  });
}

/**
 * Receives (or refuses) a dossier at the one-stop counter: issues its code from this desk's
 * number block, stores its files, and records the first event, all in one transaction.
 */
export async function intakeAtCounter(
  ctx: StoreContext,
  draft: Omit<DossierIntake, 'code'>,
  files: readonly ComponentFile[],
  actor: Actor,
  refusal?: { reason: string },
): Promise<ActionOutcome> {
  const { db } = ctx;
  const now = ctx.now();
  const day = vietnamDateOf(now);
  const dossierId = ctx.newId();
  return db.transaction('rw', [db.dossiers, db.reportFacts, db.events, db.outbox, db.numberBlocks, db.attachments, db.dossierFiles, ...auditTables(db)], async () => {
    const blocks = usableBlocks(await db.numberBlocks.where('id').startsWith(`${actor.unitCode}:${day}:`).toArray());
    if (blocks.length === 0) blocks.push(await localBlock(db, actor.unitCode, day));
    const issued = issueFromBlocks(blocks, actor.unitCode, day);
    if (!issued.ok) return issued;
    const intake: DossierIntake = { ...draft, code: issued.value.code };
    const command: Command = refusal
      ? { type: 'refuseToReceive', dossierId, intake, reason: refusal.reason }
      : { type: 'receive', dossierId, intake };
    const parsed = commandSchema.safeParse(command);
    if (!parsed.success) return invalidCommand(parsed.error.issues.map((i) => i.message).join('; '));
    const links: DossierFile[] = files.map(({ componentCode, file }) => ({
      id: ctx.newId(),
      dossierId,
      componentCode,
      sha256: file.sha256,
      name: file.name,
      size: file.size,
      mimeType: file.mimeType,
      addedAt: now,
      addedBy: actor.id,
    }));
    const outcome = await record(ctx, null, parsed.data, actor, now, links);
    if (!outcome.ok) return outcome;
    const block = blocks[issued.value.index]!;
    await db.numberBlocks.put({ ...block, next: issued.value.block.next });
    for (const { file } of files) await putAttachmentBytes(db, file, now);
    await db.dossierFiles.bulkAdd(links);
    return outcome;
  });
}

/**
 * Blocks leased from the portal are unique across desks, so once the desk holds one for the day,
 * its own offline numbering for that day is no longer used.
 */
function usableBlocks(blocks: StoredNumberBlock[]): StoredNumberBlock[] {
  const leased = blocks.filter((b) => b.source === 'portal');
  return leased.length > 0 ? leased.sort((a, b) => a.from - b.from) : blocks;
}

/**
 * Without a block leased from the portal for the day (never synced, or offline since yesterday), a
 * desk numbers its own day after the highest code of that unit and day it already holds (dossiers
 * that arrived by sync or import keep theirs).
 */
async function localBlock(db: DeskDatabase, unitCode: string, day: string): Promise<StoredNumberBlock> {
  const prefix = formatDossierCode(unitCode, day, 1).slice(0, -4);
  const highest = await db.dossiers.where('code').startsWith(prefix).last();
  const next = (highest ? (parseDossierCode(highest.code)?.number ?? 0) : 0) + 1;
  const from = Math.min(next, MAX_DOSSIER_NUMBER);
  // next may be MAX + 1: the day is used up and issuing says so instead of reusing a code.
  return { id: `${unitCode}:${day}:${from}`, unitCode, day, from, to: MAX_DOSSIER_NUMBER, next, source: 'local' };
}

/** Decides, then writes events + projection + report facts + outbox entry + audit entry; must run inside a transaction. */
async function record(ctx: StoreContext, current: Dossier | null, command: Command, actor: Actor, now = ctx.now(), files: DossierFile[] = []): Promise<ActionOutcome> {
  const decision = decide(current, command, actor, now, ctx.env);
  if (!decision.ok) return decision;
  const events = decision.value;
  const { db } = ctx;
  // The event the officer's view ended with: the projection's version names it (after a re-base too).
  const [baseEvent, storedFacts] = current
    ? await Promise.all([db.events.where('[dossierId+version]').equals([current.id, current.version]).last(), db.reportFacts.get(current.id)])
    : [undefined, undefined];
  let state = current;
  let facts = storedFacts ?? null;
  for (const event of events) {
    const after = apply(state, event);
    facts = nextReportFacts(facts, state, event, after);
    state = after;
  }
  const next = state!;
  // Pending until the portal confirms them; sync swaps in the portal's copy or drops them.
  await db.events.bulkAdd(events.map((event) => ({ ...event, pending: true as const })));
  await db.dossiers.put(next);
  if (facts && facts !== storedFacts) await db.reportFacts.put(facts);
  await db.outbox.add({
    mutationId: ctx.newId(),
    dossierId: next.id,
    command,
    actor: { id: actor.id, name: actor.name, role: actor.role, unitCode: actor.unitCode },
    eventIds: events.map((e) => e.id),
    baseVersion: current?.version ?? 0,
    ...(current === null ? { baseEventId: null } : baseEvent ? { baseEventId: baseEvent.id } : {}),
    createdAt: now,
    files,
  });
  await appendAudit(db, { action: 'dossierAction', officer: actor, details: { command: command.type, dossierCode: next.code, dossierId: next.id } }, now);
  return ok({ dossier: next, events });
}
