import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { canonicalJson } from '../../domain/audit/hash-chain.ts';
import { PROTECTION_RULE_SETS_V3 } from './data/protection-rule-sets-v3.ts';

/**
 * Periodic review reports (sơ kết 6 tháng, tổng kết năm) kept as official documents: their
 * subject is a unit and its subtree for a period, neither a case nor a person. They are numbered
 * in the same register and kept in the same table; `report_figures` is the snapshot of figures
 * and lists the document was rendered from, so an issued report never changes after issue.
 * Also version 3 of the HCMC protection rule set, which offers the city's training funding support.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table issued_documents
  add column subject_unit_id uuid references units(id),
  add column report_kind text check (report_kind in ('six_month', 'annual')),
  add column report_year integer,
  add column report_figures jsonb;
alter table issued_documents drop constraint issued_documents_one_subject;
alter table issued_documents add constraint issued_documents_one_subject
  check (num_nonnulls(case_id, subject_person_id, subject_unit_id) = 1);
alter table issued_documents add constraint issued_documents_unit_report
  check (subject_unit_id is null or (report_kind is not null and report_year is not null and report_figures is not null));
create index issued_documents_subject_unit on issued_documents (subject_unit_id, report_year)
  where subject_unit_id is not null;
`.execute(db);
  // Version 3 of the HCMC protection rule set: the city's training funding becomes a support decision.
  for (const set of PROTECTION_RULE_SETS_V3) {
    const definition = JSON.parse(JSON.stringify(set)) as unknown;
    const hash = createHash('sha256').update(canonicalJson(definition)).digest('hex');
    await sql`insert into protection_rule_sets (id, version, definition, sha256, built_in)
      values (${set.id}, ${set.version}, ${JSON.stringify(definition)}::jsonb, ${hash}, true)`.execute(db);
  }
}
