import { sql, type SqlBool } from 'kysely';
import type { AppContext } from '../context.ts';
import { factsOf } from '../../db/case-facts.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import type { EvaluationOutcome, Recommendation } from '../../domain/protection/index.ts';
import { recordSubject } from './record-access.ts';
import { modelsReplicated } from './record-models.ts';
import type { OfficialRecord, OverrideEntry, ProposalEntry, ProtectionEntry, RewardEntry } from './record-model.ts';
import { summarise } from './record-summary.ts';

type Payload = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const yearOf = (d: Date | string | null | undefined) =>
  d ? Number(String(d instanceof Date ? d.toISOString() : d).slice(0, 4)) : null;

/**
 * Gathers one official's record from the proposals' histories: their submitted proposals and roles, how
 * each was decided and evaluated, their protection determinations, their rewards, and the
 * overrides they signed as head. `year` keeps what happened in that year (for the annual
 * evaluation); without it, everything.
 */
export async function personRecord(
  app: AppContext,
  actor: Actor,
  personId: string,
  year: number | null,
): Promise<OfficialRecord> {
  const { readAs: _readAs, ...person } = await recordSubject(app.db, actor, personId);
  const cases = await app.db
    .selectFrom('cases')
    .selectAll()
    .where(sql<SqlBool>`(cases.proposer_id = ${personId} or cases.participant_ids && ${[personId]}::uuid[])`)
    // A record counts what was submitted: a draft (or a draft withdrawn unsent) was never proposed.
    .where('submitted_at', 'is not', null)
    .orderBy('created_at')
    .orderBy('code')
    .execute();
  const caseIds = cases.map((c) => c.id);
  const events = caseIds.length
    ? await app.db
        .selectFrom('case_events')
        .select(['case_id', 'seq', 'type', 'payload'])
        .where('case_id', 'in', caseIds)
        .where('type', 'in', ['approved', 'rejection_overridden', 'rejected', 'evaluated'])
        .orderBy('seq')
        .execute()
    : [];
  const proposals: ProposalEntry[] = cases.flatMap((c) => {
    const facts = factsOf(c);
    const roles = [
      ...(c.proposer_id === personId ? (['proposer'] as const) : []),
      ...(facts.coProposerIds.includes(personId) ? (['co_proposer'] as const) : []),
      ...(facts.implementerIds.includes(personId) ? (['implementer'] as const) : []),
    ];
    if (roles.length === 0) return [];
    const mine = events.filter((e) => e.case_id === c.id);
    const decided = mine.findLast((e) => e.type !== 'evaluated');
    const evaluated = mine.findLast((e) => e.type === 'evaluated')?.payload as Payload | undefined;
    const kind = { approved: 'approved', rejection_overridden: 'override', rejected: 'rejected' } as const;
    return [
      {
        caseId: c.id,
        code: c.code,
        title: c.title,
        domain: c.domain,
        state: c.state,
        roles: [...roles],
        submittedAt: c.submitted_at,
        decision: decided
          ? {
              kind: kind[decided.type as keyof typeof kind],
              number: str((decided.payload as Payload).decisionNumber),
              date: str((decided.payload as Payload).decisionDate),
            }
          : null,
        evaluation: evaluated
          ? {
              outcome: evaluated.outcome as EvaluationOutcome,
              meetingOn: String(evaluated.meetingOn),
              damage: !!(evaluated.damage as { occurred?: boolean } | undefined)?.occurred,
              conclusion: String(evaluated.conclusion ?? ''),
            }
          : null,
      },
    ];
  });

  const protections = await protectionEntries(app, personId);
  const rewards = await rewardEntries(app, personId);
  const overridesSigned = await overrideEntries(app, personId);
  const models = await modelsReplicated(app.db, caseIds);
  const inYear = (d: Date | string | null | undefined) => year === null || yearOf(d) === year;
  const record = {
    person,
    year,
    generatedAt: app.now(),
    proposals: proposals.filter((p) => inYear(p.evaluation?.meetingOn ?? p.submittedAt) || inYear(p.submittedAt)),
    protections: protections.filter((p) => inYear(p.decisionDate ?? p.openedAt)),
    rewards: rewards.filter((r) => inYear(r.decision?.decisionDate ?? r.proposedAt)),
    overridesSigned: overridesSigned.filter((o) => inYear(o.decisionDate)),
    modelsReplicated: models,
  };
  return { ...record, summary: summarise(record) };
}

