import { Type, type Static } from 'typebox';
import { ROLES, type Role } from './roles.ts';

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
  /** After the password: `pending` — give the second factor; `enrol` — the role requires enrolling one first. */
  secondFactor?: 'pending' | 'enrol' | null;
}

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
// `Unsafe` keeps the static type a `Role`; the union of literals is what is validated and documented.
const RoleSchema = Type.Unsafe<Role>(Type.Union(ROLES.map((r) => Type.Literal(r))));

const unitFields = {
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  typeCode: Type.String(),
  parentId: Nullable(Type.String()),
  partyCommitteeUnitId: Nullable(Type.String()),
  active: Type.Boolean(),
};

/** A line of `GET /api/units`, with the name of the unit above it: many units share a name ("Văn phòng"). */
export const UnitSchema = Type.Object({
  ...unitFields,
  parentName: Nullable(Type.String()),
  childCount: Type.Integer(),
});
export type Unit = Static<typeof UnitSchema>;
/** `GET /api/units`: a page of one level of the tree (or of a search), in the order of names. */
export const UnitListSchema = Type.Object({
  items: Type.Array(UnitSchema),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});
export type UnitList = Static<typeof UnitListSchema>;

/** A unit as created or changed (`POST`, `PATCH /api/units`): its path from the national root, itself last. */
export const UnitRecordSchema = Type.Object({ ...unitFields, ancestorIds: Type.Array(Type.String()) });
export type UnitRecord = Static<typeof UnitRecordSchema>;

/** `GET /api/units/{id}`: the unit and its leaders. */
export const UnitDetailSchema = Type.Object({
  ...UnitRecordSchema.properties,
  leaders: Type.Array(Type.Object({ id: Type.String(), fullName: Type.String(), role: RoleSchema })),
});
export type UnitDetail = Static<typeof UnitDetailSchema>;

/** A line of `GET /api/people`. */
export const PersonSchema = Type.Object({
  id: Type.String(),
  fullName: Type.String(),
  unitId: Type.String(),
  unitName: Type.String(),
  positionCode: Nullable(Type.String()),
  active: Type.Boolean(),
});
export type Person = Static<typeof PersonSchema>;
export const PersonListSchema = Type.Object({ items: Type.Array(PersonSchema) });

/** A role grant as a person's page lists it. */
export const PersonGrantSchema = Type.Object({
  id: Type.String(),
  unitId: Type.String(),
  unitName: Type.String(),
  role: RoleSchema,
  includeSubtree: Type.Boolean(),
});
export type PersonGrant = Static<typeof PersonGrantSchema>;

/** `GET /api/people/{id}`: e-mail, username and grants are null for those who may not see them. */
export const PersonDetailSchema = Type.Object({
  ...PersonSchema.properties,
  email: Nullable(Type.String()),
  username: Nullable(Type.String()),
  grants: Nullable(Type.Array(PersonGrantSchema)),
});
export type PersonDetail = Static<typeof PersonDetailSchema>;

/** A person as created or changed (`POST`, `PATCH /api/people`). */
export const PersonRecordSchema = Type.Object({
  id: Type.String(),
  fullName: Type.String(),
  email: Nullable(Type.String()),
  unitId: Type.String(),
  positionCode: Nullable(Type.String()),
  username: Nullable(Type.String()),
  active: Type.Boolean(),
});
export type PersonRecord = Static<typeof PersonRecordSchema>;

/** `POST /api/people/{id}/grants`: the grant made. */
export const RoleGrantRecordSchema = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  unitId: Type.String(),
  role: RoleSchema,
  includeSubtree: Type.Boolean(),
});
export type RoleGrantRecord = Static<typeof RoleGrantRecordSchema>;

/** A coded reference value (unit type, domain) with its Vietnamese and English names. */
export const CodeNameSchema = Type.Object({ code: Type.String(), nameVi: Type.String(), nameEn: Type.String() });
export type CodeName = Static<typeof CodeNameSchema>;
export const CodeNameListSchema = Type.Object({ items: Type.Array(CodeNameSchema) });

export const PositionSchema = Type.Object({ ...CodeNameSchema.properties, coveredByDecree: Type.Boolean() });
export type Position = Static<typeof PositionSchema>;
export const PositionListSchema = Type.Object({ items: Type.Array(PositionSchema) });

/** A domain a proposal is filed under, in its display order. */
export const DomainSchema = Type.Object({ ...CodeNameSchema.properties, sort: Type.Integer(), active: Type.Boolean() });
export type Domain = Static<typeof DomainSchema>;
export const DomainListSchema = Type.Object({ items: Type.Array(DomainSchema) });

export const OkSchema = Type.Object({ ok: Type.Boolean() });

export interface ProfileVersion {
  code: string;
  version: number;
  publishedAt: string;
  definition: Record<string, unknown> & { name: { vi: string; en: string }; legalBasis: string };
}
