import type { FastifyInstance, FastifyRequest } from 'fastify';
import { visit, type JSONPath } from 'jsonc-parser';
import { DomainError, type FieldIssue } from '../../domain/errors.ts';
import { textProblem } from './text-rules.ts';

/**
 * Every JSON body goes through here before any route sees it (issue 11 items 4, 5 and 8):
 * - parsed by Fastify's own parser (prototype-poisoning checks kept; bad JSON → 400 invalid_json);
 * - refused when an object repeats a key: `{"vote":"for","vote":"against"}` would otherwise mean
 *   whatever the last one says, and a signed or hashed record must mean one thing;
 * - refused when any string (key or value) holds a character no field may hold (NUL, an unpaired
 *   surrogate, a control character, a bidi control), each named by its field path;
 * - every string kept is normalised to NFC, so that "đất" typed on two keyboards is one text.
 * Single-line fields are checked further by the schema keyword (`text-keyword.ts`).
 */
export function registerJsonBodyParser(server: FastifyInstance) {
  const parseJson = server.getDefaultJsonParser('error', 'error');
  server.addContentTypeParser(
    'application/json',
    { parseAs: 'string' },
    (request: FastifyRequest, body: string | Buffer, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      parseJson(request, text, (error, value) => {
        if (error) return done(error, undefined);
        const duplicates = duplicateKeys(text);
        if (duplicates.length) return done(new DomainError('bad_request', 'validation_failed', duplicates), undefined);
        const issues: FieldIssue[] = [];
        const clean = cleanValue(value, '', issues);
        if (issues.length) return done(new DomainError('bad_request', 'validation_failed', issues), undefined);
        return done(null, clean);
      });
    },
  );
}

/** Field path in the API's form: `plan.risks[0].id`. */
export function fieldPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
}

/** The repeated keys of every object, found by a JSON scanner (keys compared after unescaping and NFC). */
export function duplicateKeys(text: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const open: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => {
        open.push(new Set());
      },
      onObjectEnd: () => {
        open.pop();
      },
      onObjectProperty: (property: string, _offset, _length, _line, _column, pathSupplier: () => JSONPath) => {
        const keys = open[open.length - 1];
        const key = property.normalize('NFC');
        if (!keys) return;
        if (keys.has(key)) issues.push({ path: fieldPath([...pathSupplier(), property]), code: 'duplicate_key' });
        keys.add(key);
      },
    },
    { disallowComments: true },
  );
  return issues;
}

/** A copy with every string in NFC, collecting the characters no field may hold. */
function cleanValue(value: unknown, path: string, issues: FieldIssue[]): unknown {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) {
      issues.push({ path, code: problem });
      return value;
    }
    return value.normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((item, i) => cleanValue(item, `${path}[${i}]`, issues));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const keyPath = path ? `${path}.${key}` : key;
      const keyProblem = textProblem(key, 'single-line');
      if (keyProblem) {
        // The key itself is escaped in the path, so the answer carries no raw control character.
        issues.push({ path: `${path}[${JSON.stringify(key)}]`, code: keyProblem });
        continue;
      }
      const normalKey = key.normalize('NFC');
      // Two keys that differ only in their Unicode form are the same key once normalised.
      if (Object.hasOwn(out, normalKey)) issues.push({ path: keyPath, code: 'duplicate_key' });
      Object.defineProperty(out, normalKey, {
        value: cleanValue(item, keyPath, issues),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
