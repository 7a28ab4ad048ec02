import type pg from 'pg';
import { foldForSearch } from '../../src/domain/text/fold-for-search.ts';
import { vietnamDate } from '../../src/domain/calendar/working-calendar.ts';
import type { ProposalPlan } from '../../src/domain/plan/proposal-plan.ts';
import { insertJson } from './bulk.ts';
import { shardOf } from './stats.ts';
import type { CampaignRef, CaseSim, Origin } from './case-sim.ts';
import type { Org } from './org.ts';
import type { Rng } from './rng.ts';
import type { Scale } from './scales.ts';

const DAY = 86_400_000;
/** Share of the proposals made while a campaign is open that are registered in it. */
export const LINKED_SHARE = 0.7;

export interface GenCampaign extends CampaignRef {
  /** Proposals created in [opens, closes) may be registered in it. */
  opens: number;
  closes: number;
}

/** 09:00 in Vietnam on a given date, as epoch milliseconds. */
const vnMorning = (iso: string) => Date.parse(`${iso}T02:00:00.000Z`);

/**
 * One registration campaign per year of the data, HCMC-style: the province asks every unit of its
 * subtree to register at least one proposal between mid-January and the end of June. Past
 * campaigns are closed by the officer who opened them a few days after the deadline. The sweep's
 * reminders of past campaigns are not generated.
 */
export async function insertCampaigns(
  client: pg.PoolClient,
  org: Org,
  firstYear: number,
  now: number,
  rng: Rng,
): Promise<GenCampaign[]> {
  const province = org.units.find((u) => u.kind === 'province');
  const officer = org.grants.find((g) => g.role === 'org_officer' && g.unit_id === province?.id)?.person_id;
  if (!province || !officer) return [];
  const lastYear = Number(vietnamDate(new Date(now)).slice(0, 4));
  const campaigns: GenCampaign[] = [];
  const rows: object[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const opens = vnMorning(`${year}-01-${String(rng.int(10, 20)).padStart(2, '0')}`);
    if (opens > now) break;
    const deadline = `${year}-06-30`;
    const closes = vnMorning(deadline) + 10 * 3_600_000;
    const closedAt = closes + rng.int(2, 10) * DAY;
    const closed = closedAt < now;
    const campaign = {
      id: rng.uuid(),
      year,
      title: `Đăng ký đề xuất đổi mới, sáng tạo năm ${year}`,
      opens,
      closes,
    };
    campaigns.push(campaign);
    rows.push({
      id: campaign.id,
      owner_unit_id: province.id,
      year,
      title: campaign.title,
      scope: [{ unitId: province.id, includeSubtree: true }],
      minimum_per_unit: 1,
      reminder_days_before: [5, 1],
      deadline,
      status: closed ? 'closed' : 'open',
      opened_by: officer,
      opened_at: new Date(opens).toISOString(),
      closed_by: closed ? officer : null,
      closed_at: closed ? new Date(closedAt).toISOString() : null,
      version: closed ? 2 : 1,
    });
  }
  await insertJson(client, 'registration_campaigns', rows);
  return campaigns;
}

interface Model extends Origin {
  domain: string;
  title: string;
  plan: ProposalPlan;
  markedAt: number;
  published: boolean;
  unitId: string;
}

/**
 * The programme's side of one chunk's cases: which new proposals answer a campaign or adopt a
 * model, and the rows the app keeps beside the case for them (campaign links, models, showcase).
 * Models are those of the province's own history: adoption across provinces is not generated.
 */
export class Programme {
  private models: Model[] = [];
  private links: object[] = [];
  private modelRows: object[] = [];
  private showcaseRows: object[] = [];
  /** Migration 030's `campaign_tallies`, as its triggers would have kept them: campaign|unit|state|shard → n. */
  private tallies = new Map<string, number>();
  private linkedTo = new Map<string, string>();
  private names: Map<string, string>;
  counts = { linked: 0, models: 0, published: 0, replications: 0 };

  constructor(
    readonly org: Org,
    readonly campaigns: GenCampaign[],
    readonly shares: Scale['programme'],
  ) {
    this.names = new Map(org.people.map((x) => [x.id, x.full_name]));
  }

