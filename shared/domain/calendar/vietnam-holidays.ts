// The shipped public-holiday calendar for the public sector, 2025-2027. Lunar holidays are
// converted to solar dates; each year's note says which dates were announced and which are derived.
import type { HolidayCalendarData } from './holiday-data';

const TET_DUONG_LICH = 'Tết Dương lịch';
const TET_NGUYEN_DAN = 'Tết Nguyên đán';
const GIO_TO = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const GIAI_PHONG = 'Ngày Chiến thắng 30/4';
const QUOC_TE_LAO_DONG = 'Ngày Quốc tế Lao động 1/5';
const QUOC_KHANH = 'Quốc khánh 2/9';

export const vietnamHolidayData: HolidayCalendarData = {
  version: '2026.1',
  weeklyRestDays: [0, 6],
  years: [
    {
      year: 2025,
      status: 'announced',
      note:
        'Theo thông báo của Bộ LĐTBXH/Bộ Nội vụ cho khu vực công: Tết Nguyên đán nghỉ 25/1-2/2/2025, hoán đổi thứ Hai 27/1 sang thứ Bảy 8/2; ' +
        'dịp 30/4-1/5 nghỉ 30/4-4/5, hoán đổi thứ Sáu 2/5 sang thứ Bảy 26/4; Quốc khánh nghỉ 1/9-2/9 (30/8-2/9 kể cả cuối tuần). ' +
        'Tết âm lịch Ất Tỵ: 29/1/2025; Giỗ Tổ: 7/4/2025. Cần đối chiếu lại với văn bản gốc trước khi dùng chính thức.',
      daysOff: [
        { date: '2025-01-01', name: TET_DUONG_LICH, kind: 'public-holiday' },
        { date: '2025-01-27', name: TET_NGUYEN_DAN, kind: 'swapped-day-off' },
        { date: '2025-01-28', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2025-01-29', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2025-01-30', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2025-01-31', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2025-04-07', name: GIO_TO, kind: 'public-holiday' },
        { date: '2025-04-30', name: GIAI_PHONG, kind: 'public-holiday' },
        { date: '2025-05-01', name: QUOC_TE_LAO_DONG, kind: 'public-holiday' },
        { date: '2025-05-02', name: QUOC_TE_LAO_DONG, kind: 'swapped-day-off' },
        { date: '2025-09-01', name: QUOC_KHANH, kind: 'public-holiday' },
        { date: '2025-09-02', name: QUOC_KHANH, kind: 'public-holiday' },
      ],
      compensatoryWorkingDays: [
        { date: '2025-02-08', name: 'Làm bù cho thứ Hai 27/1/2025 (Tết Nguyên đán)', replaces: '2025-01-27' },
        { date: '2025-04-26', name: 'Làm bù cho thứ Sáu 2/5/2025 (dịp 30/4-1/5)', replaces: '2025-05-02' },
      ],
    },
    {
      year: 2026,
      status: 'partly-announced',
      note:
        'Đã công bố: Tết Dương lịch nghỉ 1/1-4/1/2026, hoán đổi thứ Sáu 2/1 sang thứ Bảy 10/1; Tết Nguyên đán Bính Ngọ (mùng 1 = 17/2/2026) ' +
        'nghỉ 14/2-22/2/2026. Suy ra theo Bộ luật Lao động: Giỗ Tổ 26/4/2026 rơi vào Chủ nhật nên nghỉ bù thứ Hai 27/4; 30/4 và 1/5 (thứ Năm, thứ Sáu). ' +
        'Giả định: Quốc khánh nghỉ 1/9 và 2/9; đề xuất hoán đổi để nghỉ dài hơn (nếu được duyệt) chưa được ghi vào đây.',
      daysOff: [
        { date: '2026-01-01', name: TET_DUONG_LICH, kind: 'public-holiday' },
        { date: '2026-01-02', name: TET_DUONG_LICH, kind: 'swapped-day-off' },
        { date: '2026-02-16', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2026-02-17', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2026-02-18', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2026-02-19', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2026-02-20', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2026-04-26', name: GIO_TO, kind: 'public-holiday' },
        { date: '2026-04-27', name: GIO_TO, kind: 'compensatory-day-off' },
        { date: '2026-04-30', name: GIAI_PHONG, kind: 'public-holiday' },
        { date: '2026-05-01', name: QUOC_TE_LAO_DONG, kind: 'public-holiday' },
        { date: '2026-09-01', name: QUOC_KHANH, kind: 'public-holiday' },
        { date: '2026-09-02', name: QUOC_KHANH, kind: 'public-holiday' },
      ],
      compensatoryWorkingDays: [{ date: '2026-01-10', name: 'Làm bù cho thứ Sáu 2/1/2026 (Tết Dương lịch)', replaces: '2026-01-02' }],
    },
    {
      year: 2027,
      status: 'derived',
      note:
        'Chưa có thông báo; suy ra theo Bộ luật Lao động 2019 (Điều 111, 112). Tết Đinh Mùi: mùng 1 = 6/2/2027 (thứ Bảy); giả định 5 ngày Tết ' +
        'từ 4/2 đến 8/2 (như năm 2024) và nghỉ bù 9/2, 10/2 cho hai ngày Tết trùng cuối tuần. Giỗ Tổ 16/4/2027; 1/5 rơi vào thứ Bảy nên nghỉ bù thứ Hai 3/5; ' +
        'Quốc khánh giả định nghỉ 2/9 và 3/9. Phải thay bằng lịch chính thức khi Chính phủ công bố.',
      daysOff: [
        { date: '2027-01-01', name: TET_DUONG_LICH, kind: 'public-holiday' },
        { date: '2027-02-04', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2027-02-05', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2027-02-06', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2027-02-07', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2027-02-08', name: TET_NGUYEN_DAN, kind: 'public-holiday' },
        { date: '2027-02-09', name: TET_NGUYEN_DAN, kind: 'compensatory-day-off' },
        { date: '2027-02-10', name: TET_NGUYEN_DAN, kind: 'compensatory-day-off' },
        { date: '2027-04-16', name: GIO_TO, kind: 'public-holiday' },
        { date: '2027-04-30', name: GIAI_PHONG, kind: 'public-holiday' },
        { date: '2027-05-01', name: QUOC_TE_LAO_DONG, kind: 'public-holiday' },
        { date: '2027-05-03', name: QUOC_TE_LAO_DONG, kind: 'compensatory-day-off' },
        { date: '2027-09-02', name: QUOC_KHANH, kind: 'public-holiday' },
        { date: '2027-09-03', name: QUOC_KHANH, kind: 'public-holiday' },
      ],
      compensatoryWorkingDays: [],
    },
  ],
};
