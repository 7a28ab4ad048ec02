import { sql } from 'kysely';
import type { Db, Tx } from '../../db/kysely.ts';
import { complianceSummary } from '../../db/repositories/campaign-repository.ts';
import type { ReviewFigures, ReviewReportKind } from '../../contract/review-reports.ts';
import type { CampaignScopeEntry } from '../../db/schema-campaigns.ts';

export interface ReviewPeriod {
  kind: ReviewReportKind;
  year: number;
  /** First day, and the day after the last, in Vietnamese dates. */
  from: string;
  to: string;
}

/** Sơ kết 6 tháng covers January to June; tổng kết năm the calendar year. */
export function reviewPeriod(kind: ReviewReportKind, year: number): ReviewPeriod {
  return { kind, year, from: `${year}-01-01`, to: kind === 'six_month' ? `${year}-07-01` : `${year + 1}-01-01` };
}

/** Midnight in Vietnam (UTC+7, no daylight saving) of a date, as the instant timestamps are compared with. */
const instant = (date: string) => new Date(`${date}T00:00:00+07:00`);

/**
 * The figures and lists of a review report for a unit and every unit below it, computed from the
 * cases, their histories, protections, rewards, models and campaigns for the period. Each figure
 * counts what happened in the period: proposals submitted, evaluations held, protections decided
 * or revoked, rewards decided, models marked; campaigns are those of the report's year.
 */
export async function reviewFigures(
  db: Db | Tx,
  unit: { id: string; name: string },
  p: ReviewPeriod,
): Promise<Omit<ReviewFigures, 'extras'>> {
  const [from, to] = [instant(p.from), instant(p.to)];
  const inUnit = sql`c.proposer_unit_id in (select id from units where ancestor_ids @> array[${unit.id}::uuid])`;
  const within = (column: ReturnType<typeof sql.ref>) => sql`${column} >= ${from} and ${column} < ${to}`;
  const submittedIn = within(sql.ref('c.submitted_at'));

  const byState = await sql<{ state: string; count: number }>`
    select c.state, count(*)::int as count from cases c where ${inUnit} and ${submittedIn}
    group by c.state order by c.state`.execute(db);
  const outcomes = await sql<{ outcome: string; count: number }>`
    select e.payload->>'outcome' as outcome, count(*)::int as count
    from case_events e join cases c on c.id = e.case_id
    where ${inUnit} and e.type = 'evaluated' and ${within(sql.ref('e.occurred_at'))}
    group by 1 order by 1`.execute(db);
  const protections = await sql<{ granted: number; refused: number; revoked: number }>`
    select
      (count(*) filter (where ${within(sql.ref('d.decided_at'))} and d.decided_result <> 'not_protected'))::int as granted,
      (count(*) filter (where ${within(sql.ref('d.decided_at'))} and d.decided_result = 'not_protected'))::int as refused,
      (count(*) filter (where ${within(sql.ref('d.revoked_at'))}))::int as revoked
    from protection_determinations d join protection_cases pc on pc.id = d.protection_case_id
    join cases c on c.id = pc.case_id
    where ${inUnit}`.execute(db);
  const rewards = await sql<{ form: string; granted: number; refused: number }>`
    select r.form,
      (count(*) filter (where r.status in ('granted', 'implemented', 'not_implemented')))::int as granted,
      (count(*) filter (where r.status = 'refused'))::int as refused
    from reward_proposals r join cases c on c.id = r.case_id
    where ${inUnit} and ${within(sql.ref('r.decided_at'))}
    group by r.form order by r.form`.execute(db);
  const replications = await sql<{ n: number }>`
    select count(*)::int as n from cases c
    where ${inUnit} and ${submittedIn} and c.replicated_from_case_id is not null`.execute(db);
  const models = await sql<{ n: number }>`
    select count(*)::int as n from case_models m join cases c on c.id = m.case_id
    where ${inUnit} and m.marked_on >= ${p.from}::date and m.marked_on < ${p.to}::date`.execute(db);
  const initiatives = await sql<ReviewFigures['initiatives'][number]>`
    select c.code, c.title, u.name as "unitName", pr.full_name as "proposerName", c.state,
      (select e.payload->>'outcome' from case_events e
        where e.case_id = c.id and e.type = 'evaluated' and e.occurred_at < ${to}
        order by e.seq desc limit 1) as outcome,
      m.code as "replicatedFrom"
    from cases c join units u on u.id = c.proposer_unit_id join people pr on pr.id = c.proposer_id
    left join cases m on m.id = c.replicated_from_case_id
    where ${inUnit} and (${submittedIn} or exists (
      select 1 from case_events e where e.case_id = c.id and e.type = 'evaluated' and ${within(sql.ref('e.occurred_at'))}))
    order by c.code`.execute(db);

  return {
    kind: p.kind,
    year: p.year,
    from: p.from,
    to: p.to,
    unit: { id: unit.id, name: unit.name },
    submitted: byState.rows.reduce((n, r) => n + r.count, 0),
    byState: byState.rows,
    outcomes: outcomes.rows,
    protections: protections.rows[0] ?? { granted: 0, refused: 0, revoked: 0 },
    rewards: rewards.rows,
    replications: replications.rows[0]!.n,
    modelsMarked: models.rows[0]!.n,
    campaigns: await campaignsOfYear(db, unit.id, p.year),
    initiatives: initiatives.rows,
  };
}

/** Registration compliance of the year's campaigns, counted over the units of the subtree they reach. */
async function campaignsOfYear(db: Db | Tx, unitId: string, year: number): Promise<ReviewFigures['campaigns']> {
  const campaigns = await db
    .selectFrom('registration_campaigns')
    .select(['id', 'title', 'deadline', 'minimum_per_unit', 'scope'])
    .where('year', '=', year)
    .orderBy('deadline')
    .orderBy('title')
    .execute();
  const out: ReviewFigures['campaigns'] = [];
  for (const c of campaigns) {
    const s = await complianceSummary(db, {
      campaignId: c.id,
      scope: c.scope as CampaignScopeEntry[],
      minimum: c.minimum_per_unit,
      visible: { units: [unitId], subtrees: [unitId] },
    });
    const units = s.none + s.registered + s.submitted + s.approved;
    if (units === 0) continue;
    out.push({
      title: c.title,
      deadline: String(c.deadline).slice(0, 10),
      minimumPerUnit: c.minimum_per_unit,
      units,
      ...s,
    });
  }
  return out;
}
