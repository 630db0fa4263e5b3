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

/** The sentence when the dossier moved on since the version the desk decided on; null when it did not. */
export function changedSinceSentence(stored: StoredDossier, baseVersion: number): string | null {
  const changes = stored.dossier.version - baseVersion;
  if (changes <= 0) return null;
  const sentence = lastChangeSentence(stored);
  return changes > 1 ? `${sentence.slice(0, -1)} (cùng ${changes - 1} thay đổi khác sau lần đồng bộ trước của máy này).` : sentence;
}
