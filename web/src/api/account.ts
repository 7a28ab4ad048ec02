import type { ChangePasswordBody, OwnSessionList } from '@contract/identity';
import { getJson, request } from './client';

export const fetchOwnSessions = (signal?: AbortSignal) => getJson<OwnSessionList>('/api/me/sessions', signal);

export async function changeOwnPassword(body: ChangePasswordBody): Promise<{ endedSessions: number }> {
  return (await request<{ endedSessions: number }>('/api/me/password', { method: 'POST', body })).data;
}

export async function endSession(id: string): Promise<void> {
  await request(`/api/me/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export async function signOutElsewhere(): Promise<{ endedSessions: number }> {
  return (await request<{ endedSessions: number }>('/api/me/sessions/sign-out-others', { method: 'POST' })).data;
}
