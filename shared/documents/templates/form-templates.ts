// The one-stop forms 01-07 (Circular 03/2025/TT-VPCP numbering) as data. Rows that come from the
// dossier's history ('documents', 'history', 'register') are named sources the builder fills.
import type { OneStopForm } from '../../domain/workflow/forms';
import { oneStopFormNames } from '../../domain/workflow/forms';
import type { TemplateVersion } from './template-text';

export type FormTemplateSection =
  | { type: 'text'; label?: string; text: string; italic?: boolean }
  | { type: 'documents' }
  | { type: 'history' }
  | { type: 'register' };

export type FormTemplate = TemplateVersion & {
  form: OneStopForm;
  /** Symbol after the number ('{n}/{symbol}-{unit symbol}'); null when the form carries no number. */
  symbol: string | null;
  title: string;
  subtitle?: string;
  sections: FormTemplateSection[];
  signatures: { title: string; note?: string; name?: string }[];
  recipients: string[];
  landscape?: boolean;
};

const version = { version: '2025.1', effectiveFrom: '2025-07-01' };
const officerSignature = { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', note: '(Ký và ghi rõ họ tên)', name: '{officer}' };
const leaderSignature = { title: '{signerTitle}', note: '(Ký, ghi rõ họ tên và đóng dấu)', name: '{signer}' };
const dossierLine = (verb: string): FormTemplateSection => ({
  type: 'text',
  text: `Ngày {receivedDate}, {unit} ${verb} hồ sơ của {applicant} đề nghị giải quyết thủ tục «{procedure}», mã hồ sơ {dossierCode}.`,
});

export const formTemplates: FormTemplate[] = [
  {
    id: 'form.01', form: '01', ...version, symbol: null,
    title: oneStopFormNames['01'].toLocaleUpperCase('vi'),
    subtitle: 'Mã hồ sơ: {dossierCode}',
    sections: [
      { type: 'text', text: 'Bộ phận tiếp nhận và trả kết quả {unit}' },
      { type: 'text', label: 'Tiếp nhận hồ sơ của:', text: '{applicant}' },
      { type: 'text', label: 'Địa chỉ:', text: '{applicantAddress}' },
      { type: 'text', label: 'Số điện thoại:', text: '{applicantPhone}' },
      { type: 'text', label: 'Thư điện tử:', text: '{applicantEmail}' },
      { type: 'text', label: 'Nội dung yêu cầu giải quyết:', text: '{summary}' },
      { type: 'text', label: '1. Thành phần hồ sơ nộp gồm:', text: '' },
      { type: 'documents' },
      { type: 'text', label: '2. Số lượng hồ sơ:', text: '01 (bộ)' },
      { type: 'text', label: '3. Thời gian giải quyết hồ sơ theo quy định là:', text: '{processingDays}' },
      { type: 'text', label: '4. Thời gian nhận hồ sơ:', text: '{receivedTime}' },
      { type: 'text', label: '5. Thời gian trả kết quả giải quyết hồ sơ:', text: '{dueDate}' },
      { type: 'text', label: '6. Đăng ký nhận kết quả tại:', text: '{returnPlace}' },
    ],
    signatures: [{ title: 'NGƯỜI NỘP HỒ SƠ', note: '(Ký và ghi rõ họ tên)', name: '' }, officerSignature],
    recipients: [],
  },
  {
    id: 'form.02', form: '02', ...version, symbol: null,
    title: oneStopFormNames['02'].toLocaleUpperCase('vi'),
    subtitle: 'Kính gửi: {applicant}',
    sections: [
      dossierLine('tiếp nhận'),
      { type: 'text', text: 'Sau khi xem xét, hồ sơ cần bổ sung, hoàn thiện các nội dung sau:' },
      { type: 'text', text: '{reason}' },
      { type: 'text', text: 'Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ với {officer}, Bộ phận tiếp nhận và trả kết quả {unit}, điện thoại {unitPhone}, để được hướng dẫn.' },
      { type: 'text', text: 'Xin trân trọng cảm ơn!', italic: true },
    ],
    signatures: [{ title: '', name: '' }, officerSignature],
    recipients: [],
  },
  {
    id: 'form.03', form: '03', ...version, symbol: null,
    title: oneStopFormNames['03'].toLocaleUpperCase('vi'),
    subtitle: 'Kính gửi: {applicant}',
    sections: [
      dossierLine('nhận được'),
      { type: 'text', text: 'Sau khi xem xét, {unit} từ chối tiếp nhận, giải quyết hồ sơ này với lý do:' },
      { type: 'text', text: '{reason}' },
      { type: 'text', text: 'Xin thông báo để ông/bà biết và thực hiện.' },
    ],
    signatures: [{ title: '', name: '' }, officerSignature],
    recipients: [],
  },
  {
    id: 'form.04', form: '04', ...version, symbol: 'XL',
    title: oneStopFormNames['04'].toLocaleUpperCase('vi'),
    subtitle: 'Kính gửi: {applicant}',
    sections: [
      dossierLine('tiếp nhận'),
      { type: 'text', text: 'Thời hạn trả kết quả giải quyết hồ sơ là ngày {previousDueDate}. Tuy nhiên, đến nay {unit} chưa trả kết quả giải quyết hồ sơ của ông/bà.' },
      { type: 'text', label: 'Lý do:', text: '{reason}' },
      { type: 'text', text: 'Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của ông/bà. {unit} trân trọng xin lỗi ông/bà và sẽ trả kết quả giải quyết hồ sơ cho ông/bà vào ngày {dueDate}.' },
      { type: 'text', text: 'Xin trân trọng cảm ơn!', italic: true },
    ],
    signatures: [{ title: '', name: '' }, leaderSignature],
    recipients: ['Như trên;', 'Lưu: VT.'],
  },
  {
    id: 'form.05', form: '05', ...version, symbol: 'TB',
    title: oneStopFormNames['05'].toLocaleUpperCase('vi'),
    subtitle: 'Kính gửi: {applicant}',
    sections: [
      dossierLine('tiếp nhận'),
      { type: 'text', text: '{unit} thông báo dừng giải quyết hồ sơ nêu trên.' },
      { type: 'text', label: 'Lý do:', text: '{reason}' },
      { type: 'text', text: 'Xin thông báo để ông/bà biết.' },
    ],
    signatures: [{ title: '', name: '' }, leaderSignature],
    recipients: ['Như trên;', 'Lưu: VT.'],
  },
  {
    id: 'form.06', form: '06', ...version, symbol: null,
    title: oneStopFormNames['06'].toLocaleUpperCase('vi'),
    subtitle: 'Mã hồ sơ: {dossierCode}',
    sections: [
      { type: 'text', label: 'Chủ hồ sơ:', text: '{applicant}' },
      { type: 'text', label: 'Thủ tục:', text: '{procedure}' },
      { type: 'text', label: 'Ngày nhận hồ sơ:', text: '{receivedTime}' },
      { type: 'text', label: 'Ngày hẹn trả kết quả:', text: '{dueDate}' },
      { type: 'history' },
    ],
    signatures: [],
    recipients: [],
  },
  {
    id: 'form.07', form: '07', ...version, symbol: null, landscape: true,
    title: oneStopFormNames['07'].toLocaleUpperCase('vi'),
    subtitle: '{registerPeriod}',
    sections: [{ type: 'register' }],
    signatures: [],
    recipients: [],
  },
];
