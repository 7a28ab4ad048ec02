import type pg from 'pg';
import { foldForSearch } from '../../src/domain/text/fold-for-search.ts';
import { vietnamDate } from '../../src/domain/calendar/working-calendar.ts';
import { programmeTargets } from './programme-targets.ts';

/** One request of a read workload: who asks, and the path. */
export interface ReadTarget {
  user: string;
  path: string;
  /** Authenticate with an API token (Authorization: Bearer) instead of the session cookie. */
  bearer?: boolean;
  /** Signed out (the public showcase): no cookie, and `user` is empty. */
  anonymous?: boolean;
}

export interface WriteTarget {
  kind: 'submit' | 'vote' | 'report' | 'progress';
  action: string;
  user: string;
  code: string;
  version: number;
  body: object;
}

export interface Targets {
  reads: Record<string, ReadTarget[]>;
  /** Units whose dashboard the naive GROUP BY is measured on: [label, unit id]. */
  naiveUnits: [string, string][];
  writes: WriteTarget[];
}

/**
 * What people type: topics with and without diacritics (the search folds both), a case code
 * prefix, a term with no match, and one broad word that most titles contain.
 */
const SEARCH_TERMS = [
  'su dung dat',
  'Đất đai',
  'một cửa liên thông',
  'hoc ba dien tu',
  'camera an ninh',
  'khởi nghiệp sáng tạo',
  'di san van hoa',
  'kham chua benh tu xa',
  'hop khong giay',
  'TH-2024-0001',
  'thi diem',
];

/**
 * Picks the people and records the workloads act on, from the generated data of the first
 * province (`T01`) and the national root (`TW`): the busiest heads and some ordinary ones, the
 * province's organisation officer, the national administrator, and the recent cases kept ready
 * for the write mix.
 */
export async function selectTargets(pool: pg.Pool, max = 200): Promise<Targets> {
  const one = async (text: string, values: unknown[] = []) => (await pool.query(text, values)).rows[0];
  const all = async (text: string, values: unknown[] = []) => (await pool.query(text, values)).rows;
  const province = (await one(`select id from units where code = 'T01'`)).id as string;
  const nation = (await one(`select id from units where code = 'TW'`)).id as string;
  const officer = (
    await one(
      `select p.username from role_grants g join people p on p.id = g.person_id where g.role = 'org_officer' and g.unit_id = $1 order by p.username limit 1`,
      [province],
    )
  ).username as string;
  const national = (
    await one(
      `select p.username from role_grants g join people p on p.id = g.person_id where g.role = 'inspector' and g.unit_id = $1 limit 1`,
      [nation],
    )
  ).username as string;
  const admin = (
    await one(
      `select p.username from role_grants g join people p on p.id = g.person_id where g.role = 'administrator' and g.unit_id = $1 limit 1`,
      [nation],
    )
  ).username as string;
  const inProvince = `(select id from units where ancestor_ids @> array['${province}']::uuid[])`;

  const busy =
    await all(`select p.username, g.unit_id from work_items w join role_grants g on g.unit_id = w.unit_id and g.role = 'head'
    join people p on p.id = g.person_id where w.role = 'head' and w.unit_id in ${inProvince} group by 1, 2 order by count(*) desc, 1 limit 10`);
  const ordinary = await all(`select p.username, g.unit_id from role_grants g join people p on p.id = g.person_id
    where g.role = 'head' and g.unit_id in ${inProvince} order by md5(g.id::text) limit 10`);
  const heads = [...busy, ...ordinary];
  const casePage: ReadTarget[] = [];
  for (const h of heads) {
    for (const c of await all(`select code from cases where receiving_unit_id = $1 order by md5(id::text) limit 12`, [
      h.unit_id,
    ])) {
      casePage.push({ user: h.username, path: `/api/cases/${c.code}` });
    }
  }
  const units = await all(
    `select id from units where ancestor_ids @> array[$1]::uuid[] and type_code in ('department', 'commune') order by md5(id::text) limit 15`,
    [province],
  );
  const list: ReadTarget[] = [];
  for (const u of units) {
    for (const state of ['', 'in_implementation', 'submitted,under_consideration', 'evaluated']) {
      list.push({ user: officer, path: `/api/cases?unitId=${u.id}${state ? `&state=${state}` : ''}&limit=20` });
    }
  }
  list.push(
    { user: officer, path: '/api/cases?state=in_implementation&limit=20' },
    { user: officer, path: '/api/cases?limit=20' },
  );
  const places = await all(
    `select distinct split_part(name, ' ', 6) || ' ' || split_part(name, ' ', 7) as place from units where type_code = 'commune' and id in ${inProvince} limit 10`,
  );
  const terms = [...SEARCH_TERMS, ...places.map((p) => foldForSearch(p.place as string))];
  const search = terms.flatMap((q) =>
    [officer, national].map((user) => ({ user, path: `/api/cases?q=${encodeURIComponent(q)}&limit=20` })),
  );
  const departments = await all(
    `select id from units where type_code = 'department' and parent_id = (select id from units where code = 'T01-UBND') order by code limit 5`,
  );
  // The people directory as the pickers and the administrators' screen ask for it: whole, by
  // unit, by role, and by part of a name as one types (a common family name, a full name, a
  // given name), by people of the province whose officials ask (the directory lists no other).
  const someone = await all(
    `select full_name from people where active and unit_id in ${inProvince} order by md5(id::text) limit 3`,
  );
  const directory = [
    'limit=50',
    'limit=50&offset=50',
    'q=nguyen&limit=20',
    'role=head&limit=50',
    `unitId=${departments[0]!.id}&limit=50`,
    ...someone.flatMap((p) => {
      const words = foldForSearch(p.full_name as string).split(' ');
      return [`q=${encodeURIComponent(words.join(' '))}&limit=20`, `q=${encodeURIComponent(words.at(-1)!)}&limit=20`];
    }),
  ];

  return {
    reads: {
      worklist: heads.map((h) => ({ user: h.username, path: '/api/worklist?limit=50' })),
      worklist_token: heads.map((h) => ({ user: h.username, path: '/api/worklist?limit=50', bearer: true })),
      case_page: casePage.slice(0, max),
      list: list.slice(0, max),
      search,
      dashboard_province: [province, ...departments.map((d) => d.id)].map((id) => ({
        user: officer,
        path: `/api/statistics/dashboard?unitId=${id}`,
      })),
      dashboard_nation: [admin, national].map((user) => ({ user, path: `/api/statistics/dashboard?unitId=${nation}` })),
      people: directory.flatMap((query) =>
        [officer, heads[0]!.username].map((user) => ({ user, path: `/api/people?${query}` })),
      ),
      ...(await programmeTargets(pool, {
        province,
        nation,
        officer,
        inspector: national,
        admin,
        departments: departments.map((d) => d.id as string),
      })),
    },
    naiveUnits: [
      ['province', province],
      ['nation', nation],
    ],
    writes: await writeTargets(pool, province),
  };
}

