import { Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchMyReceipts } from '../api/receipts';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { ScrollTable } from '../components/ScrollTable';
import { formatDate, formatInstant, vietnamDate } from '../format/dates';

/**
 * The receipts of the signed-in official's own actions (issue 12, item 4): each event's number and
 * hash, and whether a signed checkpoint has included it — the proof they can hold against a later
 * rewrite of the record. The inclusion proof is at /api/cases/{code}/receipts/{seq}.
 */
export function MyReceipts() {
  const { t } = useTranslation('record');
  const { t: tc } = useTranslation('case');
  const receipts = useQuery({ queryKey: ['me', 'receipts'], queryFn: ({ signal }) => fetchMyReceipts(signal) });
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="my-receipts">
      <Title order={2} size="h4" id="my-receipts" mb={4}>
        {t('receipts.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('receipts.intro')}
      </Text>
      {receipts.isPending && <LoadingBlock />}
      <ErrorAlert error={receipts.error} />
      {receipts.data && receipts.data.items.length === 0 && <Text size="sm">{t('receipts.empty')}</Text>}
      {receipts.data && receipts.data.items.length > 0 && (
        <ScrollTable label={t('receipts.table')} minWidth={720}>
          <table className="k-table" data-testid="my-receipts">
            <thead>
              <tr>
                <th>{t('receipts.case')}</th>
                <th>{t('receipts.event')}</th>
                <th>{t('receipts.when')}</th>
                <th>{t('receipts.hash')}</th>
                <th>{t('receipts.status')}</th>
              </tr>
            </thead>
            <tbody>
              {receipts.data.items.map((r) => (
                <tr key={`${r.caseCode}-${r.seq}`}>
                  <td>
                    <Link to={`/cases/${r.caseCode}`}>{r.caseCode}</Link>
                  </td>
                  <td>
                    {r.seq}. {tc(`events.${r.type}`, { defaultValue: r.type })}
                  </td>
                  <td style={{ whiteSpace: 'nowrap' }}>{formatInstant(r.occurredAt)}</td>
                  <td>
                    <code title={r.hash}>{r.hash.slice(0, 16)}…</code>
                  </td>
                  <td>
                    {r.checkpoint ? (
                      <Text span size="sm" c="teal.9" fw={600}>
                        {t('receipts.included', {
                          id: r.checkpoint.id,
                          date: formatDate(vietnamDate(r.checkpoint.createdAt)),
                        })}
                      </Text>
                    ) : (
                      <Text span size="sm">
                        {t('receipts.pending')}
                      </Text>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Paper>
  );
}
