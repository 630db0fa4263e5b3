// Decision and certificate templates per procedure and version. The procedure's own legal bases
// (from the catalogue) are added after `bases`; an officer edits the result in the draft.
import type { TemplateVersion } from './template-text';

export type DecisionTemplate = TemplateVersion & {
  /** Procedure codes this template serves; '*' serves any procedure whose result is a decision. */
  procedures: readonly string[] | '*';
  summary: string;
  bases: string[];
  proposal: string;
  articles: string[][];
  recipients: string[];
};

export type CertificateTemplate = TemplateVersion & {
  procedures: readonly string[] | '*';
  bases: string[];
  proposal: string | null;
  certifies: string;
  entries: { label: string; value: string }[];
  notes: string[];
};

const unitCharter = 'Căn cứ Quyết định của Bộ trưởng Bộ Khoa học và Công nghệ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của {unit};';
const proposal = 'Xét đề nghị của Trưởng phòng thụ lý hồ sơ {dossierCode},';

export const decisionTemplates: DecisionTemplate[] = [
  {
    id: 'decision.rd-centre',
    version: '2025.1',
    effectiveFrom: '2025-07-01',
    procedures: ['1.010866'],
    summary: 'Về việc công nhận trung tâm nghiên cứu và phát triển của {applicant}',
    bases: [unitCharter],
    proposal,
    articles: [
      ['Công nhận trung tâm nghiên cứu và phát triển của {applicant}, địa chỉ: {applicantAddress} (sau đây gọi là Trung tâm), theo hồ sơ số {dossierCode} tiếp nhận ngày {receivedDate}.'],
      ['Trung tâm có trách nhiệm hoạt động đúng lĩnh vực, nội dung đã đăng ký; định kỳ hằng năm báo cáo tình hình hoạt động về {unit}.'],
      ['Quyết định này có hiệu lực kể từ ngày ký.'],
      ['Chánh Văn phòng, Trưởng phòng thụ lý hồ sơ, {applicant} và các đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.'],
    ],
    recipients: ['Như Điều 4;', 'Lãnh đạo {unitShort};', 'Lưu: VT, hồ sơ {dossierCode}.'],
  },
  {
    id: 'decision.generic',
    version: '2025.1',
    effectiveFrom: '2025-07-01',
    procedures: '*',
    summary: 'Về việc {resultLower} cho {applicant}',
    bases: [unitCharter],
    proposal,
    articles: [
      ['{resultAction} cho {applicant}, địa chỉ: {applicantAddress}, theo hồ sơ số {dossierCode} tiếp nhận ngày {receivedDate}, với nội dung: {summary}.'],
      ['Quyết định này có hiệu lực kể từ ngày ký.'],
      ['Chánh Văn phòng, Trưởng phòng thụ lý hồ sơ, {applicant} và các đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.'],
    ],
    recipients: ['Như Điều 3;', 'Lãnh đạo {unitShort};', 'Lưu: VT, hồ sơ {dossierCode}.'],
  },
];

export const certificateTemplates: CertificateTemplate[] = [
  {
    id: 'certificate.generic',
    version: '2025.1',
    effectiveFrom: '2025-07-01',
    procedures: '*',
    bases: [unitCharter],
    proposal: 'Xét hồ sơ số {dossierCode} tiếp nhận ngày {receivedDate} và đề nghị của Trưởng phòng thụ lý hồ sơ,',
    certifies: 'CHỨNG NHẬN:',
    entries: [
      { label: 'Tổ chức, cá nhân', value: '{applicant}' },
      { label: 'Địa chỉ', value: '{applicantAddress}' },
      { label: 'Số giấy tờ', value: '{applicantIdentity}' },
      { label: 'Nội dung', value: '{summary}' },
      { label: 'Mã hồ sơ', value: '{dossierCode}' },
    ],
    notes: ['{resultTitle} có hiệu lực kể từ ngày ký.'],
  },
];
