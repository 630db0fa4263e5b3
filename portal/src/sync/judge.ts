// Judging a pushed batch in memory, in order: each mutation is answered from memory when it was
// seen before, else checked (actor, unit, clock, ids, files) and decided by the shared workflow
// against the portal's current dossier — the portal rebases, it never trusts the desk's version.
// Pure: the caller loads what the batch names and writes what this returns, in one transaction.
import { instantMillis } from '../../../shared/domain/calendar/vietnam-time';
import type { CatalogueIndex } from '../../../shared/domain/catalogue/catalogue-index';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-calendar';
import { parseDossierCode } from '../../../shared/domain/codes/dossier-code';
import type { Dossier } from '../../../shared/domain/dossiers/dossier';
import { roleTitles, type Actor } from '../../../shared/domain/officers/officer';
import { apply } from '../../../shared/domain/workflow/apply';
import type { Command } from '../../../shared/domain/workflow/commands';
import { decide } from '../../../shared/domain/workflow/decide';
import type { ProcessingEvent } from '../../../shared/domain/workflow/events';
import type { Mutation, MutationResult } from '../../../shared/sync/contract';
import type { Officer } from '../auth/sessions';
import { CLOCK_SKEW_MS } from '../context';
import { changedSinceSentence, formatVietnameseInstant, type DeskBase } from './change-notes';
import { eventRow, fileRow, lastEventOf, type FeedRow, type StoredDossier } from './ledger';

export type Remembered = { unitCode: string; result: MutationResult };

export type BatchState = {
  unitCode: string;
  /** The officer whose token pushes: every mutation's actor must be them. */
  pusherId: string;
  /** The unit's officers as the portal knows them, by id. */
  officers: ReadonlyMap<string, Officer>;
  remembered: ReadonlyMap<string, Remembered>;
  /** Every dossier the batch names that exists on the portal, whatever its unit. */
  dossiers: ReadonlyMap<string, StoredDossier>;
  /** Event and file ids the feed already holds. */
  usedItemIds: ReadonlySet<string>;
  /** The versions of the events the batch's mutations were decided on, those the feed holds. */
  baseEvents: ReadonlyMap<string, number>;
  /** Codes the unit already uses (among those the batch's intakes name) → dossier id. */
  usedCodes: ReadonlyMap<string, string>;
  /** Complete blobs among those the batch's files name → size. */
  blobs: ReadonlyMap<string, number>;
};

export type JudgeEnv = { catalogue: Pick<CatalogueIndex, 'procedure'>; calendar: WorkingCalendar; now: Date };

/** A remembered answer to write: the mutation id, its dossier and the answer. */
export type ResultRow = { mutationId: string; dossierId: string; result: MutationResult };

export type Judgement = {
  results: MutationResult[];
  feed: FeedRow[];
  /** Final state of each dossier the batch changed. */
  dossiers: StoredDossier[];
  remember: ResultRow[];
  /** Codes the batch's counter intakes used, to keep the portal's own numbering past them. */
  codes: { day: string; number: number }[];
};

class OutOfEventIds extends Error {}

/** The intake of a counter command that creates the dossier (receive / refuseToReceive with an intake). */
const intakeOf = (command: Command) => ((command.type === 'receive' || command.type === 'refuseToReceive') && command.intake ? command.intake : undefined);

