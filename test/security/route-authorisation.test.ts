import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { caseIn, createDraft, sampleBodies } from '../support/fixtures.ts';
import type { Res, TestClient } from '../support/test-client.ts';
import { CASE_ACTIONS } from '../../src/domain/case/action-rules.ts';
import { countRows, signInAll, type Persona } from './personas.ts';
import { validValue, type Schema } from './schema-arbitraries.ts';

/**
 * Issue 11, "Keep them closed": every route the server registered (Fastify's own list, not a
 * hand list) × every persona and nobody × a case of the persona's unit and one of a foreign unit.
 * Each route must declare who may call it below; a new route without a declaration fails here.
 * - nobody gets 401 except on public routes;
 * - administrator routes refuse everyone else (403) and write nothing;
 * - on every route of a case, a person who may not read the case gets exactly the answer a
 *   code that does not exist gets (a foreign id reveals nothing);
 * - a case action is refused (403/404/409, nothing written) to everyone the rule table does not
 *   offer it to: `allowedActions` of the case, computed from the rule table, is the expectation.
 */
type Access =
  | 'public' // anyone, also without signing in
  | 'signed-in' // any signed-in person; what they see is scoped by the use case
  | 'administrator' // administrators (of some unit) only
  | 'case' // reads of one case: its readers only
  | 'case-action' // one action of the rule table
  | 'scoped'; // signed in; the use case checks a relation to the record (protection, rewards, an official's record)

