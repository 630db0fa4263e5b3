// Procedures of the IP Office (Cục Sở hữu trí tuệ). Applications are examined over months, so no
// return date is promised at the counter (processingDays: null) except for recordal of changes.
import type { Fee, Procedure } from '../catalogue-schema';
import { standardSteps } from './steps';

const FEE_CIRCULAR = 'Thông tư 263/2016/TT-BTC (sửa đổi)';
const filingFee: Fee = { name: 'Lệ phí nộp đơn', amount: 150_000, rule: 'mỗi đơn' };
const publicationFee: Fee = { name: 'Phí công bố đơn', amount: 120_000, rule: 'mỗi đơn' };
const powerOfAttorney = { code: 'GUQ', name: 'Giấy ủy quyền (nếu nộp đơn thông qua đại diện)', required: false, originals: 1, copies: 0 };
const feeReceipt = { code: 'CTPL', name: 'Chứng từ nộp phí, lệ phí', required: true, originals: 0, copies: 1 };
// Applications go through formality examination, publication in the IP Gazette, then substantive
// examination, each by the examiner; the head of the examination centre signs (TL. Cục trưởng).
const ipSteps = standardSteps({
  appraisal: 'Thẩm định hình thức đơn',
  signer: 'head',
  extra: [
    { code: 'CB', name: 'Công bố đơn trên Công báo Sở hữu công nghiệp', role: 'specialist', kind: 'process' },
    { code: 'TDND', name: 'Thẩm định nội dung đơn', role: 'specialist', kind: 'process' },
  ],
});

