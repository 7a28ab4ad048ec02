import type { DashboardView } from '@contract/statistics';
import { getJson, query } from './client';

export type { DashboardView };

export const fetchDashboard = (unitId: string, year: number | undefined, signal?: AbortSignal) =>
  getJson<DashboardView>(`/api/statistics/dashboard${query({ unitId, year })}`, signal);
