import { countVotes, type CastVote } from '../../src/domain/vote/vote-rule.ts';
import type { ProposalPlan } from '../../src/domain/plan/proposal-plan.ts';
import type { CaseSim, Actor } from './case-sim.ts';
import type { GenPerson, GenUnit, Org } from './org.ts';
import type { Rng } from './rng.ts';
import { PROGRESS_NOTES } from './vietnamese.ts';

const DAY = 86_400_000;
const SHOWCASE_RESULTS = [
  'Thời gian giải quyết hồ sơ giảm 40%; 96% người dân hài lòng.',
  'Tiết kiệm 300 triệu đồng mỗi năm; giảm một nửa giấy tờ phải nộp.',
  'Đã được 12 đơn vị trong tỉnh áp dụng; không còn hồ sơ trễ hạn.',
  'Số lượt phục vụ tăng gấp đôi với cùng số cán bộ.',
] as const;
const CONDITIONS = {
  removesBottleneck: true,
  commonGood: true,
  urgentPracticalNeed: true,
  noAdverseEffect: true,
  promotesReform: true,
};

/** Where a reserve case stops: the states the write benchmark acts on. */
export type Stop = 'draft' | 'ready_to_vote' | 'in_implementation' | 'awaiting_completion_report';

/** Thrown when the next step would happen after "now": the case stays open where it is. */
class Now extends Error {}

/**
 * The story of one case, with the probabilities of a real caseload: most are approved, carried
 * out with monthly progress reports and evaluated; some are returned, withdrawn, rejected,
 * suspended or terminated; a responsible person is sometimes late (those open cases are the
 * overdue ones). A reserve case follows the straight path quickly and stops at `stop`.
 */
export class Lifecycle {
  private t: number;
  constructor(
    readonly c: CaseSim,
    readonly org: Org,
    readonly rng: Rng,
    readonly now: number,
    readonly stop?: Stop,
    /** Share of initiatives evaluated as completed that their head marks as a model. */
    readonly modelShare = 0,
  ) {
    this.t = c.createdAt;
  }

  run(): void {
    try {
      this.story();
    } catch (e) {
      if (!(e instanceof Now)) throw e;
    }
  }

  /** The next moment something happens: `min`–`max` days later, in office hours (Vietnam) on a weekday. */
  private later(min: number, max: number): number {
    const [lo, hi] = this.stop ? [0.02, 0.25] : [min, max];
    let t = this.t + this.rng.between(lo, hi) * DAY;
    const vn = new Date(t + 7 * 3_600_000);
    const wd = vn.getUTCDay();
    if (wd === 6) t += 2 * DAY;
    if (wd === 0) t += DAY;
    const day = Math.floor((t + 7 * 3_600_000) / DAY) * DAY - 7 * 3_600_000;
    t = Math.floor(Math.max(this.t + 60_000, day + this.rng.between(8, 17) * 3_600_000));
    if (t > this.now) throw new Now();
    return (this.t = t);
  }

  /** A step with a legal time limit: usually in time, sometimes late, rarely very late. */
  private timed(limitDays: number): number {
    const r = this.rng.next();
    if (r < 0.86) return this.later(0.3, limitDays * 1.3);
    if (r < 0.98) return this.later(limitDays * 1.5, limitDays * 6);
    return this.later(60, 500);
  }

  private get head(): Actor {
    const unit = this.c.receivingUnit!;
    return { id: this.org.head.get(unit.id)!, unitId: unit.id };
  }

  private person(id: string): Actor {
    return { id, unitId: this.org.personUnit.get(id)! };
  }

  private get proposer(): Actor {
    return { id: this.c.proposer.id, unitId: this.c.proposer.unit_id };
  }

