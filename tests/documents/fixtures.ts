// Documents the tests render: the model decision 572/QĐ-BKHCN rebuilt as a draft (two pages, the
// layout every decision must match), the Vietnamese alphabet, and drafts from the demo catalogue.
import { vietnamWorkingCalendar } from '../../shared/domain/calendar/working-calendar';
import { shippedCatalogue } from '../../shared/domain/catalogue/shipped-catalogue';
import { iterateDemoDossiers } from '../../shared/domain/demo/generate';
import type { Dossier } from '../../shared/domain/dossiers/dossier';
import { buildCertificateDraft, buildDecisionDraft, buildFormDraft, type DecisionDraft, type DocumentDraft } from '../../shared/documents';
import { SAMPLE_NOW, sampleContext, sampleDossier } from '../../shared/documents/sample-documents';
import type { Result } from '../../shared/result';

const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
const CONSONANTS = 'b c d đ g h k l m n p q r s t v x f j w z'.split(' ');

/** Every Vietnamese letter, each vowel with all six tones, lower then upper case, NFC. */
export function vietnameseAlphabet(): string {
  const vowels = VOWELS.map((v) => TONES.map((t) => `${v}${t}`.normalize('NFC')).join('')).join(' ');
  const lower = `${vowels} ${CONSONANTS.join('')}`;
  return `${lower} ${lower.toLocaleUpperCase('vi')}`;
}

/** Vietnamese sentences touching many letters and tones. */
export const SENTENCES = [
  'Tiếp nhận hồ sơ đề nghị cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ.',
  'Hồ sơ của ông Nguyễn Văn Hưởng được bổ sung đầy đủ trước ngày hẹn trả kết quả.',
  'Quyết định này có hiệu lực kể từ ngày ký; các đơn vị liên quan chịu trách nhiệm thi hành.',
  'Ưu tiên xử lý những thủ tục ở mức độ toàn trình, giảm thời gian đi lại của người dân.',
];

const article1 = [
  'Phê duyệt Kế hoạch thực hiện Nghị quyết số 36a/NQ-CP ngày 14 tháng 10 năm 2015 của Chính phủ về Chính phủ điện tử của Bộ Khoa học và Công nghệ (sau đây viết tắt là Kế hoạch) với những nội dung chính như sau:',
  'I. Mục tiêu',
  '1. Nghiêm túc, khẩn trương triển khai Nghị quyết 36a/NQ-CP ngày 14 tháng 10 năm 2015 của Chính phủ về Chính phủ điện tử tại Bộ Khoa học và Công nghệ.',
  '2. Đẩy mạnh phát triển Chính phủ điện tử tại Bộ Khoa học và Công nghệ; nâng cao chất lượng, hiệu quả hoạt động của Bộ Khoa học và Công nghệ phục vụ các tổ chức, cá nhân trên toàn quốc; công khai, minh bạch hoạt động của các đơn vị trực thuộc Bộ Khoa học và Công nghệ trên môi trường mạng.',
  'II. Nội dung thực hiện',
  '1. Đẩy mạnh đổi mới, tăng cường ứng dụng công nghệ thông tin trong công tác quản lý nhà nước, nhất là trong việc giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến đối với những lĩnh vực thuộc phạm vi quản lý của Bộ Khoa học và Công nghệ liên quan tới các tổ chức và cá nhân. Từng bước triển khai các hệ thống thông tin về quản lý đề tài, dự án khoa học và công nghệ trên mạng điện tử; thực hiện thủ tục đăng ký hoạt động khoa học và công nghệ và báo cáo tình hình hoạt động định kỳ, đăng ký bảo hộ quyền sở hữu công nghiệp qua mạng điện tử.',
  '2. Khẩn trương triển khai các giải pháp để cung cấp dịch vụ công trực tuyến thuộc thẩm quyền của Bộ Khoa học và Công nghệ. Đến 31/12/2016 có 100% các dịch vụ công được cung cấp trực tuyến ở mức độ 3. Triển khai thí điểm một số dịch vụ công ở mức độ 4.',
  '3. Bổ sung, nâng cấp và tích hợp các dịch vụ công trực tuyến của các đơn vị trực thuộc Bộ Khoa học và Công nghệ lên Cổng thông tin điện tử.',
  '4. Nâng cao chất lượng cơ sở hạ tầng công nghệ thông tin tại Bộ Khoa học và Công nghệ và một số đơn vị trực thuộc.',
  '5. Tổ chức đào tạo, bồi dưỡng nâng cao trình độ đội ngũ cán bộ chuyên trách công nghệ thông tin tại các đơn vị trực thuộc Bộ Khoa học và Công nghệ.',
  'III. Tổ chức thực hiện',
  '1. Trên cơ sở những mục tiêu, nội dung công việc trong Kế hoạch triển khai kèm theo, Thủ trưởng các đơn vị trực thuộc Bộ trực tiếp chỉ đạo xây dựng kế hoạch hành động của đơn vị mình để cụ thể hóa các nhiệm vụ đã được phân công thành các nhiệm vụ trong kế hoạch công tác hàng năm của đơn vị.',
  '2. Thủ trưởng các đơn vị tập trung chỉ đạo, tăng cường công tác kiểm tra, đôn đốc việc triển khai thực hiện kế hoạch; định kỳ 06 tháng gửi báo cáo tình hình thực hiện về Vụ Công nghệ cao để tổng hợp báo cáo Lãnh đạo Bộ.',
  '3. Các đơn vị có trách nhiệm phối hợp với Trung tâm Tin học để thực hiện việc kết nối, xây dựng phương thức báo cáo các dịch vụ công của đơn vị với Cổng thông tin điện tử của Bộ Khoa học và Công nghệ.',
  'Định kỳ 06 tháng cập nhật và báo cáo tình hình triển khai dịch vụ công của đơn vị để tổng hợp báo cáo Lãnh đạo Bộ thông qua Trung tâm Tin học.',
];

