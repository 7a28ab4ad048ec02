import { sql } from 'kysely';
import { byKey } from '../by-key.ts';
import type { Db } from '../kysely.ts';
import type { CaseEventFields } from '../schema.ts';
import type { PlanChange, ProposalPlan } from '../../domain/plan/proposal-plan.ts';
import { storedPlanHash, type PlanVersion } from './plan-repository.ts';

export type DetailEvent = CaseEventFields;

export interface DetailAttachment {
  id: string;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_at: Date;
  uploaded_by: string;
  step: string | null;
}

export interface DetailPlanVersion {
  version: number;
  kind: string;
  created_by: string;
  created_at: Date;
  change_count: number;
}

export interface CaseDetailRows {
  plan: PlanVersion | undefined;
  /** The newest 20 events, newest first. */
  events: DetailEvent[];
  attachments: DetailAttachment[];
  versions: DetailPlanVersion[];
  /** The names of the people and units asked for, and of the people behind the events shown. */
  names: Map<string, string>;
}

type Raw = {
  plan: {
    version: number;
    kind: string;
    plan: ProposalPlan;
    changes: PlanChange[];
    created_by: string;
    created_at: string;
  } | null;
  events: (Omit<DetailEvent, 'occurred_at'> & { occurred_at: string })[];
  attachments: (Omit<DetailAttachment, 'uploaded_at'> & { uploaded_at: string })[];
  versions: (Omit<DetailPlanVersion, 'created_at'> & { created_at: string })[];
  names: Record<string, string> | null;
};

/**
 * What the case page shows beside the case row, in one statement: the current plan version, the
 * newest 20 events, the attachments and the list of plan versions (with the number of changes each
 * made, not the changes), and the names the page shows: of the people and units the caller knows
 * from the case row, and of whoever acted in those events. One round trip and one JSON document
 * instead of five result sets: the page is the most read after the worklist, and this process's
 * work per statement, not the database's, set its rate (docs/performance.md).
 */
export async function caseDetailRows(
  db: Db,
  caseId: string,
  planVersion: number,
  named: { people: string[]; units: string[] },
): Promise<CaseDetailRows> {
  const { rows } = await sql<Raw>`
    with ev as (
      select seq, type, actor_id, actor_role, actor_unit_id, occurred_at, reasons, payload, prev_hash, hash
      from case_events where case_id = ${caseId}::uuid order by seq desc limit 20)
    select
      (select row_to_json(p) from (
         select version, kind, plan, changes, created_by, created_at from plan_versions
         where case_id = ${caseId}::uuid and version = ${planVersion}) p) as plan,
      coalesce((select json_agg(e order by e.seq desc) from ev e), '[]') as events,
      coalesce((select json_agg(a order by a.uploaded_at, a.id) from (
         select id, filename, media_type, size, sha256, uploaded_at, uploaded_by, step
         from attachments where case_id = ${caseId}::uuid) a), '[]') as attachments,
      coalesce((select json_agg(v order by v.version) from (
         select version, kind, created_by, created_at, jsonb_array_length(changes) as change_count
         from plan_versions where case_id = ${caseId}::uuid) v), '[]') as versions,
      (select json_object_agg(n.id, n.name) from (
         -- One array, so that the look-up stays on the primary key (an "or" would scan every person).
         select id, full_name as name from people
          where id = any(${named.people}::uuid[] || array(select actor_id from ev where actor_id is not null))
         union all
         select id, name from units where id = any(${named.units}::uuid[])) n) as names ${byKey}`.execute(db);
  const r = rows[0]!;
  return {
    plan: r.plan
      ? {
          version: r.plan.version,
          kind: r.plan.kind,
          plan: r.plan.plan,
          changes: r.plan.changes,
          createdBy: r.plan.created_by,
          createdAt: new Date(r.plan.created_at),
          sha256: storedPlanHash(r.plan.plan),
        }
      : undefined,
    events: r.events.map((e) => ({ ...e, occurred_at: new Date(e.occurred_at) })),
    attachments: r.attachments.map((a) => ({ ...a, uploaded_at: new Date(a.uploaded_at) })),
    versions: r.versions.map((v) => ({ ...v, created_at: new Date(v.created_at) })),
    names: new Map(Object.entries(r.names ?? {})),
  };
}
