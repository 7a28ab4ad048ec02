import { randomUUID } from 'node:crypto';
import type { Tx } from '../../db/kysely.ts';
import type { CaseRow } from '../../db/schema.ts';
import type { CaseFacts } from '../../db/case-facts.ts';
import { DomainError } from '../../domain/errors.ts';
import type { ProcedureProfile } from '../../domain/profile/procedure-profile.ts';
import { involvedPeople } from './involvement.ts';
import { currentRuleSet, ruleSetOfProfile } from './rule-set-store.ts';

/** Why a protection case was opened: with the evaluation, or later by a head or an inspector. */
export const OPENING_REASONS = [
  'evaluation',
  'inspection_finding',
  'damage_found_later',
  'complaint_or_report',
  'other',
] as const;
export type OpeningReason = (typeof OPENING_REASONS)[number];

export interface OpenProtectionCase {
  row: CaseRow;
  facts: CaseFacts;
  profile: ProcedureProfile;
  reason: OpeningReason;
  openedBy: string | null;
  openedAs: string | null;
  reasons: string | null;
  findingReference: string | null;
  now: Date;
}

export interface OpenedProtectionCase {
  id: string;
  seq: number;
  ruleSet: { id: string; version: number; sha256: string };
  determinations: { id: string; personId: string; role: string; roles: string[]; decidingUnitId: string }[];
}

/**
 * Opens a protection case inside the caller's transaction (which holds the case row lock). The
 * rule set is the latest version of the one the case's profile names, fixed here for the life
 * of the protection case:
 * publishing a new version later never changes how these people are judged.
 */
export async function insertProtectionCase(tx: Tx, req: OpenProtectionCase): Promise<OpenedProtectionCase> {
  const open = await tx
    .selectFrom('protection_cases')
    .select('id')
    .where('case_id', '=', req.row.id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (open) throw new DomainError('conflict', 'protection_case_already_open', [], { protectionCaseId: open.id });
  const stored = await currentRuleSet(tx, ruleSetOfProfile(req.profile));
  const count = await tx
    .selectFrom('protection_cases')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('case_id', '=', req.row.id)
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  const seq = Number(count.n) + 1;
  const ruleSet = { id: stored.ruleSet.id, version: stored.ruleSet.version, sha256: stored.sha256 };
  await tx
    .insertInto('protection_cases')
    .values({
      id,
      case_id: req.row.id,
      seq,
      status: 'open',
      rule_set_id: ruleSet.id,
      rule_set_version: ruleSet.version,
      rule_set_sha256: ruleSet.sha256,
      opened_reason: req.reason,
      opened_by: req.openedBy,
      opened_as: req.openedAs,
      reasons: req.reasons,
      finding_reference: req.findingReference,
      opened_at: req.now,
      updated_at: req.now,
    })
    .execute();
  const people = await involvedPeople(tx, req.row, req.facts);
  const determinations = people.map((p) => ({ id: randomUUID(), ...p }));
  await tx
    .insertInto('protection_determinations')
    .values(
      determinations.map((d) => ({
        id: d.id,
        protection_case_id: id,
        person_id: d.personId,
        role: d.role,
        roles: d.roles,
        deciding_unit_id: d.decidingUnitId,
        status: 'pending' as const,
      })),
    )
    .execute();
  return { id, seq, ruleSet, determinations };
}

/**
 * Art. 11(2)–(3) apply when a proposal falls short or causes damage: such an evaluation opens a
 * protection case in its own transaction, and the evaluation event records it.
 */
export async function openOnEvaluation(
  tx: Tx,
  c: { row: CaseRow; facts: CaseFacts; profile: ProcedureProfile; now: Date },
  evaluation: { outcome: string; damage: { occurred: boolean } },
): Promise<OpenedProtectionCase | null> {
  if (evaluation.outcome === 'completed' && !evaluation.damage.occurred) return null;
  return insertProtectionCase(tx, {
    ...c,
    reason: 'evaluation',
    openedBy: null,
    openedAs: null,
    reasons: null,
    findingReference: null,
  });
}

/** How an event refers to the protection case it opened: enough for the chain to prove who was included. */
export function protectionCaseRef(opened: OpenedProtectionCase) {
  return {
    id: opened.id,
    seq: opened.seq,
    ruleSet: opened.ruleSet,
    determinations: opened.determinations.map((d) => ({
      id: d.id,
      personId: d.personId,
      role: d.role,
      decidingUnitId: d.decidingUnitId,
    })),
  };
}
