import { Type } from 'typebox';
import { DOMAINS, WITHDRAWAL_REASONS } from '../../domain/case/states.ts';

/** Request schemas shared by the case use cases; they also produce the OpenAPI document. */
export const ShortText = (max = 500) => Type.String({ minLength: 1, maxLength: max });
export const LongText = (max = 20_000) => Type.String({ minLength: 1, maxLength: max });
export const OptionalText = (max = 20_000) => Type.Optional(Type.String({ maxLength: max }));
export const IsoDateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' });
// Eight-four-four-four-twelve: a looser pattern let ids the database cannot cast through (a 500).
export const Id = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
  description: 'UUID',
});
export const Ids = (min = 0) => Type.Array(Id, { minItems: min, maxItems: 100, uniqueItems: true });
export const Reasons = Type.String({ minLength: 1, maxLength: 10_000, description: 'Written reasons of the decision' });
export const AttachmentIds = Type.Optional(Ids());
export const Money = Type.Integer({ minimum: 0, maximum: 1e15, description: 'VND' });

const Level = Type.Union([Type.Literal('low'), Type.Literal('medium'), Type.Literal('high')]);

export const RiskSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[A-Za-z0-9_-]{1,40}$' }),
    description: ShortText(2000),
    likelihood: Level,
    impact: Level,
    mitigation: ShortText(2000),
    owner: ShortText(200),
  },
  { additionalProperties: false },
);

/** The Art. 7 plan. Everything is optional in a draft; submission checks completeness. */
export const PlanSchema = Type.Object(
  {
    title: Type.Optional(Type.String({ maxLength: 300 })),
    domain: Type.Optional(
      Type.String({ maxLength: 50, description: `One of the configured domains, e.g. ${DOMAINS.join(', ')}` }),
    ),
    summary: OptionalText(2000),
    necessity: Type.Optional(
      Type.Object(
        {
          purpose: OptionalText(),
          bottleneck: OptionalText(),
          bottleneckKind: Type.Optional(
            Type.Union([Type.Literal('not_yet_regulated'), Type.Literal('regulated_but_unsuitable')]),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    legalBasis: Type.Optional(
      Type.Object({ basis: OptionalText(), authorityRationale: OptionalText() }, { additionalProperties: false }),
    ),
    content: Type.Optional(
      Type.Object(
        {
          tasks: OptionalText(),
          solutions: OptionalText(),
          optionsConsidered: Type.Optional(
            Type.Array(
              Type.Object(
                { option: ShortText(1000), assessment: ShortText(5000), chosen: Type.Boolean() },
                { additionalProperties: false },
              ),
              { maxItems: 20 },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    scope: Type.Optional(
      Type.Object({ scope: OptionalText(), targets: OptionalText() }, { additionalProperties: false }),
    ),
    timeline: Type.Optional(
      Type.Object(
        {
          startOn: Type.Optional(IsoDateString),
          endOn: Type.Optional(IsoDateString),
          milestones: Type.Optional(
            Type.Array(
              Type.Object(
                { title: ShortText(300), dueOn: IsoDateString, deliverable: OptionalText(2000) },
                { additionalProperties: false },
              ),
              { maxItems: 50 },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
    resources: Type.Optional(
      Type.Object(
        { budgetVnd: Type.Optional(Money), people: OptionalText(5000), equipment: OptionalText(5000) },
        { additionalProperties: false },
      ),
    ),
    feasibility: OptionalText(),
    impacts: Type.Optional(
      Type.Object({ positive: OptionalText(), negative: OptionalText() }, { additionalProperties: false }),
    ),
    expectedResults: OptionalText(),
    risks: Type.Optional(Type.Array(RiskSchema, { maxItems: 50 })),
  },
  { additionalProperties: false },
);

export const WithdrawalReason = Type.Union(WITHDRAWAL_REASONS.map((r) => Type.Literal(r)));
export const Empty = Type.Object({}, { additionalProperties: false });
