import { ApiError } from './errors';

/** An ApiError as plain data, so it can travel in the router's history state. */
export interface ApiErrorData {
  status: number;
  code: string;
  message: string;
  fields: ApiError['fields'];
  details: Record<string, unknown>;
}

export const toErrorData = (e: ApiError): ApiErrorData => ({
  status: e.status,
  code: e.code,
  message: e.message,
  fields: e.fields,
  details: e.details,
});

export const fromErrorData = (d: ApiErrorData): ApiError =>
  new ApiError(d.status, d.code, d.message, d.fields, d.details);
