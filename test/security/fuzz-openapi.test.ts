import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { startTestApp } from '../support/test-app.ts';
import { caseIn, createDraft } from '../support/fixtures.ts';
import type { Res } from '../support/test-client.ts';
import { nextTransactionId, signInAll, writeFingerprint, type Persona } from './personas.ts';
import {
  HOSTILE_STRINGS,
  PROBE_STRINGS,
  invalidValue,
  resolve,
  validValue,
  type Schema,
} from './schema-arbitraries.ts';

/**
 * Issue 11, "Keep them closed": a fuzzer driven by /api/openapi.json. For every operation,
 * property-based requests with valid, boundary and invalid values of every parameter and body
 * field, as every persona and as nobody. Invariants:
 * - never a 5xx;
 * - every 4xx has the error shape `{error:{code,message,fields}}`, and a 400 for invalid input
 *   names at least one field path;
 * - a refused request writes nothing (no row of any table added, removed or changed: see
 *   `writeFingerprint`, read whenever some transaction ended);
 * - a valid create round-trips (what is read back is what was sent, in NFC).
 * KHIEN_FUZZ_RUNS sets the runs per operation (default 200; e.g. 5000 for a long run).
 */
const RUNS = Number(process.env.KHIEN_FUZZ_RUNS ?? 200);
/** A regular expression on "METHOD /path" to fuzz only some operations while working on them. */
const ONLY = process.env.KHIEN_FUZZ_ONLY ? new RegExp(process.env.KHIEN_FUZZ_ONLY) : undefined;

const t = await startTestApp();
const clients = await signInAll(t);
const PERSONA_NAMES = Object.keys(clients) as Persona[];
const codes = [
  (await createDraft(clients.proposer)).code as string,
  await caseIn(t, 'under_consideration'),
  await caseIn(t, 'in_implementation'),
];
const doc: Schema = (await clients.anonymous.get('/api/openapi.json')).body;

interface Operation {
  method: string;
  path: string;
  params: { name: string; in: string; required?: boolean; schema: Schema }[];
  body?: Schema;
}

const operations: Operation[] = Object.entries<Record<string, Schema>>(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    params: (op.parameters ?? []).map((p: Schema) => ({ ...p, schema: resolve(p.schema, doc) })),
    body: op.requestBody?.content?.['application/json']?.schema,
  })),
);

/** Known-good values for parameters whose schema alone would almost never hit a real row. */
function knownValues(name: string): fc.Arbitrary<string> | undefined {
  if (name === 'code') return fc.constantFrom(...codes);
  if (name === 'version') return fc.constantFrom('1', '2');
  if (name === 'year') return fc.constantFrom('2026', '2027');
  if (name === 'scope') return fc.constantFrom('*', 'ND73');
  if (name === 'if-match') return fc.constantFrom('"1"', '"2"', '"3"', '"4"', '*');
  return undefined;
}

type Mode = 'valid' | 'invalid-param' | 'invalid-body' | 'raw-body';

interface Sample {
  persona: Persona;
  mode: Mode;
  url: string;
  headers: Record<string, string>;
  payload?: unknown;
}

/** Raw bodies no JSON encoder would produce: repeated keys, escapes of bad characters, broken JSON. */
const RAW_BODIES = [
  '{"a":1,"a":2}',
  '{"plan":{"title":"x","title":"y"}}',
  '{"name":"a\\u0000b"}',
  '{"name":"\\ud800"}',
  '{"reasons":"\\u202e"}',
  '{"__proto__":{"admin":true}}',
  '{"constructor":{"prototype":{"admin":true}}}',
  '{',
  '[]',
  'null',
  '"text"',
  '',
  `{"a":${'['.repeat(2000)}${']'.repeat(2000)}}`,
];

/**
 * The persona and mode are drawn first, then the request of that mode. The request arbitraries
 * are built once per operation and mode, not per sample: building them costs far more than
 * drawing from them.
 */
function sampleFor(op: Operation): fc.Arbitrary<Sample> {
  const mode = fc.constantFrom<Mode>('valid', 'valid', 'invalid-param', 'invalid-body', 'raw-body');
  const MODES: Mode[] = ['valid', 'invalid-param', 'invalid-body', 'raw-body'];
  const requests = new Map(MODES.map((m) => [m, requestFor(op, m)]));
  return fc
    .tuple(fc.constantFrom(...PERSONA_NAMES), mode)
    .chain(([persona, m]) => requests.get(m)!.map((request) => ({ persona, mode: m, ...request })));
}

