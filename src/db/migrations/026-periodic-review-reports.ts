import { sql, type Kysely } from 'kysely';

/**
 * Periodic review reports (sơ kết 6 tháng, tổng kết năm) kept as official documents: their
 * subject is a unit and its subtree for a period, neither a case nor a person. They are numbered
 * in the same register and kept in the same table; `report_figures` is the snapshot of figures
 * and lists the document was rendered from, so an issued report never changes after issue.
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
}
