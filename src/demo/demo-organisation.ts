import { randomUUID } from 'node:crypto';
import type { Db } from '../db/kysely.ts';
import { hashPassword } from '../app/auth/login.ts';
import { foldForSearch } from '../db/repositories/case-repository.ts';
import type { Role } from '../domain/case/case-snapshot.ts';

/**
 * A demo province: its Party committee, People's Committee, departments, a public service unit,
 * a state enterprise and communes, each with a leadership collective, and one account for every
 * role. Tests use the same organisation, so what the demo shows is what is tested.
 */
export const DEMO_PASSWORD = 'Khien@2026';

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
  { key: 'province', code: 'AK', name: 'Tỉnh An Khang', type: 'province', parent: 'central' },
  { key: 'provParty', code: 'AK-TU', name: 'Tỉnh ủy An Khang', type: 'party_committee', parent: 'province' },
  { key: 'agenciesParty', code: 'AK-DUCQ', name: 'Đảng ủy các cơ quan tỉnh', type: 'party_committee', parent: 'provParty' },
  { key: 'ubnd', code: 'AK-UBND', name: 'Ủy ban nhân dân tỉnh An Khang', type: 'peoples_committee', parent: 'province', party: 'provParty' },
  { key: 'finance', code: 'AK-STC', name: 'Sở Tài chính', type: 'department', parent: 'ubnd', party: 'agenciesParty' },
  { key: 'homeAffairs', code: 'AK-SNV', name: 'Sở Nội vụ', type: 'department', parent: 'ubnd', party: 'agenciesParty' },
  { key: 'science', code: 'AK-SKHCN', name: 'Sở Khoa học và Công nghệ', type: 'department', parent: 'ubnd', party: 'agenciesParty' },
  { key: 'serviceCentre', code: 'AK-TTHCC', name: 'Trung tâm Phục vụ hành chính công tỉnh', type: 'public_service_unit', parent: 'ubnd', party: 'agenciesParty' },
  { key: 'waterCo', code: 'AK-CTCN', name: 'Công ty TNHH MTV Cấp nước An Khang', type: 'state_enterprise', parent: 'ubnd', party: 'agenciesParty' },
  { key: 'tanPhuParty', code: 'AK-TP-DU', name: 'Đảng ủy xã Tân Phú', type: 'party_committee', parent: 'provParty' },
  { key: 'tanPhu', code: 'AK-TP', name: 'Ủy ban nhân dân xã Tân Phú', type: 'commune', parent: 'province', party: 'tanPhuParty' },
  { key: 'binhMinhParty', code: 'AK-BM-DU', name: 'Đảng ủy phường Bình Minh', type: 'party_committee', parent: 'provParty' },
  { key: 'binhMinh', code: 'AK-BM', name: 'Ủy ban nhân dân phường Bình Minh', type: 'commune', parent: 'province', party: 'binhMinhParty' },
];

interface PersonSpec {
  username: string;
  name: string;
  unit: string;
  position: string;
  grants: [Role, string, boolean?][];
}

