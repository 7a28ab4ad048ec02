import type { ProposalPlan } from '../../domain/plan/proposal-plan.ts';
import type { BodyBlock, IssuingAgency, OfficialDocument, SignatureBlock } from './official-document.ts';

/** The case step a document records: an event of the case's hash chain. */
export interface StepEvent {
  seq: number;
  hash: string;
  type: string;
  occurredAt: string;
  reasons: string | null;
  payload: Record<string, unknown>;
}

/** Everything a builder may use, gathered by the application layer; builders do no I/O. */
export interface BuildSource {
  caseCode: string;
  caseTitle: string;
  proposer: { name: string; position: string | null; unitName: string };
  /** The plan the step concerns (the approved one once there is one). */
  plan: ProposalPlan;
  step: StepEvent;
  /** Full names of the people the step names. */
  names: Record<string, string>;
  agency: IssuingAgency;
  /** The issuing unit's name as written in running text (`Sở Tài chính`), not in capitals. */
  issuerName?: string;
  /** The earlier step a step refers to (a revocation's decision), when its payload names one. */
  priorStep?: StepEvent;
  /** The deciding head's title in the agency (`Giám đốc Sở Tài chính`), for the decision's preamble. */
  headTitle: string;
  signer: SignatureBlock;
  /** The body above the issuing unit as recipients name it (`Ủy ban nhân dân tỉnh An Khang`), if any. */
  superiorName: string | null;
  /** The Party committee of the issuing unit, for the letter asking its opinion. */
  partyCommitteeName: string | null;
  date: string;
  verifyUrl: string;
}

/** What a kind decides; the common parts (agency, signer, footer) are filled in by `buildDocument`. */
export interface KindContent {
  typeName: string | null;
  typeAbbreviation: string | null;
  excerpt: string;
  body: BodyBlock[];
  recipients: string[];
  /** Minutes are signed by the chair in their own name, not with the agency's authority. */
  signature?: SignatureBlock;
}

export interface DocumentKind {
  id: string;
  /** The event types of the case chain this kind records. */
  events: string[];
  label: { vi: string; en: string };
  content(s: BuildSource): KindContent;
}

/** The user's edits: what an office always adjusts. Kept in the record with the document. */
export interface DocumentEdits {
  recipients?: string[];
  excerpt?: string;
}

export function buildDocument(kind: DocumentKind, s: BuildSource, edits: DocumentEdits = {}): OfficialDocument {
  const c = kind.content(s);
  return {
    format: isParty(kind) ? 'party' : 'state',
    agency: s.agency,
    typeName: c.typeName,
    typeAbbreviation: c.typeAbbreviation,
    draftingUnit: c.typeAbbreviation ? null : 'VP',
    number: null,
    date: s.date,
    excerpt: edits.excerpt ?? c.excerpt,
    body: c.body,
    signature: c.signature ?? s.signer,
    recipients: edits.recipients ?? c.recipients,
    archive: 'VT, VP',
    footer: { caseCode: s.caseCode, eventSeq: s.step.seq, eventHash: s.step.hash, verifyUrl: s.verifyUrl },
  };
}

/** Kinds issued by a Party committee carry the Party's format (Hướng dẫn 36-HD/VPTW). */
export const PARTY_KINDS = new Set(['party_opinion']);
const isParty = (k: DocumentKind) => PARTY_KINDS.has(k.id);

/** 2026-03-05 → 05/03/2026. */
export const dmy = (iso: unknown): string => {
  if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

/** 350000000 → 350.000.000 đồng. */
export const vnd = (n: number | undefined): string => (n === undefined ? '' : `${n.toLocaleString('de-DE')} đồng`);

/** `“Thí điểm …”` as proposals are cited. */
export const quoted = (title: string) => `“${title}”`;

export const nameOf = (s: BuildSource, id: unknown): string => (typeof id === 'string' ? (s.names[id] ?? id) : '');

export const DECREE_73 =
  'Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29 tháng 9 năm 2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá, dám chịu trách nhiệm vì lợi ích chung;';