/** Recent cases of the first province's departments, in the states the write mix acts on. */
async function writeTargets(pool: pg.Pool, province: string): Promise<WriteTarget[]> {
  const today = vietnamDate(new Date());
  const base = `select c.code, c.version, c.state, c.facts, c.receiving_unit_id, c.proposer_id, p.username
    from cases c join people p on p.id = c.proposer_id join units u on u.id = c.proposer_unit_id
    where u.type_code = 'department' and u.parent_id = (select id from units where code = 'T01-UBND') and u.ancestor_ids @> array['${province}']::uuid[]`;
  const rows = (
    await pool.query(`${base} and c.state in ('draft', 'under_consideration', 'awaiting_completion_report', 'in_implementation')
    and c.created_at > now() - interval '60 days' order by c.code`)
  ).rows;
  const heads = new Map<string, { username: string; members: string[] }>();
  for (const r of (
    await pool.query(`select g.unit_id, g.role, g.person_id, p.username from role_grants g join people p on p.id = g.person_id where g.role in ('head', 'deputy')
      and g.unit_id in (select id from units where parent_id = (select id from units where code = 'T01-UBND')) order by g.role desc, p.username`)
  ).rows) {
    const h = heads.get(r.unit_id) ?? { username: '', members: [] };
    if (r.role === 'head') h.username = r.username;
    h.members.push(r.person_id);
    heads.set(r.unit_id, h);
  }
  const out: WriteTarget[] = [];
  for (const r of rows) {
    const t = { code: r.code as string, version: r.version as number };
    if (r.state === 'draft') out.push({ ...t, kind: 'submit', action: 'submit', user: r.username, body: {} });
    if (r.state === 'awaiting_completion_report') {
      out.push({
        ...t,
        kind: 'report',
        action: 'submit_completion_report',
        user: r.username,
        body: {
          results: 'Đã triển khai thí điểm tại các bộ phận; thời gian giải quyết giảm 35%.',
          targetsAssessment: 'Đạt phần lớn mục tiêu.',
          truthfulDeclaration: true,
        },
      });
    }
    if (r.state === 'in_implementation')
      out.push({
        ...t,
        kind: 'progress',
        action: 'report_progress',
        user: r.username,
        body: { percentComplete: 50, content: 'Đang vận hành thí điểm đúng kế hoạch.' },
      });
    const ready =
      r.facts.partyOpinions.some(
        (p: { stage: string; givenOn: string | null }) => p.stage === 'approval' && p.givenOn,
      ) && r.facts.appraisers.length === 0;
    const head = heads.get(r.receiving_unit_id);
    if (r.state === 'under_consideration' && ready && head) {
      const present = head.members.filter((m) => m !== r.proposer_id || m === head.members[0]);
      out.push({
        ...t,
        kind: 'vote',
        action: 'record_vote',
        user: head.username,
        body: {
          meetingOn: today,
          attendeeIds: present,
          votes: present.map((personId) => ({ personId, vote: 'for' })),
          minutes: 'Biên bản họp tập thể lãnh đạo.',
        },
      });
    }
  }
  return out;
}
