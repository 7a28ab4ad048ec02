import { getJson, request, setCsrfToken } from './client';
import type { OidcInfo } from '@contract/sso';
import type { Me } from './types';

export async function login(username: string, password: string): Promise<Me> {
  const res = await request<{ me: Me; csrfToken: string }>('/api/auth/login', {
    method: 'POST',
    body: { username, password },
  });
  setCsrfToken(res.data.csrfToken);
  return res.data.me;
}

export async function logout(): Promise<void> {
  await request('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
  setCsrfToken(null);
}

export const fetchMe = (signal?: AbortSignal) => getJson<Me>('/api/me', signal);

/** Whether single sign-on is offered, and the provider's name for the sign-in button. */
export const fetchOidcInfo = () => getJson<OidcInfo>('/api/auth/oidc');
