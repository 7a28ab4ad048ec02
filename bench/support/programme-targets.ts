import type pg from 'pg';
import { foldForSearch } from '../../src/domain/text/fold-for-search.ts';
import type { ReadTarget } from './targets.ts';

/** What the issue asks of a workload, where it gives a figure: p95 at the fixed load. */
export const WORKLOAD_TARGETS: Record<string, { p95Ms: number; rate: number }> = {
  dashboard_province: { p95Ms: 50, rate: 200 },
  dashboard_nation: { p95Ms: 50, rate: 200 },
  // The dashboard page asks for these beside the figures: part of the same target.
  plan_tasks: { p95Ms: 50, rate: 200 },
};

interface Who {
  province: string;
  nation: string;
  /** The first province's organisation officer, the national inspector and administrator. */
  officer: string;
  inspector: string;
  admin: string;
  departments: string[];
}

/**
 * The programme's reads (issue 14): the plan tasks' figures beside each dashboard, the
 * compliance of every province's campaign of the latest year as the national administrator sees
 * it (the list of campaigns, each campaign's units page by page and its laggards) and as the
 * province's officer sees their own, and the public showcase signed out, newest first and
 * searched (words of published titles with and without diacritics, and a term with no match).
 */
export async function programmeTargets(pool: pg.Pool, who: Who): Promise<Record<string, ReadTarget[]>> {
  const all = async (text: string, values: unknown[] = []) => (await pool.query(text, values)).rows;
  const planTasks = [who.province, ...who.departments].map((id) => ({
    user: who.officer,
    path: `/api/statistics/plan-tasks?unitId=${id}`,
  }));
  planTasks.push({ user: who.inspector, path: `/api/statistics/plan-tasks?unitId=${who.nation}` });

  const campaigns = await all(
    `select id, owner_unit_id from registration_campaigns where year = (select max(year) from registration_campaigns) order by id`,
  );
  const compliance: ReadTarget[] = [{ user: who.admin, path: '/api/campaigns' }];
  for (const c of campaigns) {
    const base = `/api/campaigns/${c.id}/compliance`;
    compliance.push(
      { user: who.admin, path: `${base}?limit=50` },
      { user: who.admin, path: `${base}?limit=50&offset=50` },
      { user: who.admin, path: `${base}?status=none&limit=50` },
    );
    if (c.owner_unit_id === who.province)
      compliance.push(
        { user: who.officer, path: `${base}?limit=50` },
        { user: who.officer, path: `${base}?unitId=${who.departments[0]}&limit=50` },
      );
  }

  const titles = (await all(`select title from showcase_items order by published_on desc, code desc limit 4`)).map(
    (r) => r.title as string,
  );
  const terms = [
    ...titles.map((t) => t.split(' ').slice(1, 4).join(' ')),
    ...titles.slice(0, 2).map((t) => foldForSearch(t.split(' ').slice(1, 3).join(' '))),
    'mot cua',
    'khong co ket qua nao',
  ];
  const showcase: ReadTarget[] = [
    { user: '', anonymous: true, path: '/api/showcase?limit=20' },
    ...terms.map((q) => ({ user: '', anonymous: true, path: `/api/showcase?q=${encodeURIComponent(q)}&limit=20` })),
  ];
  return { plan_tasks: planTasks, campaign_compliance: compliance, showcase };
}
