import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseEvent } from '../api/types';
import { formatDate } from '../format/dates';
import { VoteResult, type VoteResultValue } from './VoteResult';

/**
 * The minutes of a recorded vote: date, every member's ballot (or absent, or excluded), and the
 * computed result. Votes recorded before the minutes listed every member show the attendees.
 */
export function VoteDetails({ event, nameOf }: { event: CaseEvent; nameOf(id: string): string | null }) {
  const { t } = useTranslation('case');
  const p = event.payload as {
    meetingOn?: string;
    mode?: 'meeting' | 'written';
    attendeeIds?: string[];
    votes?: { personId: string; vote: string }[];
    excludedIds?: string[];
    ballots?: { personId: string; ballot: string }[];
    result?: VoteResultValue;
    minutes?: string;
  };
  const lines =
    p.ballots ??
    (p.attendeeIds ?? []).map((id) => ({ personId: id, ballot: p.votes?.find((v) => v.personId === id)?.vote ?? '' }));
  return (
    <Stack gap={6}>
      {p.meetingOn && <Text size="sm">{t('opinions.meetingOn', { date: formatDate(p.meetingOn) })}</Text>}
      {p.mode === 'written' && <Text size="sm">{t('opinions.writtenMode')}</Text>}
      <Text size="sm" fw={600}>
        {p.ballots ? t('opinions.ballots') : t('opinions.attendees')}
      </Text>
      <List size="sm" data-testid="vote-ballots">
        {lines.map((l) => (
          <List.Item key={l.personId}>
            {nameOf(l.personId) ?? l.personId}
            {l.ballot ? `: ${t(`opinions.vote.${l.ballot}`)}` : ''}
          </List.Item>
        ))}
      </List>
      {!p.ballots && (p.excludedIds ?? []).length > 0 && (
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