const ACCESS: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/auth/login': 'public',
  'GET /api/auth/csrf': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/me': 'signed-in',
  'GET /api/me/tokens': 'signed-in',
  'POST /api/me/tokens': 'signed-in',
  'DELETE /api/me/tokens/:id': 'signed-in',
  'GET /api/cases': 'signed-in',
  'POST /api/cases': 'scoped', // proposers only (create-proposal.ts)
  'GET /api/worklist': 'signed-in',
  'GET /api/cases/:code': 'case',
  'GET /api/cases/:code/plan/:version': 'case',
  'GET /api/cases/:code/events': 'case',
  'GET /api/cases/:code/verify': 'case',
  'GET /api/cases/:code/export': 'case',
  'GET /api/cases/:code/dossier': 'case',
  // Only the signed-in person's own receipts.
  'GET /api/me/receipts': 'signed-in',
  'GET /api/cases/:code/documents': 'case',
  'GET /api/cases/:code/documents/preview/:format': 'case',
  'GET /api/cases/:code/documents/print': 'case',
  // Issuing, cancelling and signed copies: the use case checks that the caller may issue for the step.
  'POST /api/cases/:code/documents': 'scoped',
  'GET /api/documents/:id/:file': 'scoped',
  'POST /api/documents/:id/cancel': 'scoped',
  'POST /api/documents/:id/signed-copy': 'scoped',
  // Given a fingerprint, says only whether Khiên issued it, for which step, and whether it was signed.
  'GET /api/public/documents/:sha256': 'public',
  // An official's issued records: the use case checks the official, organisation officers and inspectors above them.
  'GET /api/people/:id/documents': 'scoped',
  'POST /api/people/:id/documents': 'scoped',
  // Given a whole file: whether it begins with a document Khiên issued, and what was appended since.
  'POST /api/public/documents/inspect': 'public',
  'GET /api/cases/:code/receipts/:seq': 'case',
  // Signed checkpoints reveal hashes only: anyone, a witness included, may read them (issue 12).
  'GET /api/checkpoints/public-key': 'public',
  'GET /api/checkpoints/latest': 'public',
  'GET /api/checkpoints/:id': 'public',
  'GET /api/checkpoints/:id/consistency': 'public',
  'GET /api/checkpoints/:id/inclusion': 'public',
  'POST /api/admin/checkpoints': 'administrator',
  'GET /api/cases/:code/deadlines': 'case',
  // KL14 §2.5: the public showcase shows only what the deciding head approved (issue 14).
  'GET /api/showcase': 'public',
  // Who looked (issue 17): one's own readers; the log itself for inspectors and administrators.
  'GET /api/me/readers': 'signed-in',
  'GET /api/access-log': 'scoped',
  'GET /api/showcase/feed.rss': 'public',
  'GET /api/showcase/:code': 'public',
  'GET /api/models': 'signed-in',
  'GET /api/models/:code': 'signed-in',
  'GET /api/cases/:code/replications': 'case',
  'POST /api/cases/:code/attachments': 'case', // item 1 (sec-access) narrows this to the rule table
  'GET /api/cases/:code/attachments/:id': 'case',
  'GET /api/cases/:code/protection': 'case',
  'POST /api/cases/:code/protection': 'case',
  'GET /api/cases/:code/rewards': 'case',
  'POST /api/cases/:code/rewards': 'case',
  'GET /api/units': 'signed-in', // item 9 (sec-access) narrows this
  'POST /api/units': 'administrator',
  'GET /api/units/:id': 'signed-in',
  'PATCH /api/units/:id': 'administrator',
  'GET /api/people': 'signed-in',
  'POST /api/people': 'administrator',
  'GET /api/people/:id': 'signed-in',
  'PATCH /api/people/:id': 'administrator',
  'POST /api/people/:id/grants': 'administrator',
  'DELETE /api/people/:id/grants/:grantId': 'administrator',
  'GET /api/people/:id/record': 'scoped',
  'GET /api/people/:id/record/summary': 'scoped',
  'GET /api/people/:id/record.pdf': 'scoped',
  'GET /api/people/:id/record.xlsx': 'scoped',
  'GET /api/positions': 'signed-in',
  'PUT /api/positions/:code': 'administrator',
  'GET /api/unit-types': 'signed-in',
  'GET /api/domains': 'signed-in',
  'PUT /api/domains/:code': 'administrator',
  'GET /api/profiles': 'signed-in',
  'POST /api/profiles': 'administrator',
  'GET /api/profiles/:code/:version': 'signed-in',
  'GET /api/procedure': 'public',
  'GET /api/calendar/due-date': 'public',
  'GET /api/calendar/days-off': 'public',
  'GET /api/calendar/years/:year': 'public',
  'PUT /api/calendar/years/:year': 'administrator',
  'GET /api/calendar/years/:year/history': 'signed-in',
  'GET /api/admin/reminder-policies': 'administrator',
  'PUT /api/admin/reminder-policies/:scope': 'administrator',
  'GET /api/admin/jobs': 'administrator',
  'POST /api/admin/jobs/:id/retry': 'administrator',
  'GET /api/notifications': 'signed-in',
  'GET /api/notifications/unread-count': 'signed-in',
  'POST /api/notifications/:id/read': 'signed-in',
  'POST /api/notifications/read-all': 'signed-in',
  'GET /api/me/notification-preferences': 'signed-in',
  'PUT /api/me/notification-preferences': 'signed-in',
  'GET /api/protection-cases': 'signed-in',
  'GET /api/protection-cases/:id': 'scoped',
  'POST /api/protection-cases/:id/determinations/:determinationId/facts': 'scoped',
  'POST /api/protection-cases/:id/determinations/:determinationId/decision': 'scoped',
  'POST /api/protection-cases/:id/determinations/:determinationId/revocation': 'scoped',
  'GET /api/protection/meta': 'signed-in',
  'GET /api/protection-rule-sets': 'signed-in',
  'POST /api/protection-rule-sets': 'administrator',
  'GET /api/protection-rule-sets/:id/:version': 'signed-in',
  'GET /api/reward-proposals/:id': 'scoped',
  'POST /api/reward-proposals/:id/decision': 'scoped',
  'POST /api/reward-proposals/:id/outcome': 'scoped',
  'GET /api/rewards/candidates': 'scoped',
  'GET /api/reward-options': 'signed-in',
  'PUT /api/reward-options/:scope': 'administrator',
  'GET /api/statistics/dashboard': 'scoped',
  'GET /api/statistics/dashboard.xlsx': 'scoped',
  // Registration campaigns (issue 14): the use cases check the province's administrators and organisation officers.
  'GET /api/campaigns': 'signed-in',
  'POST /api/campaigns': 'scoped',
  'GET /api/campaigns/:id': 'scoped',
  'POST /api/campaigns/:id/close': 'scoped',
  'GET /api/campaigns/:id/compliance': 'scoped',
  'GET /api/campaigns/:id/compliance.xlsx': 'scoped',
  // Implementation plans: the use cases check issuer, focal point, assignee unit and reader (plan-task-rules.ts).
  // Single sign-on: the provider's redirects come without a session; linking is for administrators.
  'GET /api/auth/oidc': 'public',
  'GET /api/auth/oidc/start': 'public',
  'GET /api/auth/oidc/callback': 'public',
  'GET /api/admin/people/:id/identities': 'administrator',
  'POST /api/admin/people/:id/identities': 'administrator',
  'DELETE /api/admin/people/:id/identities/:identityId': 'administrator',
  // Review reports and annual summaries: the use cases check the unit's leadership, organisation
  // officers and the official (review-report-access.ts, recordSubject).
  'GET /api/units/:id/review-reports': 'scoped',
  'GET /api/units/:id/review-reports/draft': 'scoped',
  'GET /api/units/:id/review-reports/draft.xlsx': 'scoped',
  'POST /api/units/:id/review-reports': 'scoped',
  'GET /api/review-reports/:id/xlsx': 'scoped',
  'GET /api/people/:id/record/annual': 'scoped',
  'GET /api/people/:id/record/annual.xlsx': 'scoped',
  'GET /api/units/:id/annual-summaries.xlsx': 'scoped',
  'GET /api/plans': 'signed-in',
  'POST /api/plans': 'scoped',
  'GET /api/plans/:id': 'scoped',
  'POST /api/plans/:id/tasks': 'scoped',
  'GET /api/plans/:id/report.xlsx': 'scoped',
  'GET /api/plans/:id/report.docx': 'scoped',
  'PATCH /api/plan-tasks/:id': 'scoped',
  'POST /api/plan-tasks/:id/reports': 'scoped',
  'POST /api/plan-tasks/:id/urges': 'scoped',
  'POST /api/plan-tasks/:id/files': 'scoped',
  'GET /api/plan-tasks/:id/files/:fileId': 'scoped',
  'GET /api/statistics/plan-tasks': 'scoped',
  ...Object.fromEntries(
    CASE_ACTIONS.map((a) => [`POST /api/cases/:code/actions/${a.replace(/_/g, '-')}`, 'case-action' as const]),
  ),
  // Issue 17: one's own password and sessions; an administrator's reset of a person's password.
  'POST /api/me/password': 'signed-in',
  'GET /api/me/sessions': 'signed-in',
  'DELETE /api/me/sessions/:id': 'signed-in',
  'POST /api/me/sessions/sign-out-others': 'signed-in',
  'POST /api/people/:id/password-reset': 'administrator',
  // The second factor: one's own, and the security events concerning oneself.
  'POST /api/auth/second-factor': 'signed-in',
  'GET /api/me/second-factor': 'signed-in',
  'POST /api/me/second-factor/enrolment': 'signed-in',
  'POST /api/me/second-factor/confirmation': 'signed-in',
  'POST /api/me/second-factor/recovery-codes': 'signed-in',
  'POST /api/me/second-factor/disable': 'signed-in',
  'GET /api/me/security-events': 'signed-in',
  'POST /api/people/:id/second-factor-reset': 'administrator',
};

