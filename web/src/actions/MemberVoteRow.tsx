import { Checkbox, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Choice = '' | 'for' | 'against' | 'abstain';

interface Props {
  member: { id: string; name: string | null; head: boolean };
  excluded: boolean;
  present: boolean;
  vote: Choice;
  onPresent(present: boolean): void;
  onVote(vote: Choice): void;
  error?: ReactNode;
}

/** One member of the deciding body at the meeting: present or not, and their ballot. */
export function MemberVoteRow({ member, excluded, present, vote, onPresent, onVote, error }: Props) {
  const { t } = useTranslation('actions');
  const narrow = useMediaQuery('(max-width: 480px)');
  const name = member.name ?? member.id;
  const role = member.head ? t('vote.head') : t('vote.member');
  return (
    <Paper withBorder p="xs" data-testid={`member-${name}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Checkbox
            label={`${name} (${role})`}
            checked={present}
            onChange={(e) => onPresent(e.currentTarget.checked)}
            aria-label={`${t('vote.present')}: ${name}`}
          />
          {excluded ? (
            <Text size="xs" c="dimmed">
              {t('vote.excluded')}
            </Text>
          ) : (
            <SegmentedControl
              size="xs"
              orientation={narrow ? 'vertical' : 'horizontal'}
              fullWidth={narrow}
              disabled={!present}
              aria-label={`${t('fields.vote')}: ${name}`}
              value={vote || 'none'}
              onChange={(v) => onVote(v === 'none' ? '' : (v as Choice))}
              data={[
                { value: 'none', label: t('vote.noBallotYet') },
                { value: 'for', label: t('case:opinions.vote.for') },
                { value: 'against', label: t('case:opinions.vote.against') },
                { value: 'abstain', label: t('case:opinions.vote.abstain') },
              ]}
            />
          )}
        </Group>
        {error && (
          <Text size="sm" c="red">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
