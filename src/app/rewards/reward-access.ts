import type { Tx, Db } from '../../db/kysely.ts';
import type { CaseRow } from '../../db/schema.ts';
import { factsOf } from '../../db/case-facts.ts';
import { headOf } from '../../db/repositories/org-repository.ts';
import type { Actor, CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import { relationsOf, type Relation } from '../../domain/case/relations.ts';
import type { FieldIssue } from '../../domain/errors.ts';
import type { BeneficiaryKind } from '../../domain/protection/index.ts';

/**
 * Rewards are proposed and tracked by the deciding unit's head or by the organisation officer in
 * scope (who recommends them, Art. 10); the reward itself is issued by the competent authority,
 * whose decision (signer, number, date, legal basis) is recorded here.
 */
const REWARD_MANAGERS: readonly Relation[] = ['head', 'org_officer_in_scope'];

export const REWARD_ACTIONS = ['propose_reward', 'record_reward_decision', 'record_reward_outcome'] as const;
export type RewardAction = (typeof REWARD_ACTIONS)[number];

export function rewardManagerRelation(actor: Actor, snapshot: CaseSnapshot): Relation | null {
  const relations = relationsOf(actor, snapshot);
  return REWARD_MANAGERS.find((r) => relations.has(r)) ?? null;
}

/**
 * Who may act on a reward proposal in each status: the managers above, as the case rule table
 * reads. Proposing itself depends on the case (an evaluated case), not on a proposal's status.
 */
export const REWARD_RULES = {
  propose_reward: { from: [], who: REWARD_MANAGERS },
  record_reward_decision: { from: ['proposed'], who: REWARD_MANAGERS },
  record_reward_outcome: { from: ['granted'], who: REWARD_MANAGERS },
} as const satisfies Record<RewardAction, { from: readonly string[]; who: readonly Relation[] }>;

export function proposalActions(actor: Actor, snapshot: CaseSnapshot, status: string): RewardAction[] {
  const relations = relationsOf(actor, snapshot);
  return REWARD_ACTIONS.filter((action) => {
    const rule: { from: readonly string[]; who: readonly Relation[] } = REWARD_RULES[action];
    return rule.from.includes(status) && rule.who.some((r) => relations.has(r));
  });
}

export interface Beneficiary {
  kind: BeneficiaryKind;
  personId?: string;
  unitId?: string;
}

/** Who may benefit under each kind (Art. 10): the case's proposers, its implementers, its unit, and the unit's head. */
export async function beneficiaryIssues(db: Db | Tx, row: CaseRow, b: Beneficiary): Promise<FieldIssue[]> {
  const facts = factsOf(row);
  if (b.kind === 'unit') {
    if (!b.unitId || b.personId)
      return [{ path: b.unitId ? 'personId' : 'unitId', code: b.unitId ? 'not_applicable' : 'required' }];
    const units = [row.proposer_unit_id, row.receiving_unit_id];
    return units.includes(b.unitId) ? [] : [{ path: 'unitId', code: 'not_a_beneficiary' }];
  }
  if (!b.personId || b.unitId)
    return [{ path: b.personId ? 'unitId' : 'personId', code: b.personId ? 'not_applicable' : 'required' }];
  const eligible: Record<Exclude<BeneficiaryKind, 'unit'>, () => Promise<boolean>> = {
    proposer: async () => b.personId === row.proposer_id || facts.coProposerIds.includes(b.personId!),
    implementer: async () => facts.implementerIds.includes(b.personId!),
    head: async () => row.receiving_unit_id !== null && (await headOf(db, row.receiving_unit_id)) === b.personId,
  };
  return (await eligible[b.kind]()) ? [] : [{ path: 'personId', code: 'not_a_beneficiary' }];
}
