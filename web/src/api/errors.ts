export interface FieldError {
  path: string;
  code: string;
  message: string;
}

/** An error answer of the API: `{ error: { code, message, fields, ...details } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isStale(): boolean {
    return this.status === 412;
  }

  get isConflict(): boolean {
    return this.status === 409;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** A network failure or an answer that is not the API's error shape. */
export function toApiError(status: number, body: unknown, fallback: string): ApiError {
  const error = (body as { error?: Record<string, unknown> } | null)?.error;
  if (!error || typeof error.code !== 'string') return new ApiError(status, 'unexpected', fallback);
  const { code, message, fields, ...details } = error;
  return new ApiError(
    status,
    code,
    String(message ?? fallback),
    Array.isArray(fields) ? (fields as FieldError[]) : [],
    details,
  );
}
