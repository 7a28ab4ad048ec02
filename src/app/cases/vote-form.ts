import type { AppContext } from '../context.ts';
import type { CaseSnapshot } from '../../domain/case/case-snapshot.ts';
import { DomainError } from '../../domain/errors.ts';
import { decidingCollective } from './collective.ts';

/**
 * What the vote form needs, worked out by the server from the deciding body of the case's profile
 * (the leadership collective, or a Party standing committee): every member with their name, who
 * may vote, who is excluded (a deputy-proposer, Art. 8(1)), and in a written consultation (G12)
 * who has already cast a ballot. Clients never guess the voters from role names.
 */
export async function voteFormFor(app: AppContext, c: CaseSnapshot) {
  if (c.state !== 'under_consideration') return null;
  let body: Awaited<ReturnType<typeof decidingCollective>>;
  try {
    body = await decidingCollective(app.db, c);
  } catch (e) {
    // No deciding body yet (a unit without a head): the case page still renders; record_vote says why.
    if (e instanceof DomainError) return null;
    throw e;
  }
  const people = body.members.length
    ? await app.db.selectFrom('people').select(['id', 'full_name']).where('id', 'in', body.members).execute()
    : [];
  const name = new Map(people.map((p) => [p.id, p.full_name] as const));
  const excluded = new Set(body.excluded);
  // The head first, then the others by name, as they sit in the minutes.
  const members = body.members
    .map((id) => ({ id, name: name.get(id) ?? null, head: id === body.headId, excluded: excluded.has(id) }))
    .sort((a, b) => Number(b.head) - Number(a.head) || (a.name ?? '').localeCompare(b.name ?? '', 'vi'));
  return {
    decidingBody: c.profile.decidingBody,
    headId: body.headId,
    members,
    votingMemberIds: members.filter((m) => !m.excluded).map((m) => m.id),
    excludedIds: body.excluded,
    voteRule: c.profile.voteRule,
    writtenConsultation: c.profile.voteRule.writtenConsultation,
    ballotsCast: (c.writtenBallots ?? []).map((b) => ({ personId: b.personId, name: name.get(b.personId) ?? null })),
  };
}
