import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { IsoDateString, OptionalText } from '../schemas.ts';
import { checkPastDate } from '../checks.ts';

/** Implementation is finished: the 5-working-day clock for the written report runs from this day. */
export const declareCompleted = defineAction({
  action: 'declare_completed',
  event: 'implementation_completed',
  summary: { vi: 'Xác nhận hoàn thành thực hiện', en: 'Declare implementation completed' },
  body: Type.Object({ completedOn: IsoDateString, note: OptionalText(5000) }, { additionalProperties: false }),
  apply({ input, today }) {
    const completedOn = checkPastDate(input.completedOn, 'completedOn', today);
    return { deadline: { completedOn }, payload: { completedOn, ...(input.note ? { note: input.note } : {}) } };
  },
});
