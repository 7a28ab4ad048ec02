import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanForm } from '../plan-form';
import { nextRiskId } from '../plan-values';

const LEVELS = ['low', 'medium', 'high'];

/** The risk register: each foreseen risk with likelihood, impact, mitigation and owner. */
export function RisksSection({ form }: { form: PlanForm }) {
  const { t } = useTranslation('plan');
  const risks = form.values.risks;
  const levels = LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }));
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('help.risks')}
      </Text>
      {risks.length === 0 && <Text size="sm">{t('noRisks')}</Text>}
      {form.errors.risks && (
        <Text size="sm" c="red" role="alert">
          {form.errors.risks}
        </Text>
      )}
      {risks.map((r, i) => (
        <Paper key={r.id} withBorder p="sm" component="fieldset" aria-label={t('riskN', { id: r.id })}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Text fw={600} size="sm">
                {t('riskN', { id: r.id })}
              </Text>
              <Button size="xs" variant="subtle" color="red" onClick={() => form.removeListItem('risks', i)}>
                {t('removeRisk', { id: r.id })}
              </Button>
            </Group>
            <Textarea
              label={t('fields.description')}
              withAsterisk
              autosize
              minRows={2}
              {...form.getInputProps(`risks.${i}.description`)}
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <Select
                label={t('fields.likelihood')}
                withAsterisk
                data={levels}
                allowDeselect={false}
                {...form.getInputProps(`risks.${i}.likelihood`)}
                comboboxProps={{ withinPortal: true }}
              />
              <Select
                label={t('fields.impact')}
                withAsterisk
                data={levels}
                allowDeselect={false}
                {...form.getInputProps(`risks.${i}.impact`)}
                comboboxProps={{ withinPortal: true }}
              />
            </SimpleGrid>
            <Textarea
              label={t('fields.mitigation')}
              withAsterisk
              autosize
              minRows={2}
              {...form.getInputProps(`risks.${i}.mitigation`)}
            />
            <TextInput label={t('fields.owner')} withAsterisk {...form.getInputProps(`risks.${i}.owner`)} />
            {form.errors[`risks.${i}.id`] && (
              <Text size="sm" c="red">
                {form.errors[`risks.${i}.id`]}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
      <Button
        variant="light"
        w="fit-content"
        onClick={() =>
          form.insertListItem('risks', {
            id: nextRiskId(risks),
            description: '',
            likelihood: 'medium',
            impact: 'medium',
            mitigation: '',
            owner: '',
          })
        }
      >
        {t('addRisk')}
      </Button>
    </Stack>
  );
}
