import type { Db, Tx } from '../../db/kysely.ts';
import type { CaseRow } from '../../db/schema.ts';
import type { BeneficiaryKind, ProtectionFacts, RewardContext } from '../../domain/protection/index.ts';
import { art5Clause1Met, latestEvaluation } from '../protection/case-record-facts.ts';
import { currentRuleSet, DEFAULT_RULE_SET } from '../protection/rule-set-store.ts';
import type { ProcedureProfile } from '../../domain/profile/procedure-profile.ts';

/**
 * The facts reward eligibility turns on, all read from the record: the evaluation's outcome,
 * whether intake found Art. 5(1) met, whether local (HCMC) forms are switched on for the case's
 * profile or the installation, and — for a person — whether a protection determination found an
 * exclusion ground against them or was revoked for abuse (no reward for abusing the policy).
 */
export async function localOptionsEnabled(db: Db | Tx, profileCode: string): Promise<boolean> {
  const rows = await db
    .selectFrom('reward_local_options')
    .select(['scope', 'enabled'])
    .where('scope', 'in', [profileCode, '*'])
    .execute();
  // The profile's own setting wins over the installation's.
  return (rows.find((r) => r.scope === profileCode) ?? rows.find((r) => r.scope === '*'))?.enabled ?? false;
}

/**
 * The support forms offered by name by the protection rule set the case's profile names (its
 * latest version, as a protection case opening now takes): HCMC's version 3 offers training funding.
 */
export async function ruleSetSupportForms(db: Db | Tx, row: CaseRow): Promise<string[]> {
  const profile = await db
    .selectFrom('procedure_profiles')
    .select('definition')
    .where('code', '=', row.profile_code)
    .where('version', '=', row.profile_version)
    .executeTakeFirst();
  const ref = (profile?.definition as ProcedureProfile | undefined)?.protectionRuleSet ?? DEFAULT_RULE_SET;
  return (await currentRuleSet(db, ref)).ruleSet.supportForms ?? [];
}

export async function excludedPeople(db: Db | Tx, caseId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('protection_determinations as d')
    .innerJoin('protection_cases as pc', 'pc.id', 'd.protection_case_id')
    .leftJoin('protection_fact_versions as f', (j) =>
      j.onRef('f.determination_id', '=', 'd.id').onRef('f.version', '=', 'd.facts_version'),
    )
    .select(['d.person_id', 'd.status', 'f.facts'])
    .where('pc.case_id', '=', caseId)
    .execute();
  const out = new Set<string>();
  for (const r of rows) {
    const facts = r.facts as ProtectionFacts | null;
    const found = facts ? Object.values(facts.exclusions).some((g) => g.found) : false;
    if (found || r.status === 'revoked') out.add(r.person_id);
  }
  return out;
}

export interface CaseRewardFacts {
  base: Omit<RewardContext, 'exclusionFound'>;
  excluded: Set<string>;
}

export async function caseRewardFacts(db: Db | Tx, row: CaseRow): Promise<CaseRewardFacts> {
  const [evaluation, met, local, excluded, ruleSetForms] = await Promise.all([
    latestEvaluation(db, row.id),
    art5Clause1Met(db, row.id),
    localOptionsEnabled(db, row.profile_code),
    excludedPeople(db, row.id),
    ruleSetSupportForms(db, row),
  ]);
  return {
    base: { outcome: evaluation?.outcome ?? null, art5Clause1Met: met, localOptionsEnabled: local, ruleSetForms },
    excluded,
  };
}

export function contextFor(
  f: CaseRewardFacts,
  kind: BeneficiaryKind,
  personId: string | null,
): RewardContext & { beneficiaryKind: BeneficiaryKind } {
  return { ...f.base, exclusionFound: personId !== null && f.excluded.has(personId), beneficiaryKind: kind };
}