function requestFor(op: Operation, m: Mode): fc.Arbitrary<Omit<Sample, 'persona' | 'mode'>> {
  const params = op.params.map((p) => {
    const good = knownValues(p.name) ?? validValue(p.schema, doc).map(String);
    const bad = fc.oneof(
      invalidValue(p.schema, doc).map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
      fc.constantFrom(...PROBE_STRINGS),
    );
    // A parameter is sent valid, left out (when optional), or invalid (in invalid-param mode).
    const value = m === 'invalid-param' ? fc.oneof(good, bad) : good;
    return p.required
      ? value.map((v) => [p, v] as const)
      : fc.option(value, { nil: undefined }).map((v) => [p, v] as const);
  });
  const body = !op.body
    ? fc.constant(undefined)
    : m === 'invalid-body'
      ? invalidValue(op.body, doc)
      : m === 'raw-body'
        ? fc.oneof(
            fc.constantFrom(...RAW_BODIES),
            fc.constantFrom(...HOSTILE_STRINGS).map((s) => JSON.stringify({ title: s, name: s, reasons: s })),
          )
        : validValue(op.body, doc);
  return fc.tuple(fc.tuple(...params), body).map(([values, payload]) => {
    let url = op.path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    for (const [p, v] of values) {
      if (v === undefined) continue;
      if (p.in === 'path') url = url.replace(`{${p.name}}`, encodePart(v));
      else if (p.in === 'query') query.set(p.name, v);
      else if (p.in === 'header') headers[p.name] = v.replace(/[^\x20-\x7e]/g, '?'); // a header cannot carry the rest
    }
    url = url.replace(/\{[^}]+\}/g, 'missing');
    if (query.size) url += `?${query}`;
    if (payload !== undefined) headers['content-type'] = 'application/json';
    return {
      url,
      headers,
      payload: m === 'raw-body' ? payload : payload === undefined ? undefined : JSON.stringify(payload),
    };
  });
}

/** encodeURIComponent refuses an unpaired surrogate; send the bytes a careless client would. */
function encodePart(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return `${[...Buffer.from(v)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')}%ED%A0%80`;
  }
}

let written = await writeFingerprint(t);
let xid = await nextTransactionId(t);

async function send(op: Operation, s: Sample): Promise<Res> {
  return clients[s.persona].request(op.method, s.url, s.payload, s.headers);
}

function checkErrorShape(r: Res, label: string) {
  const e = r.body?.error;
  assert.ok(e && typeof e === 'object', `${label}: a ${r.status} has the error shape: ${JSON.stringify(r.body)}`);
  assert.equal(typeof e.code, 'string', label);
  assert.ok(typeof e.message === 'string' && e.message.length > 0, `${label}: message`);
  assert.ok(Array.isArray(e.fields), `${label}: fields`);
  for (const f of e.fields) {
    assert.ok(typeof f.path === 'string' && f.path.length > 0, `${label}: field path in ${JSON.stringify(e.fields)}`);
    assert.equal(typeof f.code, 'string', label);
    assert.equal(typeof f.message, 'string', label);
  }
  if (r.status === 400 && e.code === 'validation_failed') assert.ok(e.fields.length > 0, `${label}: a field is named`);
}

/** What a valid create must give back when read. */
async function checkRoundTrip(op: Operation, s: Sample, r: Res) {
  if (s.mode !== 'valid' || r.status >= 300 || typeof s.payload !== 'string') return;
  const sent = JSON.parse(s.payload);
  if (op.method === 'POST' && op.path === '/api/cases') {
    const read = await clients[s.persona].get(`/api/cases/${r.body.code}`);
    assert.equal(read.status, 200);
    for (const [key, value] of Object.entries(sent.plan ?? {})) {
      assert.deepEqual(read.body.plan[key], nfcDeep(value), `plan.${key} round-trips`);
    }
  }
  if (op.method === 'POST' && op.path === '/api/me/tokens') {
    const names = (await clients[s.persona].get('/api/me/tokens')).body.items.map((i: { name: string }) => i.name);
    assert.ok(names.includes(sent.name.normalize('NFC')), 'token name round-trips');
  }
  if (op.method === 'PUT' && op.path === '/api/me/notification-preferences') {
    const read = (await clients[s.persona].get('/api/me/notification-preferences')).body;
    assertIncludes(read, sent, 'notification preferences');
  }
}

/** Every value sent is read back (the answer may hold more: defaults of what was not sent). */
function assertIncludes(read: any, sent: any, path: string) {
  if (sent && typeof sent === 'object' && !Array.isArray(sent)) {
    for (const [k, v] of Object.entries(sent)) assertIncludes(read?.[k], v, `${path}.${k}`);
  } else assert.deepEqual(read, sent, `${path} round-trips`);
}

const nfcDeep = (v: unknown): unknown =>
  typeof v === 'string'
    ? v.normalize('NFC')
    : Array.isArray(v)
      ? v.map(nfcDeep)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfcDeep(x)]))
        : v;

describe(`OpenAPI fuzzer: ${operations.length} operations × ${RUNS} runs, as ${PERSONA_NAMES.length} personas (issue 11)`, () => {
  after(() => t.close());

  for (const op of operations.filter((o) => !ONLY || ONLY.test(`${o.method} ${o.path}`))) {
    it(`${op.method} ${op.path}`, async () => {
      await fc.assert(
        fc.asyncProperty(sampleFor(op), async (s) => {
          // Signing out would end the persona's session for the rest of the run.
          if (op.path === '/api/auth/logout' && s.persona !== 'anonymous') return;
          const label = `${op.method} ${s.url} as ${s.persona} (${s.mode})`;
          const r = await send(op, s);
          assert.ok(r.status < 500, `${label}: ${r.status} ${JSON.stringify(r.body)}`);
          if (r.status >= 400) checkErrorShape(r, label);
          const nextXid = await nextTransactionId(t);
          if (nextXid !== xid) {
            // Some transaction ended: a refused request may only have rolled back (no row added, removed or changed).
            const now = await writeFingerprint(t);
            if (r.status >= 400)
              assert.deepEqual(
                now,
                written,
                `${label}: a refused request (${r.status} ${r.body?.error?.code}) wrote nothing`,
              );
            written = now;
            xid = nextXid;
          }
          await checkRoundTrip(op, s, r);
        }),
        { numRuns: RUNS, includeErrorInReport: true },
      );
    });
  }
});
