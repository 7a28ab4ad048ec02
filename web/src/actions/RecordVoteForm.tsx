import { Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VoteResult, type VoteResultValue } from '../cases/VoteResult';
import { DateField } from '../components/DateField';
import { vietnamDate } from '../format/dates';
import { ActionFormShell } from './ActionFormShell';
import { MemberVoteRow, type Choice } from './MemberVoteRow';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/**
 * The collective's meeting: who attended and each present member's ballot; or, in a written
 * consultation, the ballots members cast in the application. The members, who votes and who is
 * excluded come from the server (`c.vote`), never from role names. The server computes the result.
 */
export default function RecordVoteForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const [result, setResult] = useState<VoteResultValue | null>(null);
  const members = c.vote?.members ?? [];
  const written = !!c.vote?.writtenConsultation && (c.vote?.ballotsCast.length ?? 0) > 0;
  const today = vietnamDate();
  type Values = {
    meetingOn: string | undefined;
    present: Record<string, boolean>;
    votes: Record<string, Choice>;
    minutes: string;
  };
  const attendees = (v: Values): string[] => members.filter((m) => v.present[m.id]).map((m) => m.id);
  const voters = (v: Values): string[] =>
    members.filter((m) => v.present[m.id] && !m.excluded && v.votes[m.id]).map((m) => m.id);
  const state = useActionForm<Values>(
    c,
    action,
    {
      meetingOn: today as string | undefined,
      present: {} as Record<string, boolean>,
      votes: {} as Record<string, Choice>,
      minutes: '',
    },
    (v) =>
      written
        ? { meetingOn: v.meetingOn, written: true, minutes: v.minutes.trim() || undefined }
        : {
            meetingOn: v.meetingOn,
            attendeeIds: attendees(v),
            votes: voters(v).map((id) => ({ personId: id, vote: v.votes[id] })),
            minutes: v.minutes.trim() || undefined,
          },
    (res) => {
      const recorded = res.event.payload.result as VoteResultValue | undefined;
      if (recorded) setResult(recorded);
      else onDone();
    },
  );
  const { form } = state;

  if (result) {
    return (
      <Stack>
        <VoteResult result={result} title={t('vote.resultTitle')} />
        <Group justify="flex-end">
          <Button onClick={onDone}>{t('common:close')}</Button>
        </Group>
      </Stack>
    );
  }
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <DateField
        label={t('fields.meetingOn')}
        required
        maxDate={today}
        value={form.values.meetingOn}
        onChange={(v) => form.setFieldValue('meetingOn', v)}
        error={form.errors.meetingOn}
      />
      {written ? (
        <Stack gap="xs" data-testid="written-ballots">
          <Text fw={600} size="sm">
            {t('vote.writtenTitle')}
          </Text>
          <Text size="sm">{t('vote.writtenHint')}</Text>
          <List size="sm">
            {c.vote!.ballotsCast.map((b) => (
              <List.Item key={b.personId}>
                {b.name ?? b.personId}: {t('vote.ballotCast')}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : (
        <Stack gap="xs" role="group" aria-label={t('fields.attendees')}>
          <Text fw={600} size="sm">
            {t('fields.attendees')} / {t('fields.vote')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('vote.everyoneVotes')}
          </Text>
          {members.length === 0 && <Text size="sm">{t('vote.noMembers')}</Text>}
          {members.map((m) => {
            const voteIndex = voters(form.values).indexOf(m.id);
            const attendeeIndex = attendees(form.values).indexOf(m.id);
            const error =
              (attendeeIndex >= 0 ? form.errors[`attendeeIds.${attendeeIndex}`] : undefined) ??
              (voteIndex >= 0
                ? (form.errors[`votes.${voteIndex}.personId`] ?? form.errors[`votes.${voteIndex}.vote`])
                : undefined);
            return (
              <MemberVoteRow
                key={m.id}
                member={m}
                excluded={m.excluded}
                present={!!form.values.present[m.id]}
                vote={form.values.votes[m.id] ?? ''}
                onPresent={(p) => form.setFieldValue(`present.${m.id}`, p)}
                onVote={(v) => form.setFieldValue(`votes.${m.id}`, v)}
                error={error}
              />
            );
          })}
        </Stack>
      )}
      {form.errors.attendeeIds && (
        <Text size="sm" c="red" role="alert">
          {form.errors.attendeeIds}
        </Text>
      )}
      {(form.errors.votes || form.errors.written) && (
        <Text size="sm" c="red" role="alert">
          {form.errors.votes ?? form.errors.written}
        </Text>
      )}
      <Textarea label={t('fields.minutes')} autosize minRows={3} {...form.getInputProps('minutes')} />
    </ActionFormShell>
  );
}
