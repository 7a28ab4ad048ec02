import { Type } from 'typebox';
import { AttachmentIds, IsoDateString, LongText, Money, ShortText } from '../cases/schemas.ts';
import { EXCLUSION_GROUNDS, PROTECTION_RESULTS, RISK_KINDS } from '../../domain/protection/index.ts';
import { OPENING_REASONS } from './open-protection-case.ts';

/** Request schemas of the protection use cases; they also document the API (OpenAPI). */
const Text = (max = 20_000) => Type.String({ maxLength: max });
const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

const GroundFinding = Type.Object(
  {
    found: Type.Boolean(),
    evidence: Type.Optional(
      Type.String({ maxLength: 10_000, description: 'Required when found: minutes, inspection conclusion, verdict…' }),
    ),
    attachmentIds: AttachmentIds,
  },
  { additionalProperties: false },
);

/**
 * The facts of one person (ProtectionFacts without the person, role and outcome, which come from
 * the determination and the recorded evaluation).
 */
export const FactsBody = Type.Object(
  {
    damage: Type.Object({ caused: Type.Boolean(), estimateVnd: Type.Optional(Money) }, { additionalProperties: false }),
    causes: Type.Object({ objective: Text(), subjective: Text() }, { additionalProperties: false }),
    risk: Type.Object(
      {
        kind: literals(RISK_KINDS),
        riskId: Type.Optional(
          Type.String({
            pattern: '^[A-Za-z0-9_-]{1,40}$',
            description: 'For foreseen: id in the approved plan’s risk register',
          }),
        ),
        description: Type.Optional(Text(5000)),
      },
      { additionalProperties: false },
    ),
    followedApprovedPlan: Type.Boolean(),
    followedDirectives: Type.Boolean(),
    followedDecision: Type.Boolean(),
    motive: Type.Object(
      { correctPolicyLine: Type.Boolean(), pureMotive: Type.Boolean(), commonGood: Type.Boolean() },
      { additionalProperties: false },
    ),
    exclusions: Type.Object(Object.fromEntries(EXCLUSION_GROUNDS.map((g) => [g, GroundFinding])), {
      additionalProperties: false,
    }),
  },
  { additionalProperties: false },
);

export const DecisionBody = Type.Object(
  {
    decidedResult: literals(PROTECTION_RESULTS),
    reasons: Type.Optional(
      Type.String({
        maxLength: 10_000,
        description: 'Required (written reasons) when departing from the recommendation',
      }),
    ),
    decisionNumber: ShortText(100),
    decisionDate: IsoDateString,
    attachmentIds: AttachmentIds,
  },
  { additionalProperties: false },
);

export const RevocationBody = Type.Object(
  {
    ground: literals(EXCLUSION_GROUNDS),
    findingReference: ShortText(500),
    findingDate: IsoDateString,
    reasons: LongText(10_000),
    decisionNumber: ShortText(100),
    decisionDate: IsoDateString,
    attachmentIds: AttachmentIds,
  },
  { additionalProperties: false },
);

export const OpenBody = Type.Object(
  {
    reason: literals(OPENING_REASONS.filter((r) => r !== 'evaluation')),
    reasons: LongText(10_000),
    findingReference: Type.Optional(ShortText(500)),
  },
  { additionalProperties: false },
);
