import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../api/plan';
import { useDomainName } from '../hooks/useDomains';
import { MilestonesTable } from './MilestonesTable';
import { OptionsTable } from './OptionsTable';
import { RisksTable } from './RisksTable';
import { Section } from '../components/Section';
import { PlanField as Field } from './PlanField';

/** The whole Art. 7(2) plan, read-only, section by section. */
export function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation('plan');
  const domainName = useDomainName();
  const f = (key: string) => t(`fields.${key}`);
  return (
    <Stack gap="lg">
      <Section title={t('sections.general')}>
        <Field label={f('title')} value={plan.title} />
        <Field label={f('domain')} value={plan.domain ? domainName(plan.domain) : undefined} />
        <Field label={f('summary')} value={plan.summary} />
      </Section>
      <Section title={t('sections.necessity')}>
        <Field label={f('purpose')} value={plan.necessity?.purpose} />
        <Field label={f('bottleneck')} value={plan.necessity?.bottleneck} />
        <Field label={f('bottleneckKind')} value={plan.necessity?.bottleneckKind} field="bottleneckKind" />
      </Section>
      <Section title={t('sections.legal')}>
        <Field label={f('basis')} value={plan.legalBasis?.basis} />
        <Field label={f('authorityRationale')} value={plan.legalBasis?.authorityRationale} />
      </Section>
      <Section title={t('sections.content')}>
        <Field label={f('tasks')} value={plan.content?.tasks} />
        <Field label={f('solutions')} value={plan.content?.solutions} />
      </Section>
      <Section title={t('sections.options')}>
        <OptionsTable options={plan.content?.optionsConsidered ?? []} />
      </Section>
      <Section title={t('sections.scope')}>
        <Field label={f('scope')} value={plan.scope?.scope} />
        <Field label={f('targets')} value={plan.scope?.targets} />
      </Section>
      <Section title={t('sections.timeline')}>
        <SimpleGrid cols={2}>
          <Field label={f('startOn')} value={plan.timeline?.startOn} />
          <Field label={f('endOn')} value={plan.timeline?.endOn} />
        </SimpleGrid>
        <MilestonesTable milestones={plan.timeline?.milestones ?? []} />
      </Section>
      <Section title={t('sections.resources')}>
        <Field label={f('budgetVnd')} value={plan.resources?.budgetVnd} field="budgetVnd" />
        <Field label={f('people')} value={plan.resources?.people} />
        <Field label={f('equipment')} value={plan.resources?.equipment} />
      </Section>
      <Section title={t('sections.feasibility')}>
        <Field label={f('feasibility')} value={plan.feasibility} />
        <Field label={f('positive')} value={plan.impacts?.positive} />
        <Field label={f('negative')} value={plan.impacts?.negative} />
      </Section>
      <Section title={t('sections.results')}>
        <Field label={f('expectedResults')} value={plan.expectedResults} />
      </Section>
      <Section title={t('sections.risks')}>
        <RisksTable risks={plan.risks ?? []} />
      </Section>
    </Stack>
  );
}
