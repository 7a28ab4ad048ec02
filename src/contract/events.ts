import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';

/**
 * The catalogue of the events of a case's hash chain: every event type, each with the schema of
 * its payload. A reader parses a payload with `readEventPayload` instead of asserting its type,
 * so a payload that is not what its type promises stops the reader with a named error rather than
 * flowing on as `undefined`. Payloads may carry more than their schema names (an event recorded
 * by a later version of Khiên still reads); what a schema names is required.
 */

const Text = Type.String();
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Ids = Type.Array(Type.String());

/** What the runner adds to every case action's event: the transition and the step whose clock now runs. */
const transition = {
  from: Type.String(),
  to: Type.String(),
  dueOn: Type.Optional(IsoDate),
  dueStep: Type.Optional(Type.String()),
};
const action = <P extends Record<string, TSchema>>(props: P) => Type.Object({ ...transition, ...props });
/** An event whose payload nobody reads field by field yet: any object. */
const opaque = () => Type.Object({});

const WrittenDecision = {
  decisionNumber: Text,
  decisionDate: IsoDate,
  approvedPlanVersion: Type.Integer(),
  attachmentIds: Type.Optional(Ids),
};

import { EVALUATION_OUTCOMES } from '../domain/protection/facts.ts';

export { EVALUATION_OUTCOMES };

export const CASE_EVENT_PAYLOADS = {
  created: opaque(),
  attachment_added: opaque(),
  overdue: opaque(),
  overdue_ended: opaque(),

  plan_updated: action({}),
  co_proposers_set: action({}),
  submitted: action({}),
  resubmitted: action({}),
  withdrawn: action({}),
  returned_for_completion: action({}),
  forwarded_to_superior: action({}),
  /** Intake (Art. 5(1)): the head found each condition met. */
  accepted_for_consideration: action({
    conditions: Type.Record(Type.String(), Type.Boolean()),
    withinAuthority: Type.Boolean(),
    note: Type.Optional(Text),
  }),
  party_opinion_requested: action({}),
  party_opinion_recorded: action({}),
  appraisers_assigned: action({}),
  appraisal_recorded: action({}),
  /** Written consultation (G12): one member's own ballot on the current plan version. */
  ballot_cast: action({
    vote: Type.Union([Type.Literal('for'), Type.Literal('against'), Type.Literal('abstain')]),
    planVersion: Type.Integer(),
    comment: Type.Optional(Text),
  }),
  vote_recorded: action({}),
  /** An official document issued from the register of outgoing documents (its number and the hashes of both files). */
  document_issued: Type.Object({
    documentId: Type.String(),
    kind: Type.String(),
    stepSeq: Type.Integer(),
    number: Type.Integer(),
    citation: Text,
    pdfSha256: Text,
    docxSha256: Text,
  }),
  document_cancelled: Type.Object({ documentId: Type.String(), citation: Text, pdfSha256: Text }),
  /** A signed copy accepted: the signer's certificate and signing time (PAdES). */
  signed_copy_received: Type.Object({ documentId: Type.String(), citation: Text, pdfSha256: Text, signedSha256: Text }),
  approved: action(WrittenDecision),
  rejection_overridden: action({ ...WrittenDecision, responsibility: Text }),
  rejected: action({}),
  implementers_assigned: action({}),
  inspectors_assigned: action({}),
  resources_allocated: action({}),
  progress_reported: action({}),
  inspection_recorded: action({}),
  adjustment_proposed: action({}),
  adjustment_decided: action({}),
  continuation_directed: action({}),
  suspended: action({}),
  resumed: action({}),
  terminated: action({}),
  implementation_completed: action({}),
  completion_reported: action({}),
  /** The collective's evaluation (Art. 10). */
  evaluated: action({
    meetingOn: IsoDate,
    attendeeIds: Ids,
    outcome: Type.Union(EVALUATION_OUTCOMES.map((o) => Type.Literal(o))),
    damage: Type.Object({ occurred: Type.Boolean(), estimateVnd: Type.Optional(Type.Number()) }),
    causes: Type.Object({ objective: Text, subjective: Text }),
    conclusion: Text,
    excludedIds: Type.Optional(Ids),
    approvedPlanVersion: Type.Union([Type.Integer(), Type.Null()]),
  }),

  /** KL14 §2.5 after the evaluation: a model to replicate, the public showcase, institutionalisation. */
  marked_as_model: action({ summary: Text, planVersion: Type.Integer() }),
  publication_approved: action({ summary: Text, results: Text, showProposerNames: Type.Boolean() }),
  publication_withdrawn: action({}),
  institutionalisation_proposed: action({ addressedTo: Text, gap: Text, proposal: Text }),
  regulation_issued: action({ documentNumber: Text, issuedOn: IsoDate, issuer: Text, title: Text }),

  protection_case_opened: opaque(),
  protection_facts_recorded: opaque(),
  protection_decided: opaque(),
  protection_revoked: opaque(),
  reward_proposed: opaque(),
  reward_decided: opaque(),
  reward_outcome_recorded: opaque(),
  /** The proposal was registered in a registration campaign (issue 14, item 1) when it was created. */
  campaign_linked: Type.Object({ campaignId: Type.String(), year: Type.Integer(), title: Text, unitId: Type.String() }),
};

export type CaseEventType = keyof typeof CASE_EVENT_PAYLOADS;
export const CASE_EVENT_TYPES = Object.keys(CASE_EVENT_PAYLOADS) as CaseEventType[];
export type CaseEventPayload<T extends CaseEventType> = Static<(typeof CASE_EVENT_PAYLOADS)[T]>;

/** An event of the chain as a union discriminated by its type. */
export type TypedCaseEvent = { [T in CaseEventType]: { type: T; payload: CaseEventPayload<T> } }[CaseEventType];

export const isCaseEventType = (type: string): type is CaseEventType => Object.hasOwn(CASE_EVENT_PAYLOADS, type);

/** Thrown when a stored payload is not what its event type promises. */
export class EventPayloadError extends Error {
  constructor(
    readonly type: string,
    readonly problems: string[],
  ) {
    super(`payload of a '${type}' event: ${problems.join('; ') || 'unknown event type'}`);
    this.name = 'EventPayloadError';
  }
}

/** The payload of an event of `type`, checked against the catalogue. */
export function readEventPayload<T extends CaseEventType>(type: T, payload: unknown): CaseEventPayload<T> {
  const schema = CASE_EVENT_PAYLOADS[type];
  if (!Value.Check(schema, payload)) {
    throw new EventPayloadError(
      type,
      [...Value.Errors(schema, payload)].map((e) => `${e.instancePath || '/'} ${e.message}`),
    );
  }
  return payload as CaseEventPayload<T>;
}

/** A stored event, whatever its type, as the union of the catalogue; an unknown type is refused too. */
export function readCaseEvent(type: string, payload: unknown): TypedCaseEvent {
  if (!isCaseEventType(type)) throw new EventPayloadError(type, []);
  return { type, payload: readEventPayload(type, payload) } as TypedCaseEvent;
}
