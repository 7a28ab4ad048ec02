import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  REQUIRED_FOR_SUBMISSION,
  diffPlans,
  planCompletenessIssues,
  type ProposalPlan,
  type RiskEntry,
} from '../../../src/domain/plan/proposal-plan.ts';

/**
 * Requirement 6: the Art. 7(2) plan — (a) necessity and the bottleneck, (b) content, tasks,
 * solutions, scope, targets, time, resources, feasibility, (c) impacts and expected results —
 * plus the system's legal basis and risk register (spec §(c) Step 1).
 */
const risk = (id: string, over: Partial<RiskEntry> = {}): RiskEntry => ({
  id,
  description: `Rủi ro ${id}`,
  likelihood: 'medium',
  impact: 'high',
  mitigation: 'Theo dõi hằng tuần',
  owner: 'Văn phòng',
  ...over,
});

function complete(): ProposalPlan {
  return {
    title: 'Một cửa liên thông cấp phép xây dựng',
    domain: 'government_building',
    summary: 'Gộp ba bước thẩm định',
    necessity: {
      purpose: 'Rút ngắn thời gian',
      bottleneck: 'Ba cơ quan thẩm định nối tiếp',
      bottleneckKind: 'not_yet_regulated',
    },
    legalBasis: { basis: 'Luật Xây dựng 2014', authorityRationale: 'Thuộc thẩm quyền của Sở' },
    content: {
      tasks: 'Thiết lập quy trình',
      solutions: 'Thẩm định song song',
      optionsConsidered: [
        { option: 'Giữ nguyên', assessment: 'Chậm', chosen: false },
        { option: 'Song song', assessment: 'Nhanh', chosen: true },
      ],
    },
    scope: { scope: 'Toàn tỉnh', targets: 'Hồ sơ nhà ở riêng lẻ' },
    timeline: {
      startOn: '2024-07-01',
      endOn: '2024-12-31',
      milestones: [
        { title: 'Thí điểm', dueOn: '2024-09-30' },
        { title: 'Tổng kết', dueOn: '2024-12-31', deliverable: 'Báo cáo' },
      ],
    },
    resources: { budgetVnd: 150_000_000, people: '5 cán bộ', equipment: 'Phần mềm' },
    feasibility: 'Khả thi',
    impacts: { positive: 'Giảm 40 % thời gian', negative: 'Tăng tải đầu mối' },
    expectedResults: 'Cấp phép trong 10 ngày',
    risks: [risk('r1'), risk('r2')],
  };
}

/** A copy of the complete plan with the value at a dotted path replaced (undefined deletes it). */
function withValue(path: string, value: unknown): ProposalPlan {
  const plan = structuredClone(complete()) as Record<string, unknown>;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((node, k) => node[k] as Record<string, unknown>, plan);
  if (value === undefined) delete parent[keys.at(-1)!];
  else parent[keys.at(-1)!] = value;
  return plan as ProposalPlan;
}

const issue = (path: string, code = 'required_for_submission') => ({ path, code });

describe('planCompletenessIssues: required paths', () => {
  it('a complete plan has no issues', () => {
    assert.deepEqual(planCompletenessIssues(complete()), []);
  });

  it('the required paths are those of Art. 7(2) plus legal basis', () => {
    assert.deepEqual([...REQUIRED_FOR_SUBMISSION].sort(), [
      'content.solutions',
      'content.tasks',
      'domain',
      'expectedResults',
      'feasibility',
      'impacts.positive',
      'legalBasis.authorityRationale',
      'legalBasis.basis',
      'necessity.bottleneck',
      'necessity.bottleneckKind',
      'necessity.purpose',
      'scope.scope',
      'scope.targets',
      'timeline.endOn',
      'timeline.startOn',
      'title',
    ]);
  });

  for (const path of REQUIRED_FOR_SUBMISSION) {
    for (const [how, value] of [
      ['missing', undefined],
      ['null', null],
      ['blank', '  \n\t'],
    ] as const) {
      it(`${path} ${how} → plan.${path} required_for_submission only`, () => {
        assert.deepEqual(planCompletenessIssues(withValue(path, value)), [issue(`plan.${path}`)]);
      });
    }
  }

  it('a missing section reports each of its required fields, in order', () => {
    assert.deepEqual(planCompletenessIssues(withValue('necessity', undefined)), [
      issue('plan.necessity.purpose'),
      issue('plan.necessity.bottleneck'),
      issue('plan.necessity.bottleneckKind'),
    ]);
  });

  it('an empty plan reports every required path, the resources and the risk register', () => {
    assert.deepEqual(planCompletenessIssues({}), [
      ...REQUIRED_FOR_SUBMISSION.map((p) => issue(`plan.${p}`)),
      issue('plan.resources'),
      issue('plan.risks'),
    ]);
  });

  it('optional parts may be left out: summary, negative impacts ("if any"), milestones, options', () => {
    let plan = withValue('summary', undefined);
    plan = {
      ...plan,
      impacts: { positive: 'x' },
      timeline: { startOn: '2024-07-01', endOn: '2024-12-31' },
      content: { tasks: 't', solutions: 's' },
    };
    assert.deepEqual(planCompletenessIssues(plan), []);
  });
});

