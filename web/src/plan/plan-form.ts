import type { UseFormReturnType } from '@mantine/form';
import type { PlanValues } from './plan-values';

export type PlanForm = UseFormReturnType<PlanValues>;

export const PLAN_SECTIONS = [
  'general',
  'necessity',
  'legal',
  'content',
  'options',
  'scope',
  'timeline',
  'resources',
  'feasibility',
  'results',
  'risks',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];