export function judgeBatch(mutations: readonly Mutation[], state: BatchState, env: JudgeEnv): Judgement {
  const out: Judgement = { results: [], feed: [], dossiers: [], remember: [], codes: [] };
  const dossiers = new Map(state.dossiers);
  const changed = new Set<string>();
  const usedItemIds = new Set(state.usedItemIds);
  // Base events the batch itself records (an earlier mutation of the same desk) join the feed's.
  const baseEvents = new Map(state.baseEvents);
  const usedCodes = new Map(state.usedCodes);
  const answered = new Map<string, MutationResult>();
  // Dossiers whose earlier mutation in this batch waits for a blob: later ones wait too.
  const waiting = new Set<string>();
  const latestAllowed = env.now.getTime() + CLOCK_SKEW_MS;

  for (const m of mutations) {
    if (m.actor.id !== state.pusherId) {
      // Each officer pushes their own actions with their own session. Not remembered: the same
      // mutation pushed by its own officer later is judged afresh.
      out.results.push(rejected(m, 'ACTOR_MISMATCH', actorMismatch(m, state), null));
      continue;
    }
    const earlier = answered.get(m.mutationId);
    const remembered = state.remembered.get(m.mutationId);
    if (earlier) {
      out.results.push(earlier);
      continue;
    }
    if (remembered) {
      out.results.push(
        remembered.unitCode === state.unitCode
          ? remembered.result
          : rejected(m, 'WRONG_UNIT', 'Mã thao tác này đã được một đơn vị khác dùng; thao tác không được ghi nhận.', null),
      );
      continue;
    }
    const stored = dossiers.get(m.dossierId);
    const ownStored = stored && stored.dossier.unitCode === state.unitCode ? stored : undefined;
    const reject = (code: string, message: string) => {
      const result = rejected(m, code, message, ownStored?.dossier ?? null);
      answered.set(m.mutationId, result);
      out.results.push(result);
      out.remember.push({ mutationId: m.mutationId, dossierId: m.dossierId, result });
    };
    const retryLater = (message: string) => {
      waiting.add(m.dossierId);
      out.results.push(rejected(m, 'BLOB_MISSING', message, ownStored?.dossier ?? null));
    };

    if (waiting.has(m.dossierId)) {
      retryLater('Thao tác trước đó trên hồ sơ này đang chờ tải tệp đính kèm lên Cổng; thao tác này sẽ được gửi lại sau.');
      continue;
    }
    const actor = actorOf(m, state);
    if (typeof actor === 'string') {
      reject(actorProblemCodes[actor], actorProblem(actor, m, state));
      continue;
    }
    if (instantMillis(m.at) > latestAllowed) {
      reject(
        'AT_IN_FUTURE',
        `Thời điểm thao tác (${formatVietnameseInstant(m.at)}) muộn hơn giờ của Cổng (${formatVietnameseInstant(env.now.toISOString())}) quá 5 phút. Hãy chỉnh lại đồng hồ máy tính rồi thực hiện lại thao tác.`,
      );
      continue;
    }
    if (stored && !ownStored) {
      reject('WRONG_UNIT', `Hồ sơ này thuộc đơn vị ${stored.dossier.unitCode}; tài khoản của anh/chị thuộc đơn vị ${state.unitCode} nên không được xử lý.`);
      continue;
    }
    const command = m.command;
    if ('dossierId' in command && command.dossierId !== undefined && command.dossierId !== m.dossierId) {
      reject('INVALID_INPUT', 'Mã định danh hồ sơ trong lệnh khác với mã của thao tác; thao tác không được ghi nhận.');
      continue;
    }
    if (command.type === 'recordOnlineSubmission') {
      reject('ONLINE_FILING_FROM_PORTAL_ONLY', 'Hồ sơ nộp trực tuyến chỉ được Cổng Dịch vụ công chuyển đến; máy trạm không tự ghi nhận hồ sơ trực tuyến.');
      continue;
    }
    const intake = intakeOf(command);
    if (!ownStored && intake) {
      const code = intake.code;
      const holder = usedCodes.get(code);
      if (holder !== undefined && holder !== m.dossierId) {
        reject(
          'CODE_TAKEN',
          `Mã hồ sơ ${code} đã được cấp cho một hồ sơ khác trên Cổng. Hãy kiểm tra khối số hồ sơ của máy, rồi tiếp nhận lại hồ sơ này với mã mới.`,
        );
        continue;
      }
    }
    const takenId = [...m.eventIds, ...m.files.map((f) => f.id)].find((id) => usedItemIds.has(id));
    if (takenId) {
      reject('ID_IN_USE', `Mã sự kiện hoặc tệp ${takenId} đã có trên Cổng; thao tác bị trùng và không được ghi lại.`);
      continue;
    }
    const foreignFile = m.files.find((f) => f.dossierId !== m.dossierId);
    if (foreignFile) {
      reject('INVALID_INPUT', `Tệp «${foreignFile.name}» gắn với hồ sơ khác với hồ sơ của thao tác.`);
      continue;
    }

    let ids = 0;
    const decision = (() => {
      try {
        return decide(ownStored?.dossier ?? null, command, actor, m.at, {
          calendar: env.calendar,
          catalogue: env.catalogue,
          newEventId: () => {
            if (ids >= m.eventIds.length) throw new OutOfEventIds();
            return m.eventIds[ids++]!;
          },
        });
      } catch (error) {
        if (error instanceof OutOfEventIds) return null;
        throw error;
      }
    })();
    if (decision === null) {
      reject('INVALID_INPUT', `Thao tác cần nhiều mã sự kiện hơn số máy trạm gửi (${m.eventIds.length}).`);
      continue;
    }
    if (!decision.ok) {
      const { code, message } = decision.error;
      const portalMessage = code === 'DOSSIER_NOT_FOUND' ? 'Cổng chưa có hồ sơ này; có thể thao tác tiếp nhận hồ sơ chưa được đồng bộ hoặc đã bị từ chối.' : message;
      const note = ownStored ? changedSinceSentence(ownStored, baseOf(m, baseEvents)) : null;
      reject(code, note ? `${note} ${portalMessage}` : portalMessage);
      continue;
    }

    // Files last: the rules spoke first, so an action they refuse is refused now, not after an upload.
    const missing = m.files.find((f) => !state.blobs.has(f.sha256));
    if (missing) {
      retryLater(`Tệp «${missing.name}» chưa được tải đầy đủ lên Cổng; máy sẽ tải lại tệp rồi gửi lại thao tác.`);
      continue;
    }
    const wrongSize = m.files.find((f) => state.blobs.get(f.sha256) !== f.size);
    if (wrongSize) {
      reject('FILE_SIZE_MISMATCH', `Tệp «${wrongSize.name}» có kích thước khác với nội dung đã tải lên Cổng; hãy đính kèm lại tệp.`);
      continue;
    }

    const events: ProcessingEvent[] = decision.value;
    let dossier: Dossier | null = ownStored?.dossier ?? null;
    for (const event of events) {
      dossier = apply(dossier, event);
      out.feed.push(eventRow(state.unitCode, event));
      usedItemIds.add(event.id);
      baseEvents.set(event.id, event.version);
    }
    for (const file of m.files) {
      out.feed.push(fileRow(state.unitCode, file));
      usedItemIds.add(file.id);
    }
    const next: StoredDossier = { dossier: dossier!, lastEvent: lastEventOf(events.at(-1)!) };
    dossiers.set(m.dossierId, next);
    changed.add(m.dossierId);
    if (!ownStored) {
      usedCodes.set(next.dossier.code, m.dossierId);
      const parts = parseDossierCode(next.dossier.code);
      if (parts) out.codes.push({ day: parts.day, number: parts.number });
    }
    const result: MutationResult = { mutationId: m.mutationId, status: 'applied', version: next.dossier.version, events };
    answered.set(m.mutationId, result);
    out.results.push(result);
    out.remember.push({ mutationId: m.mutationId, dossierId: m.dossierId, result });
  }
  out.dossiers = [...changed].map((id) => dossiers.get(id)!);
  return out;
}

