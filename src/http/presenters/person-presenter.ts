import type { AppContext } from '../../app/context.ts';
import { signedInPerson } from '../../app/org/signed-in-person.ts';

export async function presentMe(app: AppContext, personId: string) {
  const { person, grants } = await signedInPerson(app, personId);
  return {
    id: person.id,
    fullName: person.full_name,
    username: person.username,
    email: person.email,
    unit: { id: person.unit_id, name: person.unit_name },
    position: person.position_code
      ? { code: person.position_code, vi: person.position_vi, en: person.position_en }
      : null,
    grants: grants.map((g) => ({
      id: g.id,
      unitId: g.unit_id,
      unitName: g.unit_name,
      role: g.role,
      includeSubtree: g.include_subtree,
    })),
  };
}
