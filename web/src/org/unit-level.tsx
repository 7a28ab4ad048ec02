import { Button } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchUnits } from '../api/org';

/** One level of the unit tree (`root` for the top), a page at a time as the person asks for more. */
export function useUnitLevel(parentId: string, enabled = true) {
  const level = useInfiniteQuery({
    queryKey: ['units', 'children', parentId],
    queryFn: ({ pageParam, signal }) => fetchUnits(parentId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled,
  });
  return { ...level, units: level.data?.pages.flatMap((p) => p.items) ?? [] };
}

/** The next page of a level, below its last unit. */
export function MoreUnits({ level, indent }: { level: ReturnType<typeof useUnitLevel>; indent: number }) {
  const { t } = useTranslation('org');
  if (!level.hasNextPage) return null;
  return (
    <li style={{ paddingLeft: indent }}>
      <Button
        variant="subtle"
        size="compact-sm"
        onClick={() => level.fetchNextPage()}
        loading={level.isFetchingNextPage}
      >
        {t('units.more')}
      </Button>
    </li>
  );
}