  /** A model marked before `at` in another unit, for a new proposal to adopt; usually none. */
  originFor(rng: Rng, unitId: string, at: number): Model | undefined {
    if (!rng.chance(this.shares.replication)) return undefined;
    const offered = this.models.filter((m) => m.markedAt < at && m.unitId !== unitId);
    if (offered.length === 0) return undefined;
    // Published models are better known: twice as likely to be adopted.
    const weighted = offered.flatMap((m) => (m.published ? [m, m] : [m]));
    return rng.pick(weighted);
  }

  /** The adopting unit's plan: the model's, under its own title. */
  adoptedPlan(model: Model, place: string): { title: string; plan: ProposalPlan } {
    const title = `${model.title.split(' tại ')[0]} tại ${place}`;
    return { title, plan: { ...structuredClone(model.plan), title } };
  }

  /** Registers the new proposal in the campaign open when it was made, most of the time. */
  link(rng: Rng, sim: CaseSim): void {
    const c = this.campaigns.find((x) => x.opens <= sim.createdAt && sim.createdAt < x.closes);
    if (!c || !rng.chance(LINKED_SHARE)) return;
    sim.linkCampaign(c);
    this.linkedTo.set(sim.id, c.id);
    this.links.push({
      case_id: sim.id,
      campaign_id: c.id,
      unit_id: sim.proposer.unit_id,
      linked_at: new Date(sim.createdAt).toISOString(),
    });
    this.counts.linked++;
  }

  /** After a case's story: its model and showcase rows, as mark_as_model and approve_publication write them. */
  record(sim: CaseSim): void {
    if (sim.origin) this.counts.replications++;
    const campaignId = this.linkedTo.get(sim.id);
    if (campaignId) {
      this.linkedTo.delete(sim.id);
      const key = `${campaignId}|${sim.proposer.unit_id}|${sim.state}|${shardOf(sim.id)}`;
      this.tallies.set(key, (this.tallies.get(key) ?? 0) + 1);
    }
    const marked = sim.events.find((e) => e.type === 'marked_as_model');
    if (!marked) return;
    const unitName = this.org.unit.get(sim.proposer.unit_id)!.name;
    const planVersion = marked.payload.planVersion as number;
    const markedOn = vietnamDate(new Date(marked.occurred_at));
    this.models.push({
      caseId: sim.id,
      code: sim.code,
      domain: sim.domain,
      title: sim.title,
      plan: sim.plans[planVersion - 1]!.plan,
      markedAt: Date.parse(marked.occurred_at),
      published: !!sim.published,
      unitId: sim.proposer.unit_id,
    });
    this.modelRows.push({
      case_id: sim.id,
      code: sim.code,
      title: sim.title,
      unit_name: unitName,
      summary: marked.payload.summary,
      plan_version: planVersion,
      marked_on: markedOn,
    });
    this.counts.models++;
    const approved = sim.events.find((e) => e.type === 'publication_approved');
    if (!approved || !sim.published) return;
    const p = sim.published;
    const names = [sim.proposer.id, ...sim.facts.coProposerIds].flatMap((id) => this.names.get(id) ?? []);
    this.showcaseRows.push({
      case_id: sim.id,
      code: sim.code,
      title: sim.title,
      unit_name: unitName,
      summary: p.summary,
      results: p.results,
      proposer_names: p.showProposerNames ? names.join(', ') : null,
      published_on: vietnamDate(new Date(approved.occurred_at)),
      search_text: foldForSearch([sim.code, sim.title, unitName, p.summary, p.results].join(' ')),
    });
    this.counts.published++;
  }

  async flush(client: pg.PoolClient): Promise<void> {
    await insertJson(client, 'campaign_cases', this.links);
    await insertJson(
      client,
      'campaign_tallies',
      [...this.tallies].map(([k, n]) => {
        const [campaign_id, unit_id, state, shard] = k.split('|');
        return { campaign_id, unit_id, state, shard: Number(shard), n };
      }),
      { conflict: 'on conflict (campaign_id, unit_id, state, shard) do update set n = t.n + excluded.n' },
    );
    this.tallies.clear();
    await insertJson(client, 'case_models', this.modelRows);
    await insertJson(client, 'showcase_items', this.showcaseRows);
    this.links = [];
    this.modelRows = [];
    this.showcaseRows = [];
  }
}
