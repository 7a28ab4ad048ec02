import { Type } from 'typebox';
import { defineAction } from './case-action.ts';
import { Reasons, OptionalText } from './schemas.ts';
import type { CaseAction } from '../../domain/case/action-rules.ts';

/**
 * Directives to continue, suspend, resume or terminate a pilot (Art. 6(4)): each is written, with
 * reasons; implementers who disobey one lose protection. They differ only in the state they lead to.
 */
export function directive<A extends CaseAction>(action: A, event: string, summary: { vi: string; en: string }) {
  return defineAction({
    action,
    event,
    summary,
    body: Type.Object({ reasons: Reasons, directiveNumber: OptionalText(100) }, { additionalProperties: false }),
    apply({ input }) {
      return {
        reasons: input.reasons,
        payload: input.directiveNumber ? { directiveNumber: input.directiveNumber } : {},
      };
    },
  });
}
