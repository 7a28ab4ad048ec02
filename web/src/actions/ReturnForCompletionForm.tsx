import { ActionIcon, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

export default function ReturnForCompletionForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(
    c,
    action,
    { requests: [''], reasons: '' },
    (v) => ({ requests: v.requests.map((r) => r.trim()).filter(Boolean), reasons: v.reasons }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <Stack gap="xs">
        {form.values.requests.map((_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a row is the form's field at this index (requests.i), which is how the form addresses it
          <Group key={i} align="flex-end" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('fields.request', { n: i + 1 })}
              required={i === 0}
              {...form.getInputProps(`requests.${i}`)}
            />
            {form.values.requests.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={`${t('common:remove')} ${t('fields.request', { n: i + 1 })}`}
                onClick={() => form.removeListItem('requests', i)}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        <Button variant="subtle" w="fit-content" onClick={() => form.insertListItem('requests', '')}>
          {t('fields.addRequest')}
        </Button>
      </Stack>
      <Textarea label={t('fields.reasons')} required autosize minRows={3} {...form.getInputProps('reasons')} />
    </ActionFormShell>
  );
}
