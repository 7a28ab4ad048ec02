import type { Tx } from '../../db/kysely.ts';
import { DomainError } from '../../domain/errors.ts';
import { getRuleSet, type StoredRuleSet } from './rule-set-store.ts';

/**
 * The rule set fixed when the protection case opened. Its digest is checked against the one
 * recorded then: stored versions are append-only, and this makes any tampering loud rather than
 * silently changing how someone is judged.
 */
export async function ruleSetOfCase(
  tx: Tx,
  pc: { rule_set_id: string; rule_set_version: number; rule_set_sha256: string },
): Promise<StoredRuleSet> {
  const stored = await getRuleSet(tx, { id: pc.rule_set_id, version: pc.rule_set_version });
  if (stored.sha256 !== pc.rule_set_sha256) {
    throw new DomainError('conflict', 'rule_set_altered', [], {
      ruleSetId: pc.rule_set_id,
      ruleSetVersion: pc.rule_set_version,
    });
  }
  return stored;
}
