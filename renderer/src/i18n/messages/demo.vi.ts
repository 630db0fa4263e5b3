// Vietnamese sentences of the demo screens (keys prefixed 'demo.'): the demo-data card, and the
// storage warning that demo-sized data is the likeliest to trigger.
export const demoVi = {
  'demo.title': 'Dữ liệu mẫu',
  'demo.explain':
    'Dữ liệu mẫu giống thật nhưng hoàn toàn hư cấu (người nộp, số CCCD, mã số thuế đều là bịa), được sinh từ một hạt giống cố định nên lần nạp nào cũng như nhau, và các phép đo hiệu năng dùng đúng bộ sinh này.',
  'demo.count': 'Số hồ sơ',
  'demo.count.missing': 'Hãy nhập số hồ sơ cần nạp.',
  'demo.count.notWhole': 'Số hồ sơ là một số nguyên dương, ví dụ 1000.',
  'demo.count.outOfRange': 'Số hồ sơ phải từ 1 đến {max}.',
  'demo.load': 'Nạp dữ liệu mẫu',
  'demo.progressLabel': 'Tiến độ nạp dữ liệu mẫu',
  'demo.loading': 'Đang nạp {done}/{total} hồ sơ…',
  'demo.done': 'Đã nạp {n} hồ sơ',
  'demo.failed': 'Không nạp được dữ liệu mẫu. Hãy xem dung lượng lưu trữ trên máy rồi thử lại.',
  'demo.storage.nearlyFull': 'Bộ nhớ trên máy sắp đầy ({percent}%)',
  'demo.storage.short': 'Bộ nhớ {percent}%',
  'demo.storage.detail': 'Đã dùng quá 80% dung lượng trình duyệt cho phép: hồ sơ và tệp mới có thể không ghi được. Mở Cài đặt để xem chi tiết.',
} as const;
