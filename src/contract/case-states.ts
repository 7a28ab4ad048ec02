/**
 * The states of a proposal case, shared by the server and the web app. The list itself lives in the
 * pure domain (the rule table is written against it); the contract only republishes it.
 */
export { CASE_STATES, type CaseState } from '../domain/case/states.ts';
export { FINAL_STATES } from '../domain/case/states.ts';
