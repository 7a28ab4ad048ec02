import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultLegalCalendar } from '../../../src/domain/calendar/index.ts';
import type { Actor } from '../../../src/domain/case/case-snapshot.ts';
import {
  afterReport,
  doneOnTime,
  isOverdue,
  issuingUnitChoices,
  mayOnPlan,
  overdueWorkingDays,
  planRelations,
  urgeDueBy,
  type PlanAction,
} from '../../../src/domain/implementation-plans/plan-task-rules.ts';

/**
 * The province's implementation plan (programme item 2): who may do what, and lateness counted
 * on the legal calendar (Civil Code Art. 148: a period ending on a day off ends on the next
 * working day; Labour Code Art. 112 holidays: 30 April and 1 May 2026, Hùng Kings' day moved to 27 April).
 */
const cal = defaultLegalCalendar();
const ROOT = 'root';
const PROVINCE = 'province';
const HOME = 'home-affairs';
const FINANCE = 'finance';
const units = (actorAncestry: string[]) => ({ issuingAncestry: [ROOT, PROVINCE], focalUnitId: HOME, actorAncestry });
const actor = (unitId: string, grants: Actor['grants'] = []): Actor => ({ personId: 'p', unitId, grants });

describe('who may do what on a plan', () => {
  const cases: [string, Actor, string[], PlanAction[], PlanAction[]][] = [
    [
      "the province's organisation officer (issuer)",
      actor(HOME, [{ unitId: PROVINCE, role: 'org_officer', includeSubtree: true }]),
      [ROOT, PROVINCE, HOME],
      ['create_plan', 'manage_tasks', 'urge', 'export', 'read'],
      ['report'],
    ],
    [
      'an officer of the focal-point department: follows the plan, does not issue one',
      actor(HOME, [{ unitId: HOME, role: 'proposer', includeSubtree: false }]),
      [ROOT, PROVINCE, HOME],
      ['manage_tasks', 'urge', 'export', 'read'],
      ['create_plan', 'report'],
    ],
    [
      'an officer of the assignee department',
      actor(FINANCE, [{ unitId: FINANCE, role: 'proposer', includeSubtree: false }]),
      [ROOT, PROVINCE, FINANCE],
      ['report', 'read'],
      ['create_plan', 'manage_tasks', 'urge', 'export'],
    ],
    [
      'the chair of the province (head of the issuing unit): issues, does not urge',
      actor('ubnd', [{ unitId: PROVINCE, role: 'head', includeSubtree: false }]),
      [ROOT, PROVINCE, 'ubnd'],
      ['create_plan', 'manage_tasks', 'export', 'read'],
      ['urge', 'report'],
    ],
    ['someone of another province', actor('other', []), [ROOT, 'other-province', 'other'], [], ['read', 'urge']],
  ];
  for (const [who, a, ancestry, allowed, refused] of cases) {
    it(who, () => {
      const rel = planRelations(a, units(ancestry), FINANCE);
      for (const action of allowed) assert.equal(mayOnPlan(rel, action), true, `${action} allowed`);
      for (const action of refused) assert.equal(mayOnPlan(rel, action), false, `${action} refused`);
    });
  }
});

