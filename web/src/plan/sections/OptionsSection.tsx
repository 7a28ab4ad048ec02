import { Button, Checkbox, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanForm } from '../plan-form';

export function OptionsSection({ form }: { form: PlanForm }) {
  const { t } = useTranslation('plan');
  const options = form.values.content.optionsConsidered;
  const listError = form.errors['content.optionsConsidered'];
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('help.options')}
      </Text>
      {options.length === 0 && <Text size="sm">{t('noOptions')}</Text>}
      {options.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fieldset is the form's option at this index, which is how the form addresses it
        <Paper key={i} withBorder p="sm" component="fieldset" aria-label={t('optionN', { n: i + 1 })}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600} size="sm">
                {t('optionN', { n: i + 1 })}
              </Text>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => form.removeListItem('content.optionsConsidered', i)}
              >
                {t('removeOption', { n: i + 1 })}
              </Button>
            </Group>
            <TextInput
              label={t('fields.option')}
              withAsterisk
              {...form.getInputProps(`content.optionsConsidered.${i}.option`)}
            />
            <Textarea
              label={t('fields.assessment')}
              withAsterisk
              autosize
              minRows={2}
              {...form.getInputProps(`content.optionsConsidered.${i}.assessment`)}
            />
            <Checkbox
              label={t('fields.chosen')}
              {...form.getInputProps(`content.optionsConsidered.${i}.chosen`, { type: 'checkbox' })}
            />
          </Stack>
        </Paper>
      ))}
      {listError && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
      <Button
        variant="light"
        w="fit-content"
        onClick={() =>
          form.insertListItem('content.optionsConsidered', { option: '', assessment: '', chosen: options.length === 0 })
        }
      >
        {t('addOption')}
      </Button>
    </Stack>
  );
}
