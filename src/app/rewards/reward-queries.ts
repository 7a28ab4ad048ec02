import { sql, type SqlBool } from 'kysely';
import type { AppContext } from '../context.ts';
import { loadVisibleCase } from '../cases/case-queries.ts';
import { factsOf } from '../../db/case-facts.ts';
import { headOf } from '../../db/repositories/org-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { REWARD_FORMS, eligibleRewardForms, type BeneficiaryKind } from '../../domain/protection/index.ts';
import { namesOf } from '../protection/protection-view.ts';
import type { RewardRow } from './load-reward.ts';
import { proposalActions, rewardManagerRelation } from './reward-access.ts';
import { caseRewardFacts, contextFor } from './reward-context.ts';
import { readEventPayload } from '../../contract/events.ts';

type Ref = Awaited<ReturnType<typeof namesOf>>;

export function presentReward(r: RewardRow, ref: Ref, allowedActions: string[]) {
  const form = REWARD_FORMS.find((f) => f.id === r.form);
  return {
    id: r.id,
    status: r.status,
    version: r.version,
    beneficiaryKind: r.beneficiary_kind,
    beneficiary: ref(r.person_id ?? r.unit_id),
    form: { id: r.form, label: form?.label ?? null },
    months: r.months,
    description: r.description,
    justification: r.justification,
    legalBasis: r.legal_basis,
    proposedBy: ref(r.proposed_by),
    proposedAs: r.proposed_as,
    proposedAt: r.proposed_at,
    decision: r.decision,
    decidedBy: ref(r.decided_by),
    decidedAt: r.decided_at,
    outcome: r.outcome,
    outcomeRecordedAt: r.outcome_recorded_at,
    allowedActions,
  };
}

/**
 * The rewards of one proposal: its proposals with what the caller may do to each, and for every
 * possible beneficiary the forms the rules allow now, so a form offers only eligible options.
 */
export async function rewardsOfCase(app: AppContext, actor: Actor, code: string) {
  const { row, snapshot } = await loadVisibleCase(app, actor, code);
  const facts = factsOf(row);
  const [rewards, rewardFacts, headId] = await Promise.all([
    app.db.selectFrom('reward_proposals').selectAll().where('case_id', '=', row.id).orderBy('proposed_at').execute(),
    caseRewardFacts(app.db, row),
    row.receiving_unit_id ? headOf(app.db, row.receiving_unit_id) : Promise.resolve(undefined),
  ]);
  const candidates: { kind: BeneficiaryKind; personId?: string; unitId?: string }[] = [
    ...[row.proposer_id, ...facts.coProposerIds].map((personId) => ({ kind: 'proposer' as const, personId })),
    ...facts.implementerIds.map((personId) => ({ kind: 'implementer' as const, personId })),
    ...(headId ? [{ kind: 'head' as const, personId: headId }] : []),
    ...[...new Set([row.proposer_unit_id, row.receiving_unit_id].filter((u): u is string => !!u))].map((unitId) => ({
      kind: 'unit' as const,
      unitId,
    })),
  ];
  const ref = await namesOf(
    app,
    [
      ...candidates.map((c) => c.personId ?? null),
      ...rewards.flatMap((r) => [r.person_id, r.proposed_by, r.decided_by]),
    ],
    [...candidates.map((c) => c.unitId ?? null), ...rewards.map((r) => r.unit_id)],
  );
  const manager = rewardManagerRelation(actor, snapshot) !== null;
  return {
    case: { code: row.code, title: row.title, state: row.state },
    context: rewardFacts.base,
    beneficiaries: candidates.map((c) => ({
      kind: c.kind,
      beneficiary: ref(c.personId ?? c.unitId!),
      excludedByFinding: !!c.personId && rewardFacts.excluded.has(c.personId),
      eligibleForms: eligibleRewardForms(contextFor(rewardFacts, c.kind, c.personId ?? null)).map((f) => ({
        id: f.id,
        label: f.label,
        legalBasis: f.legalBasis,
        months: f.months ?? null,
        needsDescription: !!f.needsDescription,
      })),
    })),
    items: rewards.map((r) => presentReward(r, ref, proposalActions(actor, snapshot, r.status))),
    allowedActions: manager && row.state === 'evaluated' ? ['propose_reward'] : [],
  };
}

/**
 * For the organisation officer in scope (and the deciding head): proposals assessed as completed
 * that have no reward decision yet, oldest evaluation first.
 */
export async function rewardCandidates(app: AppContext, actor: Actor, limit: number) {
  const officer = actor.grants.filter((g) => g.role === 'org_officer');
  const unitIds = officer.map((g) => g.unitId);
  const subtreeIds = officer.filter((g) => g.includeSubtree).map((g) => g.unitId);
  const headUnits = actor.grants.filter((g) => g.role === 'head').map((g) => g.unitId);
  if (unitIds.length + headUnits.length === 0) return { items: [] };
  const rows = await app.db
    .selectFrom('cases')
    .innerJoin('case_events as e', (j) => j.onRef('e.case_id', '=', 'cases.id').on('e.type', '=', 'evaluated'))
    .innerJoin('people', 'people.id', 'cases.proposer_id')
    .leftJoin('units', 'units.id', 'cases.receiving_unit_id')
    .select([
      'cases.code',
      'cases.title',
      'cases.receiving_unit_id',
      'units.name as receiving_unit_name',
      'cases.proposer_id',
      'people.full_name as proposer_name',
      'e.occurred_at as evaluated_at',
      'e.payload',
    ])
    .where('cases.state', '=', 'evaluated')
    .where(sql<SqlBool>`e.payload->>'outcome' = 'completed'`)
    .where(
      sql<SqlBool>`(cases.route_unit_ids && ${unitIds}::uuid[] or cases.route_ancestor_ids && ${subtreeIds}::uuid[] or cases.receiving_unit_id = any(${headUnits}::uuid[]))`,
    )
    .where(
      sql<SqlBool>`not exists (select 1 from reward_proposals r where r.case_id = cases.id and r.status <> 'proposed')`,
    )
    .orderBy('e.occurred_at')
    .limit(limit)
    .execute();
  const pending = rows.length
    ? await app.db
        .selectFrom('reward_proposals')
        .innerJoin('cases', 'cases.id', 'reward_proposals.case_id')
        .select(['cases.code', (eb) => eb.fn.countAll<string>().as('n')])
        .where(
          'cases.code',
          'in',
          rows.map((r) => r.code),
        )
        .groupBy('cases.code')
        .execute()
    : [];
  const pendingBy = new Map(pending.map((p) => [p.code, Number(p.n)]));
  return {
    items: rows.map((r) => ({
      code: r.code,
      title: r.title,
      receivingUnit: { id: r.receiving_unit_id, name: r.receiving_unit_name },
      proposer: { id: r.proposer_id, name: r.proposer_name },
      evaluatedAt: r.evaluated_at,
      meetingOn: readEventPayload('evaluated', r.payload).meetingOn,
      pendingProposals: pendingBy.get(r.code) ?? 0,
    })),
  };
}
