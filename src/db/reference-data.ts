import type { Db } from './kysely.ts';
import { BUILT_IN_PROFILES } from '../domain/profile/procedure-profile.ts';

/** Reference data every installation needs; inserted idempotently at start, never overwriting edits. */
export const UNIT_TYPES = [
  ['central', 'Cơ quan trung ương', 'Central agency'],
  ['ministry', 'Bộ, cơ quan ngang bộ', 'Ministry'],
  ['province', 'Tỉnh, thành phố trực thuộc trung ương', 'Province or centrally governed city'],
  ['party_committee', 'Cấp ủy, tổ chức đảng', 'Party committee'],
  ['peoples_committee', 'Ủy ban nhân dân', "People's Committee"],
  ['department', 'Sở, ban, ngành', 'Department'],
  ['public_service_unit', 'Đơn vị sự nghiệp công lập', 'Public service unit'],
  ['state_enterprise', 'Doanh nghiệp nhà nước', 'State enterprise'],
  ['commune', 'Xã, phường, đặc khu', 'Commune or ward'],
] as const;

/** Whether a position is covered by Decree 73 Art. 2 is data: local plans extend the policy. */
export const POSITIONS = [
  ['chu_tich_ubnd', 'Chủ tịch Ủy ban nhân dân', "Chair of the People's Committee", true],
  ['pho_chu_tich_ubnd', 'Phó Chủ tịch Ủy ban nhân dân', "Vice-chair of the People's Committee", true],
  // A Party post: not among the leaders and managers Decree 73 Art. 2 covers (spec §(b), G7).
  ['bi_thu', 'Bí thư cấp ủy', 'Party secretary', false],
  ['giam_doc_so', 'Giám đốc sở', 'Director of department', true],
  ['pho_giam_doc_so', 'Phó Giám đốc sở', 'Deputy director of department', true],
  ['truong_phong', 'Trưởng phòng', 'Head of division', true],
  ['pho_truong_phong', 'Phó Trưởng phòng', 'Deputy head of division', true],
  ['vien_chuc_quan_ly', 'Viên chức quản lý đơn vị sự nghiệp', 'Managing public employee', true],
  ['chuc_danh_doanh_nghiep', 'Người giữ chức danh, chức vụ tại doanh nghiệp', 'Enterprise post-holder', true],
  ['dai_dien_von_nha_nuoc', 'Người đại diện phần vốn nhà nước', 'State-capital representative', true],
  ['chuyen_vien', 'Chuyên viên', 'Specialist', false],
  ['cong_chuc_xa', 'Công chức cấp xã', 'Commune civil servant', false],
] as const;

export const DOMAIN_LIST = [
  ['economy', 'Kinh tế', 'Economy'],
  ['culture', 'Văn hóa', 'Culture'],
  ['society', 'Xã hội', 'Society'],
  ['defence_security', 'Quốc phòng, an ninh', 'Defence and security'],
  ['party_building', 'Xây dựng Đảng', 'Party building'],
  ['government_building', 'Xây dựng chính quyền', 'Government building'],
  ['mass_mobilisation', 'Dân vận', 'Mass mobilisation'],
] as const;

export async function seedReferenceData(db: Db): Promise<void> {
  await db
    .insertInto('unit_types')
    .values(UNIT_TYPES.map(([code, name_vi, name_en]) => ({ code, name_vi, name_en })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('positions')
    .values(
      POSITIONS.map(([code, name_vi, name_en, covered_by_decree]) => ({ code, name_vi, name_en, covered_by_decree })),
    )
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('domains')
    .values(DOMAIN_LIST.map(([code, name_vi, name_en], sort) => ({ code, name_vi, name_en, sort })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  await db
    .insertInto('procedure_profiles')
    .values(BUILT_IN_PROFILES.map((p) => ({ code: p.code, version: p.version, definition: JSON.stringify(p) })))
    .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
    .execute();
}
