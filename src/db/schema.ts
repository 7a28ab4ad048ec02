import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable } from 'kysely';
import type { CheckpointTables } from './schema-checkpoints.ts';
import type { LegalClockTables } from './schema-legal-clock.ts';
import type { ProtectionTables } from './schema-protection.ts';
import type { StatisticsTables } from './schema-statistics.ts';
import type { DocumentTables } from './schema-documents.ts';
import type { SecondFactorTables } from './schema-second-factor.ts';
import type {
  CampaignCasesTable,
  CampaignNoticesTable,
  CampaignAreaStatusTable,
  CampaignTalliesTable,
  CampaignUnitStatusTable,
  RegistrationCampaignsTable,
} from './schema-campaigns.ts';
import type {
  ImplementationPlansTable,
  PlanTaskFilesTable,
  PlanTaskReportsTable,
  PlanTasksTable,
  PlanTaskUrgesTable,
} from './schema-plans.ts';

/** Row types of the tables, as Kysely sees them. Kept by hand beside the migrations. */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type DefaultedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;
type Int8 = ColumnType<string, number | string, number | string>;
type JsonDefault<T> = ColumnType<T, string | undefined, string>;
type IdsDefault = ColumnType<string[], string[] | undefined, string[]>;

export interface UnitTypesTable {
  code: string;
  name_vi: string;
  name_en: string;
}

export interface UnitsTable {
  id: string;
  code: string;
  name: string;
  /** The name folded for accent-insensitive search. */
  search_name: Generated<string>;
  type_code: string;
  parent_id: string | null;
  party_committee_unit_id: string | null;
  ancestor_ids: string[];
  active: Generated<boolean>;
  created_at: DefaultedTimestamp;
}

export interface PositionsTable {
  code: string;
  name_vi: string;
  name_en: string;
  covered_by_decree: boolean;
}

export interface PeopleTable {
  id: string;
  full_name: string;
  /** The name folded for accent-insensitive search. */
  search_name: string;
  email: string | null;
  unit_id: string;
  /** The area of the unit (below the national root; migration 035): set by a trigger, never written. */
  area_id: Generated<string>;
  position_code: string | null;
  username: string | null;
  password_hash: string | null;
  active: Generated<boolean>;
  created_at: DefaultedTimestamp;
  /** Set when an administrator set the password: the person chooses their own at the next sign-in (migration 017). */
  must_change_password: Generated<boolean>;
  password_changed_at: Timestamp | null;
}

export interface RoleGrantsTable {
  id: string;
  person_id: string;
  unit_id: string;
  role: string;
  include_subtree: boolean;
  granted_at: DefaultedTimestamp;
  granted_by: string | null;
}

export interface SessionsTable {
  token_hash: string;
  person_id: string;
  created_at: DefaultedTimestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
  /** Shown and ended by this id, never by the token's hash (migration 017). */
  id: Generated<string>;
  last_seen_at: Timestamp;
  user_agent: string | null;
  ip: string | null;
  /** When and how this session's second factor was given (migrations 023 and 024). */
  second_factor_at: Timestamp | null;
  second_factor_method: string | null;
}

/** A provider's account (issuer, subject) linked to a person (migration 024). */
export interface PersonIdentitiesTable {
  id: Generated<string>;
  issuer: string;
  subject: string;
  person_id: string;
  linked_by: string | null;
  linked_via: 'administrator' | 'claim';
  linked_at: DefaultedTimestamp;
}

export interface ApiTokensTable {
  id: string;
  person_id: string;
  name: string;
  token_hash: string;
  created_at: DefaultedTimestamp;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
  /** `["read"]`, or `["read", "action:<name>", …]`: what the token may do (migration 010). */
  scopes: ColumnType<string[], string | undefined, string>;
  expires_at: Timestamp;
  /** SHA-256 of the session token it was minted from. */
  minted_by_session: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<Int8>;
  username: string;
  ip: string;
  succeeded: boolean;
  at: DefaultedTimestamp;
  /** The signed device id the attempt came with, if any (migration 010). */
  device: string | null;
}

export interface DomainsTable {
  code: string;
  name_vi: string;
  name_en: string;
  sort: number;
  active: Generated<boolean>;
}

export interface ProcedureProfilesTable {
  code: string;
  version: number;
  definition: Json<unknown>;
  published_at: DefaultedTimestamp;
  published_by: string | null;
}

export interface CaseCodeCountersTable {
  year: number;
  last: number;
}

export interface CasesTable {
  id: string;
  code: string;
  title: string;
  domain: string;
  state: string;
  version: number;
  profile_code: string;
  profile_version: number;
  proposer_id: string;
  proposer_unit_id: string;
  receiving_unit_id: string | null;
  urgent: boolean;
  plan_version: number;
  approved_plan_version: number | null;
  pending_adjustment_version: number | null;
  facts: Json<unknown>;
  deadlines: JsonDefault<unknown>;
  due_on: string | null;
  due_step: string | null;
  participant_ids: string[];
  route_unit_ids: IdsDefault;
  route_ancestor_ids: IdsDefault;
  route_party_unit_ids: IdsDefault;
  search_text: string;
  /** The words of `search_text`, computed by the database (migration 006). */
  search_words: GeneratedAlways<string[]>;
  /** The one province holding all the case's units, set by a trigger (migration 029); null: none; nil UUID: several. */
  province_id: Generated<string | null>;
  /** Length and last hash of the event chain, kept with the case so that a truncated chain is noticed. */
  event_count: Generated<number>;
  head_hash: string | null;
  created_at: DefaultedTimestamp;
  updated_at: DefaultedTimestamp;
  submitted_at: Timestamp | null;
  closed_at: Timestamp | null;
  /** The model this case was adopted from (KL14 §2.5). */
  replicated_from_case_id: string | null;
}

