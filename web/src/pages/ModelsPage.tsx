import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchModels } from '../api/programme';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { formatDate } from '../format/dates';

/** Models to replicate (KL14 §2.5): every official sees them; a proposer adopts one in their unit. */
export default function ModelsPage() {
  const { t } = useTranslation('programme');
  const list = useInfiniteQuery({
    queryKey: ['models'],
    queryFn: ({ pageParam, signal }) => fetchModels(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <Stack>
      <PageHeader title={t('models.title')} description={t('models.intro')} />
      <ErrorAlert error={list.error} />
      {list.isPending && <LoadingBlock />}
      {list.data && items.length === 0 && <Text>{t('models.empty')}</Text>}
      <Stack gap="sm" data-testid="models">
        {items.map((m) => (
          <Card key={m.code} withBorder component="article">
            <Stack gap={6}>
              <Title order={2} size="h4">
                {m.title}
              </Title>
              <Text size="sm" c="dimmed">
                {m.unitName} · {t('models.markedOn', { date: formatDate(m.markedOn) })} ·{' '}
                {t('models.replications', { n: m.replicationCount })}
              </Text>
              <Text>{m.summary}</Text>
              <Group>
                <Button component={Link} to={`/cases/new?from=${encodeURIComponent(m.code)}`} variant="light">
                  {t('models.adopt')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
      {list.hasNextPage && (
        <Button variant="light" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('showcase.more')}
        </Button>
      )}
    </Stack>
  );
}