/** Decision 572/QĐ-BKHCN (24/3/2016) as a draft; the signer is a stand-in, the reference text omits it. */
export function decision572(): DecisionDraft {
  return {
    kind: 'decision',
    templateId: 'test.decision-572',
    issuer: { parentName: '', name: 'Bộ Khoa học và Công nghệ' },
    number: '572/QĐ-BKHCN',
    place: 'Hà Nội',
    date: '2016-03-24',
    summary: 'Phê duyệt Kế hoạch thực hiện Nghị quyết số 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử của Bộ Khoa học và Công nghệ',
    authority: 'Bộ trưởng Bộ Khoa học và Công nghệ',
    legalBases: [
      'Căn cứ Nghị quyết số 36a/NQ-CP ngày 14 tháng 10 năm 2015 của Chính phủ về Chính phủ điện tử;',
      'Căn cứ Nghị định số 36/2012/NĐ-CP ngày 18 tháng 4 năm 2012 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ, cơ quan ngang Bộ;',
      'Căn cứ Nghị định số 20/2013/NĐ-CP ngày 26 tháng 02 năm 2013 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ;',
      'Xét đề nghị của Vụ trưởng Vụ Công nghệ cao, Giám đốc Trung tâm Tin học,',
    ],
    articles: [
      { paragraphs: article1 },
      { paragraphs: ['Quyết định này có hiệu lực kể từ ngày ký.'] },
      { paragraphs: ['Vụ trưởng Vụ Công nghệ cao, Giám đốc Trung tâm Tin học, Chánh Văn phòng Bộ và Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.'] },
    ],
    recipients: ['Như Điều 3;', 'Lưu: VT, CNC.'],
    signer: { authority: 'KT.', authorityTitle: 'Bộ trưởng', position: 'Thứ trưởng', name: 'Nguyễn Văn Ký' },
  };
}

/** Every template filled from the demo catalogue: a decision, a certificate, and forms 01 to 07. */
export function sampleDrafts(): Record<string, DocumentDraft> {
  const decided = sampleDossier('decision');
  const certified = sampleDossier('certificate');
  const context = sampleContext(decided);
  const reason = 'Thiếu bản sao Giấy chứng nhận đăng ký doanh nghiệp; đề nghị bổ sung trước ngày 20/3/2026.';
  const drafts: Record<string, Result<DocumentDraft>> = {
    decision: buildDecisionDraft(decided.dossier, context),
    certificate: buildCertificateDraft(certified.dossier, sampleContext(certified)),
    'form-01': buildFormDraft('01', decided.dossier, context),
    'form-02': buildFormDraft('02', decided.dossier, { ...context, reason }),
    'form-03': buildFormDraft('03', decided.dossier, { ...context, reason: 'Thủ tục không thuộc thẩm quyền giải quyết của đơn vị.' }),
    'form-04': buildFormDraft('04', decided.dossier, { ...context, reason: 'Cần lấy ý kiến thẩm định của cơ quan có liên quan.', previousDueDate: decided.dossier.dueDate, dueDate: '2026-03-25' }),
    'form-05': buildFormDraft('05', decided.dossier, { ...context, reason: 'Người nộp không bổ sung hồ sơ trong thời hạn yêu cầu.' }),
    'form-06': buildFormDraft('06', decided.dossier, context),
    'form-07': buildFormDraft('07', decided.dossier, { ...context, register: registerDossiers(40), registerPeriod: 'Từ ngày 01/01/2026 đến ngày 16/03/2026' }),
  };
  return Object.fromEntries(
    Object.entries(drafts).map(([name, draft]) => {
      if (!draft.ok) throw new Error(`${name}: ${draft.error.message}`);
      return [name, draft.value];
    }),
  );
}

/** The first `count` demo dossiers of the sample's seed, for the register. */
export function registerDossiers(count: number): Dossier[] {
  const options = { catalogue: shippedCatalogue, calendar: vietnamWorkingCalendar(), now: SAMPLE_NOW, days: 120 };
  return [...iterateDemoDossiers(20260316, count, options)].map((item) => item.dossier);
}

/** Every string of a value, deep, in Unicode NFD: how text pasted from some systems arrives. */
export function toNfd<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFD') as T;
  if (Array.isArray(value)) return value.map(toNfd) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfd(v)])) as T;
  return value;
}
