import type { ColumnType } from 'kysely';

/** Row types of the checkpoint tables (migration 012), kept by hand beside it. */
type Int8 = ColumnType<string, number | string, number | string>;

export interface CheckpointLeavesTable {
  leaf_index: Int8;
  chain: string;
  size: number;
  head: string;
  leaf_hash: string;
  checkpoint_id: number;
}

export interface CheckpointsTable {
  id: number;
  tree_size: Int8;
  root_hash: string;
  frontier: ColumnType<string[], string, string>;
  last_event_id: Int8;
  created_at: ColumnType<Date, Date | string, Date | string>;
  key_id: string;
  signature: string;
}

export interface CheckpointTables {
  checkpoint_leaves: CheckpointLeavesTable;
  checkpoints: CheckpointsTable;
  checkpoint_subtrees: CheckpointSubtreesTable;
}

/** Hashes of complete perfect subtrees at every 8th level (migration 020). */
export interface CheckpointSubtreesTable {
  level: number;
  index: Int8;
  hash: string;
}
