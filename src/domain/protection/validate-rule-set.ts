import type { FieldIssue } from '../errors.ts';
import { EVALUATION_OUTCOMES, EXCLUSION_GROUNDS, RISK_KINDS } from './facts.ts';
import {
  FINDING_KEYS,
  PROTECTION_RESULTS,
  allSituations,
  firstMatchingRule,
  type ProtectionRuleSet,
  type Situation,
} from './rule-set.ts';
import { bindingRowOf, protectsLessThan } from './art11-table.ts';

/**
 * Checks a rule set an administrator wants to publish as JSON: first its structure, then, since
 * the space of situations is finite, that every situation is decided, that no rule is dead, and
 * that the rows the Decree fixes hold both ways: no rule protects someone a barring ground was
 * found against (row 5, Art. 6(1)), and no rule gives less than rows 1–2 (Art. 11(1): not held
 * liable; Art. 11(2): liability excluded) or refers such a person to discipline. Those are the
 * law, not policy a local rule set may change; row 4 (no good faith) is an inference and a setting.
 */
export type RuleSetValidation = { ok: true; ruleSet: ProtectionRuleSet } | { ok: false; errors: FieldIssue[] };

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;
const MAX_RULES = 100;
const MAX_TEXT = 2000;
const TOP_KEYS = ['id', 'version', 'name', 'legalBasis', 'findingGrounds', 'exclusionGroundBasis', 'rules'];
const RULE_KEYS = ['id', 'when', 'then', 'legalGround', 'explanation'];
const THEN_KEYS = ['result', 'reportToCompetentAuthority', 'referToDiscipline'];

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

export function validateRuleSet(data: unknown): RuleSetValidation {
  const errors: FieldIssue[] = [];
  const add = (path: string, code: string, params?: Record<string, string | number>) =>
    errors.push({ path, code, ...(params ? { params } : {}) });

  if (!isRecord(data)) return { ok: false, errors: [{ path: '', code: 'not_an_object' }] };
  checkKeys(data, TOP_KEYS, '', add);
  if (typeof data.id !== 'string' || !ID_PATTERN.test(data.id)) add('id', 'invalid_format');
  if (typeof data.version !== 'number' || !Number.isSafeInteger(data.version) || data.version < 1)
    add('version', 'out_of_range');
  checkBilingual(data.name, 'name', add);
  checkText(data.legalBasis, 'legalBasis', add);
  checkTextRecord(data.findingGrounds, [...FINDING_KEYS, 'causes'], 'findingGrounds', add);
  checkTextRecord(data.exclusionGroundBasis, EXCLUSION_GROUNDS, 'exclusionGroundBasis', add);

  if (!Array.isArray(data.rules) || data.rules.length === 0) add('rules', 'required');
  else if (data.rules.length > MAX_RULES) add('rules', 'too_many', { max: MAX_RULES });
  else {
    const ids = new Set<string>();
    data.rules.forEach((rule: unknown, i) => {
      const path = `rules[${i}]`;
      if (!isRecord(rule)) return add(path, 'not_an_object');
      checkKeys(rule, RULE_KEYS, path, add);
      if (typeof rule.id !== 'string' || !ID_PATTERN.test(rule.id)) add(`${path}.id`, 'invalid_format');
      else if (ids.has(rule.id)) add(`${path}.id`, 'duplicate');
      else ids.add(rule.id);
      checkCondition(rule.when, `${path}.when`, add);
      checkOutcome(rule.then, `${path}.then`, add);
      checkText(rule.legalGround, `${path}.legalGround`, add);
      checkBilingual(rule.explanation, `${path}.explanation`, add);
    });
  }
  // The semantic checks read the rules as typed data, which is only safe once the shape holds.
  if (errors.length === 0) checkDecisions(data as unknown as ProtectionRuleSet, add);
  return errors.length ? { ok: false, errors } : { ok: true, ruleSet: data as unknown as ProtectionRuleSet };
}

type Add = (path: string, code: string, params?: Record<string, string | number>) => void;

function checkKeys(obj: Rec, allowed: readonly string[], path: string, add: Add): void {
  // An unknown key is most often a misspelt condition, which would silently match everything.
  for (const key of Object.keys(obj)) if (!allowed.includes(key)) add(path ? `${path}.${key}` : key, 'unknown_key');
}

