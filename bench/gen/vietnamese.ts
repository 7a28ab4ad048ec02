import type { Rng } from './rng.ts';

/** The 34 provinces and centrally governed cities after the 2025 merger. */
export const PROVINCES = [
  'Thành phố Hà Nội',
  'Thành phố Huế',
  'Tỉnh Lai Châu',
  'Tỉnh Điện Biên',
  'Tỉnh Sơn La',
  'Tỉnh Lạng Sơn',
  'Tỉnh Quảng Ninh',
  'Tỉnh Thanh Hóa',
  'Tỉnh Nghệ An',
  'Tỉnh Hà Tĩnh',
  'Tỉnh Cao Bằng',
  'Tỉnh Tuyên Quang',
  'Tỉnh Lào Cai',
  'Tỉnh Thái Nguyên',
  'Tỉnh Phú Thọ',
  'Tỉnh Bắc Ninh',
  'Tỉnh Hưng Yên',
  'Thành phố Hải Phòng',
  'Tỉnh Ninh Bình',
  'Tỉnh Quảng Trị',
  'Thành phố Đà Nẵng',
  'Tỉnh Quảng Ngãi',
  'Tỉnh Gia Lai',
  'Tỉnh Khánh Hòa',
  'Tỉnh Lâm Đồng',
  'Tỉnh Đắk Lắk',
  'Thành phố Hồ Chí Minh',
  'Tỉnh Đồng Nai',
  'Tỉnh Tây Ninh',
  'Thành phố Cần Thơ',
  'Tỉnh Vĩnh Long',
  'Tỉnh Đồng Tháp',
  'Tỉnh Cà Mau',
  'Tỉnh An Giang',
] as const;

/** Provincial departments; the indexes below name the ones with a special part in the procedure. */
export const DEPARTMENTS = [
  'Văn phòng Ủy ban nhân dân',
  'Sở Nội vụ',
  'Sở Tài chính',
  'Sở Tư pháp',
  'Sở Khoa học và Công nghệ',
  'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường',
  'Sở Xây dựng',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Ngoại vụ',
  'Thanh tra tỉnh',
  'Sở Dân tộc và Tôn giáo',
  'Ban Quản lý các khu công nghiệp',
  'Đài Phát thanh và Truyền hình tỉnh',
  'Trường Chính trị tỉnh',
  'Ban Quản lý dự án đầu tư xây dựng tỉnh',
  'Quỹ Đầu tư phát triển tỉnh',
  'Trung tâm Xúc tiến đầu tư, thương mại và du lịch',
] as const;
export const DEPT = { homeAffairs: 1, finance: 2, justice: 3, science: 4, inspectorate: 12 } as const;

export const DEPARTMENT_SUB_UNITS = [
  ['department', 'Văn phòng'],
  ['department', 'Phòng Kế hoạch - Tài chính'],
  ['department', 'Phòng Tổ chức cán bộ'],
  ['department', 'Phòng Nghiệp vụ'],
  ['department', 'Chi cục Quản lý chuyên ngành'],
  ['public_service_unit', 'Trung tâm Dịch vụ công'],
  ['public_service_unit', 'Trung tâm Chuyển đổi số'],
  ['public_service_unit', 'Trung tâm Đào tạo và Bồi dưỡng'],
] as const;

export const ENTERPRISES = [
  'Công ty TNHH MTV Xổ số kiến thiết',
  'Công ty TNHH MTV Cấp nước',
  'Công ty TNHH MTV Môi trường đô thị',
  'Công ty TNHH MTV Khai thác công trình thủy lợi',
  'Công ty TNHH MTV Lâm nghiệp',
] as const;

export const COMMUNE_SUB_UNITS = [
  ['department', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân'],
  ['department', 'Phòng Kinh tế'],
  ['department', 'Phòng Văn hóa - Xã hội'],
  ['public_service_unit', 'Trung tâm Phục vụ hành chính công'],
  ['public_service_unit', 'Trạm Y tế'],
  ['public_service_unit', 'Trường Mầm non'],
  ['public_service_unit', 'Trường Tiểu học'],
  ['public_service_unit', 'Trường Trung học cơ sở'],
] as const;

const PLACE_A = [
  'Tân',
  'Bình',
  'An',
  'Phú',
  'Hòa',
  'Long',
  'Thạnh',
  'Đông',
  'Tây',
  'Nam',
  'Bắc',
  'Vĩnh',
  'Hưng',
  'Quang',
  'Thuận',
  'Phước',
  'Xuân',
  'Hiệp',
  'Thanh',
  'Hải',
  'Minh',
  'Đức',
  'Trung',
  'Mỹ',
  'Cát',
  'Yên',
  'Quỳnh',
  'Ea',
  'Lộc',
  'Đại',
];
const PLACE_B = [
  'Phú',
  'Lợi',
  'Hòa',
  'Thành',
  'An',
  'Bình',
  'Hưng',
  'Lộc',
  'Thịnh',
  'Tiến',
  'Sơn',
  'Hải',
  'Lâm',
  'Điền',
  'Khánh',
  'Phong',
  'Yên',
  'Mỹ',
  'Thuận',
  'Nghĩa',
  'Đông',
  'Tân',
  'Hiệp',
  'Long',
  'Quý',
  'Kar',
  'Trạch',
  'Đa',
  'Xá',
  'Giang',
];

/** Distinct two-syllable commune names for one province. */
export function communeNames(rng: Rng, n: number): string[] {
  const all = PLACE_A.flatMap((a) => PLACE_B.filter((b) => b !== a).map((b) => `${a} ${b}`));
  for (let i = all.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, n);
}

const FAMILY: [string, number][] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 4],
  ['Huỳnh', 1.5],
  ['Phan', 4.5],
  ['Vũ', 2.5],
  ['Võ', 1.5],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.8],
  ['Trương', 0.7],
  ['Mai', 0.4],
  ['Cao', 0.4],
];
const MIDDLE_M = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Xuân', 'Công', 'Đình', 'Ngọc', 'Quang', 'Trọng'];
const MIDDLE_F = ['Thị', 'Ngọc', 'Thu', 'Thanh', 'Hồng', 'Kim', 'Minh', 'Phương', 'Diệu', 'Thúy'];
const GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Hải',
  'Hiếu',
  'Hòa',
  'Hùng',
  'Huy',
  'Khánh',
  'Khoa',
  'Long',
  'Minh',
  'Nam',
  'Phong',
  'Phúc',
  'Quang',
  'Quân',
  'Sơn',
  'Tâm',
  'Thắng',
  'Thành',
  'Trung',
  'Tuấn',
  'Tùng',
  'Việt',
  'Vinh',
  'Đức',
  'Lộc',
];
const GIVEN_F = [
  'Anh',
  'Chi',
  'Dung',
  'Giang',
  'Hà',
  'Hạnh',
  'Hiền',
  'Hoa',
  'Hương',
  'Huyền',
  'Lan',
  'Linh',
  'Mai',
  'Nga',
  'Ngọc',
  'Nhung',
  'Oanh',
  'Phương',
  'Quyên',
  'Thảo',
  'Trang',
  'Uyên',
  'Vân',
  'Yến',
  'Thư',
  'Loan',
];

