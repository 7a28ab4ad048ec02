import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../api/types';
import { formatDate } from '../format/dates';
import { VoteResult, type VoteResultValue } from './VoteResult';

/** The meeting of a recorded vote: date, who attended, each member's vote, and the computed result. */
export function VoteDetails({ event, nameOf }: { event: CaseEvent; nameOf(id: string): string | null }) {
  const { t } = useTranslation('case');
  const p = event.payload as {
    meetingOn?: string;
    attendeeIds?: string[];
    votes?: { personId: string; vote: string }[];
    excludedIds?: string[];
    result?: VoteResultValue;
    minutes?: string;
  };
  return (
    <Stack gap={6}>
      {p.meetingOn && <Text size="sm">{t('opinions.meetingOn', { date: formatDate(p.meetingOn) })}</Text>}
      <Text size="sm" fw={600}>
        {t('opinions.attendees')}
      </Text>
      <List size="sm">
        {(p.attendeeIds ?? []).map((id) => {
          const vote = p.votes?.find((v) => v.personId === id)?.vote;
          return (
            <List.Item key={id}>
              {nameOf(id) ?? id}
              {vote ? `: ${t(`opinions.vote.${vote}`)}` : ''}
            </List.Item>
          );
        })}
      </List>
      {(p.excludedIds ?? []).length > 0 && (
        <Text size="sm">
          {t('opinions.excluded')}: {(p.excludedIds ?? []).map((id) => nameOf(id) ?? id).join(', ')}
        </Text>
      )}
      {p.minutes && (
        <Text size="sm" className="pre-wrap">
          {p.minutes}
        </Text>
      )}
      {p.result && <VoteResult result={p.result} />}
    </Stack>
  );
}
