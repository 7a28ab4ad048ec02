import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Int8 = ColumnType<string, number | string, number | string>;

/** The second factor's tables (migration 023). */
export interface SecondFactorTables {
  second_factors: SecondFactorsTable;
  recovery_codes: RecoveryCodesTable;
  second_factor_attempts: SecondFactorAttemptsTable;
}

export interface SecondFactorsTable {
  person_id: string;
  /** The TOTP secret (base32); never returned once the enrolment is confirmed. */
  secret: string;
  created_at: Timestamp;
  /** Null until the person gave a first code from it. */
  confirmed_at: Timestamp | null;
  /** The last RFC 6238 time step accepted: a code of this step or an earlier one is refused. */
  last_used_step: Int8 | null;
}

export interface RecoveryCodesTable {
  id: Generated<Int8>;
  person_id: string;
  code_hash: string;
  created_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SecondFactorAttemptsTable {
  id: Generated<Int8>;
  person_id: string;
  at: Timestamp;
  succeeded: boolean;
}
