import type { AppContext } from '../context.ts';
import { audit, requireAnyAdmin } from '../org/admin-scope.ts';
import { nfc } from '../cases/checks.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { invalid } from '../../domain/errors.ts';
import { validateRuleSet } from '../../domain/protection/index.ts';
import { ruleSetHash } from './rule-set-store.ts';

/**
 * An administrator publishes a new version of a rule set (a new id starts at version 1). The set
 * must pass `validateRuleSet`: every situation decided, no dead rule, and no rule protecting a
 * person the decree excludes. Published versions are never changed, so cases already opened under
 * an earlier version keep their rules.
 */
export async function publishRuleSet(app: AppContext, actor: Actor, body: Record<string, unknown>) {
  requireAnyAdmin(actor);
  const draft = nfc(body);
  return app.db.transaction().execute(async (tx) => {
    const id = typeof draft.id === 'string' ? draft.id : '';
    // Locks the existing versions so two administrators cannot both take version n+1; for a new
    // id the primary key turns the loser of a race into a 409.
    await tx.selectFrom('protection_rule_sets').select('id').where('id', '=', id).forUpdate().execute();
    const last = await tx
      .selectFrom('protection_rule_sets')
      .select((eb) => eb.fn.max('version').as('v'))
      .where('id', '=', id)
      .executeTakeFirst();
    const version = Number(last?.v ?? 0) + 1;
    const checked = validateRuleSet({ ...draft, version });
    if (!checked.ok) throw invalid(checked.errors, 'rule_set_invalid');
    const definition = JSON.parse(JSON.stringify(checked.ruleSet)) as unknown;
    const sha256 = ruleSetHash(definition);
    const now = app.now();
    await tx
      .insertInto('protection_rule_sets')
      .values({
        id,
        version,
        definition: JSON.stringify(definition),
        sha256,
        published_at: now,
        published_by: actor.personId,
      })
      .execute();
    await audit(tx, actor, 'protection_rule_set_published', 'protection_rule_set', `${id}@${version}`, { sha256 });
    return { id, version, sha256, publishedAt: now, definition };
  });
}
