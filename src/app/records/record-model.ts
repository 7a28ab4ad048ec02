import type * as Contract from '../../contract/official-record.ts';

/** One official's record as the server builds it: the contract's shapes, with instants as dates. */
export type ProposalEntry = Contract.ProposalEntry<Date>;
export type ProtectionEntry = Contract.ProtectionEntry<Date>;
export type RewardEntry = Contract.RewardEntry<Date>;
export type OfficialRecord = Contract.OfficialRecord<Date>;
export type { OverrideEntry, RecordSummary } from '../../contract/official-record.ts';
