import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { canonicalJson } from '../../domain/audit/hash-chain.ts';
import { PROTECTION_RULE_SETS_V2 } from './data/protection-rule-sets-v2.ts';

/**
 * Version 2 of the built-in protection rule sets: rows 1–2 of the Art. 11 table as a floor, the
 * inferred grounds weighed rather than absolute, the complete Art. 6(1) grounds, and the
 * foreseen-risk path only in the Ho Chi Minh City set. Version 1 stays, for the protection cases
 * opened under it; cases opened from now on take version 2 (the latest of the set their profile
 * names).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const set of PROTECTION_RULE_SETS_V2) {
    const definition = JSON.parse(JSON.stringify(set)) as unknown;
    const hash = createHash('sha256').update(canonicalJson(definition)).digest('hex');
    await sql`insert into protection_rule_sets (id, version, definition, sha256, built_in)
      values (${set.id}, ${set.version}, ${JSON.stringify(definition)}::jsonb, ${hash}, true)`.execute(db);
  }
}
