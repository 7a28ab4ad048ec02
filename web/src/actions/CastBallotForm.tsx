import { Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

const BALLOTS = ['for', 'against', 'abstain'];

/** A member's own ballot in a written consultation (Art. 8(1), G12): recorded as an event by that member. */
export default function CastBallotForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(
    c,
    action,
    { vote: '', comment: '' },
    (v) => ({ vote: v.vote || undefined, comment: v.comment.trim() || undefined }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <Radio.Group label={t('vote.yourBallot')} required {...form.getInputProps('vote')}>
        <Stack gap={6} mt={4}>
          {BALLOTS.map((b) => (
            <Radio key={b} value={b} label={t(`case:opinions.vote.${b}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea label={t('vote.comment')} autosize minRows={2} {...form.getInputProps('comment')} />
    </ActionFormShell>
  );
}