/** Example values of path parameters (ids that exist nowhere, unless a case code). */
const EXAMPLE: Record<string, string> = {
  id: '00000000-0000-4000-8000-00000000abcd',
  grantId: '00000000-0000-4000-8000-00000000abce',
  determinationId: '00000000-0000-4000-8000-00000000abcf',
  identityId: '00000000-0000-4000-8000-00000000abd0',
  fileId: '00000000-0000-4000-8000-00000000abd1',
  version: '1',
  year: '2026',
  scope: 'ND73',
  code: 'economy',
};
const NUMERIC_ID_ROUTES = /\/(jobs|notifications)\/:id/;
const MISSING_CASE = 'TH-2026-999999';

describe('route × persona authorisation, generated from the route list and the rule table (issue 11)', () => {
  let t: TestApp;
  let clients: Record<Persona, TestClient>;
  let doc: Schema;
  let realGrantId: string;
  const routes = () => t.server.registeredRoutes.filter((r) => r.url.startsWith('/api/'));
  before(async () => {
    t = await startTestApp();
    clients = await signInAll(t);
    doc = (await clients.anonymous.get('/api/openapi.json')).body;
    const grants = await t.runtime.database.pool.query('select id from role_grants where person_id = $1', [
      t.org.people['truongphong.snv'],
    ]);
    realGrantId = grants.rows[0].id;
  });
  after(() => t.close());

  const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

  function urlOf(route: { url: string }, caseCode: string, realIds = false) {
    return route.url.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
      if (name === 'code' && route.url.startsWith('/api/cases/')) return caseCode;
      // Rows that exist, so a refusal is not merely "not found".
      if (realIds && name === 'id' && /^\/api\/(admin\/)?people\//.test(route.url))
        return t.org.people['truongphong.snv']!;
      if (realIds && name === 'id' && route.url.startsWith('/api/units/')) return t.org.units.homeAffairs!;
      if (realIds && name === 'grantId') return realGrantId;
      if (name === 'id' && NUMERIC_ID_ROUTES.test(route.url)) return '999999';
      return EXAMPLE[name] ?? 'x';
    });
  }

  /** A body the route's schema accepts, so a refusal is about who asks, not about the input. */
  function bodyFor(route: { method: string; url: string }): unknown {
    if (route.method === 'GET' || route.method === 'DELETE') return undefined;
    const action = route.url.match(/\/actions\/([a-z-]+)$/)?.[1]?.replace(/-/g, '_');
    if (action) return sampleBodies(t)[action] ?? {};
    const openApiPath = route.url.replace(/:([A-Za-z]+)/g, '{$1}');
    const schema =
      doc.paths[openApiPath]?.[route.method.toLowerCase()]?.requestBody?.content?.['application/json']?.schema;
    return schema ? fc.sample(validValue(schema, doc), { seed: 7, numRuns: 1 })[0] : {};
  }

  async function call(
    persona: Persona,
    route: { method: string; url: string },
    caseCode: string,
    headers: Record<string, string> = {},
    realIds = false,
  ): Promise<Res> {
    const body = bodyFor(route);
    return clients[persona].request(
      route.method,
      urlOf(route, caseCode, realIds),
      body,
      body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    );
  }

  it('every registered route declares who may call it', () => {
    const undeclared = routes()
      .map(key)
      .filter((k) => !(k in ACCESS));
    assert.deepEqual(undeclared, [], 'add each new route to ACCESS in this file, saying who may call it');
    const stale = Object.keys(ACCESS).filter((k) => !routes().some((r) => key(r) === k));
    assert.deepEqual(stale, [], 'ACCESS names routes the server no longer has');
  });

  it('nobody signed in gets 401 on every route but the public ones, and nothing is written', async () => {
    const before = await countRows(t);
    for (const route of routes()) {
      const access = ACCESS[key(route)];
      if (access === 'public' || access === undefined) continue;
      const r = await call('anonymous', route, MISSING_CASE);
      assert.equal(r.status, 401, `${key(route)} without signing in: ${r.status} ${JSON.stringify(r.body)}`);
      assert.equal(r.body.error.code, 'unauthenticated');
    }
    assert.deepEqual(await countRows(t), before);
  });

  it('nobody signed in learns nothing about the input first: 401 before any check of the path, query or body', async () => {
    const before = await countRows(t);
    for (const route of routes()) {
      const access = ACCESS[key(route)];
      if (access === 'public' || access === undefined) continue;
      // Every path parameter malformed, an unknown query field, and a body of the wrong type: a
      // route that validated before authenticating would answer 400 and describe its schema.
      const url = `${route.url.replace(/:([A-Za-z]+)/g, '%20not%20valid%20')}?__unknown=%00`;
      const unsafe = !['GET', 'HEAD', 'DELETE'].includes(route.method);
      const r = await clients.anonymous.request(
        route.method,
        url,
        unsafe ? '"not an object"' : undefined,
        unsafe ? { 'content-type': 'application/json' } : {},
      );
      assert.equal(
        r.status,
        401,
        `${key(route)} with bad input, without signing in: ${r.status} ${JSON.stringify(r.body)}`,
      );
    }
    assert.deepEqual(await countRows(t), before);
  });

  it('administrator routes refuse every other persona with 403 on rows that exist, and write nothing', async () => {
    for (const route of routes().filter((r) => ACCESS[key(r)] === 'administrator')) {
      const before = await countRows(t);
      for (const persona of Object.keys(clients) as Persona[]) {
        if (persona === 'anonymous' || persona === 'administrator') continue;
        const r = await call(persona, route, MISSING_CASE, {}, true);
        assert.equal(r.status, 403, `${key(route)} as ${persona}: ${r.status} ${JSON.stringify(r.body)}`);
      }
      assert.deepEqual(await countRows(t), before, `refused calls of ${key(route)} wrote nothing`);
      // The administrator passes the check (on ids that exist nowhere, so nothing real changes).
      const admin = await call('administrator', route, MISSING_CASE);
      assert.notEqual(admin.status, 403, `${key(route)} as administrator: ${JSON.stringify(admin.body)}`);
      assert.ok(admin.status < 500, `${key(route)} as administrator: ${admin.status}`);
    }
  });

  it('on every case route, a person who may not read the case gets exactly what a missing code gets, for a case of their unit and of a foreign unit', async () => {
    const finance = await caseIn(t, 'in_implementation');
    const communeProposer = await t.login('phochutich.tanphu');
    const commune = (await createDraft(communeProposer, 'Đề xuất của xã Tân Phú')).code as string;
    await communeProposer.must(commune, 'submit');
    const caseRoutes = routes().filter((r) => ['case', 'case-action'].includes(ACCESS[key(r)] ?? ''));
    for (const code of [finance, commune]) {
      for (const persona of Object.keys(clients) as Persona[]) {
        if (persona === 'anonymous') continue;
        const read = await clients[persona].get(`/api/cases/${code}`);
        if (read.status === 200) continue;
        assert.equal(read.status, 404, `${persona} reading ${code}`);
        const before = await countRows(t);
        for (const route of caseRoutes) {
          const headers = { 'if-match': '"1"' };
          const foreign = await call(persona, route, code, headers);
          const missing = await call(persona, route, MISSING_CASE, headers);
          assert.deepEqual(
            [foreign.status, foreign.body?.error?.code],
            [missing.status, missing.body?.error?.code],
            `${key(route)} as ${persona} on ${code} answers like a missing case`,
          );
        }
        assert.deepEqual(await countRows(t), before, `${persona}'s refused calls wrote nothing`);
      }
    }
  });

  it('every case action is refused to each persona the rule table does not offer it to, and writes nothing', async () => {
    for (const state of ['submitted', 'under_consideration', 'in_implementation', 'completion_reported']) {
      const code = await caseIn(t, state);
      for (const persona of Object.keys(clients) as Persona[]) {
        if (persona === 'anonymous') continue;
        const view = await clients[persona].get(`/api/cases/${code}`);
        const offered: string[] = view.status === 200 ? view.body.allowedActions : [];
        const before = await countRows(t);
        for (const route of routes().filter((r) => ACCESS[key(r)] === 'case-action')) {
          const action = route.url.split('/').pop()!.replace(/-/g, '_');
          if (offered.includes(action)) continue;
          const r = await call(persona, route, code, { 'if-match': `"${view.body?.version ?? 1}"` });
          assert.ok(
            [403, 404, 409].includes(r.status),
            `${action} as ${persona} in ${state}: ${r.status} ${JSON.stringify(r.body)}`,
          );
          if (view.status !== 200) assert.equal(r.status, 404, `${action} as ${persona}, who cannot read the case`);
        }
        assert.deepEqual(await countRows(t), before, `refused actions of ${persona} in ${state} wrote nothing`);
      }
    }
  });
});
