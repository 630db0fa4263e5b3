// The sentence that tells an officer why the portal's dossier differs from the one their desk
// acted on: who changed it, how and when ("Hồ sơ … đã được … phê duyệt trên Cổng lúc …").
import { formatVietnameseDate } from '../../../shared/domain/calendar/local-date';
import { toVietnamWallClock } from '../../../shared/domain/calendar/vietnam-time';
import type { ProcessingEventType } from '../../../shared/domain/workflow/events';
import type { StoredDossier } from './ledger';

const eventVerbs: Record<ProcessingEventType, string> = {
  submitted: 'ghi nhận nộp trực tuyến',
  received: 'tiếp nhận',
  refusedToReceive: 'từ chối tiếp nhận',
  assigned: 'phân công xử lý',
  forwarded: 'chuyển sang bước tiếp theo',
  sentBack: 'trả lại bước trước',
  supplementRequested: 'yêu cầu bổ sung',
  supplementRecorded: 'nhận hồ sơ bổ sung',
  paymentRequested: 'yêu cầu thực hiện nghĩa vụ tài chính',
  paymentRecorded: 'xác nhận đã thực hiện nghĩa vụ tài chính',
  approved: 'phê duyệt',
  signed: 'ký kết quả',
  resultRefused: 'từ chối giải quyết',
  resultReturned: 'trả kết quả',
  stopped: 'dừng xử lý',
  extended: 'gia hạn',
  withdrawn: 'ghi nhận rút hồ sơ theo đề nghị của người nộp',
};

/** '10:32 ngày 05/03/2025', read on a Vietnamese wall clock. */
export function formatVietnameseInstant(instant: string): string {
  const clock = toVietnamWallClock(instant);
  const hh = String(Math.floor(clock.minuteOfDay / 60)).padStart(2, '0');
  const mm = String(clock.minuteOfDay % 60).padStart(2, '0');
  return `${hh}:${mm} ngày ${formatVietnameseDate(clock.date)}`;
}

/** Who last changed the dossier, as a sentence. */
export function lastChangeSentence({ dossier, lastEvent }: StoredDossier): string {
  return `Hồ sơ ${dossier.code} đã được ${lastEvent.actor.name} ${eventVerbs[lastEvent.type]} trên Cổng lúc ${formatVietnameseInstant(lastEvent.at)}.`;
}

/**
 * What a desk decided on: the version it held and, from desks that send it, the last event it held
 * (null: it created the dossier) with that event's version on the portal when the feed has it.
 */
export type DeskBase = { version: number; eventId?: string | null; eventVersion?: number | undefined };

/**
 * The sentence when the dossier moved on since what the desk decided on; null when it did not.
 * By the base event when the desk names it: the desk's version counts its own unconfirmed actions,
 * whose numbers the portal may have given to others' changes (it refused the desk's action, or put
 * it after theirs). By version numbers for older desks.
 */
export function changedSinceSentence(stored: StoredDossier, base: DeskBase): string | null {
  const { dossier, lastEvent } = stored;
  if (!base.eventId || !lastEvent.id) return namingLastChange(stored, dossier.version - base.version);
  // The desk built on its own earlier action, which the portal refused: its history went another way.
  if (base.eventVersion === undefined) return lastChangeSentence(stored);
  if (base.eventId !== lastEvent.id) return namingLastChange(stored, dossier.version - base.eventVersion);
  // The desk's own earlier action is the last change, but the portal put others' changes before it.
  const before = base.eventVersion - base.version;
  return before > 0 ? `Trước thao tác trước đó của máy này, hồ sơ ${dossier.code} đã có ${before} thay đổi khác trên Cổng mà máy chưa nhận được.` : null;
}

function namingLastChange(stored: StoredDossier, changes: number): string | null {
  if (changes <= 0) return null;
  const sentence = lastChangeSentence(stored);
  return changes > 1 ? `${sentence.slice(0, -1)} (cùng ${changes - 1} thay đổi khác sau lần đồng bộ trước của máy này).` : sentence;
}
