// One-line summaries (trích yếu) for demo dossiers, worded the way officers write them for each
// kind of procedure; procedures not listed get the procedure name and the applicant.
import type { Procedure } from '../catalogue/catalogue-schema';
import type { Applicant } from '../dossiers/applicant';
import type { SeededRandom } from './random';

const technologies = [
  'sản xuất phân bón hữu cơ vi sinh', 'xử lý nước thải công nghiệp bằng màng MBR', 'chế tạo pin lưu trữ năng lượng', 'nhân giống lan in vitro',
  'sấy lạnh nông sản', 'in 3D kim loại', 'quản lý chuỗi cung ứng trên nền tảng số', 'sản xuất vắc xin thú y', 'chế biến tinh bột biến tính',
  'điều khiển tự động trạm bơm', 'nhận dạng tiếng nói tiếng Việt', 'luyện phôi thép lò điện',
];
const brands = ['SAO VIỆT', 'AN PHÁT', 'MEKONG GREEN', 'HOÀNG LONG', 'TÂM AN', 'VIỆT FARM', 'LÚA VÀNG', 'SEN HỒNG', 'ĐẤT PHƯƠNG NAM', 'BIOVINA', 'TRÀ SHAN TUYẾT', 'CÀ PHÊ NÚI'];
const inventions = [
  'Thiết bị lọc nước dùng năng lượng mặt trời', 'Quy trình chiết xuất curcumin từ nghệ vàng', 'Hệ thống cảnh báo sạt lở đất',
  'Vật liệu cách nhiệt từ vỏ trấu', 'Phương pháp bảo quản thanh long sau thu hoạch', 'Robot hàn ống áp lực', 'Chế phẩm sinh học xử lý rơm rạ',
];
const designs = ['Chai đựng nước mắm', 'Hộp đựng bánh trung thu', 'Ghế mây xuất khẩu', 'Đèn LED chiếu sáng đường phố', 'Vỏ máy lọc không khí', 'Bao bì trà túi lọc'];
const topics = ['vật liệu nano', 'công nghệ sinh học nông nghiệp', 'trí tuệ nhân tạo', 'thiết bị y tế', 'năng lượng tái tạo', 'công nghệ thực phẩm', 'cơ khí chế tạo'];

export function demoSummary(rng: SeededRandom, procedure: Procedure, applicant: Applicant): string {
  const who = applicant.name;
  switch (procedure.code) {
    case '1.004512':
      return `Đăng ký hợp đồng chuyển giao công nghệ ${rng.pick(technologies)} giữa ${who} và bên nhận chuyển giao`;
    case '1.004513':
      return `Đề nghị gia hạn, sửa đổi hợp đồng chuyển giao công nghệ ${rng.pick(technologies)} của ${who}`;
    case '1.010866':
      return `Đề nghị công nhận Trung tâm nghiên cứu và phát triển ${rng.pick(topics)} thuộc ${who}`;
    case '1.008241':
    case '1.008242':
      return `Đề nghị đánh giá kết quả nhiệm vụ "Nghiên cứu ứng dụng ${rng.pick(technologies)}" của ${who}`;
    case '1.005157':
      return `Đơn đăng ký nhãn hiệu "${rng.pick(brands)}" cho ${rng.int(1, 4)} nhóm sản phẩm, dịch vụ của ${who}`;
    case '1.005158':
      return `Đơn đăng ký sáng chế "${rng.pick(inventions)}" của ${who}`;
    case '1.005159':
      return `Đơn đăng ký kiểu dáng công nghiệp "${rng.pick(designs)}" của ${who}`;
    case '1.005160':
      return `Sửa đổi địa chỉ chủ văn bằng trên Giấy chứng nhận đăng ký nhãn hiệu số ${rng.int(100_000, 499_999)}`;
    case '1.004712':
      return `Cấp giấy phép sử dụng ${rng.int(1, 4)} thiết bị X-quang chẩn đoán trong y tế tại ${who}`;
    case '1.004713':
      return `Gia hạn giấy phép tiến hành công việc bức xạ của ${who}`;
    case '1.004720':
      return `Cấp giấy phép sử dụng nguồn phóng xạ trong thiết bị đo công nghiệp tại ${who}`;
    default:
      return `${procedure.name} - ${who}`;
  }
}
