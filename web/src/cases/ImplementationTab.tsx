import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { EventSection } from './EventSection';
import { useCaseEvents } from './useCase';
import { usePersonNames } from './useNames';

/** Implementers and inspectors, resources, progress, inspections, directives, adjustments and the report. */
export function ImplementationTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('case');
  const events = useCaseEvents(c.code);
  const nameOf = usePersonNames(c);
  if (events.isPending) return <LoadingBlock />;
  if (events.error) return <ErrorAlert error={events.error} />;
  const common = { c, events: events.data.items, nameOf };
  const names = (refs: { name: string | null }[]) => refs.map((r) => r.name ?? '—').join(', ') || t('common:none');
  return (
    <Stack gap="lg">
      <Stack gap={2}>
        <Text size="sm">
          <strong>{t('page.implementers')}:</strong> {names(c.implementers)}
        </Text>
        <Text size="sm">
          <strong>{t('page.inspectors')}:</strong> {names(c.inspectors)}
        </Text>
      </Stack>
      <EventSection
        title={t('implementation.resources')}
        types={['resources_allocated', 'implementers_assigned', 'inspectors_assigned']}
        {...common}
      />
      <EventSection
        title={t('implementation.progress')}
        types={['progress_reported', 'adjustment_proposed', 'adjustment_decided']}
        {...common}
      />
      <EventSection title={t('implementation.inspections')} types={['inspection_recorded']} {...common} />
      <EventSection
        title={t('implementation.directives')}
        types={['continuation_directed', 'suspended', 'resumed', 'terminated']}
        {...common}
      />
      <EventSection
        title={t('implementation.completion')}
        types={['implementation_completed', 'completion_reported']}
        {...common}
      />
    </Stack>
  );
}