describe('overdue in working days, and the urge’s due-by date', () => {
  const rows: [string, string, 'not_started' | 'in_progress' | 'done', number][] = [
    ['2026-04-29', '2026-04-29', 'not_started', 0],
    ['2026-04-29', '2026-05-04', 'not_started', 1], // 30/4, 1/5 holidays, 2–3/5 weekend
    ['2026-04-30', '2026-05-04', 'in_progress', 0], // due on a holiday: moves to Monday 4 May
    ['2026-04-30', '2026-05-05', 'in_progress', 1],
    ['2026-04-24', '2026-05-04', 'not_started', 3], // 27/4 compensatory day off: 28, 29 April and 4 May
    ['2026-04-29', '2026-05-20', 'done', 0],
  ];
  for (const [due, today, status, expected] of rows) {
    it(`due ${due}, ${status}, on ${today}: ${expected}`, () => {
      assert.equal(overdueWorkingDays({ status, dueOn: due }, today, cal), expected);
    });
  }
  it('a task is late exactly when it is late by at least one working day, for every due date and day of 2026', () => {
    const day = (n: number) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    for (let d = 0; d < 365; d += 3)
      for (let t = d - 5; t < d + 20; t++)
        for (const status of ['not_started', 'in_progress', 'done'] as const) {
          const task = { status, dueOn: day(d) };
          assert.equal(
            isOverdue(task, day(t), cal),
            overdueWorkingDays(task, day(t), cal) > 0,
            `${status}, due ${day(d)}, today ${day(t)}`,
          );
        }
  });
  it('an urge on Monday 4 May 2026 asks for a report within 5 working days: Monday 11 May', () => {
    assert.equal(urgeDueBy('2026-05-04', 5, cal), '2026-05-11');
    assert.equal(urgeDueBy('2026-04-29', 2, cal), '2026-05-05');
  });
  it('a report moves the task: progress starts it, completion ends it at 100 %, nothing after done', () => {
    assert.deepEqual(afterReport('not_started', 'progress', 30), { status: 'in_progress', percent: 30 });
    assert.deepEqual(afterReport('in_progress', 'completion', 30), { status: 'done', percent: 100 });
    assert.equal(afterReport('done', 'progress', 50), 'already_done');
  });
});

describe('what the new-plan form offers, and on-time completion', () => {
  it('offers the issuer grants first, then the units inside a subtree grant on the way to the actor; nothing to mere staff', () => {
    const officer = actor(HOME, [{ unitId: PROVINCE, role: 'org_officer', includeSubtree: true }]);
    assert.deepEqual(issuingUnitChoices(officer, [ROOT, PROVINCE, HOME]), [PROVINCE, HOME]);
    const head = actor(FINANCE, [{ unitId: FINANCE, role: 'head', includeSubtree: false }]);
    assert.deepEqual(issuingUnitChoices(head, [ROOT, PROVINCE, FINANCE]), [FINANCE]);
    const staff = actor(FINANCE, [{ unitId: FINANCE, role: 'proposer', includeSubtree: false }]);
    assert.deepEqual(issuingUnitChoices(staff, [ROOT, PROVINCE, FINANCE]), []);
  });

  it("every offered issuing unit makes the actor issuer; naming one's own unit as focal point does not", () => {
    const officer = actor(HOME, [{ unitId: PROVINCE, role: 'org_officer', includeSubtree: true }]);
    const ancestry = [ROOT, PROVINCE, HOME];
    for (const issuing of issuingUnitChoices(officer, ancestry)) {
      const issuingAncestry = ancestry.slice(0, ancestry.indexOf(issuing) + 1);
      const relations = planRelations(officer, { issuingAncestry, focalUnitId: HOME, actorAncestry: ancestry });
      assert.ok(mayOnPlan(relations, 'create_plan'), issuing);
    }
    const staff = actor(FINANCE, [{ unitId: FINANCE, role: 'proposer', includeSubtree: false }]);
    for (const issuing of [ROOT, PROVINCE]) {
      const relations = planRelations(staff, {
        issuingAncestry: [ROOT, PROVINCE].slice(0, [ROOT, PROVINCE].indexOf(issuing) + 1),
        focalUnitId: FINANCE,
        actorAncestry: [ROOT, PROVINCE, FINANCE],
      });
      assert.equal(mayOnPlan(relations, 'create_plan'), false, issuing);
    }
  });

  it('counts a task done by its due date, moved past the holidays, as on time', () => {
    // Due Thursday 30 April 2026 (a holiday): done Monday 4 May is on time, Tuesday 5 May late.
    const task = (doneOn: string | null) => ({ status: 'done' as const, dueOn: '2026-04-30', doneOn });
    assert.equal(doneOnTime(task('2026-05-04'), cal), true);
    assert.equal(doneOnTime(task('2026-05-05'), cal), false);
    assert.equal(doneOnTime({ status: 'in_progress', dueOn: '2026-04-30', doneOn: null }, cal), null);
  });
});
