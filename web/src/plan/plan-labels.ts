import type { TFunction } from 'i18next';

const SECTION_OF: Record<string, string> = {
  title: 'general',
  domain: 'general',
  summary: 'general',
  necessity: 'necessity',
  legalBasis: 'legal',
  content: 'content',
  scope: 'scope',
  timeline: 'timeline',
  resources: 'resources',
  feasibility: 'feasibility',
  impacts: 'feasibility',
  expectedResults: 'results',
  risks: 'risks',
};

/** The plan section a field path belongs to (`necessity.purpose` → `necessity`). */
export function sectionOf(path: string): string {
  const top = path.split(/[.[]/)[0] ?? '';
  if (path.startsWith('content.optionsConsidered')) return 'options';
  return SECTION_OF[top] ?? 'general';
}

const LEAF_LABEL: Record<string, string> = { dueOn: 'milestoneDue', id: 'riskId' };

/** A readable name for a plan field path, e.g. `timeline.milestones[1].dueOn` → "7. … › Hạn hoàn thành (2)". */
export function planPathLabel(path: string, t: TFunction): string {
  const section = t(`plan:sections.${sectionOf(path)}`);
  const parts = path.split('.').filter(Boolean);
  const leafRaw = parts.at(-1) ?? path;
  const leaf = leafRaw.replace(/\[\d+\]$/, '');
  const index = /\[(\d+)\]/.exec(path)?.[1];
  const inMilestones = path.includes('milestones');
  const inRisks = parts[0] === 'risks';
  let key = LEAF_LABEL[leaf] ?? leaf;
  if (inMilestones && leaf === 'title') key = 'milestoneTitle';
  if (leaf === 'milestones') key = 'milestoneTitle';
  const label = t(`plan:fields.${key}`, { defaultValue: leaf });
  if (inRisks && parts.length >= 2)
    return `${section} › ${t('plan:riskN', { id: parts[1] })}${parts.length > 2 ? ` › ${label}` : ''}`;
  return `${section} › ${label}${index !== undefined ? ` (${Number(index) + 1})` : ''}`;
}
