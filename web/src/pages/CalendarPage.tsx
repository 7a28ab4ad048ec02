import { Anchor, Badge, Button, Group, List, Paper, Select, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchDaysOff, fetchStoredYear } from '../api/clock';
import { isApiError } from '../api/errors';
import { isAdministrator, useMe } from '../auth/auth-context';
import { CalendarHistory } from '../clock/CalendarHistory';
import { DaysOffTable, WorkingWeekendsTable } from '../clock/DaysTables';
import { YearDecisionEditor } from '../clock/YearDecisionEditor';
import { ErrorAlert } from '../components/ErrorAlert';
import { Fact } from '../components/Fact';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { vietnamDate } from '../format/dates';
import StepUpPrompt from '../auth/StepUpPrompt';
import { Updating } from '../components/Updating';

/** A year's days off and weekend working days, with their status and source; administrators edit the year's decision. */
export default function CalendarPage() {
  const { t } = useTranslation('clock');
  const admin = isAdministrator(useMe());
  const [params, setParams] = useSearchParams();
  const thisYear = Number(vietnamDate().slice(0, 4));
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : thisYear;
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));
  if (!years.includes(String(year))) years.push(String(year));
  const [editing, setEditing] = useState(false);
  const summary = useQuery({
    queryKey: ['calendar', 'days-off', year],
    queryFn: ({ signal }) => fetchDaysOff(year, signal),
    placeholderData: keepPreviousData,
  });
  const stored = useQuery({
    queryKey: ['calendar', 'year', year],
    queryFn: ({ signal }) =>
      fetchStoredYear(year, signal).catch((e: unknown) =>
        isApiError(e) && e.status === 404 ? null : Promise.reject(e),
      ),
    enabled: admin,
  });
  const s = summary.data;
  return (
    <Stack>
      <PageHeader
        title={t('calendar.title')}
        description={t('calendar.intro')}
        actions={
          admin && (
            <Button onClick={() => setEditing(true)} disabled={stored.isPending}>
              {t('calendar.edit', { year })}
            </Button>
          )
        }
      />
      <Select
        label={t('calendar.year')}
        w={160}
        value={String(year)}
        onChange={(v) => v && setParams({ year: v }, { replace: true })}
        data={years}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      <ErrorAlert error={summary.error ?? stored.error} />
      {summary.isPending && <LoadingBlock />}
      {s && (
        <Updating when={summary.isPlaceholderData}>
          <Stack>
            <Paper withBorder p="md" radius="md">
              <Stack gap="xs">
                <Group gap="xs">
                  <Text fw={700}>{s.year}</Text>
                  <Badge
                    color={s.status === 'decided' ? 'green' : 'orange'}
                    variant="outline"
                    data-testid="year-status"
                  >
                    {t(`calendar.status.${s.status}`)}
                  </Badge>
                </Group>
                <Fact label={t('calendar.source')}>{s.source ?? t('calendar.noSource')}</Fact>
                {s.sourceUrls.length > 0 && (
                  <Fact label={t('calendar.links')}>
                    <List size="sm">
                      {s.sourceUrls.map((u) => (
                        <List.Item key={u}>
                          <Anchor
                            href={u}
                            target="_blank"
                            rel="noreferrer"
                            className="plain-link"
                            size="sm"
                            style={{ overflowWrap: 'anywhere' }}
                          >
                            {u}
                          </Anchor>
                        </List.Item>
                      ))}
                    </List>
                  </Fact>
                )}
                {s.note && <Fact label={t('calendar.note')}>{s.note}</Fact>}
              </Stack>
            </Paper>
            <DaysOffTable days={s.daysOff} />
            <WorkingWeekendsTable days={s.workingDays} />
          </Stack>
        </Updating>
      )}
      {admin && <CalendarHistory year={year} />}
      {editing && stored.data !== undefined && (
        <YearDecisionEditor year={year} stored={stored.data} onClose={() => setEditing(false)} />
      )}
      <StepUpPrompt />
    </Stack>
  );
}
