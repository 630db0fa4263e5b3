// Which one-stop form (Circular 03/2025/TT-VPCP) each event produces, so documents and the
// register follow the event log instead of being remembered separately.
import type { ProcessingEventType } from './events';

export type OneStopForm = '01' | '02' | '03' | '04' | '05' | '06' | '07';

export const oneStopFormNames: Record<OneStopForm, string> = {
  '01': 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả',
  '02': 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ',
  '03': 'Phiếu từ chối tiếp nhận giải quyết hồ sơ',
  '04': 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết',
  '05': 'Thông báo dừng giải quyết hồ sơ',
  '06': 'Phiếu kiểm soát quá trình giải quyết hồ sơ',
  '07': 'Sổ theo dõi hồ sơ',
};

const slips: Partial<Record<ProcessingEventType, OneStopForm>> = {
  received: '01',
  supplementRequested: '02',
  refusedToReceive: '03',
  extended: '04',
  stopped: '05',
};

/** The slip handed to the applicant for this event (forms 01-05), or null. */
export function slipFor(type: ProcessingEventType): OneStopForm | null {
  return slips[type] ?? null;
}

/** Every step after an online submission is a line of the control sheet (form 06) with its time. */
export function appearsOnControlSheet(type: ProcessingEventType): boolean {
  return type !== 'submitted';
}

/** The register (form 07) records receipt, refusal and the hand-over of the result. */
export function appearsInRegister(type: ProcessingEventType): boolean {
  return type === 'received' || type === 'refusedToReceive' || type === 'resultReturned' || type === 'withdrawn' || type === 'stopped';
}
