// The Art. 7(2) plan: the server's contract (src/contract/plan.ts).
export type { Milestone, OptionConsidered, Plan, Risk, RiskLevel } from '@contract/plan';
