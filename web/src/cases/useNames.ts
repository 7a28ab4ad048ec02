import { useQuery } from '@tanstack/react-query';
import { fetchUnit } from '../api/org';
import type { CaseDetail, UnitDetail } from '../api/types';

/** The receiving unit with its leaders: the collective that votes, and names for their ids. */
export function useReceivingUnit(c: CaseDetail | undefined) {
  const id = c?.receivingUnit?.id;
  return useQuery<UnitDetail>({
    queryKey: ['unit', id],
    queryFn: ({ signal }) => fetchUnit(id!, signal),
    enabled: !!id,
    staleTime: 300_000,
  });
}

/** Names for the person ids a case's events mention, from what the case page already has. */
export function usePersonNames(c: CaseDetail | undefined): (id: string | null | undefined) => string | null {
  const unit = useReceivingUnit(c);
  const names = new Map<string, string>();
  if (c) {
    for (const r of [c.proposer, ...c.coProposers, ...c.appraisers, ...c.implementers, ...c.inspectors])
      if (r?.name) names.set(r.id, r.name);
    for (const e of c.latestEvents) if (e.actorId && e.actorName) names.set(e.actorId, e.actorName);
    for (const m of c.vote?.members ?? []) if (m.name) names.set(m.id, m.name);
  }
  for (const l of unit.data?.leaders ?? []) names.set(l.id, l.fullName);
  return (id) => (id ? (names.get(id) ?? null) : null);
}
