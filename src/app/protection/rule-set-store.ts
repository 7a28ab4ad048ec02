import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../db/kysely.ts';
import { canonicalJson } from '../../domain/audit/hash-chain.ts';
import { DomainError } from '../../domain/errors.ts';
import type { ProcedureProfile } from '../../domain/profile/procedure-profile.ts';
import type { ProtectionRuleSet } from '../../domain/protection/index.ts';

/**
 * Protection rule sets are stored as immutable, versioned data: a determination names the exact
 * (id, version) and the SHA-256 of the definition it was made under, so it can be replayed and
 * checked years later even after newer versions are published.
 */
export interface RuleSetRef {
  id: string;
  version: number;
}

/** Decree 73's own set, used when a profile names none. */
export const DEFAULT_RULE_SET: RuleSetRef = { id: 'ND73-PROTECTION', version: 2 };

export interface StoredRuleSet {
  ruleSet: ProtectionRuleSet;
  sha256: string;
  builtIn: boolean;
  publishedAt: Date;
  publishedBy: string | null;
}

export const ruleSetHash = (definition: unknown) =>
  createHash('sha256').update(canonicalJson(definition)).digest('hex');

export function ruleSetOfProfile(profile: ProcedureProfile): RuleSetRef {
  return profile.protectionRuleSet ?? DEFAULT_RULE_SET;
}

export async function findRuleSet(db: Db | Tx, ref: RuleSetRef): Promise<StoredRuleSet | undefined> {
  const row = await db
    .selectFrom('protection_rule_sets')
    .selectAll()
    .where('id', '=', ref.id)
    .where('version', '=', ref.version)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ruleSet: row.definition as ProtectionRuleSet,
    sha256: row.sha256,
    builtIn: row.built_in,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
  };
}

/**
 * The rule set a protection case opening now is judged under: the latest published version of the
 * set the profile names (never one older than the version it names). A new version corrects the
 * law for cases opened afterwards — version 2 of the built-in sets does — while a protection case
 * already open keeps the version it opened with.
 */
export async function currentRuleSet(db: Db | Tx, ref: RuleSetRef): Promise<StoredRuleSet> {
  const latest = await db
    .selectFrom('protection_rule_sets')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('id', '=', ref.id)
    .executeTakeFirst();
  return getRuleSet(db, { id: ref.id, version: Math.max(ref.version, Number(latest?.v ?? 0)) });
}

export async function getRuleSet(db: Db | Tx, ref: RuleSetRef): Promise<StoredRuleSet> {
  const found = await findRuleSet(db, ref);
  if (!found)
    throw new DomainError('conflict', 'rule_set_not_found', [], { ruleSetId: ref.id, ruleSetVersion: ref.version });
  return found;
}

export async function listRuleSets(db: Db) {
  const rows = await db
    .selectFrom('protection_rule_sets')
    .select(['id', 'version', 'sha256', 'built_in', 'published_at', 'published_by', 'definition'])
    .orderBy('id')
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => {
    const set = r.definition as ProtectionRuleSet;
    return {
      id: r.id,
      version: r.version,
      name: set.name,
      legalBasis: set.legalBasis,
      ruleCount: set.rules.length,
      sha256: r.sha256,
      builtIn: r.built_in,
      publishedAt: r.published_at,
      publishedBy: r.published_by,
    };
  });
}
