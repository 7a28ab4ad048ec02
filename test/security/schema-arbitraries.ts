import fc from 'fast-check';

/**
 * fast-check arbitraries drawn from the JSON schemas of the OpenAPI document: values a schema
 * accepts (with its boundaries: shortest, longest, smallest, largest), and values it must refuse
 * (wrong type, one past a boundary, unknown or missing fields, characters no field may hold).
 * Long limits are sampled at their boundary and kept short otherwise, so a run stays fast.
 */
export type Schema = Record<string, any>;

/** Strings an attacker or a careless client sends; each must be refused, never crash the server. */
export const HOSTILE_STRINGS = [
  'a\u0000b', // NUL
  '\ud800', // unpaired high surrogate
  'x\udc00', // unpaired low surrogate
  'Hóa đơn \u202Efdp.exe', // right-to-left override
  'a\u2066b\u2069', // isolate
  'chuông\u0007', // BEL
  '\u001b[2J', // ESC
  'a\u007fb', // DEL
  'a\u0085b', // C1 control
];

/** Values that look like injections; the API must treat them as inert text. */
export const PROBE_STRINGS = [
  "'; drop table cases; --",
  '%',
  '_',
  '\\',
  '%_%',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '{{7*7}}',
  'đất đai',
  '١٢٣',
];

const MAX_SAMPLE = 40;

export function resolve(schema: Schema | undefined, doc: Schema): Schema {
  if (schema && typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) {
    const target = schema.$ref
      .slice(2)
      .split('/')
      .reduce((node: any, key: string) => node?.[key], doc);
    return resolve(target ?? {}, doc);
  }
  return schema ?? {};
}

function typeOf(schema: Schema): string | undefined {
  if (Array.isArray(schema.type)) return schema.type.find((t: string) => t !== 'null');
  if (schema.type) return schema.type;
  if (schema.properties) return 'object';
  return undefined;
}

/**
 * One arbitrary per pattern: building a stringMatching arbitrary tokenises fast-check's list of
 * dangerous strings against every character class (tens of milliseconds each), and fast-check
 * caches that work per arbitrary instance only.
 */
const byPattern = new Map<string, fc.Arbitrary<string>>();
function matching(pattern: string): fc.Arbitrary<string> {
  let arbitrary = byPattern.get(pattern);
  if (!arbitrary) {
    arbitrary = fc.stringMatching(new RegExp(pattern), { size: 'xsmall' });
    byPattern.set(pattern, arbitrary);
  }
  return arbitrary;
}

function validString(schema: Schema): fc.Arbitrary<string> {
  if (schema.enum) return fc.constantFrom(...schema.enum.filter((v: unknown) => typeof v === 'string'));
  if (typeof schema.const === 'string') return fc.constant(schema.const);
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'email') return fc.emailAddress().filter((e) => e.length <= (schema.maxLength ?? 320));
  if (schema.format === 'uri') return fc.webUrl();
  if (schema.format === 'date')
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'date-time')
    return fc
      .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (schema.pattern) return matching(schema.pattern);
  const min = schema.minLength ?? 0;
  const max = Math.max(min, schema.maxLength ?? 200);
  const ordinary = fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.min(max, Math.max(min, MAX_SAMPLE)) });
  const samples = ['Thí điểm số hóa hồ sơ đất đai', 'Nguyễn Văn Ánh', 'QĐ-123/2026', 'Ủy ban nhân dân'].filter(
    (s) => s.length >= min && s.length <= max,
  );
  const vietnamese = samples.length ? fc.constantFrom(...samples) : ordinary;
  return fc.oneof(
    { weight: 4, arbitrary: ordinary },
    { weight: 2, arbitrary: vietnamese },
    { weight: 1, arbitrary: fc.constant('đ'.repeat(max > 5000 ? min || 1 : max)) }, // the longest allowed (sampled for short limits)
    { weight: 1, arbitrary: fc.constant('x'.repeat(Math.max(min, 1))).filter((s) => s.length <= max) },
  );
}

