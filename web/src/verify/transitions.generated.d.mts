// Types of transitions.generated.mjs, the rule table written by scripts/build-verifier.ts.
import type { TransitionTable } from '../../../src/domain/audit/record-checks.mjs';
export declare const TRANSITIONS: TransitionTable;
