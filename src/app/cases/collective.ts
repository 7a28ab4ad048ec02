import type { Db, Tx } from '../../db/kysely.ts';
import { collectiveOf } from '../../db/repositories/org-repository.ts';
import type { CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';

/**
 * The body that votes on the case: the receiving unit's leadership collective (Decree 73), or
 * the standing body of its Party committee where a local profile says so. A deputy who is a
 * proposer or co-proposer is excluded from the vote (Art. 8(1)).
 */
export async function decidingCollective(
  tx: Db | Tx,
  c: CaseSnapshot,
): Promise<{ headId: string; members: string[]; excluded: string[] }> {
  const unitId = c.profile.decidingBody === 'party_standing_committee' ? c.receivingPartyUnitId : c.receivingUnitId;
  if (!unitId) throw new DomainError('conflict', 'no_deciding_body');
  const { headId, members } = await collectiveOf(tx, unitId);
  if (!headId) throw new DomainError('conflict', 'unit_has_no_head', [], { unitId });
  const proposers = new Set([c.proposerId, ...c.coProposerIds]);
  return { headId, members, excluded: members.filter((m) => proposers.has(m) && m !== headId) };
}