/** What the desk decided on, as the change note needs it. */
function baseOf(m: Mutation, baseEvents: ReadonlyMap<string, number>): DeskBase {
  if (m.baseEventId === undefined) return { version: m.baseVersion };
  return { version: m.baseVersion, eventId: m.baseEventId, eventVersion: m.baseEventId === null ? undefined : baseEvents.get(m.baseEventId) };
}

function rejected(m: Mutation, code: string, message: string, dossier: Dossier | null): MutationResult {
  return { mutationId: m.mutationId, status: 'rejected', code, message, dossier };
}

type ActorProblem = 'WRONG_UNIT' | 'UNKNOWN' | 'ROLE_CHANGED';
const actorProblemCodes: Record<ActorProblem, string> = { WRONG_UNIT: 'WRONG_UNIT', UNKNOWN: 'UNKNOWN_OFFICER', ROLE_CHANGED: 'ROLE_MISMATCH' };

/** The actor decide() judges: the portal's own record of the officer, never the desk's copy. */
function actorOf(m: Mutation, state: BatchState): Actor | ActorProblem {
  if (m.actor.unitCode !== state.unitCode) return 'WRONG_UNIT';
  const officer = state.officers.get(m.actor.id);
  if (!officer) return 'UNKNOWN';
  if (officer.role !== m.actor.role) return 'ROLE_CHANGED';
  return { id: officer.id, name: officer.name, role: officer.role, unitCode: officer.unitCode };
}

function actorMismatch(m: Mutation, state: BatchState): string {
  const pusher = state.officers.get(state.pusherId);
  const who = pusher ? `${pusher.name} (${pusher.id})` : state.pusherId;
  return `Thao tác do ${m.actor.name} (${m.actor.id}) thực hiện nhưng được gửi bằng phiên đăng nhập của ${who}. Mỗi cán bộ chỉ gửi thao tác của chính mình, bằng phiên đăng nhập của mình; thao tác không được ghi nhận.`;
}

function actorProblem(problem: ActorProblem, m: Mutation, state: BatchState): string {
  switch (problem) {
    case 'WRONG_UNIT':
      return `Thao tác do cán bộ đơn vị ${m.actor.unitCode} thực hiện, nhưng máy đang đồng bộ bằng tài khoản của đơn vị ${state.unitCode}.`;
    case 'UNKNOWN':
      return `Cổng không có cán bộ ${m.actor.name} (${m.actor.id}) trong đơn vị ${state.unitCode}; hãy liên hệ quản trị đơn vị.`;
    case 'ROLE_CHANGED': {
      const officer = state.officers.get(m.actor.id)!;
      return `Trên Cổng, ${officer.name} là ${roleTitles[officer.role].toLowerCase()}, không phải ${roleTitles[m.actor.role].toLowerCase()}; thao tác không được ghi nhận.`;
    }
  }
}
