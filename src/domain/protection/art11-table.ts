import type { Situation, ProtectionResult } from './rule-set.ts';

/**
 * What Decree 73 itself fixes about the protection decision (spec §(d), rows marked [V]), apart
 * from any rule set or profile:
 * - row 1, Art. 11(1): no barring ground and the proposal assessed as completed → not held liable;
 * - row 2, Art. 11(2): no barring ground, fell short, in good faith, no damage → liability excluded;
 * - row 5, Art. 6(1): a barring ground found → no protection under the Decree.
 * Rows 1 and 2 bind the decider and every rule set; row 3 (Art. 11(3), damage) leaves the choice
 * of exclusion, exemption or mitigation; row 4 (no good faith) is an inference and is weighed.
 */

/** Protection results from most to least protective. */
const RANK: Record<ProtectionResult, number> = {
  not_liable: 3,
  liability_excluded: 2,
  considered_for_exemption_or_mitigation: 1,
  not_protected: 0,
};

export const protectsLessThan = (a: ProtectionResult, b: ProtectionResult): boolean => RANK[a] < RANK[b];

export type BindingRow = { row: 1 | 2; article: 'Art. 11(1)' | 'Art. 11(2)'; minimum: ProtectionResult };

/**
 * The binding row a situation falls in, if any. Compliance and risk do not enter: the verified
 * text of rows 1–2 does not mention them.
 */
export function bindingRowOf(s: Situation): BindingRow | null {
  if (s.anyExclusionFound) return null;
  if (s.outcome === 'completed') return { row: 1, article: 'Art. 11(1)', minimum: 'not_liable' };
  if (s.goodFaith && !s.damage) return { row: 2, article: 'Art. 11(2)', minimum: 'liability_excluded' };
  return null;
}