export interface PlanVersionsTable {
  case_id: string;
  version: number;
  kind: string;
  plan: Json<unknown>;
  changes: Json<unknown>;
  created_by: string;
  created_at: DefaultedTimestamp;
}

export interface CaseEventsTable {
  id: Generated<Int8>;
  case_id: string;
  seq: number;
  type: string;
  actor_id: string | null;
  actor_role: string | null;
  actor_unit_id: string | null;
  occurred_at: Timestamp;
  reasons: string | null;
  payload: Json<unknown>;
  prev_hash: string;
  hash: string;
}

export interface WorkItemsTable {
  case_id: string;
  person_id: string | null;
  unit_id: string | null;
  role: string | null;
  task: string;
  due_on: string | null;
}

export interface BlobsTable {
  sha256: string;
  size: number;
  media_type: string;
  content: Buffer;
  created_at: DefaultedTimestamp;
}

export interface AttachmentsTable {
  id: string;
  case_id: string;
  sha256: string;
  filename: string;
  media_type: string;
  size: number;
  uploaded_by: string;
  uploaded_at: DefaultedTimestamp;
  /** The action of the procedure the file supports (migration 010); null for older uploads. */
  step: string | null;
}

export interface IdempotencyKeysTable {
  person_id: string;
  key: string;
  request_hash: string;
  status: number;
  response: Json<unknown>;
  created_at: DefaultedTimestamp;
  /** While in progress: after this instant the claim is abandoned (a crash) and may be taken over. */
  lease_until: Timestamp | null;
}

export interface OutboxJobsTable {
  id: Generated<Int8>;
  kind: string;
  payload: Json<unknown>;
  run_at: DefaultedTimestamp;
  status: Generated<string>;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  last_error: string | null;
  locked_at: Timestamp | null;
  locked_by: string | null;
  created_at: DefaultedTimestamp;
  finished_at: Timestamp | null;
  /** The runner that completed the job (migration 027): which process did what, when several share the database. */
  finished_by: string | null;
}

export interface AuditLogTable {
  id: Generated<Int8>;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  payload: Json<unknown>;
  at: DefaultedTimestamp;
}

export interface DB
  extends LegalClockTables,
    ProtectionTables,
    StatisticsTables,
    CheckpointTables,
    DocumentTables,
    SecondFactorTables {
  unit_types: UnitTypesTable;
  units: UnitsTable;
  positions: PositionsTable;
  people: PeopleTable;
  role_grants: RoleGrantsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  domains: DomainsTable;
  procedure_profiles: ProcedureProfilesTable;
  case_code_counters: CaseCodeCountersTable;
  cases: CasesTable;
  showcase_items: ShowcaseItemsTable;
  case_models: CaseModelsTable;
  access_log: AccessLogTable;
  person_identities: PersonIdentitiesTable;
  plan_versions: PlanVersionsTable;
  case_events: CaseEventsTable;
  work_items: WorkItemsTable;
  blobs: BlobsTable;
  attachments: AttachmentsTable;
  idempotency_keys: IdempotencyKeysTable;
  outbox_jobs: OutboxJobsTable;
  audit_log: AuditLogTable;
  registration_campaigns: RegistrationCampaignsTable;
  campaign_cases: CampaignCasesTable;
  campaign_tallies: CampaignTalliesTable;
  campaign_unit_status: CampaignUnitStatusTable;
  campaign_area_status: CampaignAreaStatusTable;
  campaign_notices: CampaignNoticesTable;
  implementation_plans: ImplementationPlansTable;
  plan_tasks: PlanTasksTable;
  plan_task_files: PlanTaskFilesTable;
  plan_task_reports: PlanTaskReportsTable;
  plan_task_urges: PlanTaskUrgesTable;
}

export type CaseRow = Selectable<CasesTable>;
/** An event as a case's pages show it: everything but its row id and case. */
export type CaseEventFields = Omit<Selectable<CaseEventsTable>, 'id' | 'case_id'>;
export type NewCase = Insertable<CasesTable>;
export type NewPlanVersion = Insertable<PlanVersionsTable>;
export type UnitRow = Selectable<UnitsTable>;
export type PersonRow = Selectable<PeopleTable>;

export interface ShowcaseItemsTable {
  case_id: string;
  code: string;
  title: string;
  unit_name: string;
  summary: string;
  results: string;
  proposer_names: string | null;
  published_on: string;
  search_text: string;
  search_words: GeneratedAlways<string[]>;
}

export interface CaseModelsTable {
  case_id: string;
  code: string;
  title: string;
  unit_name: string;
  summary: string;
  plan_version: number;
  marked_on: string;
}

export interface AccessLogTable {
  id: Generated<Int8>;
  at: Timestamp;
  actor_id: string;
  /** `sign_in`: a security event at the sign-in form, before any session (migration 023). */
  via: 'session' | 'token' | 'sign_in';
  session_id: string | null;
  ip: string | null;
  kind: string;
  entity: string;
  entity_id: string;
  subject_person_id: string | null;
  subject_unit_id: string | null;
}
