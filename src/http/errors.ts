import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type DomainErrorKind } from '../domain/errors.ts';
import { TEXT_KEYWORD } from './input/text-keyword.ts';
import { errorMessage, fieldMessage, pickLang, type Lang } from '../i18n/messages.ts';

/**
 * One error shape for the whole API:
 * `{ error: { code, message, fields: [{ path, code, message }], ...details } }`, with the message
 * in Vietnamese, or English when the request says `Accept-Language: en`.
 */
const STATUS: Record<DomainErrorKind, number> = {
  validation: 422,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition: 412,
  unauthenticated: 401,
  rate_limited: 429,
  unsupported_media_type: 415,
  bad_request: 400,
};

interface AjvIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

const KEYWORD_CODES: Record<string, string> = {
  required: 'required',
  maxLength: 'too_long',
  minLength: 'too_short',
  type: 'invalid_type',
  pattern: 'invalid_format',
  format: 'invalid_format',
  additionalProperties: 'unknown_field',
  maximum: 'out_of_range',
  minimum: 'out_of_range',
  maxItems: 'too_many',
  minItems: 'too_few',
  uniqueItems: 'duplicate',
  const: 'invalid_value',
  enum: 'invalid_value',
  anyOf: 'invalid_value',
};

/** Ajv's `/plan/risks/0/id` becomes `plan.risks[0].id`, the form the domain uses too. */
function toPath(instancePath: string, extra?: unknown): string {
  const parts = instancePath.split('/').filter(Boolean);
  if (typeof extra === 'string') parts.push(extra);
  return parts.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
}

function fromAjv(issues: AjvIssue[], context: string | undefined) {
  const seen = new Set<string>();
  const fields = [];
  for (const i of issues) {
    const extra =
      i.keyword === 'required'
        ? i.params.missingProperty
        : i.keyword === 'additionalProperties'
          ? i.params.additionalProperty
          : undefined;
    let path = toPath(i.instancePath, extra);
    if (context && context !== 'body') path = path ? `${context}.${path}` : context;
    // The whole body is at fault (an array or a number where an object belongs): say so.
    if (!path) path = context ?? 'body';
    // The text keyword names the problem itself (nul_character, bidi_control, line_break…).
    const code =
      i.keyword === TEXT_KEYWORD && typeof i.params.problem === 'string'
        ? i.params.problem
        : // An empty required text is "required", not "too short (at least 1 character)".
          i.keyword === 'minLength' && i.params.limit === 1
          ? 'required'
          : (KEYWORD_CODES[i.keyword] ?? 'invalid_value');
    const key = `${path}|${code}`;
    // anyOf over literals reports one issue per branch; one per field is enough.
    if (seen.has(key) || (i.keyword === 'const' && seen.has(`${path}|invalid_value`))) continue;
    seen.add(key);
    const params: Record<string, string | number> = {};
    if (typeof i.params.limit === 'number') params[i.keyword.startsWith('max') ? 'max' : 'min'] = i.params.limit;
    fields.push({ path, code, params });
  }
  return fields;
}

export function sendError(
  reply: FastifyReply,
  lang: Lang,
  status: number,
  code: string,
  fields: { path: string; code: string; params?: Record<string, string | number> }[] = [],
  details: Record<string, unknown> = {},
) {
  return reply.status(status).send({
    error: {
      code,
      message: errorMessage(code, lang, details),
      fields: fields.map((f) => ({ path: f.path, code: f.code, message: fieldMessage(f.code, lang, f.params) })),
      ...details,
    },
  });
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const lang = pickLang(request.headers['accept-language']);
  if (error instanceof DomainError) {
    const status = error.code === 'if_match_required' ? 428 : STATUS[error.kind];
    if (typeof error.params.retryAfterSeconds === 'number')
      reply.header('retry-after', String(error.params.retryAfterSeconds));
    return sendError(reply, lang, status, error.code, error.fields, error.params);
  }
  if (error.validation) {
    return sendError(
      reply,
      lang,
      400,
      'validation_failed',
      fromAjv(error.validation as AjvIssue[], error.validationContext),
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return sendError(reply, lang, 415, 'unsupported_media_type');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return sendError(reply, lang, 413, 'payload_too_large');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return sendError(reply, lang, 400, 'invalid_json');
    case 'FST_CSRF_INVALID_TOKEN':
    case 'FST_CSRF_MISSING_SECRET':
      return sendError(reply, lang, 403, 'csrf_invalid');
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return sendError(reply, lang, 415, 'unsupported_media_type');
  }
  if (error.code === '23505') return sendError(reply, lang, 409, 'duplicate');
  // Two transactions raced on the same rows; nothing was written by the loser.
  if (error.code === '40001' || error.code === '40P01') return sendError(reply, lang, 409, 'conflict');
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return sendError(reply, lang, error.statusCode, 'bad_request');
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendError(reply, lang, 500, 'internal_error');
}
