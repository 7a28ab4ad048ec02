import { sql } from 'kysely';
import type { Tx } from '../kysely.ts';
import { caseCodeOf, sequenceName } from './case-repository.ts';

export interface CreationContext {
  /** The new case's code, drawn from the year's sequence (a create that fails leaves a gap; see case-repository.ts). */
  code: string;
  /** Whether the plan's domain is an active one. */
  domainActive: boolean;
  /** The codes of the proposer's unit and of every unit above it, which profiles' territories are matched against. */
  unitCodes: string[];
  /** Every procedure profile's latest version, by code, in code order. */
  latestProfiles: { code: string; version: number }[];
}

/**
 * Everything a new draft needs to know from the database, in one round trip: its code, whether its
 * domain is open, the proposer's unit and ancestors' codes, and the latest version of each
 * procedure profile (whose definitions the profile repository keeps once read). A create is then
 * this statement and its inserts, about what a transition costs.
 */
export async function creationContext(
  tx: Tx,
  q: { unitId: string; domain: string; year: number },
): Promise<CreationContext> {
  const { rows } = await sql<{
    n: string;
    domain_active: boolean;
    unit_codes: string[] | null;
    latest_profiles: { code: string; version: number }[] | null;
  }>`
    select nextval(${sequenceName(q.year)}::regclass) as n,
      exists (select 1 from domains where code = ${q.domain} and active) as domain_active,
      (select array_agg(a.code) from units u join units a on a.id = any(u.ancestor_ids) where u.id = ${q.unitId}::uuid) as unit_codes,
      (select json_agg(json_build_object('code', p.code, 'version', p.version) order by p.code)
         from (select code, max(version) as version from procedure_profiles group by code) p) as latest_profiles`.execute(
    tx,
  );
  const r = rows[0]!;
  return {
    code: caseCodeOf(q.year, r.n),
    domainActive: r.domain_active,
    unitCodes: r.unit_codes ?? [],
    latestProfiles: r.latest_profiles ?? [],
  };
}
