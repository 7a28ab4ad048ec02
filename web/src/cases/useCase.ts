import { useQuery } from '@tanstack/react-query';
import { fetchCase, fetchEvents } from '../api/cases';

export const caseKey = (code: string) => ['case', code] as const;
export const eventsKey = (code: string) => ['events', code] as const;

export function useCase(code: string) {
  return useQuery({ queryKey: caseKey(code), queryFn: ({ signal }) => fetchCase(code, signal) });
}

/** The whole hash-chained history of the case, in one request. */
export function useCaseEvents(code: string) {
  return useQuery({ queryKey: eventsKey(code), queryFn: ({ signal }) => fetchEvents(code, signal) });
}
