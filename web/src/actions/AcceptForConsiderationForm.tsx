import { Checkbox, Fieldset, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

const CONDITIONS = [
  'removesBottleneck',
  'commonGood',
  'urgentPracticalNeed',
  'noAdverseEffect',
  'promotesReform',
] as const;

/** The Art. 5(1) checklist of intake, and whether the matter is within the unit's authority. */
export default function AcceptForConsiderationForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const initial = {
    conditions: Object.fromEntries(CONDITIONS.map((k) => [k, false])) as Record<(typeof CONDITIONS)[number], boolean>,
    withinAuthority: false,
    note: '',
  };
  const state = useActionForm(c, action, initial, (v) => ({ ...v, note: v.note.trim() || undefined }), onDone);
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <Fieldset legend={t('conditions.title')}>
        <Stack gap="xs">
          {CONDITIONS.map((k) => (
            <Checkbox
              key={k}
              label={t(`conditions.${k}`)}
              {...form.getInputProps(`conditions.${k}`, { type: 'checkbox' })}
            />
          ))}
        </Stack>
      </Fieldset>
      <Checkbox label={t('fields.withinAuthority')} {...form.getInputProps('withinAuthority', { type: 'checkbox' })} />
      <Text size="xs" c="dimmed">
        {t('conditions.forwardHint')}
      </Text>
      <Textarea label={t('fields.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </ActionFormShell>
  );
}
