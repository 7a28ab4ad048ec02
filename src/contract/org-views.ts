import type { Role } from './roles.ts';

/** A role held on a unit, as `GET /api/me` lists it. */
export interface Grant {
  id: string;
  unitId: string;
  unitName: string;
  role: Role;
  includeSubtree: boolean;
}

/** `GET /api/me`: the signed-in person. */
export interface Me {
  id: string;
  fullName: string;
  username: string | null;
  email: string | null;
  unit: { id: string; name: string };
  position: { code: string; vi: string; en: string } | null;
  grants: Grant[];
  /** An administrator set the password: the person must choose their own before anything else. */
  mustChangePassword?: boolean;
}

/** A line of `GET /api/units`. */
export interface Unit {
  id: string;
  code: string;
  name: string;
  type_code: string;
  parent_id: string | null;
  party_committee_unit_id: string | null;
  active: boolean;
  child_count: number;
}

export interface UnitDetail extends Omit<Unit, 'child_count'> {
  ancestor_ids: string[];
  leaders: { id: string; full_name: string; role: Role }[];
}

/** A line of `GET /api/people`. */
export interface Person {
  id: string;
  full_name: string;
  unit_id: string;
  unit_name: string;
  position_code: string | null;
  active: boolean;
}

export interface PersonGrant {
  id: string;
  unit_id: string;
  unit_name: string;
  role: Role;
  include_subtree: boolean;
}

export interface PersonDetail extends Person {
  email: string | null;
  username: string | null;
  grants: PersonGrant[] | null;
}

/** A coded reference value (unit type, domain) with its Vietnamese and English names. */
export interface CodeName {
  code: string;
  name_vi: string;
  name_en: string;
}

export interface Position extends CodeName {
  covered_by_decree: boolean;
}

export interface ProfileVersion {
  code: string;
  version: number;
  publishedAt: string;
  definition: Record<string, unknown> & { name: { vi: string; en: string }; legalBasis: string };
}
