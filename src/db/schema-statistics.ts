/** Row types of the tables of this feature (see db/schema.ts and migrations/004-statistics.ts). */
export interface StatCaseStateTable {
  case_id: string;
  state: string;
  domain: string;
  entered_at: Date;
}

export interface StatisticsTables {
  stat_case_state: StatCaseStateTable;
  stat_tallies: StatTalliesTable;
  stat_unit_years: StatUnitYearsTable;
}

/** Every dashboard figure by year (migrations/018-dashboard-tallies.ts names the figures and keys). */
export interface StatTalliesTable {
  unit_id: string;
  figure: string;
  year: number;
  k1: string;
  k2: string;
  shard: number;
  n: number;
  seconds: number;
}

/** The state tallies rolled up by (unit, year, shard), kept by a trigger (migration 030). */
export interface StatUnitYearsTable {
  unit_id: string;
  year: number;
  shard: number;
  n: number;
}
