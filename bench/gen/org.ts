import { foldForSearch } from '../../src/domain/text/fold-for-search.ts';
import type { Role } from '../../src/domain/case/case-snapshot.ts';
import { Rng } from './rng.ts';
import type { Scale } from './scales.ts';
import {
  COMMUNE_SUB_UNITS,
  communeNames,
  DEPARTMENT_SUB_UNITS,
  DEPARTMENTS,
  DEPT,
  ENTERPRISES,
  personName,
  PROVINCES,
} from './vietnamese.ts';

type Kind = 'root' | 'province' | 'party' | 'ubnd' | 'dept' | 'deptSub' | 'enterprise' | 'commune' | 'communeSub';

export interface GenUnit {
  id: string;
  code: string;
  name: string;
  search_name: string;
  type_code: string;
  parent_id: string | null;
  party_committee_unit_id: string | null;
  ancestor_ids: string[];
  kind: Kind;
  /** A short place name for case titles. */
  place: string;
}

export interface GenPerson {
  id: string;
  full_name: string;
  search_name: string;
  email: string;
  unit_id: string;
  area_id: string;
  position_code: string;
  username: string;
  password_hash: string;
}

export interface GenGrant {
  id: string;
  person_id: string;
  unit_id: string;
  role: Role;
  include_subtree: boolean;
}

export interface Org {
  units: GenUnit[];
  people: GenPerson[];
  grants: GenGrant[];
  unit: Map<string, GenUnit>;
  personUnit: Map<string, string>;
  head: Map<string, string>;
  deputies: Map<string, string[]>;
  liaisons: Map<string, string[]>;
  implementers: Map<string, string[]>;
  appraisers: string[];
  inspectors: string[];
  /** People who may propose, with how active they are. */
  proposers: [GenPerson, number][];
}

const HEAD_POSITION: Record<Kind, string> = {
  root: 'chuyen_vien',
  province: 'chuyen_vien',
  party: 'bi_thu',
  ubnd: 'chu_tich_ubnd',
  dept: 'giam_doc_so',
  deptSub: 'truong_phong',
  enterprise: 'chuc_danh_doanh_nghiep',
  commune: 'chu_tich_ubnd',
  communeSub: 'vien_chuc_quan_ly',
};
const DEPUTY_POSITION: Record<Kind, string> = {
  ...HEAD_POSITION,
  ubnd: 'pho_chu_tich_ubnd',
  dept: 'pho_giam_doc_so',
  deptSub: 'pho_truong_phong',
  commune: 'pho_chu_tich_ubnd',
};
const DEPUTIES: Record<Kind, number> = {
  root: 0,
  province: 0,
  party: 1,
  ubnd: 3,
  dept: 2,
  deptSub: 1,
  enterprise: 1,
  commune: 2,
  communeSub: 1,
};
const STAFF_WEIGHT: Record<Kind, number> = {
  root: 0,
  province: 0,
  party: 0.5,
  ubnd: 4,
  dept: 3,
  deptSub: 1,
  enterprise: 2,
  commune: 1.5,
  communeSub: 0.8,
};
const ACTIVITY: Record<Kind, number> = {
  root: 0,
  province: 0,
  party: 0,
  ubnd: 3,
  dept: 3,
  deptSub: 1.5,
  enterprise: 1.5,
  commune: 1,
  communeSub: 0.7,
};

export function emptyOrg(): Org {
  return {
    units: [],
    people: [],
    grants: [],
    unit: new Map(),
    personUnit: new Map(),
    head: new Map(),
    deputies: new Map(),
    liaisons: new Map(),
    implementers: new Map(),
    appraisers: [],
    inspectors: [],
    proposers: [],
  };
}

class Builder {
  constructor(
    readonly org: Org,
    readonly rng: Rng,
    readonly passwordHash: string,
  ) {}

  unit(
    kind: Kind,
    code: string,
    name: string,
    type: string,
    parent: GenUnit | null,
    party: GenUnit | null,
    place = name,
  ): GenUnit {
    const id = this.rng.uuid();
    const u: GenUnit = {
      id,
      code,
      name,
      search_name: foldForSearch(name),
      type_code: type,
      parent_id: parent?.id ?? null,
      party_committee_unit_id: party?.id ?? null,
      ancestor_ids: [...(parent?.ancestor_ids ?? []), id],
      kind,
      place,
    };
    this.org.units.push(u);
    this.org.unit.set(id, u);
    return u;
  }

