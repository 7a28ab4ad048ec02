import type { PersonIdentityRow } from '../../db/repositories/identity-repository.ts';
import type { PersonIdentity } from '../../contract/sso.ts';

export const presentPersonIdentity = (r: PersonIdentityRow): PersonIdentity => ({
  id: r.id,
  issuer: r.issuer,
  subject: r.subject,
  linkedVia: r.linked_via,
  linkedBy: r.linked_by,
  linkedAt: new Date(r.linked_at).toISOString(),
});
