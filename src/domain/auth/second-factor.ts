import type { Role, RoleGrant } from '../case/case-snapshot.ts';

/**
 * Who must use a second factor and when it must be fresh (issue "Identity fit for records that
 * protect people", items 2 and 5). Pure: the caller gives the clock, the grants and what it read.
 */
export interface SecondFactorPolicy {
  /** Holders of any of these roles (on any unit) must enrol before doing anything else. */
  requiredRoles: readonly Role[];
  /** A deciding action needs a second factor given within this time (the step-up). */
  stepUpMs: number;
}

/** Everyone who decides: administrators, heads and deputies. */
export const DEFAULT_REQUIRED_ROLES: readonly Role[] = ['administrator', 'head', 'deputy'];
export const DEFAULT_STEP_UP_MINUTES = 15;
export const DEFAULT_SECOND_FACTOR_POLICY: SecondFactorPolicy = {
  requiredRoles: DEFAULT_REQUIRED_ROLES,
  stepUpMs: DEFAULT_STEP_UP_MINUTES * 60_000,
};
/** Nobody is required to enrol (tests; an installation that sets the roles to an empty list). */
export const NOBODY_REQUIRED: SecondFactorPolicy = { requiredRoles: [], stepUpMs: DEFAULT_STEP_UP_MINUTES * 60_000 };

export const requiredByRole = (grants: readonly Pick<RoleGrant, 'role'>[], policy: SecondFactorPolicy): boolean =>
  grants.some((g) => policy.requiredRoles.includes(g.role));

/** What a person's second factor means for one session or token. */
export interface FactorStanding {
  /** The person has a confirmed TOTP enrolment. */
  enrolled: boolean;
  /** One of the person's roles requires a second factor. */
  required: boolean;
  /** When this session last had a second factor (null for API tokens and password-only sessions). */
  factorAt: Date | null;
}

/**
 * What a session may do after the password: `pending` — only give the second factor (or sign out);
 * `enrol` — only enrol one (or sign out); null — everything its grants allow.
 */
export type SessionGate = 'pending' | 'enrol' | null;

export function sessionGate(s: FactorStanding): SessionGate {
  if (s.factorAt) return null;
  if (s.enrolled) return 'pending';
  return s.required ? 'enrol' : null;
}

/** A deciding action needs a second factor within the step-up time from anyone who has or must have one. */
export function stepUpNeeded(s: FactorStanding, now: Date, policy: SecondFactorPolicy): boolean {
  if (!s.enrolled && !s.required) return false;
  return !s.factorAt || now.getTime() - s.factorAt.getTime() > policy.stepUpMs;
}
