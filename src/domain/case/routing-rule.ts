/**
 * Decree 73 Art. 7(3)–(4): a plan goes to the head of the proposer's unit; when that head is
 * one of the proposers (the lead proposer or a co-proposer, Art. 8(1) treats both alike), it goes
 * to the head of the superior unit instead, and so on upwards, so that no proposer ever receives,
 * votes on, decides or evaluates their own proposal.
 *
 * `chain` is the proposer's unit followed by its ancestors, nearest first, each with its head.
 * Returns the index of the receiving unit, or the reason none can receive it.
 */
export type RouteOutcome =
  | { index: number; toSuperior: boolean }
  | { error: 'unit_has_no_head' | 'no_superior_unit'; unitIndex: number };

export function receivingUnitIndex(
  chain: readonly { headId: string | undefined }[],
  proposerIds: readonly string[],
): RouteOutcome {
  const proposers = new Set(proposerIds);
  for (let i = 0; i < chain.length; i++) {
    const headId = chain[i]!.headId;
    if (!headId) return { error: 'unit_has_no_head', unitIndex: i };
    if (!proposers.has(headId)) return { index: i, toSuperior: i > 0 };
  }
  return { error: 'no_superior_unit', unitIndex: chain.length - 1 };
}
