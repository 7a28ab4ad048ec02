import { sql, type Kysely } from 'kysely';

/**
 * Documents whose subject is a person rather than a case: the official's record issued by the
 * organisation department. It is numbered in the same register and kept in the same table, so a
 * number is never given twice across both; it records no case step (no step, no case event: its
 * issue, signed copy and cancellation are written to the audit log instead). Exactly one subject.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
alter table issued_documents
  alter column case_id drop not null,
  alter column step_seq drop not null,
  alter column issue_event_seq drop not null,
  add column subject_person_id uuid references people(id),
  add column record_year integer;
alter table issued_documents add constraint issued_documents_one_subject
  check ((case_id is null) <> (subject_person_id is null));
alter table issued_documents add constraint issued_documents_case_step
  check (case_id is null or (step_seq is not null and issue_event_seq is not null));
create index issued_documents_subject on issued_documents (subject_person_id) where subject_person_id is not null;
`.execute(db);
}