export function personName(rng: Rng): string {
  const female = rng.chance(0.45);
  return `${rng.weighted(FAMILY)} ${rng.pick(female ? MIDDLE_F : MIDDLE_M)} ${rng.pick(female ? GIVEN_F : GIVEN_M)}`;
}

export const TOPICS: Record<string, readonly string[]> = {
  economy: [
    'cấp giấy chứng nhận quyền sử dụng đất trực tuyến',
    'thu phí, lệ phí không dùng tiền mặt',
    'hỗ trợ doanh nghiệp khởi nghiệp sáng tạo',
    'đấu giá quyền sử dụng đất trực tuyến',
    'truy xuất nguồn gốc nông sản bằng mã QR',
    'liên kết tiêu thụ nông sản với hợp tác xã',
    'cấp phép xây dựng trực tuyến',
    'giám sát đầu tư công theo thời gian thực',
  ],
  culture: [
    'số hóa di sản văn hóa phi vật thể',
    'thư viện số dùng chung',
    'bảo tồn lễ hội truyền thống',
    'du lịch cộng đồng gắn với làng nghề',
    'quản lý di tích bằng bản đồ số',
  ],
  society: [
    'khám chữa bệnh từ xa tại trạm y tế',
    'chi trả an sinh xã hội qua tài khoản',
    'học bạ điện tử',
    'chăm sóc người cao tuổi neo đơn',
    'tuyển sinh đầu cấp trực tuyến',
    'bữa ăn bán trú an toàn',
  ],
  defence_security: [
    'camera an ninh cộng đồng',
    'quản lý cư trú bằng định danh điện tử',
    'phòng cháy chữa cháy liên gia',
    'tuần tra tự quản khu dân cư',
  ],
  party_building: [
    'đánh giá cán bộ theo kết quả, sản phẩm cụ thể',
    'sinh hoạt chi bộ trực tuyến',
    'số hóa hồ sơ đảng viên',
    'tiếp công dân của bí thư cấp ủy',
  ],
  government_building: [
    'một cửa liên thông điện tử',
    'tiếp nhận phản ánh, kiến nghị qua ứng dụng',
    'chữ ký số cho cán bộ cấp xã',
    'rút ngắn thời gian giải quyết thủ tục hành chính',
    'họp không giấy',
    'trả kết quả thủ tục tại nhà',
  ],
  mass_mobilisation: [
    'dân vận khéo trong giải phóng mặt bằng',
    'đối thoại trực tuyến với nhân dân',
    'tổ tự quản vệ sinh môi trường',
    'hòa giải ở cơ sở',
  ],
};

export const DOMAIN_WEIGHTS: [string, number][] = [
  ['government_building', 30],
  ['economy', 25],
  ['society', 18],
  ['culture', 8],
  ['party_building', 8],
  ['defence_security', 5],
  ['mass_mobilisation', 6],
];

const PREFIXES = ['Thí điểm', 'Đề xuất', 'Áp dụng mô hình', 'Triển khai', 'Đổi mới'];

export function caseTitle(rng: Rng, domain: string, place: string): string {
  return `${rng.pick(PREFIXES)} ${rng.pick(TOPICS[domain]!)} tại ${place}`;
}

export const PROGRESS_NOTES = [
  'Đã hoàn thành khảo sát hiện trạng và xây dựng quy trình.',
  'Đang vận hành thí điểm; số hồ sơ xử lý đúng hạn tăng rõ rệt.',
  'Đã tập huấn cho cán bộ; người dân phản hồi tích cực.',
  'Gặp khó khăn về hạ tầng mạng, đã đề nghị hỗ trợ kỹ thuật.',
  'Hoàn thành mốc giữa kỳ theo kế hoạch.',
];
