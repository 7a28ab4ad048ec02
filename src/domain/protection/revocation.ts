import { EXCLUSION_GROUNDS, type ExclusionGround } from './facts.ts';
import { EXCLUSION_GROUND_LEGAL_BASIS } from './rules.ts';
import { PROTECTION_RESULTS, type ProtectionResult } from './rule-set.ts';

/**
 * Revoking a protection already decided, on a later finding. The grounds are exactly those that
 * are examined at decision time (Art. 6(1), Art. 4(2), and the weighed grounds such as a false
 * completion report): what would have counted against the person then counts when found later.
 * A weighed ground found later is addressed in the revocation's written reasons, as it would have
 * been in the decision's.
 */
export const REVOCATION_GROUNDS = EXCLUSION_GROUNDS;
export type RevocationGround = (typeof REVOCATION_GROUNDS)[number];

export interface RevocationRequest {
  /** The result the deciding body actually decided (not the recommendation). */
  decidedResult: ProtectionResult;
  laterFinding?: {
    ground: ExclusionGround;
    /** Number and date of the inspection conclusion, verdict or disciplinary decision relied on. */
    reference: string;
  };
}

export type RevocationErrorCode =
  | 'decision_not_protective'
  | 'finding_required'
  | 'ground_not_revocable'
  | 'finding_reference_required'
  | 'unknown_result';

export type RevocationCheck = { ok: true; legalGround: string } | { ok: false; code: RevocationErrorCode };

export function checkRevocation(request: RevocationRequest): RevocationCheck {
  if (!(PROTECTION_RESULTS as readonly string[]).includes(request.decidedResult))
    return { ok: false, code: 'unknown_result' };
  // Nothing to revoke: the person was never protected.
  if (request.decidedResult === 'not_protected') return { ok: false, code: 'decision_not_protective' };
  const finding = request.laterFinding;
  if (!finding) return { ok: false, code: 'finding_required' };
  if (!(REVOCATION_GROUNDS as readonly string[]).includes(finding.ground))
    return { ok: false, code: 'ground_not_revocable' };
  if (finding.reference.trim() === '') return { ok: false, code: 'finding_reference_required' };
  return { ok: true, legalGround: EXCLUSION_GROUND_LEGAL_BASIS[finding.ground] };
}
