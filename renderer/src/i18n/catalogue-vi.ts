// Every sentence the officer sees, in Vietnamese: the reference catalogue whose keys type all others.
import { accountsVi } from './messages/accounts.vi';
import { intakeVi } from './messages/intake.vi';
import { dossiersVi } from './messages/dossiers.vi';
import { overviewVi } from './messages/overview.vi';
import { profileVi } from './messages/profile.vi';
import { demoVi } from './messages/demo.vi';
import { syncVi } from './messages/sync.vi';
import { updatesVi } from './messages/updates.vi';
import { documentsVi } from './messages/documents.vi';
import { signingVi } from './messages/signing.vi';
import { reportsVi } from './messages/reports.vi';
import { auditVi } from './messages/audit.vi';
import { dataProtectionVi } from './messages/data-protection.vi';

export const vi = {
  'app.name': 'Xử lý hồ sơ ngoại tuyến',
  'app.ministry': 'Bộ Khoa học và Công nghệ',
  'app.documentTitle': '{section} — Xử lý hồ sơ ngoại tuyến',
  'app.loading': 'Đang tải…',

  'shell.skipToContent': 'Bỏ qua, đến nội dung chính',
  'shell.navLabel': 'Các mục chính',
  'shell.shortcutsHint': 'Phím tắt: Alt+1 đến Alt+7 để chuyển mục; mũi tên lên/xuống để di chuyển trong danh sách.',

  'network.online': 'Trực tuyến',
  'network.offline': 'Ngoại tuyến',
  'network.offlineDetail': 'Không có mạng — công việc vẫn được lưu trên máy.',

  'language.label': 'Ngôn ngữ',
  'language.vi': 'Tiếng Việt',
  'language.en': 'English',

  'section.overview.title': 'Tổng quan',
  'section.overview.description': 'Tóm tắt công việc của bạn — hồ sơ sắp đến hạn, quá hạn và đang chờ xử lý — sẽ hiển thị tại đây.',
  'section.dossiers.title': 'Hồ sơ',
  'section.dossiers.description': 'Danh sách hồ sơ thủ tục hành chính đang xử lý, tìm kiếm và lọc theo trạng thái, hạn giải quyết sẽ có tại đây.',
  'section.intake.title': 'Tiếp nhận',
  'section.intake.description': 'Tiếp nhận hồ sơ nộp trực tiếp tại bộ phận một cửa và hồ sơ công dân nộp trực tuyến sẽ được thực hiện tại đây.',
  'section.signing.title': 'Ký duyệt',
  'section.signing.description': 'Quyết định, giấy chứng nhận và văn bản chờ bạn ký số sẽ hiển thị tại đây.',
  'section.reports.title': 'Báo cáo',
  'section.reports.description': 'Báo cáo tình hình giải quyết thủ tục hành chính (Biểu 06) sẽ được lập tại đây.',
  'section.sync.title': 'Đồng bộ',
  'section.sync.description': 'Trạng thái trao đổi dữ liệu với Cổng dịch vụ công của Bộ và các thay đổi chưa gửi sẽ hiển thị tại đây.',
  'section.settings.title': 'Cài đặt',
  'section.settings.description': 'Ngôn ngữ giao diện, thông tin ứng dụng, cập nhật và dung lượng lưu trữ trên máy.',
  'section.notBuilt': 'Phần này chưa có trong phiên bản hiện tại.',

  'settings.language.title': 'Ngôn ngữ giao diện',
  'settings.language.hint': 'Lựa chọn được lưu trên máy này.',
  'settings.about.title': 'Thông tin ứng dụng',
  'settings.about.name': 'Tên ứng dụng',
  'settings.about.version': 'Phiên bản',
  'settings.about.host': 'Môi trường chạy',
  'settings.about.host.browser': 'Trình duyệt web (browser)',
  'settings.about.host.electron': 'Ứng dụng máy tính (electron)',
  'settings.about.platform': 'Nền tảng',
  'settings.about.locale': 'Ngôn ngữ hệ thống',
  'settings.updates.title': 'Cập nhật',
  'settings.updates.unsupported': 'Không có trong trình duyệt: tự động cập nhật chỉ có trong ứng dụng máy tính.',
  'settings.updates.idle': 'Chưa kiểm tra bản cập nhật.',
  'settings.updates.checking': 'Đang kiểm tra bản cập nhật…',
  'settings.updates.available': 'Có bản cập nhật mới ({version}); đang chuẩn bị tải về.',
  'settings.updates.notAvailable': 'Bạn đang dùng phiên bản mới nhất.',
  'settings.updates.downloading': 'Đang tải bản cập nhật: {percent}%.',
  'settings.updates.downloaded': 'Bản cập nhật {version} đã tải xong và sẽ được cài khi khởi động lại ứng dụng.',
  'settings.updates.error': 'Không kiểm tra được bản cập nhật.',
  'settings.updates.check': 'Kiểm tra cập nhật',
  'settings.updates.install': 'Khởi động lại để cập nhật',
  'settings.storage.title': 'Lưu trữ trên máy',
  'settings.storage.usage': 'Dung lượng đã dùng',
  'settings.storage.usageValue': '{used} trên {quota} được phép ({percent}%)',
  'settings.storage.protection': 'Bảo vệ dữ liệu',
  'settings.storage.persisted': 'Được bảo vệ: trình duyệt không tự xóa dữ liệu khi ổ đĩa đầy.',
  'settings.storage.notPersisted': 'Chưa được bảo vệ: khi ổ đĩa đầy, trình duyệt có thể xóa dữ liệu chưa đồng bộ.',
  'settings.storage.unavailable': 'Không đọc được thông tin lưu trữ.',

  'hostError.HOST_INVALID_REQUEST': 'Yêu cầu gửi tới ứng dụng không hợp lệ.',
  'hostError.HOST_INVALID_RESPONSE': 'Ứng dụng trả về dữ liệu không hợp lệ. Hãy khởi động lại ứng dụng; nếu vẫn lỗi, báo bộ phận công nghệ thông tin.',
  'hostError.HOST_FORBIDDEN_SENDER': 'Yêu cầu bị từ chối vì không đến từ cửa sổ của ứng dụng.',
  'hostError.HOST_UNAVAILABLE': 'Tính năng này chỉ có trong ứng dụng máy tính, không dùng được trong trình duyệt.',
  'hostError.HOST_NOT_ALLOWED': 'Liên kết này không nằm trong danh sách được phép mở.',
  'hostError.HOST_FILE_TOO_LARGE': 'Tệp quá lớn so với giới hạn cho phép. Hãy chọn tệp nhỏ hơn.',
  'hostError.HOST_FILE_UNREADABLE': 'Không đọc được tệp đã chọn. Kiểm tra quyền truy cập hoặc chọn tệp khác.',
  'hostError.HOST_SECRET_STORE_UNAVAILABLE': 'Không dùng được kho lưu thông tin bí mật trên máy này.',
  'hostError.HOST_INTERNAL': 'Ứng dụng gặp lỗi khi thực hiện thao tác. Vui lòng thử lại.',
  ...intakeVi,
  ...dossiersVi,
  ...overviewVi,
  ...profileVi,
  ...demoVi,
  ...syncVi,
  ...updatesVi,
  ...documentsVi,
  ...signingVi,
  ...reportsVi,
  ...auditVi,
  ...dataProtectionVi,
  ...accountsVi,
} as const;

export type MessageKey = keyof typeof vi;

/** Any other language: every key of `vi`, no more, no fewer — a gap is a compile error. */
export type Catalogue = { readonly [K in MessageKey]: string };
