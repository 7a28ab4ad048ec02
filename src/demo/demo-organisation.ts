import { randomUUID } from 'node:crypto';
import type { Db } from '../db/kysely.ts';
import { hashPassword } from '../app/auth/login.ts';
import { foldForSearch } from '../domain/text/fold-for-search.ts';
import type { Role } from '../domain/case/case-snapshot.ts';

/**
 * A demo province: its Party committee, People's Committee, departments, a public service unit,
 * a state enterprise and communes, each with a leadership collective, and one account for every
 * role. Tests use the same organisation, so what the demo shows is what is tested.
 */
export const DEMO_PASSWORD = 'Khien@2026-demo';

interface UnitSpec {
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

interface PersonSpec {
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

export interface DemoOrganisation {
  units: Record<string, string>;
  people: Record<string, string>;
}

/** Creates the demo organisation when the database has no units yet; returns its ids either way. */
export async function seedDemoOrganisation(db: Db, password = DEMO_PASSWORD): Promise<DemoOrganisation> {
  const existing = await db.selectFrom('units').select(['id', 'code']).execute();
  if (existing.length > 0) return demoIds(db);
  const units: Record<string, string> = {};
  const ancestors: Record<string, string[]> = {};
  for (const u of DEMO_UNITS) units[u.key] = randomUUID();
  await db.transaction().execute(async (tx) => {
    for (const u of DEMO_UNITS) {
      const id = units[u.key]!;
      ancestors[u.key] = [...(u.parent ? ancestors[u.parent]! : []), id];
      await tx
        .insertInto('units')
        .values({
          id,
          code: u.code,
          name: u.name,
          search_name: foldForSearch(u.name),
          type_code: u.type,
          parent_id: u.parent ? units[u.parent]! : null,
          ancestor_ids: ancestors[u.key]!,
        })
        .execute();
    }
    // Party committees are linked once every unit exists: a province's committee sits below it.
    for (const u of DEMO_UNITS.filter((x) => x.party)) {
      await tx
        .updateTable('units')
        .set({ party_committee_unit_id: units[u.party!]! })
        .where('id', '=', units[u.key]!)
        .execute();
    }
    const passwordHash = await hashPassword(password);
    for (const p of DEMO_PEOPLE) {
      const id = randomUUID();
      await tx
        .insertInto('people')
        .values({
          id,
          full_name: p.name,
          search_name: foldForSearch(p.name),
          unit_id: units[p.unit]!,
          position_code: p.position,
          username: p.username,
          password_hash: passwordHash,
          email: `${p.username}@ankhang.example`,
        })
        .execute();
      for (const [role, unit, subtree] of p.grants) {
        await tx
          .insertInto('role_grants')
          .values({
            id: randomUUID(),
            person_id: id,
            unit_id: units[unit]!,
            role,
            include_subtree: subtree ?? false,
            granted_by: null,
          })
          .execute();
      }
    }
  });
  return demoIds(db);
}

async function demoIds(db: Db): Promise<DemoOrganisation> {
  const unitRows = await db.selectFrom('units').select(['id', 'code']).execute();
  const byCode = new Map(unitRows.map((u) => [u.code, u.id]));
  const units = Object.fromEntries(
    DEMO_UNITS.filter((u) => byCode.has(u.code)).map((u) => [u.key, byCode.get(u.code)!]),
  );
  const peopleRows = await db
    .selectFrom('people')
    .select(['id', 'username'])
    .where('username', 'is not', null)
    .execute();
  const people = Object.fromEntries(peopleRows.map((p) => [p.username!, p.id]));
  return { units, people };
}
