import { Badge, Button, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchJobs, JOB_STATUSES, retryJob, type JobStatus } from '../api/clock';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { notifySuccess } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { Pager } from '../components/Pager';
import { ScrollTable } from '../components/ScrollTable';
import { formatInstant } from '../format/dates';

const COLORS: Record<JobStatus, string> = { pending: 'blue', running: 'indigo', failed: 'red', done: 'green' };

/** Administrators watch the outbox: jobs by status, their last error, and a retry for failed ones. */
export default function JobsPage() {
  const { t } = useTranslation('clock');
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = JOB_STATUSES.find((s) => s === raw);
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  const [error, setError] = useState<unknown>(null);
  const q = useQuery({
    queryKey: ['jobs', status ?? 'all', cursor],
    queryFn: ({ signal }) => fetchJobs(status, cursor, signal),
    placeholderData: keepPreviousData,
  });
  const counts = q.data?.counts;
  const setStatus = (v: string) => {
    setCursors([undefined]);
    setParams(v === 'all' ? {} : { status: v }, { replace: true });
  };
  async function retry(id: string) {
    setError(null);
    try {
      await retryJob(id);
      notifySuccess(t('jobs.retried', { id }));
      await client.invalidateQueries({ queryKey: ['jobs'] });
    } catch (e) {
      setError(e);
    }
  }
  return (
    <Stack>
      <PageHeader title={t('jobs.title')} description={t('jobs.intro')} />
      <SegmentedControl
        aria-label={t('jobs.status')}
        value={status ?? 'all'}
        onChange={setStatus}
        data={[
          { value: 'all', label: t('jobs.all') },
          ...JOB_STATUSES.map((s) => ({
            value: s,
            label: counts ? `${t(`jobs.statuses.${s}`)} (${counts[s]})` : t(`jobs.statuses.${s}`),
          })),
        ]}
        style={{ maxWidth: '100%', overflowX: 'auto' }}
      />
      <ErrorAlert error={error ?? q.error} />
      {q.isPending && <LoadingBlock />}
      {q.data && q.data.items.length === 0 && <Text>{t('jobs.empty')}</Text>}
      {q.data && q.data.items.length > 0 && (
        <ScrollTable label={t('jobs.title')} minWidth={900} updating={q.isPlaceholderData}>
          <table className="k-table" data-testid="jobs">
            <caption>{t('jobs.intro')}</caption>
            <thead>
              <tr>
                <th>{t('jobs.id')}</th>
                <th>{t('jobs.kind')}</th>
                <th>{t('jobs.status')}</th>
                <th>{t('jobs.attempts')}</th>
                <th>{t('jobs.created')}</th>
                <th>{t('jobs.runAt')}</th>
                <th>{t('jobs.finished')}</th>
                <th>{t('jobs.error')}</th>
                <th>
                  <VisuallyHidden>{t('jobs.retry')}</VisuallyHidden>
                </th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((j) => (
                <tr key={j.id}>
                  <td>{j.id}</td>
                  <td className="hash">{j.kind}</td>
                  <td>
                    <Badge color={COLORS[j.status]} variant="outline">
                      {t(`jobs.statuses.${j.status}`)}
                    </Badge>
                  </td>
                  <td>{`${j.attempts}/${j.maxAttempts}`}</td>
                  <td>{formatInstant(j.createdAt)}</td>
                  <td>{formatInstant(j.runAt)}</td>
                  <td>{formatInstant(j.finishedAt)}</td>
                  <td className="pre-wrap">{j.lastError ?? ''}</td>
                  <td>
                    {j.status === 'failed' && (
                      <Button
                        size="xs"
                        onClick={() => void retry(j.id)}
                        aria-label={t('jobs.retryLabel', { id: j.id })}
                      >
                        {t('jobs.retry')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <Pager
        page={cursors.length}
        hasPrevious={cursors.length > 1}
        hasNext={!!q.data?.nextCursor}
        onPrevious={() => setCursors(cursors.slice(0, -1))}
        onNext={() => setCursors([...cursors, q.data!.nextCursor!])}
      />
    </Stack>
  );
}
