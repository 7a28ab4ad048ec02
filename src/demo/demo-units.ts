/**
 * The demo province's units: its Party committee, People's Committee, departments, a public
 * service unit, a state enterprise and communes (keys name them in DEMO_PEOPLE and the tests).
 */
export interface UnitSpec {
  key: string;
  code: string;
  name: string;
  type: string;
  parent?: string;
  party?: string;
}

export const DEMO_UNITS: UnitSpec[] = [
  { key: 'central', code: 'TW', name: 'Trung ương', type: 'central' },
  // The province node has a party committee and a head (the chair of the People's Committee), so
  // that communes under it, and the People's Committee itself, have a superior that can receive.
  { key: 'province', code: 'AK', name: 'Tỉnh An Khang', type: 'province', parent: 'central', party: 'provParty' },
  { key: 'provParty', code: 'AK-TU', name: 'Tỉnh ủy An Khang', type: 'party_committee', parent: 'province' },
  {
    key: 'agenciesParty',
    code: 'AK-DUCQ',
    name: 'Đảng ủy các cơ quan tỉnh',
    type: 'party_committee',
    parent: 'provParty',
  },
  {
    key: 'ubnd',
    code: 'AK-UBND',
    name: 'Ủy ban nhân dân tỉnh An Khang',
    type: 'peoples_committee',
    parent: 'province',
    party: 'provParty',
  },
  { key: 'finance', code: 'AK-STC', name: 'Sở Tài chính', type: 'department', parent: 'ubnd', party: 'agenciesParty' },
  { key: 'homeAffairs', code: 'AK-SNV', name: 'Sở Nội vụ', type: 'department', parent: 'ubnd', party: 'agenciesParty' },
  {
    key: 'science',
    code: 'AK-SKHCN',
    name: 'Sở Khoa học và Công nghệ',
    type: 'department',
    parent: 'ubnd',
    party: 'agenciesParty',
  },
  {
    key: 'serviceCentre',
    code: 'AK-TTHCC',
    name: 'Trung tâm Phục vụ hành chính công tỉnh',
    type: 'public_service_unit',
    parent: 'ubnd',
    party: 'agenciesParty',
  },
  {
    key: 'waterCo',
    code: 'AK-CTCN',
    name: 'Công ty TNHH MTV Cấp nước An Khang',
    type: 'state_enterprise',
    parent: 'ubnd',
    party: 'agenciesParty',
  },
  { key: 'tanPhuParty', code: 'AK-TP-DU', name: 'Đảng ủy xã Tân Phú', type: 'party_committee', parent: 'provParty' },
  {
    key: 'tanPhu',
    code: 'AK-TP',
    name: 'Ủy ban nhân dân xã Tân Phú',
    type: 'commune',
    parent: 'province',
    party: 'tanPhuParty',
  },
  {
    key: 'binhMinhParty',
    code: 'AK-BM-DU',
    name: 'Đảng ủy phường Bình Minh',
    type: 'party_committee',
    parent: 'provParty',
  },
  {
    key: 'binhMinh',
    code: 'AK-BM',
    name: 'Ủy ban nhân dân phường Bình Minh',
    type: 'commune',
    parent: 'province',
    party: 'binhMinhParty',
  },
  // A small Ho Chi Minh City subtree, where the city's profile (HCM-124) is in force.
  { key: 'hcm', code: 'HCM', name: 'Thành phố Hồ Chí Minh', type: 'province', parent: 'central', party: 'hcmParty' },
  { key: 'hcmParty', code: 'HCM-TU', name: 'Thành ủy Thành phố Hồ Chí Minh', type: 'party_committee', parent: 'hcm' },
  {
    key: 'hcmAgenciesParty',
    code: 'HCM-DUUB',
    name: 'Đảng ủy Ủy ban nhân dân Thành phố',
    type: 'party_committee',
    parent: 'hcmParty',
  },
  {
    key: 'hcmUbnd',
    code: 'HCM-UBND',
    name: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
    type: 'peoples_committee',
    parent: 'hcm',
    party: 'hcmParty',
  },
  {
    key: 'hcmHomeAffairs',
    code: 'HCM-SNV',
    name: 'Sở Nội vụ Thành phố Hồ Chí Minh',
    type: 'department',
    parent: 'hcmUbnd',
    party: 'hcmAgenciesParty',
  },
  {
    key: 'hcmScience',
    code: 'HCM-SKHCN',
    name: 'Sở Khoa học và Công nghệ Thành phố Hồ Chí Minh',
    type: 'department',
    parent: 'hcmUbnd',
    party: 'hcmAgenciesParty',
  },
  {
    key: 'benThanhParty',
    code: 'HCM-BT-DU',
    name: 'Đảng ủy phường Bến Thành',
    type: 'party_committee',
    parent: 'hcmParty',
  },
  {
    key: 'benThanh',
    code: 'HCM-BT',
    name: 'Ủy ban nhân dân phường Bến Thành',
    type: 'commune',
    parent: 'hcm',
    party: 'benThanhParty',
  },
];
