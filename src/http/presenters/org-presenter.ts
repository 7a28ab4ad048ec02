import type {
  CodeName,
  Domain,
  Person,
  PersonDetail,
  PersonGrant,
  PersonRecord,
  Position,
  RoleGrantRecord,
  Unit,
  UnitDetail,
  UnitRecord,
} from '../../contract/org-views.ts';
import type { Role } from '../../contract/roles.ts';

interface UnitRow {
  id: string;
  code: string;
  name: string;
  type_code: string;
  parent_id: string | null;
  party_committee_unit_id: string | null;
  active: boolean;
}

const unitFields = (u: UnitRow) => ({
  id: u.id,
  code: u.code,
  name: u.name,
  typeCode: u.type_code,
  parentId: u.parent_id,
  partyCommitteeUnitId: u.party_committee_unit_id,
  active: u.active,
});

export const presentUnit = (u: UnitRow & { parent_name: string | null; child_count: number }): Unit => ({
  ...unitFields(u),
  parentName: u.parent_name,
  childCount: u.child_count,
});

export const presentUnitRecord = (u: UnitRow & { ancestor_ids: string[] }): UnitRecord => ({
  ...unitFields(u),
  ancestorIds: u.ancestor_ids,
});

export const presentUnitDetail = (d: {
  unit: UnitRow & { ancestor_ids: string[] };
  leaders: { id: string; full_name: string; role: string }[];
}): UnitDetail => ({
  ...presentUnitRecord(d.unit),
  leaders: d.leaders.map((l) => ({ id: l.id, fullName: l.full_name, role: l.role as Role })),
});

interface PersonRow {
  id: string;
  full_name: string;
  unit_id: string;
  unit_name: string;
  position_code: string | null;
  active: boolean;
}

export const presentPerson = (p: PersonRow): Person => ({
  id: p.id,
  fullName: p.full_name,
  unitId: p.unit_id,
  unitName: p.unit_name,
  positionCode: p.position_code,
  active: p.active,
});

const presentPersonGrant = (g: {
  id: string;
  unit_id: string;
  unit_name: string;
  role: string;
  include_subtree: boolean;
}): PersonGrant => ({
  id: g.id,
  unitId: g.unit_id,
  unitName: g.unit_name,
  role: g.role as Role,
  includeSubtree: g.include_subtree,
});

export const presentPersonDetail = (
  p: PersonRow & {
    email: string | null;
    username: string | null;
    grants: Parameters<typeof presentPersonGrant>[0][] | null;
  },
): PersonDetail => ({
  ...presentPerson(p),
  email: p.email,
  username: p.username,
  grants: p.grants?.map(presentPersonGrant) ?? null,
});

export const presentPersonRecord = (
  p: Omit<PersonRow, 'unit_name'> & {
    email: string | null;
    username: string | null;
  },
): PersonRecord => ({
  id: p.id,
  fullName: p.full_name,
  email: p.email,
  unitId: p.unit_id,
  positionCode: p.position_code,
  username: p.username,
  active: p.active,
});

export const presentRoleGrantRecord = (g: {
  id: string;
  person_id: string;
  unit_id: string;
  role: string;
  include_subtree: boolean;
}): RoleGrantRecord => ({
  id: g.id,
  personId: g.person_id,
  unitId: g.unit_id,
  role: g.role as Role,
  includeSubtree: g.include_subtree,
});

export const presentCodeName = (r: { code: string; name_vi: string; name_en: string }): CodeName => ({
  code: r.code,
  nameVi: r.name_vi,
  nameEn: r.name_en,
});

export const presentPosition = (
  r: Parameters<typeof presentCodeName>[0] & { covered_by_decree: boolean },
): Position => ({
  ...presentCodeName(r),
  coveredByDecree: r.covered_by_decree,
});

export const presentDomain = (
  r: Parameters<typeof presentCodeName>[0] & { sort: number; active: boolean },
): Domain => ({
  ...presentCodeName(r),
  sort: r.sort,
  active: r.active,
});
