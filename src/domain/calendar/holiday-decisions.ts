/**
 * The yearly decisions on days off for cán bộ, công chức, viên chức (Sat + Sun rest), 2020–2027,
 * transcribed from shared/spec/holidays.md, which gives the sources. They seed the decisions
 * table; administrators correct and extend them at run time. Weekend dates are listed only where
 * a holiday falls on them, so the calendar names the holiday rather than just "the weekend".
 */
import type { DayOffReason, DecisionDayOff, DecisionWorkingDay, YearDecision } from './year-decision.ts';

const off = (date: string, reason: DayOffReason, label: string): DecisionDayOff => ({ date, reason, label });
const tet = (date: string, lunarDay: string) => off(date, 'tet', `Tết Nguyên đán (${lunarDay})`);
const bu = (date: string, what: string) => off(date, 'compensatory', `Nghỉ bù ${what}`);
const swap = (date: string, workedOn: string) => off(date, 'swap', `Nghỉ hoán đổi, làm bù ${workedOn}`);
const worked = (date: string, label: string, inExchangeFor: string): DecisionWorkingDay => ({
  date,
  label,
  inExchangeFor,
});

const NEW_YEAR = 'Tết Dương lịch (1/1)';
const HUNG_KINGS = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';
const VICTORY = 'Ngày Chiến thắng (30/4)';
const LABOUR = 'Ngày Quốc tế lao động (1/5)';
const NATIONAL = 'Quốc khánh (2/9)';

