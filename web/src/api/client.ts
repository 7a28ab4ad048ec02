import i18n from 'i18next';
import { ApiError, toApiError } from './errors';

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => undefined;
let onSecondFactorRequired: (() => Promise<boolean>) | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

/** A deciding action asked for a fresh second factor: the handler asks for a code and says whether to retry. */
export function whenSecondFactorRequired(handler: (() => Promise<boolean>) | null): void {
  onSecondFactorRequired = handler;
}

export function currentLanguage(): string {
  return i18n.language === 'en' ? 'en' : 'vi';
}

async function freshCsrfToken(): Promise<string | null> {
  const res = await fetch('/api/auth/csrf', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  // Read the refusal to its end: an unread body keeps the request open (and, with no-store
  // answers, the connection busy).
  if (!res.ok) {
    await res.text().catch(() => '');
    return null;
  }
  csrfToken = ((await res.json()) as { csrfToken: string }).csrfToken;
  return csrfToken;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  ifMatch?: number;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  etag: string | null;
}

/** One call to the API: JSON in and out, the UI language, CSRF on writes, the API's errors as `ApiError`. */
export async function request<T>(path: string, opts: RequestOptions = {}, retried = false): Promise<ApiResponse<T>> {
  const method = opts.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': currentLanguage() };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  // Signing in has no session to bind a token to: asking for one would only earn a 401.
  if (method !== 'GET' && path !== '/api/auth/login') {
    const token = csrfToken ?? (await freshCsrfToken());
    if (token) headers['x-csrf-token'] = token;
  }
  if (opts.ifMatch !== undefined) headers['if-match'] = `"${opts.ifMatch}"`;
  if (opts.idempotencyKey) headers['idempotency-key'] = opts.idempotencyKey;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', i18n.t('common:errors.network'));
  }
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.ok) return { data: body as T, etag: res.headers.get('etag') };
  const error = toApiError(res.status, body, i18n.t('common:errors.unexpected'));
  if (error.code === 'csrf_invalid' && !retried) {
    csrfToken = null;
    return request(path, opts, true);
  }
  if (error.code === 'second_factor_required' && !retried && (await onSecondFactorRequired?.()))
    return request(path, opts, true);
  if (res.status === 401 && !path.startsWith('/api/auth/login')) onUnauthenticated();
  throw error;
}

export const getJson = async <T>(path: string, signal?: AbortSignal) => (await request<T>(path, { signal })).data;

export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
