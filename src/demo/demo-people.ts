import type { Role } from '../domain/case/case-snapshot.ts';

/** The demo province's people: a leadership collective in each unit and one account for every role. */
export interface PersonSpec {
  username: string;
  name: string;
  unit: string;
  position: string | null;
  grants: [Role, string, boolean?][];
}

export const DEMO_PEOPLE: PersonSpec[] = [
  {
    username: 'quantri',
    name: 'Nguyễn Quản Trị',
    unit: 'homeAffairs',
    position: 'chuyen_vien',
    grants: [['administrator', 'central', true]],
  },
  // The superior of a province's leaders (Art. 7(4)): one account stands for the Government.
  {
    username: 'chinhphu',
    name: 'Lãnh đạo Chính phủ (tài khoản mẫu)',
    unit: 'central',
    position: null,
    grants: [['head', 'central']],
  },
  {
    username: 'chutich',
    name: 'Trần Văn Chủ',
    unit: 'ubnd',
    position: 'chu_tich_ubnd',
    grants: [
      ['head', 'ubnd'],
      ['proposer', 'ubnd'],
      ['head', 'province'],
    ],
  },
  {
    username: 'phochutich',
    name: 'Lê Thị Phó',
    unit: 'ubnd',
    position: 'pho_chu_tich_ubnd',
    grants: [
      ['deputy', 'ubnd'],
      ['proposer', 'ubnd'],
      ['deputy', 'province'],
    ],
  },
  {
    username: 'giamdoc.stc',
    name: 'Phạm Minh Đức',
    unit: 'finance',
    position: 'giam_doc_so',
    grants: [
      ['head', 'finance'],
      ['proposer', 'finance'],
    ],
  },
  {
    username: 'phogiamdoc1.stc',
    name: 'Hoàng Thị Lan',
    unit: 'finance',
    position: 'pho_giam_doc_so',
    grants: [
      ['deputy', 'finance'],
      ['proposer', 'finance'],
    ],
  },
  {
    username: 'phogiamdoc2.stc',
    name: 'Võ Quốc Huy',
    unit: 'finance',
    position: 'pho_giam_doc_so',
    grants: [
      ['deputy', 'finance'],
      ['proposer', 'finance'],
    ],
  },
  {
    username: 'truongphong.stc',
    name: 'Đặng Thu Hà',
    unit: 'finance',
    position: 'truong_phong',
    grants: [['proposer', 'finance']],
  },
  {
    username: 'chuyenvien.stc',
    name: 'Bùi Văn Nam',
    unit: 'finance',
    position: 'chuyen_vien',
    grants: [
      ['proposer', 'finance'],
      ['implementer', 'finance'],
    ],
  },
  {
    username: 'dangu.ducq',
    name: 'Ngô Thị Hằng',
    unit: 'agenciesParty',
    position: 'chuyen_vien',
    grants: [['party_liaison', 'agenciesParty']],
  },
  {
    username: 'dangu.tinhuy',
    name: 'Đỗ Văn Tâm',
    unit: 'provParty',
    position: 'chuyen_vien',
    grants: [['party_liaison', 'provParty']],
  },
  {
    username: 'thamdinh.skhcn',
    name: 'Lý Thanh Tùng',
    unit: 'science',
    position: 'truong_phong',
    grants: [['appraiser', 'science']],
  },
  {
    username: 'thanhtra',
    name: 'Mai Xuân Trường',
    unit: 'ubnd',
    position: 'chuyen_vien',
    grants: [['inspector', 'ubnd', true]],
  },
  {
    username: 'tochuc.snv',
    name: 'Trịnh Thị Mai',
    unit: 'homeAffairs',
    position: 'chuyen_vien',
    grants: [['org_officer', 'province', true]],
  },
  {
    username: 'giamdoc.snv',
    name: 'Phan Văn Khải',
    unit: 'homeAffairs',
    position: 'giam_doc_so',
    grants: [
      ['head', 'homeAffairs'],
      ['proposer', 'homeAffairs'],
    ],
  },
  {
    username: 'truongphong.snv',
    name: 'Cao Thị Nga',
    unit: 'homeAffairs',
    position: 'truong_phong',
    grants: [['proposer', 'homeAffairs']],
  },
  {
    username: 'chutich.tanphu',
    name: 'Dương Văn Phú',
    unit: 'tanPhu',
    position: 'chu_tich_ubnd',
    grants: [
      ['head', 'tanPhu'],
      ['proposer', 'tanPhu'],
    ],
  },
  {
    username: 'phochutich.tanphu',
    name: 'Hồ Thị Xuân',
    unit: 'tanPhu',
    position: 'pho_chu_tich_ubnd',
    grants: [
      ['deputy', 'tanPhu'],
      ['proposer', 'tanPhu'],
    ],
  },
  {
    username: 'dangu.tanphu',
    name: 'Tạ Văn Sơn',
    unit: 'tanPhuParty',
    position: 'cong_chuc_xa',
    grants: [['party_liaison', 'tanPhuParty']],
  },
  // Ho Chi Minh City: under the city's profile every staff member may propose, a specialist too.
  {
    username: 'chutich.hcm',
    name: 'Nguyễn Văn Thành',
    unit: 'hcmUbnd',
    position: 'chu_tich_ubnd',
    grants: [
      ['head', 'hcmUbnd'],
      ['proposer', 'hcmUbnd'],
      ['head', 'hcm'],
    ],
  },
  {
    username: 'phochutich.hcm',
    name: 'Lâm Thị Sài',
    unit: 'hcmUbnd',
    position: 'pho_chu_tich_ubnd',
    grants: [
      ['deputy', 'hcmUbnd'],
      ['proposer', 'hcmUbnd'],
      ['deputy', 'hcm'],
    ],
  },
  {
    username: 'giamdoc.snv.hcm',
    name: 'Vũ Đình Gia',
    unit: 'hcmHomeAffairs',
    position: 'giam_doc_so',
    grants: [
      ['head', 'hcmHomeAffairs'],
      ['proposer', 'hcmHomeAffairs'],
    ],
  },
  {
    username: 'phogiamdoc1.snv.hcm',
    name: 'Huỳnh Thị Định',
    unit: 'hcmHomeAffairs',
    position: 'pho_giam_doc_so',
    grants: [
      ['deputy', 'hcmHomeAffairs'],
      ['proposer', 'hcmHomeAffairs'],
    ],
  },
  {
    username: 'phogiamdoc2.snv.hcm',
    name: 'Kiều Văn Bảo',
    unit: 'hcmHomeAffairs',
    position: 'pho_giam_doc_so',
    grants: [
      ['deputy', 'hcmHomeAffairs'],
      ['proposer', 'hcmHomeAffairs'],
    ],
  },
  {
    username: 'truongphong.snv.hcm',
    name: 'Mai Thị Phượng',
    unit: 'hcmHomeAffairs',
    position: 'truong_phong',
    grants: [['proposer', 'hcmHomeAffairs']],
  },
  {
    username: 'chuyenvien.snv.hcm',
    name: 'La Thị Hoa',
    unit: 'hcmHomeAffairs',
    position: 'chuyen_vien',
    grants: [
      ['proposer', 'hcmHomeAffairs'],
      ['implementer', 'hcmHomeAffairs'],
    ],
  },
  {
    username: 'dangu.duub.hcm',
    name: 'Quách Văn Lợi',
    unit: 'hcmAgenciesParty',
    position: 'chuyen_vien',
    grants: [['party_liaison', 'hcmAgenciesParty']],
  },
  {
    username: 'dangu.thanhuy.hcm',
    name: 'Tôn Thị Mỹ',
    unit: 'hcmParty',
    position: 'chuyen_vien',
    grants: [['party_liaison', 'hcmParty']],
  },
  {
    username: 'thamdinh.skhcn.hcm',
    name: 'Mạc Văn Tín',
    unit: 'hcmScience',
    position: 'truong_phong',
    grants: [['appraiser', 'hcmScience']],
  },
  {
    username: 'thanhtra.hcm',
    name: 'Âu Thị Liên',
    unit: 'hcmUbnd',
    position: 'chuyen_vien',
    grants: [['inspector', 'hcmUbnd', true]],
  },
  {
    username: 'tochuc.snv.hcm',
    name: 'Giang Văn Trọng',
    unit: 'hcmHomeAffairs',
    position: 'chuyen_vien',
    grants: [['org_officer', 'hcm', true]],
  },
  {
    username: 'chutich.benthanh',
    name: 'Lưu Văn Bến',
    unit: 'benThanh',
    position: 'chu_tich_ubnd',
    grants: [
      ['head', 'benThanh'],
      ['proposer', 'benThanh'],
    ],
  },
  {
    username: 'phochutich.benthanh',
    name: 'Tăng Thị Thu',
    unit: 'benThanh',
    position: 'pho_chu_tich_ubnd',
    grants: [
      ['deputy', 'benThanh'],
      ['proposer', 'benThanh'],
    ],
  },
  {
    username: 'dangu.benthanh',
    name: 'Ninh Văn Hậu',
    unit: 'benThanhParty',
    position: 'cong_chuc_xa',
    grants: [['party_liaison', 'benThanhParty']],
  },
];
