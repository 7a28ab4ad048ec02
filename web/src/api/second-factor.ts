import type { Enrolment, RecoveryCodes, SecondFactorStatus } from '@contract/second-factor';
import { getJson, request } from './client';

export const fetchSecondFactor = (signal?: AbortSignal) => getJson<SecondFactorStatus>('/api/me/second-factor', signal);

export const startEnrolment = async () =>
  (await request<Enrolment>('/api/me/second-factor/enrolment', { method: 'POST' })).data;

export const confirmEnrolment = async (code: string) =>
  (await request<RecoveryCodes>('/api/me/second-factor/confirmation', { method: 'POST', body: { code } })).data;

export const regenerateRecoveryCodes = async (code: string) =>
  (await request<RecoveryCodes>('/api/me/second-factor/recovery-codes', { method: 'POST', body: { code } })).data;

export const disableSecondFactor = async (code: string) =>
  (await request('/api/me/second-factor/disable', { method: 'POST', body: { code } })).data;

/** The sign-in's second step, and the step-up before a deciding action. */
export const giveSecondFactor = async (body: { code: string } | { recoveryCode: string }) =>
  (await request('/api/auth/second-factor', { method: 'POST', body })).data;