  private story(): void {
    const c = this.c;
    const rng = this.rng;
    const free = !this.stop;
    if (free && rng.chance(0.15)) {
      const plan: ProposalPlan = {
        ...c.plan,
        scope: { ...c.plan.scope!, targets: 'Giảm 60% thời gian giải quyết; 95% người dân hài lòng.' },
      };
      const at = this.later(1, 10);
      const version = c.savePlan(plan, at);
      c.act('update_plan', this.proposer, 'proposer', at, {
        payload: { planVersion: version, planSha256: c.planSha256, changedPaths: ['scope.targets'] },
      });
    }
    if (free && rng.chance(0.03)) return; // an abandoned draft
    if (free && rng.chance(0.03)) return this.withdraw(1, 30);
    if (this.stop === 'draft') return;
    this.submit();
    if (free && rng.chance(0.02)) this.forward();
    if (free && rng.chance(0.08)) {
      c.act('return_for_completion', this.head, 'head', this.timed(7), {
        reasons: 'Kế hoạch chưa có dự toán chi tiết theo hạng mục.',
        payload: { requests: ['Bổ sung dự toán chi tiết', 'Làm rõ chỉ tiêu đánh giá'], clock: c.profile.clockOnReturn },
      });
      if (rng.chance(0.15)) return this.withdraw(3, 30);
      c.act('resubmit', this.proposer, 'proposer', this.later(3, 25), {
        payload: {
          response: 'Đã bổ sung dự toán và chỉ tiêu theo yêu cầu.',
          planVersion: c.planVersion,
          planSha256: c.planSha256,
        },
      });
    }
    if (free && rng.chance(0.03)) return this.withdraw(1, 10);
    c.act('accept_for_consideration', this.head, 'head', this.timed(7), {
      payload: { conditions: CONDITIONS, withinAuthority: true },
    });
    this.partyOpinion('approval');
    if (free && rng.chance(0.2)) this.appraisal();
    if (this.stop === 'ready_to_vote') return;
    if (free && rng.chance(0.02)) return this.withdraw(1, 10);
    const passed = !free || rng.chance(0.85);
    this.meeting('record_vote', this.later(1, 7), passed);
    if (!passed) {
      if (!rng.chance(0.15)) {
        c.act('reject', this.head, 'head', this.later(1, 10), {
          reasons: 'Tập thể lãnh đạo không thông qua, chưa đủ cơ sở thực hiện.',
          payload: {},
        });
        return;
      }
      this.decision('override_rejection', { responsibility: 'head_answers_to_superior_and_law' });
    } else {
      this.decision('approve', {});
    }
    if (this.implementation() === 'stopped') return;
    if (this.stop === 'awaiting_completion_report') return;
    c.act('submit_completion_report', this.proposer, 'proposer', this.timed(5), {
      payload: {
        results: 'Đã triển khai thí điểm tại các bộ phận; thời gian giải quyết giảm 40%.',
        targetsAssessment: 'Đạt phần lớn mục tiêu đề ra.',
        truthfulDeclaration: true,
        attachmentIds: [],
      },
    });
    this.partyOpinion('evaluation');
    this.evaluation();
  }

  private submit(): void {
    const c = this.c;
    const own = this.org.unit.get(c.proposer.unit_id)!;
    const toSuperior = this.org.head.get(own.id) === c.proposer.id;
    const unit = toSuperior ? this.org.unit.get(own.parent_id!)! : own;
    c.act('submit', this.proposer, 'proposer', this.later(1, 20), {
      routeTo: unit,
      payload: {
        planVersion: c.planVersion,
        planSha256: c.planSha256,
        receivingUnitId: unit.id,
        routedToSuperior: toSuperior,
        urgent: c.urgent,
      },
    });
  }

  private forward(): void {
    const current = this.c.receivingUnit!;
    const target = current.parent_id ? this.org.unit.get(current.parent_id) : undefined;
    if (!target || !this.org.head.has(target.id)) return;
    this.c.act('forward_to_superior', this.head, 'head', this.timed(7), {
      routeTo: target as GenUnit,
      reasons: 'Nội dung đề xuất vượt thẩm quyền quyết định của đơn vị.',
      payload: { fromUnitId: current.id, toUnitId: target.id },
    });
  }

  private withdraw(min: number, max: number): void {
    const reason = this.rng.pick([
      'no_longer_needed',
      'resolved_otherwise',
      'insufficient_resources',
      'personal_reasons',
    ] as const);
    this.c.act('withdraw', this.proposer, 'proposer', this.later(min, max), { payload: { reason } });
  }

  private partyOpinion(stage: 'approval' | 'evaluation'): void {
    const c = this.c;
    const requestedOn = this.dateOf(this.later(0, 3));
    c.act('request_party_opinion', this.head, 'collective_member', this.t, {
      facts: { ...c.facts, partyOpinions: [...c.facts.partyOpinions, { stage, requestedOn, givenOn: null }] },
      payload: { stage, requestedOn, partyUnitId: c.routePartyIds.at(-1) ?? null },
    });
    const party = c.routePartyIds.at(-1)!;
    const liaison = this.rng.pick(this.org.liaisons.get(party) ?? [this.org.head.get(party)!]);
    const at = this.later(2, 12);
    const givenOn = this.dateOf(at);
    const opinion = this.rng.weighted([
      ['agree', 90],
      ['agree_with_conditions', 8],
      ['disagree', 2],
    ] as const);
    c.act('record_party_opinion', { id: liaison, unitId: party }, 'party_liaison', at, {
      facts: {
        ...c.facts,
        partyOpinions: c.facts.partyOpinions.map((p) => (p.givenOn === null ? { ...p, givenOn } : p)),
      },
      payload: { stage, requestedOn, givenOn, opinion, content: 'Cấp ủy thống nhất chủ trương.', attachmentIds: [] },
    });
  }

