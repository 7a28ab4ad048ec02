import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import type { PlanForm } from '../plan-form';

export function TimelineSection({ form }: { form: PlanForm }) {
  const { t } = useTranslation('plan');
  const { timeline } = form.values;
  const date = (path: string, label: string, required = false, value?: string) => (
    <DateField
      label={t(`fields.${label}`)}
      name={path}
      required={required}
      value={value}
      onChange={(v) => form.setFieldValue(path, v ?? '')}
      error={form.errors[path]}
    />
  );
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        {date('timeline.startOn', 'startOn', true, timeline.startOn)}
        {date('timeline.endOn', 'endOn', true, timeline.endOn)}
      </SimpleGrid>
      {timeline.milestones.length === 0 && <Text size="sm">{t('noMilestones')}</Text>}
      {timeline.milestones.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fieldset is the form's milestone at this index, which is how the form addresses it
        <Paper key={i} withBorder p="sm" component="fieldset" aria-label={t('milestoneN', { n: i + 1 })}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600} size="sm">
                {t('milestoneN', { n: i + 1 })}
              </Text>
              <Button
                size="xs"
                variant="subtle"
                color="red"
                onClick={() => form.removeListItem('timeline.milestones', i)}
              >
                {t('removeMilestone', { n: i + 1 })}
              </Button>
            </Group>
            <TextInput
              label={t('fields.milestoneTitle')}
              withAsterisk
              {...form.getInputProps(`timeline.milestones.${i}.title`)}
            />
            {date(`timeline.milestones.${i}.dueOn`, 'milestoneDue', true, m.dueOn)}
            <TextInput
              label={t('fields.deliverable')}
              {...form.getInputProps(`timeline.milestones.${i}.deliverable`)}
            />
          </Stack>
        </Paper>
      ))}
      <Button
        variant="light"
        w="fit-content"
        onClick={() => form.insertListItem('timeline.milestones', { title: '', dueOn: '', deliverable: '' })}
      >
        {t('addMilestone')}
      </Button>
    </Stack>
  );
}
