// Word lists for realistic Vietnamese demo people, organisations and addresses. Family names are
// weighted roughly by their share of the population (Nguyễn alone is close to four in ten).

export const familyNames: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 4], ['Huỳnh', 1.5], ['Phan', 4.5], ['Vũ', 3.9],
  ['Võ', 1.5], ['Đặng', 2.1], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5],
  ['Đinh', 0.8], ['Trịnh', 0.6], ['Đào', 0.6], ['Mai', 0.5], ['Lương', 0.4], ['Tạ', 0.3], ['Kiều', 0.2], ['Quách', 0.2],
];

export const middleNames = {
  male: ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Công', 'Xuân', 'Tiến', 'Ngọc', 'Anh', 'Trung', 'Hoàng', 'Mạnh', 'Duy'],
  female: ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Kim', 'Phương', 'Mai', 'Bích', 'Diệu', 'Khánh'],
} as const;

export const givenNames = {
  male: ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hoà', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Kiên', 'Long', 'Lâm', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quý', 'Sơn', 'Tài', 'Thắng', 'Thịnh', 'Toàn', 'Trí', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ'],
  female: ['Anh', 'Ánh', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Huyền', 'Hương', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quỳnh', 'Tâm', 'Thảo', 'Thu', 'Thuỷ', 'Trang', 'Tuyết', 'Uyên', 'Vân', 'Yến'],
} as const;

/** Provinces with the code that opens a citizen ID of someone registered at birth there. */
export const provinces: readonly (readonly [name: string, idCode: string, weight: number])[] = [
  ['Hà Nội', '001', 30], ['TP. Hồ Chí Minh', '079', 25], ['Hải Phòng', '031', 5], ['Đà Nẵng', '048', 4], ['Cần Thơ', '092', 3],
  ['Nghệ An', '040', 4], ['Thanh Hoá', '038', 4], ['Bắc Ninh', '027', 3], ['Quảng Ninh', '022', 2], ['Thái Nguyên', '019', 2],
  ['Nam Định', '036', 2], ['Thái Bình', '034', 2], ['Hải Dương', '030', 2], ['Đồng Nai', '075', 3], ['Bình Dương', '074', 3],
  ['Khánh Hoà', '056', 2], ['Lâm Đồng', '068', 1], ['Thừa Thiên Huế', '046', 2], ['Vĩnh Phúc', '026', 1], ['Hưng Yên', '033', 1],
];

export const streets = [
  'Nguyễn Trãi', 'Lê Lợi', 'Trần Hưng Đạo', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Hoàng Quốc Việt', 'Phạm Văn Đồng', 'Cầu Giấy',
  'Giải Phóng', 'Nguyễn Văn Cừ', 'Điện Biên Phủ', 'Võ Văn Kiệt', 'Lê Duẩn', 'Trường Chinh', 'Quang Trung', 'Nguyễn Huệ',
  'Bạch Đằng', 'Hùng Vương', 'Kim Mã', 'Láng Hạ', 'Xuân Thuỷ', 'Tôn Đức Thắng', 'Lạc Long Quân', 'Trần Phú',
] as const;

export const wards = ['Dịch Vọng', 'Nghĩa Đô', 'Kim Liên', 'Bến Nghé', 'Tân Định', 'Hải Châu', 'Ninh Kiều', 'Lê Chân', 'Thanh Xuân', 'Hoàn Kiếm', 'Đống Đa', 'Ba Đình'] as const;

/** Words that make company names sound like the firms that file with MOST. */
export const companyStems = [
  'Công nghệ Sao Việt', 'Giải pháp Phần mềm An Phát', 'Thiết bị Y tế Minh Tâm', 'Vật liệu mới Đông Á', 'Cơ khí Chính xác Hà Nam',
  'Dược phẩm Trường Sơn', 'Điện tử Tân Tiến', 'Nông nghiệp Công nghệ cao Lâm Viên', 'Tự động hoá Việt Hưng', 'Năng lượng Xanh Miền Trung',
  'Thực phẩm Sạch Ba Miền', 'Công nghệ Sinh học Hoàng Gia', 'Kỹ thuật Hạt nhân Ứng dụng', 'Dữ liệu Số Phương Nam', 'Môi trường Thái Bình Dương',
  'Thiết kế Công nghiệp Mekong', 'Viễn thông Bắc Hà', 'Chế tạo Máy Sông Đà', 'Mỹ phẩm Thiên Nhiên Việt', 'Vi mạch Sài Gòn',
] as const;

export const companyForms = ['Công ty TNHH', 'Công ty TNHH', 'Công ty Cổ phần', 'Công ty Cổ phần', 'Công ty TNHH MTV'] as const;

export const institutes = [
  'Viện Công nghệ Sinh học', 'Viện Khoa học Vật liệu', 'Viện Cơ khí Năng lượng và Mỏ', 'Viện Nghiên cứu Rau quả', 'Viện Ứng dụng Công nghệ',
  'Viện Vật lý', 'Viện Hoá học Công nghiệp', 'Viện Kinh tế Nông nghiệp', 'Viện Nghiên cứu Điện tử, Tin học, Tự động hoá',
] as const;

export const universities = [
  'Trường Đại học Bách khoa Hà Nội', 'Trường Đại học Công nghệ', 'Trường Đại học Khoa học Tự nhiên', 'Trường Đại học Cần Thơ',
  'Trường Đại học Đà Nẵng', 'Trường Đại học Nông Lâm', 'Trường Đại học Y Dược', 'Trường Đại học Thuỷ lợi',
] as const;

export const hospitals = [
  'Bệnh viện Đa khoa Hồng Phát', 'Bệnh viện Đa khoa tỉnh', 'Phòng khám Đa khoa An Khang', 'Bệnh viện Răng Hàm Mặt Sài Gòn',
  'Trung tâm Y tế huyện', 'Phòng khám Chẩn đoán hình ảnh Medic', 'Bệnh viện Phụ sản Tâm An', 'Bệnh viện Chấn thương Chỉnh hình',
] as const;

export const emailDomains = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'outlook.com', 'vnn.vn'] as const;
