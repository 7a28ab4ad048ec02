import { Type } from 'typebox';
import { AttachmentIds, IsoDateString, LongText, ShortText } from '../cases/schemas.ts';
import { BENEFICIARY_KINDS, REWARD_FORM_IDS } from '../../domain/protection/index.ts';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const Uuid = Type.String({ format: 'uuid' });

export const ProposeRewardBody = Type.Object(
  {
    beneficiaryKind: literals(BENEFICIARY_KINDS),
    personId: Type.Optional(Uuid),
    unitId: Type.Optional(Uuid),
    form: literals(REWARD_FORM_IDS),
    months: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 120, description: 'Early salary step: months early (1–12)' }),
    ),
    description: Type.Optional(Type.String({ maxLength: 2000, description: 'Required for the form "other"' })),
    justification: LongText(10_000),
  },
  { additionalProperties: false },
);

export const RewardDecisionBody = Type.Object(
  {
    decision: literals(['granted', 'refused'] as const),
    issuingAuthority: ShortText(300),
    signer: Type.Object({ name: ShortText(200), title: ShortText(200) }, { additionalProperties: false }),
    decisionNumber: ShortText(100),
    decisionDate: IsoDateString,
    legalBasis: ShortText(2000),
    reasons: Type.Optional(Type.String({ maxLength: 10_000, description: 'Required when refused' })),
    attachmentIds: AttachmentIds,
  },
  { additionalProperties: false },
);

export const RewardOutcomeBody = Type.Object(
  {
    outcome: literals(['implemented', 'not_implemented'] as const),
    effectiveOn: IsoDateString,
    note: Type.Optional(Type.String({ maxLength: 5000 })),
  },
  { additionalProperties: false },
);

export const RewardOptionBody = Type.Object({ enabled: Type.Boolean() }, { additionalProperties: false });
