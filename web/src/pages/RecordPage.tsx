import { Button, CopyButton, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { fetchRecord, fetchRecordSummary, recordFileUrl } from '../api/records';
import { useMe } from '../auth/auth-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { formatInstant, vietnamDate } from '../format/dates';
import { RecordDocuments } from '../documents/RecordDocuments';
import { AnnualSummaryPanel } from '../record/AnnualSummaryPanel';
import { MyReaders } from '../record/MyReaders';
import { MyReceipts } from '../record/MyReceipts';
import { RecordTables } from '../record/RecordTables';
import { SummaryFigures } from '../record/SummaryFigures';
import { Updating } from '../components/Updating';

const FIRST_YEAR = 2023;

/** An official's innovation record: the figures and paragraph for their files, the detail, and the exports. */
export default function RecordPage() {
  const { t, i18n } = useTranslation('record');
  const me = useMe();
  const { id } = useParams();
  const personId = id ?? me.id;
  const [params, setParams] = useSearchParams();
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : null;
  const thisYear = Number(vietnamDate().slice(0, 4));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  const summary = useQuery({
    queryKey: ['record', personId, 'summary', year],
    queryFn: ({ signal }) => fetchRecordSummary(personId, year, signal),
    placeholderData: keepPreviousData,
  });
  const record = useQuery({
    queryKey: ['record', personId, year],
    queryFn: ({ signal }) => fetchRecord(personId, year, signal),
    placeholderData: keepPreviousData,
  });
  const person = summary.data?.person ?? record.data?.person;
  const title = !id || id === me.id ? t('myTitle') : t('title', { name: person?.fullName ?? '…' });
  const text = summary.data ? (i18n.language === 'en' ? summary.data.text.en : summary.data.text.vi) : '';
  return (
    <Stack>
      <PageHeader
        title={title}
        description={t('intro')}
        actions={
          <Group gap="xs">
            <Button component="a" href={recordFileUrl(personId, year, 'pdf')} download variant="default">
              {t('exportPdf')}
            </Button>
            <Button component="a" href={recordFileUrl(personId, year, 'xlsx')} download variant="default">
              {t('exportXlsx')}
            </Button>
          </Group>
        }
      />
      <Group align="flex-end" gap="md">
        <Select
          label={t('year')}
          w={200}
          value={year === null ? 'all' : String(year)}
          onChange={(v) => setParams(v && v !== 'all' ? { year: v } : {}, { replace: true })}
          data={[{ value: 'all', label: t('allYears') }, ...years.map((y) => ({ value: y, label: y }))]}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        {person && (
          <Text size="sm" c="dimmed">
            {[person.fullName, i18n.language === 'en' ? person.position?.en : person.position?.vi, person.unit.name]
              .filter(Boolean)
              .join(' · ')}
            {summary.data && ` · ${t('generatedAt', { when: formatInstant(summary.data.generatedAt) })}`}
          </Text>
        )}
      </Group>
      <ErrorAlert error={summary.error ?? record.error} />
      {summary.isPending && <LoadingBlock />}
      {summary.data && (
        <Updating when={summary.isPlaceholderData}>
          <Stack>
            <SummaryFigures s={summary.data} />
            <Paper withBorder p="md" radius="md" component="section" aria-labelledby="record-paragraph">
              <Group justify="space-between" mb="xs">
                <Title order={2} size="h4" id="record-paragraph">
                  {t('paragraph')}
                </Title>
                <CopyButton value={text}>
                  {({ copied, copy }) => (
                    <Button
                      size="xs"
                      variant={copied ? 'filled' : 'default'}
                      color={copied ? 'teal.9' : undefined}
                      onClick={copy}
                      aria-live="polite"
                    >
                      {copied ? t('copied') : t('copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              <Text size="sm" data-testid="record-paragraph" lang={i18n.language === 'en' ? 'en' : 'vi'}>
                {text}
              </Text>
            </Paper>
          </Stack>
        </Updating>
      )}
      <AnnualSummaryPanel personId={personId} initialYear={year} />
      <RecordDocuments personId={personId} year={year} />
      {record.data && (
        <Updating when={record.isPlaceholderData}>
          <RecordTables r={record.data} />
        </Updating>
      )}
      {(!id || id === me.id) && <MyReceipts />}
      {(!id || id === me.id) && <MyReaders />}
    </Stack>
  );
}
