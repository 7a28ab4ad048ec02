import type { BackendResult } from './backend.ts';
import type { Measured } from './phases.ts';

/**
 * Where each request's CPU went at saturation, by side, in milliseconds of CPU per request: the
 * server, PostgreSQL and the load generator through HTTP; the direct client and PostgreSQL for
 * the database's limit. On a machine whose cores the three share, the HTTP rate can only reach a
 * share of the database's limit equal to (direct client + PostgreSQL) / (server + PostgreSQL +
 * load generator) at the same busy share: this table says which side would have to give.
 */
export function renderCpuSplit(results: BackendResult[]): string[] {
  const rows: string[] = [];
  for (const b of results) {
    const pg = b.backend === 'postgres';
    const add = (name: string, http?: Measured, db?: Measured) => {
      if (!http?.cpu && !db?.cpu) return;
      rows.push(`| ${name} | ${b.backend} | ${side(http, pg, true)} | ${side(db, pg, false)} |`);
    };
    for (const [name, w] of Object.entries(b.workloads)) add(name, w.http, w.db);
    if (b.writes?.http) {
      add('writes (transitions)', b.writes.http, b.writes.db);
      add('writes, `Prefer: return=minimal` / transition only', b.writes.httpMinimal, b.writes.dbTransitionOnly);
    }
  }
  if (!rows.length) return [];
  return [
    '',
    'CPU per request at saturation, in ms (cores ÷ requests a second). Through HTTP: server + PostgreSQL + load generator; the database limit: its direct client + PostgreSQL. On PGlite the database runs inside the server or the direct client.',
    '',
    '| workload | backend | through HTTP | the database limit |',
    '|---|---|---|---|',
    ...rows,
  ];
}

function side(m: Measured | undefined, postgres: boolean, http: boolean): string {
  if (!m?.cpu) return '–';
  const rps = m.saturation.okRps || m.saturation.rps;
  if (!rps) return '–';
  const ms = (cores: number) => Math.round((cores * 1000 * 100) / rps) / 100;
  const parts = [ms(m.cpu.observed)];
  if (postgres) parts.push(ms(m.cpu.postgres));
  if (http) parts.push(ms(m.cpu.generator));
  const total = Math.round(parts.reduce((a, x) => a + x, 0) * 100) / 100;
  return `${parts.join(' + ')} = **${total}**`;
}
