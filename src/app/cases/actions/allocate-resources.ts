import { Type } from 'typebox';
import { defineAction } from '../case-action.ts';
import { Money, OptionalText } from '../schemas.ts';
import { invalidField } from '../../../domain/errors.ts';

/** Art. 10(2): the agency provides equipment, facilities, people and funding for the approved plan. */
export const allocateResources = defineAction({
  action: 'allocate_resources',
  event: 'resources_allocated',
  summary: { vi: 'Bố trí nguồn lực', en: 'Allocate resources' },
  body: Type.Object(
    {
      budgetVnd: Type.Optional(Money),
      people: OptionalText(5000),
      equipment: OptionalText(5000),
      note: OptionalText(5000),
    },
    { additionalProperties: false },
  ),
  apply({ input }) {
    if (input.budgetVnd === undefined && !input.people?.trim() && !input.equipment?.trim()) {
      throw invalidField('budgetVnd', 'one_resource_required');
    }
    return { payload: { ...input } };
  },
});
