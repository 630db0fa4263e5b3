// Procedures of the Agency for Radiation and Nuclear Safety (Cục An toàn bức xạ và hạt nhân) under
// Decree 142/2020/NĐ-CP. An incomplete licence dossier restarts the full appraisal time.
import type { Procedure } from '../catalogue-schema';
import { siteInspectionStep, standardSteps } from './steps';

const legalBasis = ['Luật Năng lượng nguyên tử 2008', 'Nghị định 142/2020/NĐ-CP', 'Thông tư 287/2016/TT-BTC'];

export const radiationSafetyProcedures: Procedure[] = [
  {
    code: '1.004712',
    name: 'Cấp giấy phép tiến hành công việc bức xạ - sử dụng thiết bị X-quang chẩn đoán trong y tế',
    fieldCode: 'NLNT',
    unitCode: 'CATBXHN',
    onlineClass: 'toan-trinh',
    processingDays: 15,
    cutOff: '15:00',
    supplementClock: 'restart',
    applicantKinds: ['organisation'],
    fees: [{ name: 'Phí thẩm định cấp giấy phép sử dụng thiết bị X-quang chẩn đoán trong y tế', amount: 2_000_000, rule: 'mỗi thiết bị' }],
    components: [
      { code: 'DDN', name: 'Đơn đề nghị cấp giấy phép (Mẫu 01, Phụ lục I)', required: true, originals: 1, copies: 0 },
      { code: 'QDTL', name: 'Quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp', required: true, originals: 0, copies: 1 },
      { code: 'PTBX', name: 'Phiếu khai báo nhân viên bức xạ và người phụ trách an toàn', required: true, originals: 1, copies: 0 },
      { code: 'KDTB', name: 'Giấy chứng nhận kiểm định thiết bị X-quang', required: true, originals: 0, copies: 1 },
      { code: 'DGAT', name: 'Báo cáo đánh giá an toàn bức xạ', required: true, originals: 1, copies: 0 },
      { code: 'KQDL', name: 'Kết quả đo liều cá nhân của nhân viên bức xạ', required: true, originals: 0, copies: 1 },
    ],
    steps: standardSteps({ appraisal: 'Thẩm định hồ sơ an toàn bức xạ', days: { appraisal: 9, review: 3, sign: 2 } }),
    result: { kind: 'licence', name: 'Giấy phép tiến hành công việc bức xạ' },
    legalBasis,
  },
  {
    code: '1.004713',
    name: 'Gia hạn giấy phép tiến hành công việc bức xạ',
    fieldCode: 'NLNT',
    unitCode: 'CATBXHN',
    onlineClass: 'toan-trinh',
    processingDays: 10,
    cutOff: '15:00',
    supplementClock: 'restart',
    applicantKinds: ['organisation'],
    fees: [{ name: 'Phí thẩm định gia hạn giấy phép', amount: null, rule: 'bằng 50% mức phí thẩm định cấp giấy phép tương ứng' }],
    components: [
      { code: 'DDN', name: 'Đơn đề nghị gia hạn giấy phép (Mẫu 02, Phụ lục I)', required: true, originals: 1, copies: 0 },
      { code: 'GP', name: 'Giấy phép đang còn hiệu lực', required: true, originals: 0, copies: 1 },
      { code: 'KDTB', name: 'Giấy chứng nhận kiểm định thiết bị còn hiệu lực', required: true, originals: 0, copies: 1 },
      { code: 'BCAT', name: 'Báo cáo tình hình bảo đảm an toàn trong thời hạn giấy phép', required: true, originals: 1, copies: 0 },
    ],
    steps: standardSteps({ appraisal: 'Thẩm định hồ sơ gia hạn', days: { appraisal: 6, review: 2, sign: 1 } }),
    result: { kind: 'licence', name: 'Giấy phép tiến hành công việc bức xạ (gia hạn)' },
    legalBasis,
  },
  {
    code: '1.004720',
    name: 'Cấp giấy phép tiến hành công việc bức xạ - sử dụng nguồn phóng xạ trong công nghiệp',
    fieldCode: 'NLNT',
    unitCode: 'CATBXHN',
    onlineClass: 'mot-phan',
    processingDays: 20,
    cutOff: '15:00',
    supplementClock: 'restart',
    applicantKinds: ['organisation'],
    fees: [{ name: 'Phí thẩm định cấp giấy phép sử dụng nguồn phóng xạ', amount: 3_000_000, rule: 'mỗi nguồn phóng xạ' }],
    components: [
      { code: 'DDN', name: 'Đơn đề nghị cấp giấy phép (Mẫu 01, Phụ lục I)', required: true, originals: 1, copies: 0 },
      { code: 'QDTL', name: 'Quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp', required: true, originals: 0, copies: 1 },
      { code: 'PKBN', name: 'Phiếu khai báo nguồn phóng xạ', required: true, originals: 1, copies: 0 },
      { code: 'KHUP', name: 'Kế hoạch ứng phó sự cố bức xạ cấp cơ sở', required: true, originals: 1, copies: 0 },
      { code: 'DGAT', name: 'Báo cáo đánh giá an toàn bức xạ', required: true, originals: 1, copies: 0 },
    ],
    steps: standardSteps({ appraisal: 'Thẩm định hồ sơ an toàn bức xạ', extra: [siteInspectionStep], days: { appraisal: 10, review: 4, sign: 2 } }),
    result: { kind: 'licence', name: 'Giấy phép tiến hành công việc bức xạ' },
    legalBasis,
  },
];