describe('planCompletenessIssues: resources (Art. 7(2)(b), spec §(c) Step 1 b)', () => {
  const rows: [string, unknown, { path: string; code: string }[]][] = [
    ['no resources section', undefined, [issue('plan.resources')]],
    ['resources null', null, [issue('plan.resources')]],
    ['an empty resources section', {}, [issue('plan.resources')]],
    ['people and equipment blank, no budget', { people: '  ', equipment: '\n\t' }, [issue('plan.resources')]],
    ['a budget only', { budgetVnd: 150_000_000 }, []],
    ['people only', { people: '5 cán bộ' }, []],
    ['equipment only', { equipment: 'Phần mềm' }, []],
    ['equipment only, people blank', { people: ' ', equipment: 'Phần mềm' }, []],
  ];
  for (const [name, value, expected] of rows) {
    it(`${name} → ${expected.length ? 'plan.resources required_for_submission' : 'no issue'}`, () => {
      assert.deepEqual(planCompletenessIssues(withValue('resources', value)), expected);
    });
  }
});

describe('planCompletenessIssues: dates, options, risks', () => {
  const rows: [string, ProposalPlan, { path: string; code: string }[]][] = [
    [
      'end before start',
      { ...complete(), timeline: { startOn: '2024-07-01', endOn: '2024-06-30' } },
      [issue('plan.timeline.endOn', 'before_start')],
    ],
    [
      'a blank start bounds nothing: a milestone before the end is not outside',
      {
        ...complete(),
        timeline: { startOn: ' ', endOn: '2024-12-31', milestones: [{ title: 'a', dueOn: '2024-01-15' }] },
      },
      [issue('plan.timeline.startOn')],
    ],
    [
      'a blank end bounds nothing: neither before_start nor a milestone outside',
      {
        ...complete(),
        timeline: { startOn: '2024-07-01', endOn: '\t', milestones: [{ title: 'a', dueOn: '2025-03-01' }] },
      },
      [issue('plan.timeline.endOn')],
    ],
    [
      'a blank end still leaves the start as a bound',
      {
        ...complete(),
        timeline: { startOn: '2024-07-01', endOn: '  ', milestones: [{ title: 'a', dueOn: '2024-06-30' }] },
      },
      [issue('plan.timeline.endOn'), issue('plan.timeline.milestones[0].dueOn', 'outside_timeline')],
    ],
    [
      'end on the start day is fine',
      { ...withValue('timeline.endOn', '2024-07-01'), timeline: { startOn: '2024-07-01', endOn: '2024-07-01' } },
      [],
    ],
    [
      'milestone before the start',
      withValue('timeline.milestones', [
        { title: 'a', dueOn: '2024-06-30' },
        { title: 'b', dueOn: '2024-07-01' },
      ]),
      [issue('plan.timeline.milestones[0].dueOn', 'outside_timeline')],
    ],
    [
      'milestone after the end',
      withValue('timeline.milestones', [
        { title: 'a', dueOn: '2024-12-31' },
        { title: 'b', dueOn: '2025-01-01' },
      ]),
      [issue('plan.timeline.milestones[1].dueOn', 'outside_timeline')],
    ],
    [
      'milestone outside a timeline with only an end',
      { ...complete(), timeline: { endOn: '2024-12-31', milestones: [{ title: 'a', dueOn: '2025-02-01' }] } },
      [issue('plan.timeline.startOn'), issue('plan.timeline.milestones[0].dueOn', 'outside_timeline')],
    ],
    [
      'end before start and a milestone outside: both reported',
      {
        ...complete(),
        timeline: { startOn: '2024-07-01', endOn: '2024-06-01', milestones: [{ title: 'a', dueOn: '2024-08-01' }] },
      },
      [issue('plan.timeline.endOn', 'before_start'), issue('plan.timeline.milestones[0].dueOn', 'outside_timeline')],
    ],
    [
      'options listed, none chosen',
      withValue('content.optionsConsidered', [{ option: 'a', assessment: 'b', chosen: false }]),
      [issue('plan.content.optionsConsidered', 'no_option_chosen')],
    ],
    ['no options listed at all is fine', withValue('content.optionsConsidered', []), []],
    ['no risk register', withValue('risks', undefined), [issue('plan.risks')]],
    ['an empty risk register', withValue('risks', []), [issue('plan.risks')]],
    [
      'duplicate risk ids: every repeat after the first is reported',
      withValue('risks', [risk('r1'), risk('r2'), risk('r1'), risk('r1'), risk('r2')]),
      [
        issue('plan.risks[2].id', 'duplicate'),
        issue('plan.risks[3].id', 'duplicate'),
        issue('plan.risks[4].id', 'duplicate'),
      ],
    ],
  ];
  for (const [name, plan, expected] of rows) it(name, () => assert.deepEqual(planCompletenessIssues(plan), expected));
});