  person(u: GenUnit, position: string, k: number, grants: [Role, string, boolean?][]): GenPerson {
    const full = personName(this.rng);
    const username = `${u.code.toLowerCase()}.${k}`;
    const p: GenPerson = {
      id: this.rng.uuid(),
      full_name: full,
      search_name: foldForSearch(full),
      email: `${username}@bench.khien.example`,
      unit_id: u.id,
      // Migration 035's trigger, off during the bulk load: the unit below the national root.
      area_id: u.ancestor_ids[1] ?? u.id,
      position_code: position,
      username,
      password_hash: this.passwordHash,
    };
    this.org.people.push(p);
    this.org.personUnit.set(p.id, u.id);
    for (const [role, unitId, subtree] of grants)
      this.org.grants.push({
        id: this.rng.uuid(),
        person_id: p.id,
        unit_id: unitId,
        role,
        include_subtree: subtree ?? false,
      });
    return p;
  }

  /** The leadership and staff of one unit; returns the staff for special duties. */
  staff(u: GenUnit, count: number): GenPerson[] {
    let k = 1;
    const party = u.kind === 'party';
    const head = this.person(
      u,
      HEAD_POSITION[u.kind],
      k++,
      party
        ? [['head', u.id]]
        : [
            ['head', u.id],
            ['proposer', u.id],
          ],
    );
    this.org.head.set(u.id, head.id);
    const deputies: string[] = [];
    for (let i = 0; i < DEPUTIES[u.kind]; i++) {
      const d = this.person(
        u,
        DEPUTY_POSITION[u.kind],
        k++,
        party
          ? [['deputy', u.id]]
          : [
              ['deputy', u.id],
              ['proposer', u.id],
            ],
      );
      deputies.push(d.id);
      if (!party) this.org.proposers.push([d, 2 * ACTIVITY[u.kind]]);
    }
    this.org.deputies.set(u.id, deputies);
    // Heads of subordinate units propose to their superior; top-level heads rarely propose at all.
    if (u.kind === 'deptSub' || u.kind === 'communeSub') this.org.proposers.push([head, ACTIVITY[u.kind]]);
    if (u.kind === 'dept') this.org.proposers.push([head, 0.5]);
    const out: GenPerson[] = [];
    const commune = u.kind === 'commune' || u.kind === 'communeSub';
    for (let i = 0; i < count; i++) {
      if (party) {
        const liaison = i < 2;
        const p = this.person(
          u,
          commune ? 'cong_chuc_xa' : 'chuyen_vien',
          k++,
          liaison ? [['party_liaison', u.id]] : [],
        );
        if (liaison) this.org.liaisons.set(u.id, [...(this.org.liaisons.get(u.id) ?? []), p.id]);
        continue;
      }
      const covered = this.rng.chance(0.25);
      const implementer = !covered && this.rng.chance(0.3);
      const position = covered
        ? u.type_code === 'public_service_unit'
          ? 'vien_chuc_quan_ly'
          : 'pho_truong_phong'
        : commune
          ? 'cong_chuc_xa'
          : 'chuyen_vien';
      const grants: [Role, string][] = covered ? [['proposer', u.id]] : implementer ? [['implementer', u.id]] : [];
      const p = this.person(u, position, k++, grants);
      if (covered) this.org.proposers.push([p, 3 * ACTIVITY[u.kind]]);
      if (implementer) this.org.implementers.set(u.id, [...(this.org.implementers.get(u.id) ?? []), p.id]);
      out.push(p);
    }
    return out;
  }
}

/** The national root with the people who oversee every province. */
export function buildRoot(org: Org, passwordHash: string): GenUnit {
  const b = new Builder(org, Rng.for('root'), passwordHash);
  const root = b.unit('root', 'TW', 'Trung ương', 'central', null, null, 'Trung ương');
  b.person(root, 'chuyen_vien', 1, [['administrator', root.id, true]]);
  b.person(root, 'chuyen_vien', 2, [['inspector', root.id, true]]);
  b.person(root, 'chuyen_vien', 3, [['org_officer', root.id, true]]);
  return root;
}

