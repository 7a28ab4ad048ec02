import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchCaseRewards, writeReward, type CaseRewards } from '../api/rewards';

export const rewardsKey = (code: string) => ['rewards', 'case', code] as const;

export function useCaseRewards(code: string) {
  return useQuery({ queryKey: rewardsKey(code), queryFn: ({ signal }) => fetchCaseRewards(code, signal) });
}

/** Writes to a reward proposal at the version last read (If-Match), then refreshes the case's rewards. */
export function useRewardWrite(code: string) {
  const client = useQueryClient();
  const key = rewardsKey(code);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['rewards'] });
    void client.invalidateQueries({ queryKey: ['events', code] });
  };
  return {
    refresh,
    async write(id: string, what: 'decision' | 'outcome', body: unknown): Promise<void> {
      const current = client.getQueryData<CaseRewards>(key)?.items.find((r) => r.id === id);
      if (!current) throw new Error('reward proposal not loaded');
      await writeReward(current, what, body);
      refresh();
    },
    async reload(): Promise<void> {
      await client.fetchQuery({ queryKey: key, queryFn: () => fetchCaseRewards(code), staleTime: 0 });
    },
  };
}
