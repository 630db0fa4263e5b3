// The rows of the one-stop forms that come from records rather than from template text: the
// documents filed (form 01), the hand-overs of the control sheet (form 06), the register (form 07).
import { formatVietnameseDate } from '../domain/calendar/local-date';
import { toVietnamWallClock, vietnamDateOf } from '../domain/calendar/vietnam-time';
import type { CatalogueIndex } from '../domain/catalogue/catalogue-index';
import type { Procedure } from '../domain/catalogue/catalogue-schema';
import type { Dossier } from '../domain/dossiers/dossier';
import type { ProcessingEvent } from '../domain/workflow/events';
import { appearsOnControlSheet } from '../domain/workflow/forms';
import { statusNames } from '../domain/workflow/status';
import type { FormSection } from './draft-schema';

type TableSection = Extract<FormSection, { type: 'table' }>;

const two = (n: number) => String(n).padStart(2, '0');

function moment(instant: string): string {
  const clock = toVietnamWallClock(instant);
  return `${two(Math.floor(clock.minuteOfDay / 60))}:${two(clock.minuteOfDay % 60)} ${formatVietnameseDate(clock.date)}`;
}

/** The documents the applicant filed (from the event that created the dossier), else the required ones. */
export function documentsTable(procedure: Procedure, events: readonly ProcessingEvent[]): TableSection {
  const origin = events.map((e) => (e.type === 'submitted' || e.type === 'received' ? e.payload.origin : undefined)).find(Boolean);
  const filed = origin?.intake.documents ?? procedure.components.filter((c) => c.required).map((c) => ({ componentCode: c.code, originals: c.originals, copies: c.copies }));
  const names = new Map(procedure.components.map((c) => [c.code, c.name]));
  return {
    type: 'table',
    columns: [
      { title: 'STT', width: 0.08, align: 'center' },
      { title: 'Tên giấy tờ', width: 0.62 },
      { title: 'Bản chính', width: 0.15, align: 'center' },
      { title: 'Bản sao', width: 0.15, align: 'center' },
    ],
    rows: filed.map((d, i) => [String(i + 1), names.get(d.componentCode) ?? d.componentCode, String(d.originals), String(d.copies)]),
  };
}

function describe(event: ProcessingEvent): string {
  switch (event.type) {
    case 'submitted': return 'Nộp hồ sơ trực tuyến';
    case 'received': return `Tiếp nhận hồ sơ, chuyển bước «${event.payload.step.name}»`;
    case 'refusedToReceive': return `Từ chối tiếp nhận: ${event.payload.reason}`;
    case 'assigned': return `Phân công thụ lý: ${event.payload.assignee.name}`;
    case 'forwarded': return `Chuyển bước «${event.payload.to.name}»${event.payload.assignee ? ` cho ${event.payload.assignee.name}` : ''}`;
    case 'sentBack': return `Trả lại bước «${event.payload.to.name}»: ${event.payload.reason}`;
    case 'supplementRequested': return `Yêu cầu bổ sung lần ${event.payload.round}: ${event.payload.reason}`;
    case 'supplementRecorded': return `Nhận hồ sơ bổ sung lần ${event.payload.round}`;
    case 'paymentRequested': return `Yêu cầu nộp phí, lệ phí: ${event.payload.amount.toLocaleString('vi-VN')} đồng`;
    case 'paymentRecorded': return `Đã nộp phí, lệ phí (biên lai ${event.payload.receiptNumber})`;
    case 'approved': return 'Phê duyệt kết quả';
    case 'signed': return `Ký ${event.payload.document.title} số ${event.payload.document.number}`;
    case 'resultRefused': return `Từ chối giải quyết: ${event.payload.reason}`;
    case 'resultReturned': return 'Trả kết quả cho người nộp';
    case 'stopped': return `Dừng giải quyết: ${event.payload.reason}`;
    case 'extended': return `Gia hạn đến ngày ${formatVietnameseDate(event.payload.dueDate)}: ${event.payload.reason}`;
    case 'withdrawn': return `Người nộp rút hồ sơ: ${event.payload.reason}`;
  }
}

/** Form 06: every step after an online submission, with its time and who acted. */
export function historyTable(events: readonly ProcessingEvent[]): TableSection {
  const rows = events.filter((e) => appearsOnControlSheet(e.type)).map((e, i) => [String(i + 1), moment(e.at), e.actor.name, describe(e)]);
  return {
    type: 'table',
    columns: [
      { title: 'STT', width: 0.07, align: 'center' },
      { title: 'Thời gian', width: 0.18, align: 'center' },
      { title: 'Người thực hiện', width: 0.22 },
      { title: 'Nội dung giao, nhận, xử lý', width: 0.53 },
    ],
    rows,
  };
}

/** Form 07: one line per dossier, in the order given. */
export function registerTable(dossiers: readonly Dossier[], catalogue: CatalogueIndex): TableSection {
  return {
    type: 'table',
    columns: [
      { title: 'STT', width: 0.045, align: 'center' },
      { title: 'Mã hồ sơ', width: 0.21 },
      { title: 'Chủ hồ sơ', width: 0.17 },
      { title: 'Thủ tục hành chính', width: 0.235 },
      { title: 'Ngày nhận', width: 0.105, align: 'center' },
      { title: 'Hẹn trả', width: 0.105, align: 'center' },
      { title: 'Tình trạng', width: 0.13 },
    ],
    rows: dossiers.map((d, i) => [
      String(i + 1),
      d.code,
      d.applicant.name,
      catalogue.procedure(d.procedureCode)?.name ?? d.procedureCode,
      formatVietnameseDate(vietnamDateOf(d.receivedAt ?? d.submittedAt)),
      d.dueDate ? formatVietnameseDate(d.dueDate) : '—',
      statusNames[d.status],
    ]),
  };
}
