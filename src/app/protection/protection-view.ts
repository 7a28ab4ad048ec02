import type { AppContext } from '../context.ts';
import { EXCLUSION_GROUND_LABELS, RESULT_LABELS, type ProtectionResult } from '../../domain/protection/index.ts';
import { approvedRisks, latestEvaluation } from './case-record-facts.ts';
import { factsVersions, type FactsVersion } from './current-facts.ts';
import type { DeterminationRow, LoadedProtectionCase } from './load-protection-case.ts';
import { determinationActions, type DeterminationAction } from './protection-access.ts';
import { factsExamined } from './facts-examined.ts';
import { findRuleSet } from './rule-set-store.ts';

/** Names behind ids, for people and units, in one query each. */
/** Matches no row: `in ()` is not SQL. */
const NO_ID = '00000000-0000-0000-0000-000000000000';

export async function namesOf(app: AppContext, personIds: (string | null)[], unitIds: (string | null)[]) {
  const people = [...new Set(personIds.filter((x): x is string => !!x))];
  const units = [...new Set(unitIds.filter((x): x is string => !!x))];
  // People and units in one round trip: every page that shows names asks for both.
  const rows =
    people.length || units.length
      ? await app.db
          .selectFrom('people')
          .select(['id', 'full_name as name'])
          .where('id', 'in', people.length ? people : [NO_ID])
          .unionAll(
            app.db
              .selectFrom('units')
              .select(['id', 'name'])
              .where('id', 'in', units.length ? units : [NO_ID]),
          )
          .execute()
      : [];
  const names = new Map(rows.map((r) => [r.id, r.name] as const));
  return (id: string | null) => (id ? { id, name: names.get(id) ?? null } : null);
}

const resultLabel = (r: string | null) => (r ? (RESULT_LABELS[r as ProtectionResult] ?? null) : null);

/**
 * A protection case as the API shows it: each visible determination with its current facts, the
 * recommendation with its reasoning and legal grounds, the decision and any revocation, and what
 * the caller may do to it now. A person concerned sees only their own determination.
 */
export async function presentProtectionCase(app: AppContext, loaded: LoadedProtectionCase) {
  const { pc, row, actor } = loaded;
  const visible = loaded.determinations.filter((d) => loaded.scope === 'all' || d.person_id === actor.personId);
  const [facts, evaluation, risks, ruleSet] = await Promise.all([
    factsVersions(
      app.db,
      visible.map((d) => d.id),
    ),
    latestEvaluation(app.db, row.id),
    approvedRisks(app.db, row),
    findRuleSet(app.db, { id: pc.rule_set_id, version: pc.rule_set_version }),
  ]);
  const ref = await namesOf(
    app,
    [
      pc.opened_by,
      ...visible.flatMap((d) => [d.person_id, d.decided_by, d.revoked_by, facts.get(d.id)?.recordedBy ?? null]),
    ],
    visible.map((d) => d.deciding_unit_id),
  );
  const examine = (f: FactsVersion | undefined) => (f ? factsExamined(f.facts, risks, ruleSet?.ruleSet) : null);
  const determinations = visible.map((d) =>
    presentDetermination(
      d,
      facts.get(d.id),
      examine(facts.get(d.id)),
      ref,
      determinationActions(actor, d, loaded.determinations),
    ),
  );
  return {
    id: pc.id,
    case: {
      id: row.id,
      code: row.code,
      title: row.title,
      state: row.state,
      profile: { code: row.profile_code, version: row.profile_version },
    },
    seq: pc.seq,
    status: pc.status,
    version: pc.version,
    ruleSet: {
      id: pc.rule_set_id,
      version: pc.rule_set_version,
      sha256: pc.rule_set_sha256,
      name: ruleSet?.ruleSet.name ?? null,
    },
    openedReason: pc.opened_reason,
    openedBy: ref(pc.opened_by),
    openedAs: pc.opened_as,
    reasons: pc.reasons,
    findingReference: pc.finding_reference,
    openedAt: pc.opened_at,
    closedAt: pc.closed_at,
    evaluation,
    approvedPlanVersion: row.approved_plan_version,
    approvedPlanRisks: risks,
    determinations,
    visibility: loaded.scope,
    allowedActions: [...new Set(determinations.flatMap((d) => d.allowedActions))],
  };
}

type Ref = (id: string | null) => { id: string; name: string | null } | null;

function presentDetermination(
  d: DeterminationRow,
  f: FactsVersion | undefined,
  examined: ReturnType<typeof factsExamined> | null,
  ref: Ref,
  allowedActions: DeterminationAction[],
) {
  const decision = d.decision as Record<string, unknown> | null;
  return {
    id: d.id,
    person: ref(d.person_id),
    role: d.role,
    roles: d.roles,
    decidingUnit: ref(d.deciding_unit_id),
    status: d.status,
    factsVersion: d.facts_version,
    facts: f?.facts ?? null,
    /** Every fact the decision rests on, each exclusion ground examined, and what the law makes of them. */
    factsExamined: examined,
    factsSha256: f?.factsSha256 ?? null,
    evidenceAttachmentIds: f?.evidenceAttachmentIds ?? {},
    exclusionGroundsFound: f
      ? Object.entries(f.facts.exclusions)
          .filter(([, v]) => v.found)
          .map(([g, v]) => ({
            ground: g,
            label: EXCLUSION_GROUND_LABELS[g as keyof typeof EXCLUSION_GROUND_LABELS],
            evidence: v.evidence ?? null,
          }))
      : [],
    factsRecordedBy: f ? ref(f.recordedBy) : null,
    factsRecordedAt: f?.recordedAt ?? null,
    recommendation: f ? { ...f.recommendation, label: resultLabel(f.recommendation.result) } : null,
    recommendationSha256: f?.recommendationSha256 ?? null,
    decision: decision && {
      result: d.decided_result,
      label: resultLabel(d.decided_result),
      departed: d.departed,
      ...decision,
      decidedBy: ref(d.decided_by),
      decidedAt: d.decided_at,
      eventSeq: d.decision_event_seq,
    },
    revocation: d.revocation && {
      ...(d.revocation as Record<string, unknown>),
      revokedBy: ref(d.revoked_by),
      revokedAt: d.revoked_at,
      eventSeq: d.revocation_event_seq,
    },
    allowedActions,
  };
}