  private appraisal(): void {
    const c = this.c;
    const pool = this.org.appraisers.filter((a) => a !== c.proposer.id);
    if (pool.length === 0) return;
    const ids = [...new Set([this.rng.pick(pool), this.rng.pick(pool)])];
    c.act('assign_appraisers', this.head, 'head', this.later(0, 3), {
      facts: {
        ...c.facts,
        appraisers: [...c.facts.appraisers, ...ids.map((personId) => ({ personId, answered: false }))],
      },
      payload: { appraiserIds: ids },
    });
    for (const id of ids) {
      const appraisers = c.facts.appraisers.map((a) => (a.personId === id ? { ...a, answered: true } : a));
      c.act('record_appraisal', this.person(id), 'assigned_appraiser', this.later(3, 15), {
        facts: { ...c.facts, appraisers },
        deadline: { lastAppraisal: appraisers.every((a) => a.answered) },
        payload: {
          opinion: this.rng.pick(['supports', 'supports', 'supports_with_conditions'] as const),
          content: 'Đề xuất khả thi, phù hợp quy định.',
          attachmentIds: [],
        },
      });
    }
  }

  /** The collective's meeting: a vote, or (at the end) the evaluation. */
  private collective(): { headId: string; members: string[]; excluded: string[]; present: string[] } {
    const unit = this.c.receivingUnit!;
    const headId = this.org.head.get(unit.id)!;
    const members = [headId, ...(this.org.deputies.get(unit.id) ?? [])];
    const excluded = members.filter((m) => m === this.c.proposer.id && m !== headId);
    return { headId, members, excluded, present: members.filter((m) => !excluded.includes(m)) };
  }

  private meeting(action: 'record_vote', at: number, pass: boolean): void {
    const body = this.collective();
    const votes: CastVote[] = body.present.map((personId, i) => ({
      personId,
      vote: pass === (i === 0 || i % 2 === 1) ? 'for' : 'against',
    }));
    if (!pass) votes[0] = { personId: body.headId, vote: 'against' };
    const voteRule = this.c.profile.voteRule;
    const result = countVotes(
      { members: body.members, headId: body.headId, excluded: body.excluded, attendees: body.present, votes },
      voteRule,
    );
    this.c.act(action, this.head, 'head', at, {
      to: result.passed ? 'vote_passed' : 'vote_failed',
      payload: {
        meetingOn: this.dateOf(at),
        attendeeIds: body.present,
        votes,
        excludedIds: body.excluded,
        result,
        voteRule,
        minutes: 'Biên bản họp tập thể lãnh đạo.',
      },
    });
  }

  private decision(action: 'approve' | 'override_rejection', extra: Record<string, unknown>): void {
    const c = this.c;
    const at = this.later(0, 5);
    const number = `${this.rng.int(1, 999)}/QĐ-${c.receivingUnit!.code.split('-').at(-1)}`;
    c.act(action, this.head, 'head', at, {
      reasons: 'Tập thể lãnh đạo thông qua; đề xuất đáp ứng điều kiện Điều 5 khoản 1.',
      patch: { approved_plan_version: c.planVersion },
      payload: {
        decisionNumber: number,
        decisionDate: this.dateOf(at),
        approvedPlanVersion: c.planVersion,
        attachmentIds: [],
        ...extra,
      },
    });
  }

