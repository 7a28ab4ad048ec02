/**
 * The Art. 7(2) proposal plan as the API takes and returns it, and the sections that must be
 * filled before submission. Both are the domain's own definitions, republished.
 */
export {
  REQUIRED_FOR_SUBMISSION,
  type ProposalPlan as Plan,
  type RiskEntry as Risk,
  type RiskLevel,
  type OptionConsidered,
  type Milestone,
  type PlanChange,
} from '../domain/plan/proposal-plan.ts';

/** One of the field paths of `REQUIRED_FOR_SUBMISSION` (`necessity.purpose`, …). */
export type RequiredPlanPath = typeof import('../domain/plan/proposal-plan.ts').REQUIRED_FOR_SUBMISSION[number];
