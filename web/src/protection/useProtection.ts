import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchProtectionCase,
  fetchProtectionMeta,
  writeDetermination,
  type ProtectionCaseView,
} from '../api/protection';

export const protectionViewKey = (id: string) => ['protection', 'view', id] as const;

export function useProtectionMeta() {
  return useQuery({
    queryKey: ['protection', 'meta'],
    queryFn: ({ signal }) => fetchProtectionMeta(signal),
    staleTime: Infinity,
  });
}

export function useProtectionCase(id: string) {
  return useQuery({ queryKey: protectionViewKey(id), queryFn: ({ signal }) => fetchProtectionCase(id, signal) });
}

/**
 * Writes to one determination at the protection case version last read (If-Match); the answer,
 * the protection case after the write, replaces what the page shows.
 */
export function useDeterminationWrite(id: string) {
  const client = useQueryClient();
  const key = protectionViewKey(id);
  return {
    async write(
      determinationId: string,
      what: 'facts' | 'decision' | 'revocation',
      body: unknown,
    ): Promise<ProtectionCaseView> {
      const current = client.getQueryData<ProtectionCaseView>(key);
      if (!current) throw new Error('protection case not loaded');
      const view = await writeDetermination(current, determinationId, what, body);
      client.setQueryData(key, view);
      void client.invalidateQueries({ queryKey: ['protection', 'list'] });
      void client.invalidateQueries({ queryKey: ['protection', 'case', view.case.code] });
      void client.invalidateQueries({ queryKey: ['events', view.case.code] });
      return view;
    },
    async reload(): Promise<void> {
      await client.fetchQuery({ queryKey: key, queryFn: () => fetchProtectionCase(id), staleTime: 0 });
    },
  };
}
