import type { AppContext } from '../context.ts';
import type { Db, Tx } from '../../db/kysely.ts';
import type { CaseRow } from '../../db/schema.ts';
import { getPlanVersion } from '../../db/repositories/plan-repository.ts';
import { headOf } from '../../db/repositories/org-repository.ts';
import type { Actor } from '../../domain/case/case-snapshot.ts';
import type { CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import { vietnamDate } from '../../domain/calendar/working-calendar.ts';
import { DomainError } from '../../domain/errors.ts';
import type { ProposalPlan } from '../../domain/plan/proposal-plan.ts';
import { agencyOf, headOffice, signatureOf, type SignerInfo, type UnitInfo } from '../../documents/model/agency.ts';
import {
  PARTY_KINDS,
  type BuildSource,
  type DocumentKind,
  type StepEvent,
} from '../../documents/model/build-source.ts';
import { DOCUMENT_KINDS } from '../../documents/model/kinds/index.ts';
import { isUuid } from '../../domain/text/uuid.ts';

export const documentNotFound = () => new DomainError('not_found', 'document_not_found');

export function kindById(id: string): DocumentKind {
  const kind = DOCUMENT_KINDS[id];
  if (!kind)
    throw new DomainError('validation', 'validation_failed', [{ path: 'kind', code: 'unknown_document_kind' }]);
  return kind;
}

export async function stepEvent(db: Db | Tx, caseId: string, seq: number, kind: DocumentKind): Promise<StepEvent> {
  const e = await db
    .selectFrom('case_events')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  if (!e || !kind.events.includes(e.type)) {
    throw new DomainError('validation', 'validation_failed', [
      { path: 'stepSeq', code: 'step_not_of_kind', params: { kind: kind.id } },
    ]);
  }
  return {
    seq: e.seq,
    hash: e.hash,
    type: e.type,
    occurredAt: e.occurred_at.toISOString(),
    reasons: e.reasons,
    payload: e.payload as Record<string, unknown>,
  };
}

/**
 * Which unit issues a kind and in what capacity the actor signs: the receiving unit's head or a
 * deputy for the state's documents, the liaison of its Party committee for the Party's.
 */
export function issuerOf(
  actor: Actor,
  snapshot: CaseSnapshot,
  kind: DocumentKind,
): { unitId: string; capacity: 'head' | 'deputy' | 'party' } {
  const holds = (role: string, unitId: string | null) =>
    unitId !== null && actor.grants.some((g) => g.role === role && g.unitId === unitId);
  if (PARTY_KINDS.has(kind.id)) {
    const party = snapshot.receivingPartyUnitId;
    if (party && holds('party_liaison', party)) return { unitId: party, capacity: 'party' };
  } else {
    const unit = snapshot.receivingUnitId;
    if (unit && holds('head', unit)) return { unitId: unit, capacity: 'head' };
    if (unit && holds('deputy', unit)) return { unitId: unit, capacity: 'deputy' };
  }
  throw new DomainError('forbidden', 'not_permitted');
}

function idsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string' && isUuid(value)) out.add(value);
  else if (Array.isArray(value)) value.forEach((v) => idsIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => idsIn(v, out));
  return out;
}

export async function person(db: Db | Tx, id: string): Promise<SignerInfo & { unitId: string }> {
  const p = await db
    .selectFrom('people')
    .leftJoin('positions', 'positions.code', 'people.position_code')
    .select(['people.full_name', 'people.position_code', 'positions.name_vi', 'people.unit_id'])
    .where('people.id', '=', id)
    .executeTakeFirstOrThrow();
  return { fullName: p.full_name, positionCode: p.position_code, positionName: p.name_vi, unitId: p.unit_id };
}

