import { sql, type Kysely } from 'kysely';

/**
 * Official documents and the register of outgoing documents (sổ văn bản đi). Each issuing agency
 * numbers its documents from 1 every year (Decree 30/2020/NĐ-CP Art. 15): the register row is
 * locked to take the next number, so two issues at once never share one, and a number once given
 * is never given again. A cancelled document keeps its row, its number and the reason; rows are
 * never deleted. The files themselves are blobs, addressed by their SHA-256.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
create table document_registers (
  agency_unit_id uuid not null references units(id),
  year integer not null,
  last_number integer not null,
  primary key (agency_unit_id, year)
);

create table issued_documents (
  id uuid primary key,
  case_id uuid not null references cases(id),
  kind text not null,
  step_seq integer not null,
  agency_unit_id uuid not null references units(id),
  year integer not null,
  number integer not null,
  citation text not null,
  model jsonb not null,
  edits jsonb not null,
  pdf_sha256 text not null references blobs(sha256),
  docx_sha256 text not null references blobs(sha256),
  issued_by uuid not null references people(id),
  issued_at timestamptz not null,
  issue_event_seq integer not null,
  status text not null check (status in ('issued', 'signed', 'cancelled')),
  cancel_reason text,
  cancelled_by uuid references people(id),
  cancelled_at timestamptz,
  signed_sha256 text references blobs(sha256),
  signer jsonb,
  signed_at timestamptz,
  signed_by uuid references people(id),
  signed_event_seq integer,
  unique (agency_unit_id, year, number)
);
create index issued_documents_case on issued_documents (case_id);
create index issued_documents_pdf on issued_documents (pdf_sha256);
create index issued_documents_docx on issued_documents (docx_sha256);
create index issued_documents_signed on issued_documents (signed_sha256) where signed_sha256 is not null;
-- One live document per case step and kind; a cancelled one may be issued again under a new number.
create unique index issued_documents_live on issued_documents (case_id, kind, step_seq) where status <> 'cancelled';

create function issued_documents_keep() returns trigger language plpgsql as $fn$
begin
  raise exception 'issued documents are never deleted: cancel them with a reason';
end
$fn$;
create trigger issued_documents_no_delete before delete on issued_documents
  for each row execute function issued_documents_keep();
`.execute(db);
}
