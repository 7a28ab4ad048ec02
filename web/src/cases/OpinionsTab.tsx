import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { formatDate } from '../format/dates';
import { EventSection } from './EventSection';
import { useCaseEvents } from './useCase';
import { usePersonNames } from './useNames';
import { VoteDetails } from './VoteDetails';

/** Party committee opinions, appraisals, the collective's vote, the decisions and the evaluation. */
export function OpinionsTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('case');
  const events = useCaseEvents(c.code);
  const nameOf = usePersonNames(c);
  if (events.isPending) return <LoadingBlock />;
  if (events.error) return <ErrorAlert error={events.error} />;
  const items = events.data.items;
  const common = { c, events: items, nameOf };
  const partyFacts = c.partyOpinions.length > 0 && (
    <List size="sm">
      {c.partyOpinions.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the case's Party opinions, read-only and in the order they were requested
        <List.Item key={i}>
          {t('opinions.partyRequested', { date: formatDate(p.requestedOn), stage: t(`opinions.stage.${p.stage}`) })}
          {' — '}
          {p.givenOn ? (
            t('opinions.partyGiven', { date: formatDate(p.givenOn) })
          ) : (
            <strong>{t('opinions.partyWaiting')}</strong>
          )}
        </List.Item>
      ))}
    </List>
  );
  const appraisers = c.appraisers.length > 0 && (
    <Text size="sm">
      {t('page.appraisers')}:{' '}
      {c.appraisers
        .map((a) => `${a.name ?? a.id} (${a.answered ? t('page.answered') : t('page.notAnswered')})`)
        .join(', ')}
    </Text>
  );
  return (
    <Stack gap="lg">
      <EventSection
        title={t('opinions.party')}
        types={['party_opinion_requested', 'party_opinion_recorded']}
        before={partyFacts || undefined}
        {...common}
      />
      <EventSection
        title={t('opinions.appraisals')}
        types={['appraisers_assigned', 'appraisal_recorded']}
        before={appraisers || undefined}
        {...common}
      />
      <EventSection
        title={t('opinions.votes')}
        types={['vote_recorded']}
        extra={(e) => <VoteDetails event={e} nameOf={nameOf} />}
        {...common}
      />
      <EventSection
        title={t('opinions.decisions')}
        types={[
          'accepted_for_consideration',
          'returned_for_completion',
          'resubmitted',
          'forwarded_to_superior',
          'approved',
          'rejection_overridden',
          'rejected',
          'withdrawn',
        ]}
        {...common}
      />
      <EventSection title={t('opinions.evaluation')} types={['evaluated']} {...common} />
    </Stack>
  );
}
