import { sql, type Kysely } from 'kysely';
import { HCMC_PROFILE } from '../../domain/profile/procedure-profile.ts';

/**
 * Corrections of who the law covers and where a local profile applies, for installations created
 * before them (a new installation gets them from the reference data):
 * - a Party secretary is not among the positions Decree 73 Art. 2 covers (open question G7);
 * - the HCMC profile is in force only in the city's units, names the City People's Committee's
 *   plan as the source of its extension to all staff, and accepts "regulated but unsuitable"
 *   bottlenecks (KL14 point 2.2, G6). Its published version 1 is corrected in place rather than
 *   republished: the territory decides only who may open a new case under it, and the name and
 *   basis correct a misattribution; no rule a running case follows changes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update positions set covered_by_decree = false where code = 'bi_thu'`.execute(db);
  const correction = {
    name: HCMC_PROFILE.name,
    legalBasis: HCMC_PROFILE.legalBasis,
    territory: HCMC_PROFILE.territory,
    regulatedButUnsuitableAllowed: HCMC_PROFILE.regulatedButUnsuitableAllowed,
  };
  await sql`update procedure_profiles set definition = definition || ${JSON.stringify(correction)}::jsonb
            where code = ${HCMC_PROFILE.code} and version = 1 and not (definition ? 'territory')`.execute(db);
}

export async function down(): Promise<void> {}
