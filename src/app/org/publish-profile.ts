import type { AppContext } from '../context.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import { invalid } from '../../domain/errors.ts';
import {
  normaliseProfile,
  profileIssues,
  type ProcedureProfile,
  type ProfileDraft,
} from '../../domain/profile/procedure-profile.ts';
import { audit, requireAnyAdmin } from './admin-scope.ts';

/**
 * Publishes a new version of a procedure profile. Versions are immutable: cases already running
 * keep the version they started with; new cases take the latest.
 */
export async function publishProfile(app: AppContext, actor: Actor, draft: ProfileDraft) {
  requireAnyAdmin(actor);
  const { version: _none, ...profile } = normaliseProfile({ ...draft, version: 0 } as ProcedureProfile);
  const issues = profileIssues({ ...profile, version: 0 });
  if (issues.length) throw invalid(issues);
  return app.db.transaction().execute(async (tx) => {
    if (profile.protectionRuleSet) {
      const { id, version } = profile.protectionRuleSet;
      const found = await tx
        .selectFrom('protection_rule_sets')
        .select('id')
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      // A profile naming a rule set that does not exist would refuse every later failed evaluation.
      if (!found) throw invalid([{ path: 'protectionRuleSet', code: 'unknown_rule_set' }]);
    }
    if (profile.territory) {
      const codes = profile.territory.unitCodes;
      const found = new Set(
        (await tx.selectFrom('units').select('code').where('code', 'in', codes).execute()).map((r) => r.code),
      );
      const unknown = codes.flatMap((c, i) =>
        found.has(c) ? [] : [{ path: `territory.unitCodes[${i}]`, code: 'unknown_unit' }],
      );
      // A territory naming no existing unit would make the profile usable nowhere.
      if (unknown.length) throw invalid(unknown);
    }
    const published = await app.profiles.publish(profile, actor.personId, tx);
    await audit(
      tx,
      actor,
      'profile_published',
      'procedure_profile',
      `${published.code}@${published.version}`,
      published,
    );
    return published;
  });
}
