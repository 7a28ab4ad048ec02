// Issue 15, "One contract" (1): list endpoints answer in the contract's camelCase shape, through
// their TypeBox response schemas, and no column of the database row leaks into them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TObject } from 'typebox';
import { Value } from 'typebox/value';
import { CaseEventSchema, CaseListItemSchema, WorkItemSchema } from '../../src/contract/case-views.ts';
import {
  CodeNameSchema,
  DomainSchema,
  PersonDetailSchema,
  PersonSchema,
  PositionSchema,
  UnitDetailSchema,
  UnitSchema,
} from '../../src/contract/org-views.ts';
import { caseIn } from '../support/fixtures.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const snakeKeys = (o: object) => Object.keys(o).filter((k) => k.includes('_'));

describe('list endpoints present the contract (issue 15)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('GET /api/cases: each line is a CaseListItem, camelCase, with its receiving unit as a reference', async () => {
    const code = await caseIn(t, 'submitted');
    const head = await t.login('giamdoc.stc');
    const res = await head.get('/api/cases?limit=100');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const line = res.body.items.find((c: { code: string }) => c.code === code);
    assert.ok(line, 'the submitted case is listed');
    assert.deepEqual(snakeKeys(line), [], 'no snake_case column leaks');
    assert.ok(Value.Check(CaseListItemSchema, line), JSON.stringify([...Value.Errors(CaseListItemSchema, line)]));
    assert.deepEqual(
      Object.keys(line).sort(),
      Object.keys(CaseListItemSchema.properties).sort(),
      'exactly the fields of the contract',
    );
    assert.equal(line.receivingUnit?.id, t.org.units.finance);
    assert.match(line.updatedAt, /^\d{4}-\d{2}-\d{2}T/);
  });

  it('GET /api/worklist: each line is a WorkItem, camelCase', async () => {
    const code = await caseIn(t, 'submitted');
    const head = await t.login('giamdoc.stc');
    const res = await head.get('/api/worklist?limit=200');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const line = res.body.items.find((w: { code: string }) => w.code === code);
    assert.ok(line, 'the case awaits the head');
    assert.deepEqual(snakeKeys(line), []);
    assert.ok(Value.Check(WorkItemSchema, line), JSON.stringify([...Value.Errors(WorkItemSchema, line)]));
    assert.deepEqual(Object.keys(line).sort(), Object.keys(WorkItemSchema.properties).sort());
    assert.equal(line.task, 'accept_for_consideration');
  });

  it('GET /api/cases/{code}/events: each event is a CaseEvent, its payload kept whole', async () => {
    const code = await caseIn(t, 'submitted');
    const head = await t.login('giamdoc.stc');
    const res = await head.get(`/api/cases/${code}/events`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(Object.keys(res.body).sort(), ['caseId', 'code', 'items']);
    for (const e of res.body.items) {
      assert.ok(Value.Check(CaseEventSchema, e), JSON.stringify([...Value.Errors(CaseEventSchema, e)]));
      assert.deepEqual(snakeKeys(e), []);
    }
    const submitted = res.body.items.find((e: { type: string }) => e.type === 'submitted');
    assert.equal(submitted.payload.to, 'submitted', 'the payload keeps every field the hash covers');
    assert.ok('planSha256' in submitted.payload);
  });

  it('the unit, people and reference lists and their detail pages: camelCase, exactly the contract', async () => {
    const admin = await t.login('quantri');
    const deepSnakeKeys = (value: unknown): string[] =>
      Array.isArray(value)
        ? value.flatMap(deepSnakeKeys)
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => [...(k.includes('_') ? [k] : []), ...deepSnakeKeys(v)])
          : [];
    const shaped = async (url: string, schema: TObject, list: boolean) => {
      const res = await admin.get(url);
      assert.equal(res.status, 200, `${url}: ${JSON.stringify(res.body)}`);
      const values: object[] = list ? res.body.items : [res.body];
      assert.ok(values.length > 0, `${url} answers something`);
      for (const v of values) {
        assert.deepEqual(deepSnakeKeys(v), [], `${url}: no snake_case column leaks`);
        assert.ok(Value.Check(schema, v), `${url}: ${JSON.stringify([...Value.Errors(schema, v)])}`);
        assert.deepEqual(Object.keys(v).sort(), Object.keys(schema.properties).sort(), `${url}: exactly the contract`);
      }
      return values;
    };
    const [unit] = await shaped(`/api/units?parentId=${t.org.units.ubnd}`, UnitSchema, true);
    assert.ok(Number.isInteger((unit as { childCount: number }).childCount));
    const [detail] = await shaped(`/api/units/${t.org.units.finance}`, UnitDetailSchema, false);
    assert.ok((detail as { leaders: unknown[] }).leaders.length > 0, 'the leaders are named');
    await shaped(`/api/people?unitId=${t.org.units.finance}`, PersonSchema, true);
    const [person] = await shaped(`/api/people/${t.org.people['giamdoc.stc']}`, PersonDetailSchema, false);
    assert.ok((person as { grants: unknown[] }).grants.length > 0, 'an administrator sees the grants');
    await shaped('/api/positions', PositionSchema, true);
    await shaped('/api/unit-types', CodeNameSchema, true);
    await shaped('/api/domains', DomainSchema, true);
  });
});
