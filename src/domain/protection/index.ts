/** Protection determination (Decree 73 Art. 11) and encouragement (Art. 10): pure rules, no I/O, no clock. */
export * from './facts.ts';
export * from './rule-set.ts';
export {
  BUILT_IN_PROTECTION_RULE_SETS,
  DECREE_73_PROTECTION_RULES,
  EXCLUSION_GROUND_LEGAL_BASIS,
  HCMC_PROTECTION_RULES,
  LEGAL_GROUNDS,
} from './rules.ts';
export { validateRuleSet, type RuleSetValidation } from './validate-rule-set.ts';
export * from './recommend.ts';
export * from './revocation.ts';
export * from './rewards.ts';
export { bindingRowOf, protectsLessThan, type BindingRow } from './art11-table.ts';