describe('diffPlans', () => {
  const rows: [string, ProposalPlan, ProposalPlan, ReturnType<typeof diffPlans>][] = [
    ['identical plans → no changes', complete(), complete(), []],
    [
      'a changed leaf',
      complete(),
      withValue('necessity.purpose', 'Mục đích mới'),
      [{ path: 'necessity.purpose', before: 'Rút ngắn thời gian', after: 'Mục đích mới' }],
    ],
    [
      'a changed number',
      complete(),
      withValue('resources.budgetVnd', 200_000_000),
      [{ path: 'resources.budgetVnd', before: 150_000_000, after: 200_000_000 }],
    ],
    [
      'an added leaf',
      withValue('summary', undefined),
      complete(),
      [{ path: 'summary', after: 'Gộp ba bước thẩm định' }],
    ],
    [
      'a removed leaf',
      complete(),
      withValue('impacts.negative', undefined),
      [{ path: 'impacts.negative', before: 'Tăng tải đầu mối' }],
    ],
    [
      'a leaf set to null',
      complete(),
      withValue('feasibility', null),
      [{ path: 'feasibility', before: 'Khả thi', after: null }],
    ],
    [
      'an added section is one change carrying the whole section',
      withValue('legalBasis', undefined),
      complete(),
      [{ path: 'legalBasis', after: { basis: 'Luật Xây dựng 2014', authorityRationale: 'Thuộc thẩm quyền của Sở' } }],
    ],
    [
      'an array element changed',
      complete(),
      withValue('content.optionsConsidered', [
        { option: 'Giữ nguyên', assessment: 'Chậm', chosen: true },
        { option: 'Song song', assessment: 'Nhanh', chosen: false },
      ]),
      [
        { path: 'content.optionsConsidered[0].chosen', before: false, after: true },
        { path: 'content.optionsConsidered[1].chosen', before: true, after: false },
      ],
    ],
    [
      'a milestone appended',
      complete(),
      withValue('timeline.milestones', [
        ...complete().timeline!.milestones!,
        { title: 'Mở rộng', dueOn: '2024-12-01' },
      ]),
      [{ path: 'timeline.milestones[2]', after: { title: 'Mở rộng', dueOn: '2024-12-01' } }],
    ],
    [
      'a milestone removed',
      complete(),
      withValue('timeline.milestones', complete().timeline!.milestones!.slice(0, 1)),
      [{ path: 'timeline.milestones[1]', before: { title: 'Tổng kết', dueOn: '2024-12-31', deliverable: 'Báo cáo' } }],
    ],
    ['risks reordered → no changes', complete(), withValue('risks', [risk('r2'), risk('r1')]), []],
    [
      'risks reordered and one edited → only the edit, by id',
      complete(),
      withValue('risks', [risk('r2'), risk('r1', { mitigation: 'Kiểm tra hằng ngày' })]),
      [{ path: 'risks.r1.mitigation', before: 'Theo dõi hằng tuần', after: 'Kiểm tra hằng ngày' }],
    ],
    [
      'a risk added at the front',
      complete(),
      withValue('risks', [risk('r0'), risk('r1'), risk('r2')]),
      [{ path: 'risks.r0', after: risk('r0') }],
    ],
    ['a risk removed', complete(), withValue('risks', [risk('r2')]), [{ path: 'risks.r1', before: risk('r1') }]],
    [
      'several changes in several sections, in key order of the plan',
      complete(),
      {
        ...withValue('title', 'Tên mới'),
        scope: { scope: 'Hai huyện', targets: 'Hồ sơ nhà ở riêng lẻ' },
        risks: [risk('r1', { impact: 'low' }), risk('r2')],
      },
      [
        { path: 'title', before: 'Một cửa liên thông cấp phép xây dựng', after: 'Tên mới' },
        { path: 'scope.scope', before: 'Toàn tỉnh', after: 'Hai huyện' },
        { path: 'risks.r1.impact', before: 'high', after: 'low' },
      ],
    ],
  ];
  for (const [name, before, after, expected] of rows)
    it(name, () => assert.deepEqual(diffPlans(before, after), expected));

  it('is symmetric: swapping the versions swaps before and after (same paths, any order)', () => {
    const a = complete();
    const b = { ...withValue('necessity.purpose', 'x'), risks: [risk('r3')] };
    const flip = diffPlans(b, a).map(({ path, before, after }) => ({
      path,
      ...(after === undefined ? {} : { before: after }),
      ...(before === undefined ? {} : { after: before }),
    }));
    const byPath = (xs: ReturnType<typeof diffPlans>) => [...xs].sort((x, y) => (x.path < y.path ? -1 : 1));
    assert.deepEqual(byPath(flip), byPath(diffPlans(a, b)));
  });
});
