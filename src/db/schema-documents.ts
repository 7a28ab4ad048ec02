import type { ColumnType } from 'kysely';

/** Row types of the official documents and their register (migration 014), kept by hand beside it. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;
type JsonOrNull = ColumnType<unknown, string | null | undefined, string | null>;
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;

export interface DocumentRegistersTable {
  agency_unit_id: string;
  year: number;
  last_number: number;
}

export interface IssuedDocumentsTable {
  id: string;
  /** Null for a document whose subject is a person (migration 021). */
  case_id: Optional<string>;
  kind: string;
  step_seq: Optional<number>;
  agency_unit_id: string;
  year: number;
  number: number;
  citation: string;
  model: Json<unknown>;
  edits: Json<unknown>;
  pdf_sha256: string;
  docx_sha256: string;
  issued_by: string;
  issued_at: Timestamp;
  issue_event_seq: Optional<number>;
  status: 'issued' | 'signed' | 'cancelled';
  cancel_reason: Optional<string>;
  cancelled_by: Optional<string>;
  cancelled_at: NullableTimestamp;
  signed_sha256: Optional<string>;
  signer: JsonOrNull;
  signed_at: NullableTimestamp;
  signed_by: Optional<string>;
  signed_event_seq: Optional<number>;
  subject_person_id: Optional<string>;
  record_year: Optional<number>;
  /** A periodic review report's unit, kind, year and snapshot of figures (migration 026). */
  subject_unit_id: Optional<string>;
  report_kind: Optional<'six_month' | 'annual'>;
  report_year: Optional<number>;
  report_figures: JsonOrNull;
}

export interface DocumentTables {
  document_registers: DocumentRegistersTable;
  issued_documents: IssuedDocumentsTable;
}