/** Reads what a builder needs for one step of one case, as the issuer will sign it on `now`. */
export async function buildSource(
  app: AppContext,
  db: Db | Tx,
  actor: Actor,
  row: CaseRow,
  snapshot: CaseSnapshot,
  kind: DocumentKind,
  seq: number,
): Promise<{ source: BuildSource; issuingUnitId: string; relation: string }> {
  const step = await stepEvent(db, row.id, seq, kind);
  const issuer = issuerOf(actor, snapshot, kind);
  const format = PARTY_KINDS.has(kind.id) ? 'party' : 'state';
  const unitRow = await db.selectFrom('units').selectAll().where('id', '=', issuer.unitId).executeTakeFirstOrThrow();
  const ancestorIds = unitRow.ancestor_ids.filter((id) => id !== unitRow.id).reverse();
  const ancestorRows = ancestorIds.length
    ? await db.selectFrom('units').selectAll().where('id', 'in', ancestorIds).execute()
    : [];
  const info = (u: { name: string; code: string; type_code: string }): UnitInfo => ({
    name: u.name,
    code: u.code,
    typeCode: u.type_code,
  });
  const unit = info(unitRow);
  const ancestors = ancestorIds.map((id) => ancestorRows.find((a) => a.id === id)!).map(info);
  const headId = await headOf(db, issuer.unitId);
  const head = headId ? await person(db, headId) : null;
  const signer = await person(db, actor.personId);
  const proposer = await person(db, row.proposer_id);
  const proposerUnit = await db
    .selectFrom('units')
    .select('name')
    .where('id', '=', proposer.unitId)
    .executeTakeFirstOrThrow();
  const ids = [...idsIn(step.payload)];
  const names = Object.fromEntries([
    // Units first, so that a person's name wins should ids ever collide; rewards may go to a unit.
    ...(ids.length ? await db.selectFrom('units').select(['id', 'name']).where('id', 'in', ids).execute() : []).map(
      (u) => [u.id, u.name],
    ),
    ...(ids.length
      ? await db.selectFrom('people').select(['id', 'full_name']).where('id', 'in', ids).execute()
      : []
    ).map((p) => [p.id, p.full_name]),
  ]);
  const plan = await getPlanVersion(db, row.id, row.approved_plan_version ?? row.plan_version);
  const party = unitRow.party_committee_unit_id
    ? await db.selectFrom('units').select('name').where('id', '=', unitRow.party_committee_unit_id).executeTakeFirst()
    : undefined;
  const priorSeq = step.payload.decisionEventSeq;
  const prior =
    typeof priorSeq === 'number'
      ? await db
          .selectFrom('case_events')
          .selectAll()
          .where('case_id', '=', row.id)
          .where('seq', '=', priorSeq)
          .executeTakeFirst()
      : undefined;
  const source: BuildSource = {
    caseCode: row.code,
    caseTitle: row.title,
    proposer: { name: proposer.fullName, position: proposer.positionName, unitName: proposerUnit.name },
    plan: (plan?.plan ?? {}) as ProposalPlan,
    step,
    names,
    agency: agencyOf(format, unit, ancestors),
    issuerName: unitRow.name,
    ...(prior
      ? {
          priorStep: {
            seq: prior.seq,
            hash: prior.hash,
            type: prior.type,
            occurredAt: prior.occurred_at.toISOString(),
            reasons: prior.reasons,
            payload: prior.payload as Record<string, unknown>,
          },
        }
      : {}),
    headTitle: headOffice(unit, head),
    signer: signatureOf(format, signer, issuer.capacity, unit, head),
    superiorName: ancestorRows.find((a) => a.id === unitRow.parent_id)?.name ?? null,
    partyCommitteeName: party?.name ?? null,
    date: vietnamDate(app.now()),
    verifyUrl: `${app.legalClock.publicUrl.replace(/\/$/, '')}/verify-document`,
  };
  const relation =
    issuer.capacity === 'head' ? 'head' : issuer.capacity === 'deputy' ? 'collective_member' : 'party_liaison';
  return { source, issuingUnitId: issuer.unitId, relation };
}
