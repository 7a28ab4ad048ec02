import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReceivingUnit } from '../cases/useNames';
import { VoteResult, type VoteResultValue } from '../cases/VoteResult';
import { DateField } from '../components/DateField';
import { LoadingBlock } from '../components/LoadingBlock';
import { vietnamDate } from '../format/dates';
import { ActionFormShell } from './ActionFormShell';
import { MemberVoteRow, type Choice } from './MemberVoteRow';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/** The collective's meeting: who attended and how each member voted; the server computes the result, shown after. */
export default function RecordVoteForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const unit = useReceivingUnit(c);
  const [result, setResult] = useState<VoteResultValue | null>(null);
  const members = (unit.data?.leaders ?? []).filter((l) => l.role === 'head' || l.role === 'deputy');
  const proposers = new Set([c.proposer.id, ...c.coProposers.map((p) => p.id)]);
  const excluded = (id: string, role: string) => role !== 'head' && proposers.has(id);
  const today = vietnamDate();
  type Values = { meetingOn: string | undefined; present: Record<string, boolean>; votes: Record<string, Choice>; minutes: string };
  const voters = (v: Values): string[] => members.filter((m) => v.present[m.id] && v.votes[m.id]).map((m) => m.id);
  const state = useActionForm<Values>(
    c,
    action,
    { meetingOn: today as string | undefined, present: {} as Record<string, boolean>, votes: {} as Record<string, Choice>, minutes: '' },
    (v) => ({
      meetingOn: v.meetingOn,
      attendeeIds: members.filter((m) => v.present[m.id]).map((m) => m.id),
      votes: voters(v).map((id) => ({ personId: id, vote: v.votes[id] })),
      minutes: v.minutes.trim() || undefined,
    }),
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
  if (unit.isPending) return <LoadingBlock />;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <DateField label={t('fields.meetingOn')} required maxDate={today} value={form.values.meetingOn} onChange={(v) => form.setFieldValue('meetingOn', v)} error={form.errors.meetingOn} />
      <Stack gap="xs" role="group" aria-label={t('fields.attendees')}>
        <Text fw={600} size="sm">
          {t('fields.attendees')} / {t('fields.vote')}
        </Text>
        {members.length === 0 && <Text size="sm">{t('vote.noMembers')}</Text>}
        {members.map((m) => {
          const index = voters(form.values).indexOf(m.id);
          return (
            <MemberVoteRow
              key={m.id}
              member={m}
              excluded={excluded(m.id, m.role)}
              present={!!form.values.present[m.id]}
              vote={form.values.votes[m.id] ?? ''}
              onPresent={(p) => form.setFieldValue(`present.${m.id}`, p)}
              onVote={(v) => form.setFieldValue(`votes.${m.id}`, v)}
              error={index >= 0 ? form.errors[`votes.${index}.personId`] ?? form.errors[`votes.${index}.vote`] : undefined}
            />
          );
        })}
        {form.errors.attendeeIds && (
          <Text size="sm" c="red" role="alert">
            {form.errors.attendeeIds}
          </Text>
        )}
        {form.errors.votes && (
          <Text size="sm" c="red" role="alert">
            {form.errors.votes}
          </Text>
        )}
      </Stack>
      <Textarea label={t('fields.minutes')} autosize minRows={3} {...form.getInputProps('minutes')} />
    </ActionFormShell>
  );
}
