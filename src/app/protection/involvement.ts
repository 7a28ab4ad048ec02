import type { Tx } from '../../db/kysely.ts';
import type { CaseRow } from '../../db/schema.ts';
import type { CaseFacts } from '../../db/case-facts.ts';
import { headOf } from '../../db/repositories/org-repository.ts';
import { DomainError } from '../../domain/errors.ts';
import type { InvolvementRole } from '../../domain/protection/index.ts';
import { overrideSigners } from './case-record-facts.ts';

/**
 * Everyone who answers for a proposal gets a determination of their own: the proposer,
 * co-proposers, implementers, and a head who overrode the collective's rejection (that head
 * answers for it before the superior agency, Art. 8(1)). A person with several roles gets one
 * determination under the role that weighs most, listing the others.
 */
const PRECEDENCE: readonly InvolvementRole[] = ['proposer', 'co_proposer', 'implementer', 'override_signer'];

export interface Involvement {
  personId: string;
  role: InvolvementRole;
  roles: InvolvementRole[];
  /** The unit whose head decides this person's determination. */
  decidingUnitId: string;
}

export function involvedRoles(
  row: CaseRow,
  facts: CaseFacts,
  overrideSignerIds: string[],
): Map<string, InvolvementRole[]> {
  const roles = new Map<string, InvolvementRole[]>();
  const add = (id: string, role: InvolvementRole) => {
    const list = roles.get(id) ?? [];
    if (!list.includes(role)) list.push(role);
    roles.set(id, list);
  };
  add(row.proposer_id, 'proposer');
  facts.coProposerIds.forEach((id) => add(id, 'co_proposer'));
  facts.implementerIds.forEach((id) => add(id, 'implementer'));
  overrideSignerIds.forEach((id) => add(id, 'override_signer'));
  for (const list of roles.values()) list.sort((a, b) => PRECEDENCE.indexOf(a) - PRECEDENCE.indexOf(b));
  return roles;
}

/**
 * Nobody decides their own protection: the determination of the deciding unit's head (an override
 * signer, or a head who is also an implementer) goes to the head of the superior unit.
 */
export async function involvedPeople(tx: Tx, row: CaseRow, facts: CaseFacts): Promise<Involvement[]> {
  const receivingUnitId = row.receiving_unit_id;
  if (!receivingUnitId) throw new DomainError('conflict', 'no_deciding_body');
  const [signers, headId, unit] = await Promise.all([
    overrideSigners(tx, row.id),
    headOf(tx, receivingUnitId),
    tx.selectFrom('units').select('parent_id').where('id', '=', receivingUnitId).executeTakeFirstOrThrow(),
  ]);
  const superiorUnitId = unit.parent_id ?? receivingUnitId;
  return [...involvedRoles(row, facts, signers)].map(([personId, roles]) => ({
    personId,
    role: roles[0]!,
    roles,
    decidingUnitId: personId === headId || roles.includes('override_signer') ? superiorUnitId : receivingUnitId,
  }));
}