// Frozen: this is shared seed data, and a stray edit would move deadlines for every caller.
export const HOLIDAY_DECISIONS: readonly YearDecision[] = deepFreeze([
  {
    year: 2020,
    decided: true,
    source:
      'Văn bản của Văn phòng Chính phủ tháng 10/2019 (Thủ tướng đồng ý phương án nghỉ Tết). Bộ luật Lao động 2012: Quốc khánh nghỉ 1 ngày',
    sourceUrls: [
      'https://bacninhtv.vn/tin-tuc/240/80338/tet-canh-ty-2020-nghi-7-ngay',
      'https://thoidai.com.vn/lich-nghi-chinh-thuc-ngay-quoc-khanh-292020-116855.html',
    ],
    daysOff: [
      off('2020-01-01', 'new-year', NEW_YEAR),
      tet('2020-01-23', '29 tháng Chạp'),
      tet('2020-01-24', '30 tháng Chạp'),
      tet('2020-01-25', 'mùng 1'),
      tet('2020-01-26', 'mùng 2'),
      tet('2020-01-27', 'mùng 3'),
      bu('2020-01-28', 'mùng 1 Tết (Thứ Bảy 25/01/2020)'),
      bu('2020-01-29', 'mùng 2 Tết (Chủ nhật 26/01/2020)'),
      off('2020-04-02', 'hung-kings', HUNG_KINGS),
      off('2020-04-30', 'reunification', VICTORY),
      off('2020-05-01', 'labour-day', LABOUR),
      off('2020-09-02', 'national-day', NATIONAL),
    ],
    workingDays: [],
  },
  {
    year: 2021,
    decided: true,
    source: '9895/VPCP-KGVX ngày 26/11/2020',
    sourceUrls: [
      'https://thuvienphapluat.vn/cong-van/EN/Lao-dong-Tien-luong/Official-Dispatch-9895-VPCP-KGVX-2020-Lunar-New-Year-and-National-Day-holidays-of-officials/460294/tieng-anh.aspx',
      'https://hanoimoi.vn/lich-nghi-tet-nguyen-dan-tan-suu-va-quoc-khanh-2-9-498925.html',
    ],
    daysOff: [
      off('2021-01-01', 'new-year', NEW_YEAR),
      tet('2021-02-10', '29 tháng Chạp'),
      tet('2021-02-11', '30 tháng Chạp'),
      tet('2021-02-12', 'mùng 1'),
      tet('2021-02-13', 'mùng 2'),
      tet('2021-02-14', 'mùng 3'),
      bu('2021-02-15', 'mùng 2 Tết (Thứ Bảy 13/02/2021)'),
      bu('2021-02-16', 'mùng 3 Tết (Chủ nhật 14/02/2021)'),
      off('2021-04-21', 'hung-kings', HUNG_KINGS),
      off('2021-04-30', 'reunification', VICTORY),
      off('2021-05-01', 'labour-day', LABOUR),
      bu('2021-05-03', 'Ngày Quốc tế lao động (Thứ Bảy 01/05/2021)'),
      off('2021-09-02', 'national-day', NATIONAL),
      off('2021-09-03', 'national-day', 'Quốc khánh (ngày liền sau 2/9)'),
    ],
    workingDays: [],
  },
  {
    year: 2022,
    decided: true,
    source: '245/VPCP-KGVX ngày 11/01/2022',
    sourceUrls: [
      'https://english.luatvietnam.vn/official-dispatch-no-245-vpcp-kgvx-dated-january-11-2022-of-the-government-office-215627-doc6.html',
      'https://vnfinance.vn/lich-nghi-nhung-ngay-le-tet-trong-nam-2022-31375.html',
    ],
    daysOff: [
      off('2022-01-01', 'new-year', NEW_YEAR),
      bu('2022-01-03', 'Tết Dương lịch (Thứ Bảy 01/01/2022)'),
      tet('2022-01-31', '29 tháng Chạp'),
      tet('2022-02-01', 'mùng 1'),
      tet('2022-02-02', 'mùng 2'),
      tet('2022-02-03', 'mùng 3'),
      tet('2022-02-04', 'mùng 4'),
      off('2022-04-10', 'hung-kings', HUNG_KINGS),
      bu('2022-04-11', 'Giỗ Tổ Hùng Vương (Chủ nhật 10/04/2022)'),
      off('2022-04-30', 'reunification', VICTORY),
      off('2022-05-01', 'labour-day', LABOUR),
      bu('2022-05-02', 'Ngày Chiến thắng (Thứ Bảy 30/04/2022)'),
      bu('2022-05-03', 'Ngày Quốc tế lao động (Chủ nhật 01/05/2022)'),
      off('2022-09-01', 'national-day', 'Quốc khánh (ngày liền trước 2/9)'),
      off('2022-09-02', 'national-day', NATIONAL),
    ],
    workingDays: [],
  },
  {
    year: 2023,
    decided: true,
    source: '8056/VPCP-KGVX ngày 01/12/2022',
    sourceUrls: [
      'https://truyenhinhnghean.vn/doi-song-xa-hoi/202212/tet-am-lich-2023-duoc-nghi-7-ngay-6290199',
      'https://th389.vn/quoc-khanh-2-9-nam-nay-nguoi-lao-dong-duoc-nghi-4-ngay-a168543.html',
    ],
    daysOff: [
      off('2023-01-01', 'new-year', NEW_YEAR),
      bu('2023-01-02', 'Tết Dương lịch (Chủ nhật 01/01/2023)'),
      tet('2023-01-20', '29 tháng Chạp'),
      tet('2023-01-21', '30 tháng Chạp'),
      tet('2023-01-22', 'mùng 1'),
      tet('2023-01-23', 'mùng 2'),
      tet('2023-01-24', 'mùng 3'),
      bu('2023-01-25', '30 Tết (Thứ Bảy 21/01/2023)'),
      bu('2023-01-26', 'mùng 1 Tết (Chủ nhật 22/01/2023)'),
      off('2023-04-29', 'hung-kings', HUNG_KINGS),
      off('2023-04-30', 'reunification', VICTORY),
      off('2023-05-01', 'labour-day', LABOUR),
      bu('2023-05-02', 'Giỗ Tổ Hùng Vương (Thứ Bảy 29/04/2023)'),
      bu('2023-05-03', 'Ngày Chiến thắng (Chủ nhật 30/04/2023)'),
      off('2023-09-01', 'national-day', 'Quốc khánh (ngày liền trước 2/9)'),
      off('2023-09-02', 'national-day', NATIONAL),
      bu('2023-09-04', 'Quốc khánh (Thứ Bảy 02/09/2023)'),
    ],
    workingDays: [],
  },
  {
    year: 2024,
    decided: true,
    source:
      '8662/VPCP-KGVX ngày 03/11/2023; Thông báo 5015/TB-LĐTBXH ngày 22/11/2023; 2450/VPCP-KGVX ngày 12/04/2024 (hoán đổi ngày 29/4)',
    sourceUrls: [
      'http://huyendakha.kontum.gov.vn/tin-tuc/thong-bao-ve-viec-nghi-tet-am-lich-va-nghi-le-quoc-khanh-nam-2024-doi-voi-can-bo-cong-chuc-vien-chuc-va-nguoi-lao-dong.html',
      'https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html',
    ],
    daysOff: [
      off('2024-01-01', 'new-year', NEW_YEAR),
      tet('2024-02-08', '29 tháng Chạp'),
      tet('2024-02-09', '30 tháng Chạp'),
      tet('2024-02-10', 'mùng 1'),
      tet('2024-02-11', 'mùng 2'),
      tet('2024-02-12', 'mùng 3'),
      bu('2024-02-13', 'mùng 1 Tết (Thứ Bảy 10/02/2024)'),
      bu('2024-02-14', 'mùng 2 Tết (Chủ nhật 11/02/2024)'),
      off('2024-04-18', 'hung-kings', HUNG_KINGS),
      swap('2024-04-29', 'Thứ Bảy 04/05/2024'),
      off('2024-04-30', 'reunification', VICTORY),
      off('2024-05-01', 'labour-day', LABOUR),
      off('2024-09-02', 'national-day', NATIONAL),
      off('2024-09-03', 'national-day', 'Quốc khánh (ngày liền sau 2/9)'),
    ],
    workingDays: [worked('2024-05-04', 'Làm bù cho Thứ Hai 29/04/2024', '2024-04-29')],
  },
  {
    year: 2025,
    decided: true,
    source: '8726/VPCP-KGVX ngày 26/11/2024; Thông báo 6150/TB-BLĐTBXH ngày 03/12/2024',
    sourceUrls: [
      'https://english.luatvietnam.vn/lao-dong/notice-6150-tb-bldtbxh-2025-lunar-new-year-holiday-leaves-377370-d6.html',
      'https://www.vietnamplus.vn/cong-chuc-vien-chuc-duoc-nghi-the-nao-trong-dip-le-304-152025-post1033115.vnp',
    ],
    daysOff: [
      off('2025-01-01', 'new-year', NEW_YEAR),
      tet('2025-01-27', '28 tháng Chạp'),
      tet('2025-01-28', '29 tháng Chạp'),
      tet('2025-01-29', 'mùng 1'),
      tet('2025-01-30', 'mùng 2'),
      tet('2025-01-31', 'mùng 3'),
      off('2025-04-07', 'hung-kings', HUNG_KINGS),
      off('2025-04-30', 'reunification', VICTORY),
      off('2025-05-01', 'labour-day', LABOUR),
      swap('2025-05-02', 'Thứ Bảy 26/04/2025'),
      off('2025-09-01', 'national-day', 'Quốc khánh (ngày liền trước 2/9)'),
      off('2025-09-02', 'national-day', NATIONAL),
    ],
    workingDays: [worked('2025-04-26', 'Làm bù cho Thứ Sáu 02/05/2025', '2025-05-02')],
  },
  {
    year: 2026,
    decided: true,
    source:
      '12729/VPCP-KGVX ngày 25/12/2025 (Tết Dương lịch); Thông báo 9441/TB-BNV ngày 16/10/2025 (Tết Nguyên đán, Quốc khánh)',
    sourceUrls: [
      'https://news.laodong.vn/thoi-su/cong-chuc-vien-chuc-nghi-tet-duong-lich-2026-4-ngay-1630481.ldo',
      'https://vietbao.vn/bo-noi-vu-thong-bao-lich-nghi-tet-nguyen-dan-va-quoc-khanh-nam-2026-568329.html',
      'https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm',
    ],
    note: 'Không hoán đổi 28–29/4 (Cục Việc làm, Bộ Nội vụ, 6/3/2026). Ngày Văn hóa Việt Nam 24/11 chưa là ngày nghỉ theo luật.',
    daysOff: [
      off('2026-01-01', 'new-year', NEW_YEAR),
      swap('2026-01-02', 'Thứ Bảy 10/01/2026'),
      tet('2026-02-16', '29 tháng Chạp'),
      tet('2026-02-17', 'mùng 1'),
      tet('2026-02-18', 'mùng 2'),
      tet('2026-02-19', 'mùng 3'),
      tet('2026-02-20', 'mùng 4'),
      off('2026-04-26', 'hung-kings', HUNG_KINGS),
      bu('2026-04-27', 'Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)'),
      off('2026-04-30', 'reunification', VICTORY),
      off('2026-05-01', 'labour-day', LABOUR),
      swap('2026-08-31', 'Thứ Bảy 22/08/2026'),
      off('2026-09-01', 'national-day', 'Quốc khánh (ngày liền trước 2/9)'),
      off('2026-09-02', 'national-day', NATIONAL),
    ],
    workingDays: [
      worked('2026-01-10', 'Làm bù cho Thứ Sáu 02/01/2026', '2026-01-02'),
      worked('2026-08-22', 'Làm bù cho Thứ Hai 31/08/2026', '2026-08-31'),
    ],
  },
  {
    // No decision published yet: the Labour Code rules propose the year (Tết 4–8/2 + nghỉ bù
    // 9–10/2, as 2020, which had the same weekdays). Enter the decision when it is issued.
    year: 2027,
    decided: false,
    source: 'Chưa có quyết định; tạm tính theo Bộ luật Lao động 2019, Điều 111–112',
    sourceUrls: [],
    note: 'Tạm tính. Có thể có hoán đổi ngày làm việc; Ngày Văn hóa Việt Nam 24/11 chỉ áp dụng khi luật được sửa đổi.',
    daysOff: [],
    workingDays: [],
  },
]);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