export const industrialPropertyProcedures: Procedure[] = [
  {
    code: '1.005157',
    name: 'Đăng ký nhãn hiệu',
    fieldCode: 'SHTT',
    unitCode: 'CSHTT',
    onlineClass: 'toan-trinh',
    processingDays: null,
    cutOff: null,
    supplementClock: 'resume',
    applicantKinds: ['person', 'organisation'],
    fees: [
      filingFee,
      publicationFee,
      { name: 'Phí tra cứu thông tin nhãn hiệu', amount: 180_000, rule: 'mỗi nhóm sản phẩm, dịch vụ' },
      { name: 'Phí thẩm định đơn đăng ký nhãn hiệu', amount: 550_000, rule: 'mỗi nhóm có đến 6 sản phẩm, dịch vụ' },
    ],
    components: [
      { code: 'TK', name: 'Tờ khai đăng ký nhãn hiệu (Mẫu số 08)', required: true, originals: 2, copies: 0 },
      { code: 'MNH', name: 'Mẫu nhãn hiệu', required: true, originals: 5, copies: 0 },
      { code: 'QCSD', name: 'Quy chế sử dụng nhãn hiệu tập thể, chứng nhận (nếu có)', required: false, originals: 1, copies: 0 },
      powerOfAttorney,
      feeReceipt,
    ],
    steps: ipSteps,
    result: { kind: 'protection-title', name: 'Giấy chứng nhận đăng ký nhãn hiệu' },
    legalBasis: ['Luật Sở hữu trí tuệ 2005 (sửa đổi 2022)', 'Nghị định 65/2023/NĐ-CP', FEE_CIRCULAR],
  },
  {
    code: '1.005158',
    name: 'Đăng ký sáng chế',
    fieldCode: 'SHTT',
    unitCode: 'CSHTT',
    onlineClass: 'toan-trinh',
    processingDays: null,
    cutOff: null,
    supplementClock: 'resume',
    applicantKinds: ['person', 'organisation'],
    fees: [
      filingFee,
      publicationFee,
      { name: 'Phí thẩm định đơn (hình thức)', amount: 180_000, rule: 'mỗi điểm yêu cầu bảo hộ độc lập' },
      { name: 'Phí tra cứu thông tin sáng chế', amount: 600_000, rule: 'mỗi điểm yêu cầu bảo hộ độc lập' },
      { name: 'Phí thẩm định nội dung', amount: 720_000, rule: 'mỗi điểm yêu cầu bảo hộ độc lập' },
    ],
    components: [
      { code: 'TK', name: 'Tờ khai đăng ký sáng chế (Mẫu số 01)', required: true, originals: 2, copies: 0 },
      { code: 'BMT', name: 'Bản mô tả sáng chế (kèm yêu cầu bảo hộ và hình vẽ, nếu có)', required: true, originals: 2, copies: 0 },
      { code: 'BTT', name: 'Bản tóm tắt sáng chế', required: true, originals: 2, copies: 0 },
      { code: 'UT', name: 'Tài liệu xác nhận quyền ưu tiên (nếu có)', required: false, originals: 0, copies: 1 },
      powerOfAttorney,
      feeReceipt,
    ],
    steps: ipSteps,
    result: { kind: 'protection-title', name: 'Bằng độc quyền sáng chế' },
    legalBasis: ['Luật Sở hữu trí tuệ 2005 (sửa đổi 2022)', 'Nghị định 65/2023/NĐ-CP', FEE_CIRCULAR],
  },
  {
    code: '1.005159',
    name: 'Đăng ký kiểu dáng công nghiệp',
    fieldCode: 'SHTT',
    unitCode: 'CSHTT',
    onlineClass: 'toan-trinh',
    processingDays: null,
    cutOff: null,
    supplementClock: 'resume',
    applicantKinds: ['person', 'organisation'],
    fees: [
      filingFee,
      publicationFee,
      { name: 'Phí tra cứu thông tin kiểu dáng công nghiệp', amount: 480_000, rule: 'mỗi phương án sản phẩm' },
      { name: 'Phí thẩm định nội dung', amount: 700_000, rule: 'mỗi phương án sản phẩm' },
    ],
    components: [
      { code: 'TK', name: 'Tờ khai đăng ký kiểu dáng công nghiệp (Mẫu số 03)', required: true, originals: 2, copies: 0 },
      { code: 'BMT', name: 'Bản mô tả kiểu dáng công nghiệp', required: true, originals: 2, copies: 0 },
      { code: 'BA', name: 'Bộ ảnh chụp hoặc bộ bản vẽ kiểu dáng công nghiệp', required: true, originals: 4, copies: 0 },
      powerOfAttorney,
      feeReceipt,
    ],
    steps: ipSteps,
    result: { kind: 'protection-title', name: 'Bằng độc quyền kiểu dáng công nghiệp' },
    legalBasis: ['Luật Sở hữu trí tuệ 2005 (sửa đổi 2022)', 'Nghị định 65/2023/NĐ-CP', FEE_CIRCULAR],
  },
  {
    code: '1.005160',
    name: 'Sửa đổi thông tin trên văn bằng bảo hộ quyền sở hữu công nghiệp',
    fieldCode: 'SHTT',
    unitCode: 'CSHTT',
    onlineClass: 'toan-trinh',
    processingDays: 10,
    cutOff: '16:00',
    supplementClock: 'resume',
    applicantKinds: ['person', 'organisation'],
    fees: [
      { name: 'Phí thẩm định yêu cầu sửa đổi văn bằng bảo hộ', amount: 160_000, rule: 'mỗi văn bằng' },
      { name: 'Phí công bố quyết định ghi nhận sửa đổi', amount: 120_000, rule: 'mỗi văn bằng' },
    ],
    components: [
      { code: 'TK', name: 'Tờ khai yêu cầu sửa đổi văn bằng bảo hộ (Mẫu số 03, Phụ lục II)', required: true, originals: 2, copies: 0 },
      { code: 'VB', name: 'Bản gốc văn bằng bảo hộ', required: true, originals: 1, copies: 0 },
      { code: 'TLTD', name: 'Tài liệu xác nhận việc thay đổi tên, địa chỉ', required: true, originals: 0, copies: 1 },
      powerOfAttorney,
      feeReceipt,
    ],
    steps: standardSteps({ appraisal: 'Thẩm định yêu cầu sửa đổi', signer: 'head', days: { appraisal: 6, sign: 2 } }),
    result: { kind: 'decision', name: 'Quyết định ghi nhận sửa đổi văn bằng bảo hộ' },
    legalBasis: ['Luật Sở hữu trí tuệ 2005 (sửa đổi 2022)', 'Nghị định 65/2023/NĐ-CP', FEE_CIRCULAR],
  },
];
