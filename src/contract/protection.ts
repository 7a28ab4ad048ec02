/**
 * The protection (Art. 11) and reward (Art. 12) vocabulary the web app shows and edits: the pure
 * domain's own types, republished.
 */
export type { EvaluationOutcome, GroundFinding, RiskKind } from '../domain/protection/facts.ts';
export type { ProtectionResult } from '../domain/protection/rule-set.ts';
export type { ReasoningStep, Recommendation } from '../domain/protection/recommend.ts';
export type { BeneficiaryKind } from '../domain/protection/rewards.ts';
