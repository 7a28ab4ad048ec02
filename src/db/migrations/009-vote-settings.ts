import { sql, type Kysely } from 'kysely';

/**
 * The vote of Art. 8(1) and the open time limits (issue 10, items 9–10). Installations that
 * already hold the built-in profiles get a new version of each with the new defaults: the base of
 * "more than 50 %" is the eligible members (the strictest reading of G12), written consultation is
 * off, and the superior level's limit (G2) and the report clock after termination are settings
 * holding the values they had. Cases keep the version they started with; new cases take these.
 * A new database has no profile yet and is seeded with the current definitions after migrating.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
insert into procedure_profiles (code, version, definition)
select p.code, p.version + 1,
  p.definition
    || jsonb_build_object('version', p.version + 1)
    || jsonb_build_object('voteRule', (p.definition -> 'voteRule') || '{"base": "eligible_members", "writtenConsultation": false}'::jsonb)
    || jsonb_build_object('limits', jsonb_build_object(
         'superiorConsiderationDays', p.definition -> 'limits' -> 'considerationMeetingDays',
         'terminationReportDays', p.definition -> 'limits' -> 'completionReportDays') || (p.definition -> 'limits'))
from procedure_profiles p
where p.code in ('ND73', 'HCM-124')
  and p.version = (select max(q.version) from procedure_profiles q where q.code = p.code)
  and not (p.definition -> 'voteRule' ? 'writtenConsultation')
`.execute(db);
}
