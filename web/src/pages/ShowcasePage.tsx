import { Anchor, Badge, Button, Card, Container, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchShowcase } from '../api/programme';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { LoadingBlock } from '../components/LoadingBlock';
import { formatDate } from '../format/dates';
import { usePageTitle } from '../hooks/usePageTitle';

/**
 * The public showcase (no sign-in; KL14 §2.5): initiatives whose deciding head approved
 * publication, with only what the approval allows. Search without accents; the query is in the URL.
 */
export default function ShowcasePage() {
  const { t } = useTranslation('programme');
  usePageTitle(t('showcase.title'));
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const list = useInfiniteQuery({
    queryKey: ['showcase', q],
    queryFn: ({ pageParam, signal }) => fetchShowcase(q, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  function onSearch(e: FormEvent) {
    e.preventDefault();
    setParams(typed.trim() ? { q: typed.trim() } : {});
  }

  return (
    <Container size="md" py="lg" component="main">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={1} size="h2">
              {t('showcase.title')}
            </Title>
            <Text c="dimmed">{t('showcase.intro')}</Text>
          </Stack>
          <LanguageSwitch />
        </Group>
        <form onSubmit={onSearch}>
          <Group align="flex-end">
            <TextInput
              label={t('showcase.search')}
              value={typed}
              onChange={(e) => setTyped(e.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button type="submit">{t('showcase.searchButton')}</Button>
          </Group>
        </form>
        <ErrorAlert error={list.error} />
        {list.isPending && <LoadingBlock />}
        {list.data && items.length === 0 && <Text>{q ? t('showcase.noMatch') : t('showcase.empty')}</Text>}
        <Stack gap="sm" data-testid="showcase-items">
          {items.map((i) => (
            <Card key={i.code} withBorder component="article">
              <Stack gap={6}>
                <Title order={2} size="h4">
                  {i.title}
                </Title>
                <Group gap="xs">
                  <Badge variant="light">{i.unitName}</Badge>
                  <Text size="sm" c="dimmed">
                    {t('showcase.publishedOn', { date: formatDate(i.publishedOn) })}
                  </Text>
                </Group>
                <Text>{i.summary}</Text>
                <Text>
                  <strong>{t('showcase.results')}:</strong> {i.results}
                </Text>
                {i.proposerNames && (
                  <Text size="sm">
                    {t('showcase.proposers')}: {i.proposerNames}
                  </Text>
                )}
                {i.replications.length > 0 && (
                  <Text size="sm">
                    {t('showcase.replicated')}: {[...new Set(i.replications.map((r) => r.unitName))].join(', ')}
                  </Text>
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
        {list.hasNextPage && (
          <Button variant="light" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('showcase.more')}
          </Button>
        )}
        <Anchor href="/api/showcase/feed.rss">{t('showcase.feed')}</Anchor>
      </Stack>
    </Container>
  );
}