  private implementation(): 'done' | 'stopped' {
    const c = this.c;
    const rng = this.rng;
    const implementers = this.org.implementers.get(c.proposer.unit_id) ?? [];
    if (implementers.length && rng.chance(0.8)) {
      const ids = [...new Set([rng.pick(implementers), rng.pick(implementers)])];
      c.act('assign_implementers', this.head, 'head', this.later(1, 7), {
        facts: { ...c.facts, implementerIds: ids },
        payload: { implementerIds: ids },
      });
    }
    if (this.org.inspectors.length && rng.chance(0.3)) {
      const ids = [rng.pick(this.org.inspectors)];
      c.act('assign_inspectors', this.head, 'head', this.later(1, 10), {
        facts: { ...c.facts, inspectorIds: ids },
        payload: { inspectorIds: ids },
      });
    }
    if (rng.chance(0.5))
      c.act('allocate_resources', this.head, 'head', this.later(1, 10), {
        payload: { budgetVnd: rng.int(5, 80) * 10_000_000, people: `${rng.int(2, 8)} cán bộ chuyên môn` },
      });
    if (this.stop === 'in_implementation') return 'stopped';
    const end = this.t + (this.stop ? 1 : rng.between(2, 14) * 30) * DAY;
    let percent = 0;
    let inspected = false;
    while (this.t < end) {
      const at = this.later(12, 24);
      percent = Math.min(95, percent + rng.int(5, 20));
      const byImplementer = c.facts.implementerIds.length > 0 && rng.chance(0.4);
      const actor = byImplementer ? this.person(rng.pick(c.facts.implementerIds)) : this.proposer;
      c.act('report_progress', actor, byImplementer ? 'assigned_implementer' : 'proposer', at, {
        payload: { percentComplete: percent, content: rng.pick(PROGRESS_NOTES), evidenceAttachmentIds: [] },
      });
      if (!inspected && c.facts.inspectorIds.length && percent > 40 && rng.chance(0.5)) {
        inspected = true;
        const at2 = this.later(1, 5);
        c.act('record_inspection', this.person(c.facts.inspectorIds[0]!), 'assigned_inspector', at2, {
          payload: {
            inspectedOn: this.dateOf(at2),
            findings: 'Triển khai đúng kế hoạch.',
            recommendation: 'continue',
            attachmentIds: [],
          },
        });
      }
      if (!this.stop && rng.chance(0.004)) {
        c.act('suspend', this.head, 'head', this.later(1, 5), {
          reasons: 'Tạm dừng để rà soát kinh phí thực hiện.',
          payload: {},
        });
        if (rng.chance(0.3)) return this.terminate(10, 60);
        c.act('resume', this.head, 'head', this.later(10, 60), {
          reasons: 'Đã hoàn tất rà soát, cho tiếp tục thực hiện.',
          payload: {},
        });
      }
      if (!this.stop && rng.chance(0.002)) return this.terminate(1, 5);
    }
    const at = this.later(1, 5);
    c.act('declare_completed', this.proposer, 'proposer', at, {
      deadline: { completedOn: this.dateOf(at) },
      payload: { completedOn: this.dateOf(at) },
    });
    return 'done';
  }

  private terminate(min: number, max: number): 'done' {
    this.c.act('terminate', this.head, 'head', this.later(min, max), {
      reasons: 'Dừng thực hiện do thay đổi quy định của cấp trên.',
      payload: {},
    });
    return 'done';
  }

  private evaluation(): void {
    const body = this.collective();
    const at = this.timed(7);
    const outcome = this.rng.weighted([
      ['completed', 80],
      ['partly_completed', 15],
      ['not_completed', 5],
    ] as const);
    this.c.act('record_evaluation', this.head, 'head', at, {
      facts: { ...this.c.facts, evaluationOutcome: outcome },
      payload: {
        meetingOn: this.dateOf(at),
        attendeeIds: body.present,
        outcome,
        damage: { occurred: false },
        causes: { objective: 'Hạ tầng và kinh phí đáp ứng.', subjective: 'Cán bộ tích cực, chủ động.' },
        conclusion: 'Tập thể lãnh đạo thống nhất kết quả đánh giá.',
        excludedIds: body.excluded,
        approvedPlanVersion: this.c.approvedPlanVersion,
      },
    });
    if (outcome === 'completed' && !this.stop && this.rng.chance(this.modelShare)) this.model();
  }

  /**
   * KL14 §2.5: the deciding head marks a few successful initiatives as models to replicate, and
   * approves about half of those for the public showcase.
   */
  private model(): void {
    const c = this.c;
    const planVersion = c.approvedPlanVersion ?? c.planVersion;
    const at = this.later(5, 90);
    const summary = `Mô hình ${c.title.toLowerCase()}: quy trình, biểu mẫu và cách tổ chức thực hiện để đơn vị khác áp dụng.`;
    c.act('mark_as_model', this.head, 'head', at, {
      facts: { ...c.facts, model: { markedOn: this.dateOf(at) } },
      payload: { summary, planVersion },
    });
    if (!this.rng.chance(0.5)) return;
    const at2 = this.later(1, 30);
    const input = {
      summary,
      results: this.rng.pick(SHOWCASE_RESULTS),
      showProposerNames: this.rng.chance(0.7),
    };
    c.act('approve_publication', this.head, 'head', at2, {
      facts: { ...c.facts, publication: { approvedOn: this.dateOf(at2) } },
      payload: input,
    });
    c.published = input;
  }

  private dateOf(at: number): string {
    return new Date(at + 7 * 3_600_000).toISOString().slice(0, 10);
  }
}

export type { GenPerson };
