import type { ExclusionGround } from './facts.ts';
import { LEGAL_GROUNDS } from './rules.ts';
import { PROTECTION_RESULTS, type ProtectionResult } from './rule-set.ts';

/**
 * Revoking a protection already decided. Protection rests on the finding of a pure motive for the
 * common good; only a later finding that the person acted for themselves or a group, or through
 * corruption or profiteering, destroys that basis (Art. 6(1); KL14 point 2.4: strict handling of
 * those who abuse the policy). Other later discoveries go through ordinary review, not revocation.
 */
export const REVOCATION_GROUNDS = ['selfInterest', 'groupInterest', 'corruption', 'profiteering'] as const satisfies readonly ExclusionGround[];
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
  if (!(PROTECTION_RESULTS as readonly string[]).includes(request.decidedResult)) return { ok: false, code: 'unknown_result' };
  // Nothing to revoke: the person was never protected.
  if (request.decidedResult === 'not_protected') return { ok: false, code: 'decision_not_protective' };
  const finding = request.laterFinding;
  if (!finding) return { ok: false, code: 'finding_required' };
  if (!(REVOCATION_GROUNDS as readonly string[]).includes(finding.ground)) return { ok: false, code: 'ground_not_revocable' };
  if (finding.reference.trim() === '') return { ok: false, code: 'finding_reference_required' };
  return { ok: true, legalGround: `${LEGAL_GROUNDS.art6_1}; ${LEGAL_GROUNDS.kl14_2_4}` };
}
