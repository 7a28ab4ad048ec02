/**
 * Errors the domain raises. Each has a stable code (the API's `error.code`), optional field
 * paths, and parameters for the message; messages themselves live in the i18n catalogue so the
 * domain stays language-free.
 */
export type DomainErrorKind =
  | 'validation' // 422: the request is well-formed but breaks a rule
  | 'forbidden' // 403: the actor may see the case but not do this
  | 'not_found' // 404
  | 'conflict' // 409: not allowed in the current state
  | 'precondition' // 412: stale version
  | 'unauthenticated' // 401
  | 'rate_limited' // 429
  | 'unsupported_media_type' // 415
  | 'bad_request'; // 400: malformed input the schema cannot describe (a repeated JSON key, a bad cursor)

export interface FieldIssue {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    readonly fields: FieldIssue[] = [],
    readonly params: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'DomainError';
  }
}

export const invalid = (fields: FieldIssue[], code = 'validation_failed') =>
  new DomainError('validation', code, fields);
export const invalidField = (path: string, code: string, params?: Record<string, string | number>) =>
  invalid([{ path, code, ...(params ? { params } : {}) }]);