function checkText(v: unknown, path: string, add: Add): void {
  if (typeof v !== 'string' || v.trim() === '') add(path, 'required');
  else if (v.length > MAX_TEXT) add(path, 'too_long', { max: MAX_TEXT });
}

function checkBilingual(v: unknown, path: string, add: Add): void {
  if (!isRecord(v)) return add(path, 'not_an_object');
  checkKeys(v, ['vi', 'en'], path, add);
  checkText(v.vi, `${path}.vi`, add);
  checkText(v.en, `${path}.en`, add);
}

function checkTextRecord(v: unknown, keys: readonly string[], path: string, add: Add): void {
  if (!isRecord(v)) return add(path, 'not_an_object');
  checkKeys(v, keys, path, add);
  for (const key of keys) checkText(v[key], `${path}.${key}`, add);
}

function checkEnumList(v: unknown, allowed: readonly string[], path: string, add: Add): void {
  const list = Array.isArray(v) ? v : [v];
  if (list.length === 0) return add(path, 'empty');
  const seen = new Set<unknown>();
  list.forEach((item, j) => {
    const p = Array.isArray(v) ? `${path}[${j}]` : path;
    if (typeof item !== 'string' || !allowed.includes(item)) add(p, 'unknown_value', { allowed: allowed.join(',') });
    else if (seen.has(item)) add(p, 'duplicate');
    seen.add(item);
  });
}

function checkCondition(v: unknown, path: string, add: Add): void {
  if (!isRecord(v)) return add(path, 'not_an_object');
  checkKeys(v, FINDING_KEYS, path, add);
  for (const key of ['anyExclusionFound', 'compliant', 'goodFaith', 'damage'] as const) {
    if (v[key] !== undefined && typeof v[key] !== 'boolean') add(`${path}.${key}`, 'not_a_boolean');
  }
  if (v.outcome !== undefined) checkEnumList(v.outcome, EVALUATION_OUTCOMES, `${path}.outcome`, add);
  if (v.risk !== undefined) checkEnumList(v.risk, RISK_KINDS, `${path}.risk`, add);
}

function checkOutcome(v: unknown, path: string, add: Add): void {
  if (!isRecord(v)) return add(path, 'not_an_object');
  checkKeys(v, THEN_KEYS, path, add);
  if (typeof v.result !== 'string' || !(PROTECTION_RESULTS as readonly string[]).includes(v.result)) {
    add(`${path}.result`, 'unknown_value', { allowed: PROTECTION_RESULTS.join(',') });
  }
  for (const key of ['reportToCompetentAuthority', 'referToDiscipline'] as const) {
    if (typeof v[key] !== 'boolean') add(`${path}.${key}`, 'not_a_boolean');
  }
}

function describe(s: Situation): string {
  return Object.entries(s)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(' ');
}

function checkDecisions(set: ProtectionRuleSet, add: Add): void {
  const used = new Set<number>();
  const uncovered: Situation[] = [];
  const flagged = new Set<string>();
  const flagOnce = (path: string, code: string, s: Situation) => {
    if (flagged.has(path + code)) return;
    flagged.add(path + code);
    add(path, code, { example: describe(s) });
  };
  for (const s of allSituations()) {
    const i = firstMatchingRule(set.rules, s);
    const rule = set.rules[i];
    if (!rule) {
      uncovered.push(s);
      continue;
    }
    used.add(i);
    const protective = rule.then.result !== 'not_protected';
    if (protective && s.anyExclusionFound) flagOnce(`rules[${i}].then.result`, 'protects_excluded_person', s);
    const binding = bindingRowOf(s);
    if (binding && protectsLessThan(rule.then.result, binding.minimum)) {
      flagOnce(`rules[${i}].then.result`, binding.row === 1 ? 'weakens_art11_1' : 'weakens_art11_2', s);
    }
    if (binding && rule.then.referToDiscipline)
      flagOnce(`rules[${i}].then.referToDiscipline`, 'refers_protected_person', s);
  }
  const [first] = uncovered;
  if (first) add('rules', 'uncovered_situation', { count: uncovered.length, example: describe(first) });
  set.rules.forEach((_, i) => {
    if (!used.has(i)) add(`rules[${i}]`, 'unreachable_rule');
  });
}
