import { Button, Group, List, Paper, Select, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  annualSummaryXlsxUrl,
  fetchAnnualSummary,
  recordFileUrl,
  unitAnnualSummariesXlsxUrl,
  type BreakthroughEntry,
} from '../api/records';
import { useMe } from '../auth/auth-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { vietnamDate } from '../format/dates';
import { Updating } from '../components/Updating';

const FIRST_YEAR = 2023;

/**
 * The annual summary for rating and appointment files (Plan 124-KH/TU): the breakthrough results
 * first, then the other proposals; with the exports for the person and, for an organisation
 * officer, for every official of the person's unit.
 */
export function AnnualSummaryPanel({ personId, initialYear }: { personId: string; initialYear: number | null }) {
  const { t } = useTranslation(['reports', 'case', 'protection', 'rewards']);
  const me = useMe();
  const thisYear = Number(vietnamDate().slice(0, 4));
  const [year, setYear] = useState(initialYear ?? thisYear);
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  const q = useQuery({
    queryKey: ['record', personId, 'annual', year],
    queryFn: ({ signal }) => fetchAnnualSummary(personId, year, signal),
    placeholderData: keepPreviousData,
  });
  const s = q.data;
  const officer = me.grants.some((g) => g.role === 'org_officer');
  const line = (b: BreakthroughEntry) =>
    [
      `${b.code} – ${b.title}`,
      b.outcome ? t(`protection:outcomes.${b.outcome}`) : t('annual.outcomePending'),
      ...b.rewards.map((f) => t(`rewards:forms.${f}`)),
      ...(b.markedAsModel ? [t('annual.model')] : []),
      ...(b.replications ? [t('annual.replications', { n: b.replications })] : []),
    ].join(' · ');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="annual-summary">
      <Group justify="space-between" align="flex-end" mb="xs">
        <div>
          <Title order={2} size="h4" id="annual-summary">
            {t('annual.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('annual.intro')}
          </Text>
        </div>
        <Group gap="xs" align="flex-end">
          <Select
            label={t('annual.year')}
            w={140}
            data={years}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
          />
          <Button component="a" href={annualSummaryXlsxUrl(personId, year)} download variant="default">
            {t('annual.exportXlsx')}
          </Button>
          <Button component="a" href={recordFileUrl(personId, year, 'pdf')} download variant="default">
            PDF
          </Button>
          {officer && s && (
            <Button component="a" href={unitAnnualSummariesXlsxUrl(s.person.unit.id, year)} download variant="default">
              {t('annual.exportUnit')}
            </Button>
          )}
        </Group>
      </Group>
      <ErrorAlert error={q.error} />
      {s && (
        <Updating when={q.isPlaceholderData}>
          <Title order={3} size="h5" mt="sm">
            {t('annual.breakthroughs')}
          </Title>
          {s.breakthroughs.length === 0 ? (
            <Text size="sm">{t('annual.none')}</Text>
          ) : (
            <List type="ordered" size="sm" data-testid="annual-breakthroughs">
              {s.breakthroughs.map((b) => (
                <List.Item key={b.code}>{line(b)}</List.Item>
              ))}
            </List>
          )}
          <Title order={3} size="h5" mt="sm">
            {t('annual.others')}
          </Title>
          {s.others.length === 0 ? (
            <Text size="sm">{t('annual.none')}</Text>
          ) : (
            <List size="sm">
              {s.others.map((o) => (
                <List.Item key={o.code}>{`${o.code} – ${o.title} · ${t(`case:states.${o.state}`)}`}</List.Item>
              ))}
            </List>
          )}
        </Updating>
      )}
    </Paper>
  );
}
