import type { ColumnType, Generated } from 'kysely';

/** Row types of registration campaigns (migration 016), kept by hand beside it. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Json<T> = ColumnType<T, string, string>;
type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>;
/** A bigint id: read as a string (int8), never written. */
type Serial = ColumnType<string, never, never>;

export interface CampaignScopeEntry {
  unitId: string;
  includeSubtree: boolean;
}

export interface RegistrationCampaignsTable {
  id: string;
  owner_unit_id: string;
  year: number;
  title: string;
  scope: Json<CampaignScopeEntry[]>;
  minimum_per_unit: number;
  reminder_days_before: number[];
  deadline: string;
  status: 'open' | 'closed';
  opened_by: string;
  opened_at: Timestamp;
  closed_by: Optional<string>;
  closed_at: NullableTimestamp;
  version: Generated<number>;
}

export interface CampaignCasesTable {
  case_id: string;
  campaign_id: string;
  unit_id: string;
  linked_at: Timestamp;
}

/** Registered cases by (campaign, unit, state), kept by the triggers of migration 030. */
export interface CampaignTalliesTable {
  campaign_id: string;
  unit_id: string;
  state: string;
  shard: number;
  n: number;
}

/** Every unit of a campaign's scope with its status (migration 031). */
export interface CampaignUnitStatusTable {
  campaign_id: string;
  unit_id: string;
  status: string;
}

/** Units of a campaign's scope counted by status, for each unit and every unit above it (migration 031). */
export interface CampaignAreaStatusTable {
  campaign_id: string;
  area_id: string;
  status: string;
  n: number;
}

export interface CampaignNoticesTable {
  id: Serial;
  campaign_id: string;
  unit_id: string;
  kind: 'reminder' | 'escalation';
  offset_days: number;
  created_at: Timestamp;
}
