import type { EvaluationOutcome } from '../domain/protection/facts.ts';

/**
 * One official's innovation record, as the API, the PDF and the workbook present it. `Instant` is
 * `Date` on the server and the ISO string the JSON carries in the web app.
 */
export interface RecordPerson {
  id: string;
  fullName: string;
  unit: { id: string; name: string };
  position: { code: string; vi: string | null; en: string | null } | null;
}

export interface ProposalEntry<Instant = string> {
  caseId: string;
  code: string;
  title: string;
  domain: string;
  state: string;
  roles: ('proposer' | 'co_proposer' | 'implementer')[];
  submittedAt: Instant | null;
  decision: { kind: 'approved' | 'override' | 'rejected'; number: string | null; date: string | null } | null;
  evaluation: { outcome: EvaluationOutcome; meetingOn: string; damage: boolean; conclusion: string } | null;
}

export interface ProtectionEntry<Instant = string> {
  protectionCaseId: string;
  determinationId: string;
  caseCode: string;
  caseTitle: string;
  role: string;
  status: string;
  recommendedResult: string | null;
  decidedResult: string | null;
  departed: boolean | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  legalGround: string | null;
  openedAt: Instant;
  revocation: { ground: string; findingReference: string; decisionNumber: string; decisionDate: string } | null;
}

export interface RewardEntry<Instant = string> {
  id: string;
  caseCode: string;
  caseTitle: string;
  form: string;
  beneficiaryKind: string;
  months: number | null;
  status: string;
  proposedAt: Instant;
  decision: {
    decision: string;
    issuingAuthority: string;
    signer: { name: string; title: string };
    decisionNumber: string;
    decisionDate: string;
    legalBasis: string;
  } | null;
  outcome: { outcome: string; effectiveOn: string; note: string | null } | null;
}

export interface OverrideEntry {
  caseCode: string;
  caseTitle: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  reasons: string | null;
  caseState: string;
  evaluationOutcome: EvaluationOutcome | null;
}

export interface RecordSummary {
  year: number | null;
  proposals: {
    total: number;
    asProposer: number;
    asCoProposer: number;
    asImplementer: number;
    approved: number;
    evaluated: Record<EvaluationOutcome, number>;
  };
  protections: { total: number; protected: number; notProtected: number; revoked: number; pending: number };
  rewards: { proposed: number; granted: number; implemented: number; refused: number };
  overridesSigned: number;
  text: { vi: string; en: string };
}

export interface OfficialRecord<Instant = string> {
  person: RecordPerson;
  year: number | null;
  generatedAt: Instant;
  proposals: ProposalEntry<Instant>[];
  protections: ProtectionEntry<Instant>[];
  rewards: RewardEntry<Instant>[];
  overridesSigned: OverrideEntry[];
  /** The official's proposals that became models or were adopted elsewhere (all years). */
  modelsReplicated: ModelReplicated[];
  summary: RecordSummary;
}

/** A model proposal of the official's that others adopted (KL14 §2.5: nhân rộng). */
export interface ModelReplicated {
  caseCode: string;
  markedAsModel: boolean;
  replications: number;
}

/**
 * A breakthrough result for the annual evaluation (Plan 124-KH/TU: the results of breakthrough
 * ideas and solutions are the first criterion in evaluating and appointing officials): an
 * initiative the official proposed or co-proposed that was decided for implementation.
 */
export interface BreakthroughEntry {
  code: string;
  title: string;
  roles: ('proposer' | 'co_proposer' | 'implementer')[];
  state: string;
  decision: 'approved' | 'override';
  outcome: EvaluationOutcome | null;
  /** The protection decided for the official in this case, if any. */
  protection: string | null;
  /** Forms of reward or support granted to the official for it. */
  rewards: string[];
  markedAsModel: boolean;
  replications: number;
}

/** Any other proposal of the year, after the breakthroughs. */
export interface OtherProposalEntry {
  code: string;
  title: string;
  roles: ('proposer' | 'co_proposer' | 'implementer')[];
  state: string;
  outcome: EvaluationOutcome | null;
}

/** The annual summary used for rating (xếp loại) and appointment files: breakthroughs first, then the rest. */
export interface AnnualSummary<Instant = string> {
  person: RecordPerson;
  year: number;
  generatedAt: Instant;
  breakthroughs: BreakthroughEntry[];
  others: OtherProposalEntry[];
  text: { vi: string; en: string };
}