async function protectionEntries(app: AppContext, personId: string): Promise<ProtectionEntry[]> {
  const rows = await app.db
    .selectFrom('protection_determinations as d')
    .innerJoin('protection_cases as pc', 'pc.id', 'd.protection_case_id')
    .innerJoin('cases as c', 'c.id', 'pc.case_id')
    .leftJoin('protection_fact_versions as f', (j) =>
      j.onRef('f.determination_id', '=', 'd.id').onRef('f.version', '=', 'd.facts_version'),
    )
    .select([
      'd.id',
      'd.protection_case_id',
      'd.role',
      'd.status',
      'd.decided_result',
      'd.departed',
      'd.decision',
      'd.revocation',
      'pc.opened_at',
      'c.code',
      'c.title',
      'f.recommendation',
    ])
    .where('d.person_id', '=', personId)
    .orderBy('pc.opened_at')
    .execute();
  return rows.map((r) => {
    const decision = r.decision as Payload | null;
    const revocation = r.revocation as Payload | null;
    return {
      protectionCaseId: r.protection_case_id,
      determinationId: r.id,
      caseCode: r.code,
      caseTitle: r.title,
      role: r.role,
      status: r.status,
      recommendedResult: (r.recommendation as Recommendation | null)?.result ?? null,
      decidedResult: r.decided_result,
      departed: r.departed,
      decisionNumber: str(decision?.decisionNumber),
      decisionDate: str(decision?.decisionDate),
      legalGround: str(decision?.legalGround) ?? (r.recommendation as Recommendation | null)?.legalGround ?? null,
      openedAt: r.opened_at,
      revocation: revocation
        ? {
            ground: String(revocation.ground),
            findingReference: String(revocation.findingReference),
            decisionNumber: String(revocation.decisionNumber),
            decisionDate: String(revocation.decisionDate),
          }
        : null,
    };
  });
}

async function rewardEntries(app: AppContext, personId: string): Promise<RewardEntry[]> {
  const rows = await app.db
    .selectFrom('reward_proposals as r')
    .innerJoin('cases as c', 'c.id', 'r.case_id')
    .select([
      'r.id',
      'r.form',
      'r.beneficiary_kind',
      'r.months',
      'r.status',
      'r.proposed_at',
      'r.decision',
      'r.outcome',
      'c.code',
      'c.title',
    ])
    .where('r.person_id', '=', personId)
    .orderBy('r.proposed_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    caseCode: r.code,
    caseTitle: r.title,
    form: r.form,
    beneficiaryKind: r.beneficiary_kind,
    months: r.months,
    status: r.status,
    proposedAt: r.proposed_at,
    decision: r.decision as RewardEntry['decision'],
    outcome: r.outcome as RewardEntry['outcome'],
  }));
}

async function overrideEntries(app: AppContext, personId: string): Promise<OverrideEntry[]> {
  const rows = await app.db
    .selectFrom('case_events as e')
    .innerJoin('cases as c', 'c.id', 'e.case_id')
    .select(['e.payload', 'e.reasons', 'c.id', 'c.code', 'c.title', 'c.state'])
    .where('e.type', '=', 'rejection_overridden')
    .where('e.actor_id', '=', personId)
    .orderBy('e.occurred_at')
    .execute();
  const evaluations = rows.length
    ? await app.db
        .selectFrom('case_events')
        .select(['case_id', 'payload'])
        .where('type', '=', 'evaluated')
        .where(
          'case_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.map((r) => {
    const p = r.payload as Payload;
    const evaluation = evaluations.find((e) => e.case_id === r.id)?.payload as Payload | undefined;
    return {
      caseCode: r.code,
      caseTitle: r.title,
      decisionNumber: str(p.decisionNumber),
      decisionDate: str(p.decisionDate),
      reasons: r.reasons,
      caseState: r.state,
      evaluationOutcome: (evaluation?.outcome as EvaluationOutcome | undefined) ?? null,
    };
  });
}