/** A value the schema accepts (as far as its own constraints go; the domain may still refuse it). */
export function validValue(schema0: Schema, doc: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(schema0, doc);
  if (schema.anyOf || schema.oneOf)
    return fc.oneof(...(schema.anyOf ?? schema.oneOf).map((s: Schema) => validValue(s, doc, depth)));
  if (schema.allOf)
    return validValue(Object.assign({}, ...schema.allOf.map((s: Schema) => resolve(s, doc))), doc, depth);
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (typeOf(schema)) {
    case 'string':
      return validString(schema);
    case 'integer': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1_000_000);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 1_000_000);
      return fc.oneof(
        fc.integer({ min, max: Math.min(max, Number.MAX_SAFE_INTEGER) }),
        fc.constantFrom(min, Math.min(max, Number.MAX_SAFE_INTEGER)),
      );
    }
    case 'number':
      return fc.double({
        min: schema.minimum ?? -1e9,
        max: schema.maximum ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? 5, Math.max(minLength, depth > 2 ? minLength : 3));
      const items = fc.array(validValue(schema.items ?? {}, doc, depth + 1), { minLength, maxLength });
      return schema.uniqueItems
        ? items
            .map((a) => [...new Map(a.map((v) => [JSON.stringify(v), v])).values()])
            .filter((a) => a.length >= minLength)
        : items;
    }
    case 'object': {
      const props: Record<string, Schema> = schema.properties ?? {};
      const required: string[] = schema.required ?? [];
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, child] of Object.entries(props)) {
        // Deep optional parts are left out below a few levels, so values stay small.
        if (depth > 3 && !required.includes(key)) continue;
        model[key] = validValue(child, doc, depth + 1);
      }
      return fc.record(model, { requiredKeys: required.filter((k) => k in model) });
    }
    default:
      return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
  }
}

/** A value the schema must refuse. */
export function invalidValue(schema0: Schema, doc: Schema): fc.Arbitrary<unknown> {
  const schema = resolve(schema0, doc);
  const type = typeOf(schema);
  const wrongType: unknown[] = [42, true, null, [], {}, 'text', 1.5].filter((v) => !sameType(v, type, schema));
  const options: fc.Arbitrary<unknown>[] = [
    wrongType.length ? fc.constantFrom(...wrongType) : fc.constant('not-a-valid-value'),
  ];
  if (type === 'string') {
    options.push(fc.constantFrom(...HOSTILE_STRINGS));
    if (schema.format === 'uuid' || /\{36\}|\{12\}/.test(schema.pattern ?? '')) {
      // Near misses of a UUID that a loose check lets through to the database.
      options.push(
        fc.constantFrom(
          'urn:uuid:00000000-0000-4000-8000-000000000000',
          '------------------------------------',
          '0000000000000000000000000000000000ab',
          '{00000000-0000-4000-8000-000000000000}',
        ),
      );
    }
    if (typeof schema.maxLength === 'number') options.push(fc.constant('x'.repeat(schema.maxLength + 1)));
    if (typeof schema.minLength === 'number' && schema.minLength > 0)
      options.push(fc.constant(''.padEnd(schema.minLength - 1, 'x')));
  }
  if (type === 'integer' || type === 'number') {
    if (typeof schema.maximum === 'number') options.push(fc.constant(schema.maximum + 1));
    if (typeof schema.minimum === 'number') options.push(fc.constant(schema.minimum - 1));
  }
  if (type === 'array' && typeof schema.maxItems === 'number' && schema.maxItems < 200) {
    options.push(
      validValue(schema.items ?? {}, doc, 3).map((v) => Array.from({ length: schema.maxItems + 1 }, () => v)),
    );
  }
  if (type === 'object' && schema.properties) {
    options.push(validValue(schema, doc).map((v) => ({ ...(v as object), unexpected_field: 1 })));
    const required: string[] = schema.required ?? [];
    if (required.length)
      options.push(validValue(schema, doc).chain((v) => fc.constantFrom(...required).map((k) => omit(v as object, k))));
    const keys = Object.keys(schema.properties);
    // An object without fields (a bare confirmation) has no field to spoil.
    if (keys.length)
      options.push(
        fc
          .tuple(validValue(schema, doc), fc.constantFrom(...keys))
          .chain(([v, k]) => invalidValue(schema.properties[k], doc).map((bad) => ({ ...(v as object), [k]: bad }))),
      );
  }
  return fc.oneof(...options);
}

function omit(value: object, key: string) {
  const { [key]: _left, ...rest } = value as Record<string, unknown>;
  return rest;
}

function sameType(value: unknown, type: string | undefined, schema: Schema): boolean {
  if (schema.anyOf || schema.oneOf || !type) return true; // unions: a "wrong type" might be a right branch
  if (value === null) return Array.isArray(schema.type) && schema.type.includes('null');
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && !Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}
