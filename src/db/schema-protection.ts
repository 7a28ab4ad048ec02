import type { ColumnType } from 'kysely';

/** Row types of the protection and reward tables (migration 003), kept by hand beside it. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;
type JsonOrNull = ColumnType<unknown, string | null | undefined, string | null>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface ProtectionRuleSetsTable {
  id: string;
  version: number;
  definition: Json<unknown>;
  sha256: string;
  built_in: Defaulted<boolean>;
  published_at: DefaultedTimestamp;
  published_by: string | null;
}

export interface ProtectionCasesTable {
  id: string;
  case_id: string;
  seq: number;
  status: 'open' | 'decided';
  version: Defaulted<number>;
  rule_set_id: string;
  rule_set_version: number;
  rule_set_sha256: string;
  /** 'evaluation' (opened with the evaluation) or a reason given by whoever opened it later. */
  opened_reason: string;
  opened_by: string | null;
  /** The relation the opener acted in ('head', 'inspector_in_scope', …); null when opened by the evaluation. */
  opened_as: string | null;
  reasons: string | null;
  finding_reference: string | null;
  opened_at: Timestamp;
  updated_at: Timestamp;
  closed_at: NullableTimestamp;
}

export type DeterminationStatus = 'pending' | 'facts_recorded' | 'decided' | 'revoked';

export interface ProtectionDeterminationsTable {
  id: string;
  protection_case_id: string;
  person_id: string;
  role: string;
  roles: string[];
  deciding_unit_id: string;
  status: DeterminationStatus;
  facts_version: Defaulted<number>;
  decided_result: string | null;
  departed: boolean | null;
  decision: JsonOrNull;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  decision_event_seq: number | null;
  revocation: JsonOrNull;
  revoked_by: string | null;
  revoked_at: NullableTimestamp;
  revocation_event_seq: number | null;
}

export interface ProtectionFactVersionsTable {
  determination_id: string;
  version: number;
  facts: Json<unknown>;
  facts_sha256: string;
  evidence_attachment_ids: Json<unknown>;
  recommendation: Json<unknown>;
  recommendation_sha256: string;
  recorded_by: string;
  recorded_as: string;
  recorded_at: Timestamp;
  event_seq: number;
}

export interface RewardLocalOptionsTable {
  scope: string;
  enabled: boolean;
  updated_by: string | null;
  updated_at: DefaultedTimestamp;
}

export type RewardStatus = 'proposed' | 'granted' | 'refused' | 'implemented' | 'not_implemented';

export interface RewardProposalsTable {
  id: string;
  case_id: string;
  status: RewardStatus;
  version: Defaulted<number>;
  beneficiary_kind: string;
  person_id: string | null;
  unit_id: string | null;
  form: string;
  months: number | null;
  description: string | null;
  justification: string;
  legal_basis: string;
  proposed_by: string;
  proposed_as: string;
  proposed_at: Timestamp;
  proposal_event_seq: number;
  decision: JsonOrNull;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  outcome: JsonOrNull;
  outcome_recorded_by: string | null;
  outcome_recorded_at: NullableTimestamp;
}

/** Row types of the tables of this feature (see db/schema.ts). */
export interface ProtectionTables {
  protection_rule_sets: ProtectionRuleSetsTable;
  protection_cases: ProtectionCasesTable;
  protection_determinations: ProtectionDeterminationsTable;
  protection_fact_versions: ProtectionFactVersionsTable;
  reward_local_options: RewardLocalOptionsTable;
  reward_proposals: RewardProposalsTable;
}
