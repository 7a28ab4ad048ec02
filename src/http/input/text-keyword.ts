import { lineModeOf, textProblem, type LineMode } from './text-rules.ts';

/**
 * The schema keyword `x-text` ('single-line' | 'multi-line') checks a string's characters with
 * `text-rules.ts` and reports the problem as the field's error code (issue 11 item 5). The body
 * parser already refused what no field may hold; this keyword also covers query strings, path
 * parameters and headers, and refuses line breaks in single-line fields.
 */
export const TEXT_KEYWORD = 'x-text';

/** The part of Ajv's interface used here (Ajv comes with Fastify; it is not imported directly). */
interface KeywordRegistry {
  getKeyword(keyword: string): unknown;
  addKeyword(definition: object): unknown;
}

/**
 * A UUID exactly as PostgreSQL stores it: Ajv's own `uuid` format also accepts a `urn:uuid:`
 * prefix, which the database refuses (a 500 where a 400 belongs). `markTextFields` adds it as a
 * pattern to every `format: uuid` (Fastify adds ajv-formats after its plugins, so the format
 * itself cannot be replaced).
 */
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export function addTextKeyword<A>(instance: A): A {
  const ajv = instance as unknown as KeywordRegistry;
  if (ajv.getKeyword(TEXT_KEYWORD)) return instance;
  ajv.addKeyword({
    keyword: TEXT_KEYWORD,
    type: 'string',
    schemaType: 'string',
    errors: true,
    validate: function checkText(mode: LineMode, data: string) {
      const problem = textProblem(data, mode);
      if (!problem) return true;
      (checkText as unknown as { errors: unknown[] }).errors = [
        { keyword: TEXT_KEYWORD, message: problem, params: { problem } },
      ];
      return false;
    },
  });
  return instance;
}

type SchemaNode = Record<string, unknown>;

/**
 * Marks every free-text string of a request schema with `x-text`, and holds every UUID to the
 * form the database accepts, so no route can forget either.
 * Strings held to a pattern, format, enum or constant are left alone: those already refuse
 * anything odd. Marking is idempotent (schemas are shared between routes).
 */
export function markTextFields(schema: unknown, seen = new Set<unknown>()): void {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  const node = schema as SchemaNode;
  const free = node.type === 'string' && !('pattern' in node || 'format' in node || 'enum' in node || 'const' in node);
  if (free && !(TEXT_KEYWORD in node)) node[TEXT_KEYWORD] = lineModeOf(node);
  if (node.type === 'string' && node.format === 'uuid' && !('pattern' in node)) node.pattern = UUID_PATTERN.source;
  for (const key of ['properties', 'patternProperties']) {
    const children = node[key];
    if (children && typeof children === 'object')
      for (const child of Object.values(children)) markTextFields(child, seen);
  }
  for (const key of ['items', 'additionalProperties', 'not', 'then', 'else', 'if']) markTextFields(node[key], seen);
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    const list = node[key];
    if (Array.isArray(list)) for (const child of list) markTextFields(child, seen);
  }
}