export const DEMO_PEOPLE: PersonSpec[] = [
  { username: 'quantri', name: 'Nguyễn Quản Trị', unit: 'homeAffairs', position: 'chuyen_vien', grants: [['administrator', 'central', true]] },
  { username: 'chutich', name: 'Trần Văn Chủ', unit: 'ubnd', position: 'chu_tich_ubnd', grants: [['head', 'ubnd'], ['proposer', 'ubnd']] },
  { username: 'phochutich', name: 'Lê Thị Phó', unit: 'ubnd', position: 'pho_chu_tich_ubnd', grants: [['deputy', 'ubnd'], ['proposer', 'ubnd']] },
  { username: 'giamdoc.stc', name: 'Phạm Minh Đức', unit: 'finance', position: 'giam_doc_so', grants: [['head', 'finance'], ['proposer', 'finance']] },
  { username: 'phogiamdoc1.stc', name: 'Hoàng Thị Lan', unit: 'finance', position: 'pho_giam_doc_so', grants: [['deputy', 'finance'], ['proposer', 'finance']] },
  { username: 'phogiamdoc2.stc', name: 'Võ Quốc Huy', unit: 'finance', position: 'pho_giam_doc_so', grants: [['deputy', 'finance'], ['proposer', 'finance']] },
  { username: 'truongphong.stc', name: 'Đặng Thu Hà', unit: 'finance', position: 'truong_phong', grants: [['proposer', 'finance']] },
  { username: 'chuyenvien.stc', name: 'Bùi Văn Nam', unit: 'finance', position: 'chuyen_vien', grants: [['proposer', 'finance'], ['implementer', 'finance']] },
  { username: 'dangu.ducq', name: 'Ngô Thị Hằng', unit: 'agenciesParty', position: 'chuyen_vien', grants: [['party_liaison', 'agenciesParty']] },
  { username: 'dangu.tinhuy', name: 'Đỗ Văn Tâm', unit: 'provParty', position: 'chuyen_vien', grants: [['party_liaison', 'provParty']] },
  { username: 'thamdinh.skhcn', name: 'Lý Thanh Tùng', unit: 'science', position: 'truong_phong', grants: [['appraiser', 'science']] },
  { username: 'thanhtra', name: 'Mai Xuân Trường', unit: 'ubnd', position: 'chuyen_vien', grants: [['inspector', 'ubnd', true]] },
  { username: 'tochuc.snv', name: 'Trịnh Thị Mai', unit: 'homeAffairs', position: 'chuyen_vien', grants: [['org_officer', 'province', true]] },
  { username: 'giamdoc.snv', name: 'Phan Văn Khải', unit: 'homeAffairs', position: 'giam_doc_so', grants: [['head', 'homeAffairs'], ['proposer', 'homeAffairs']] },
  { username: 'truongphong.snv', name: 'Cao Thị Nga', unit: 'homeAffairs', position: 'truong_phong', grants: [['proposer', 'homeAffairs']] },
  { username: 'chutich.tanphu', name: 'Dương Văn Phú', unit: 'tanPhu', position: 'chu_tich_ubnd', grants: [['head', 'tanPhu'], ['proposer', 'tanPhu']] },
  { username: 'phochutich.tanphu', name: 'Hồ Thị Xuân', unit: 'tanPhu', position: 'pho_chu_tich_ubnd', grants: [['deputy', 'tanPhu'], ['proposer', 'tanPhu']] },
  { username: 'dangu.tanphu', name: 'Tạ Văn Sơn', unit: 'tanPhuParty', position: 'cong_chuc_xa', grants: [['party_liaison', 'tanPhuParty']] },
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
        .values({ id, code: u.code, name: u.name, search_name: foldForSearch(u.name), type_code: u.type, parent_id: u.parent ? units[u.parent]! : null, party_committee_unit_id: u.party ? units[u.party]! : null, ancestor_ids: ancestors[u.key]! })
        .execute();
    }
    const passwordHash = await hashPassword(password);
    for (const p of DEMO_PEOPLE) {
      const id = randomUUID();
      await tx
        .insertInto('people')
        .values({ id, full_name: p.name, search_name: foldForSearch(p.name), unit_id: units[p.unit]!, position_code: p.position, username: p.username, password_hash: passwordHash, email: `${p.username}@ankhang.example` })
        .execute();
      for (const [role, unit, subtree] of p.grants) {
        await tx.insertInto('role_grants').values({ id: randomUUID(), person_id: id, unit_id: units[unit]!, role, include_subtree: subtree ?? false, granted_by: null }).execute();
      }
    }
  });
  return demoIds(db);
}

async function demoIds(db: Db): Promise<DemoOrganisation> {
  const unitRows = await db.selectFrom('units').select(['id', 'code']).execute();
  const byCode = new Map(unitRows.map((u) => [u.code, u.id]));
  const units = Object.fromEntries(DEMO_UNITS.filter((u) => byCode.has(u.code)).map((u) => [u.key, byCode.get(u.code)!]));
  const peopleRows = await db.selectFrom('people').select(['id', 'username']).where('username', 'is not', null).execute();
  const people = Object.fromEntries(peopleRows.map((p) => [p.username!, p.id]));
  return { units, people };
}