/** One province: Party committees, People's Committee, departments, enterprises, communes. */
export function buildProvince(org: Org, root: GenUnit, p: number, scale: Scale, passwordHash: string): GenUnit {
  const rng = Rng.for('province', p);
  const b = new Builder(org, rng, passwordHash);
  const pc = `T${String(p + 1).padStart(2, '0')}`;
  const pname = PROVINCES[p % PROVINCES.length]!;
  const short = pname.replace(/^(Tỉnh|Thành phố) /, '');
  const planned: [GenUnit, number][] = [];
  const add = (u: GenUnit) => (planned.push([u, STAFF_WEIGHT[u.kind]]), u);
  const province = b.unit('province', pc, pname, 'province', root, null, short);
  const tu = add(
    b.unit(
      'party',
      `${pc}-TU`,
      `${pname.startsWith('Tỉnh') ? 'Tỉnh' : 'Thành'} ủy ${short}`,
      'party_committee',
      province,
      null,
    ),
  );
  const ducq = add(
    b.unit(
      'party',
      `${pc}-DUCQ`,
      `Đảng ủy các cơ quan ${pname.toLowerCase().startsWith('tỉnh') ? 'tỉnh' : 'thành phố'} ${short}`,
      'party_committee',
      tu,
      null,
    ),
  );
  const ubnd = add(
    b.unit(
      'ubnd',
      `${pc}-UBND`,
      `Ủy ban nhân dân ${pname.charAt(0).toLowerCase()}${pname.slice(1)}`,
      'peoples_committee',
      province,
      tu,
      short,
    ),
  );
  const depts: GenUnit[] = [];
  for (let d = 0; d < scale.departments; d++) {
    const name = `${DEPARTMENTS[d % DEPARTMENTS.length]!} ${short}`;
    const dept = add(b.unit('dept', `${pc}-S${String(d + 1).padStart(2, '0')}`, name, 'department', ubnd, ducq, name));
    depts.push(dept);
    for (let s = 0; s < scale.subUnitsPerDepartment; s++) {
      const [type, sub] = DEPARTMENT_SUB_UNITS[s % DEPARTMENT_SUB_UNITS.length]!;
      add(
        b.unit(
          'deptSub',
          `${dept.code}-${s + 1}`,
          `${sub}, ${DEPARTMENTS[d % DEPARTMENTS.length]!}`,
          type,
          dept,
          ducq,
          name,
        ),
      );
    }
  }
  ENTERPRISES.forEach((e, i) =>
    add(b.unit('enterprise', `${pc}-DN${i + 1}`, `${e} ${short}`, 'state_enterprise', ubnd, ducq)),
  );
  communeNames(rng, scale.communes).forEach((name, i) => {
    const c = `${pc}-X${String(i + 1).padStart(3, '0')}`;
    const level = rng.chance(0.2) ? 'phường' : 'xã';
    const party = add(b.unit('party', `${c}-DU`, `Đảng ủy ${level} ${name}`, 'party_committee', tu, null));
    const commune = add(
      b.unit('commune', c, `Ủy ban nhân dân ${level} ${name}`, 'commune', province, party, `${level} ${name}`),
    );
    COMMUNE_SUB_UNITS.forEach(([type, sub], s) =>
      add(b.unit('communeSub', `${c}-${s + 1}`, `${sub} ${level} ${name}`, type, commune, party, `${level} ${name}`)),
    );
  });
  const leaders = planned.reduce((a, [u]) => a + 1 + DEPUTIES[u.kind], 0);
  const totalWeight = planned.reduce((a, [, w]) => a + w, 0);
  const staffBudget = Math.max(planned.length * 2, scale.peoplePerProvince - leaders);
  for (const [u, w] of planned) {
    const staff = b.staff(u, Math.max(u.kind === 'party' ? 2 : 1, Math.round((staffBudget * w) / totalWeight)));
    const dept = depts.indexOf(u);
    if (dept === DEPT.homeAffairs)
      staff.slice(0, 2).forEach((s) =>
        org.grants.push({
          id: rng.uuid(),
          person_id: s.id,
          unit_id: province.id,
          role: 'org_officer',
          include_subtree: true,
        }),
      );
    if (dept === DEPT.inspectorate) {
      staff.slice(0, 4).forEach((s) => {
        org.grants.push({
          id: rng.uuid(),
          person_id: s.id,
          unit_id: province.id,
          role: 'inspector',
          include_subtree: true,
        });
        org.inspectors.push(s.id);
      });
    }
    if (dept === DEPT.justice || dept === DEPT.science) {
      staff.slice(-3).forEach((s) => {
        org.grants.push({ id: rng.uuid(), person_id: s.id, unit_id: u.id, role: 'appraiser', include_subtree: false });
        org.appraisers.push(s.id);
      });
    }
  }
  return province;
}
