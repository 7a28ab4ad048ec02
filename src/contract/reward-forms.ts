import { REWARD_FORMS } from '../domain/protection/rewards.ts';

/**
 * The wording of the reward forms, by id, as the rule table (domain/protection/rewards.ts) gives
 * it. A file of its own, without schemas: the dashboard takes it without TypeBox, and labels.ts
 * (on the first page) stays as small as it is.
 */
export const REWARD_FORM_LABELS: Record<string, { vi: string; en: string }> = Object.fromEntries(
  REWARD_FORMS.map((f) => [f.id, f.label]),
);
