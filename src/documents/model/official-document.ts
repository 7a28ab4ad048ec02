/**
 * One official document, independent of how it is drawn: the components of Decree 30/2020/NĐ-CP
 * Art. 8 (state bodies) or of Hướng dẫn 36-HD/VPTW (Party committees). The DOCX and the PDF are
 * both rendered from this, so the two can never say different things.
 */
export type DocumentFormat = 'state' | 'party';

/** Who signs and in what capacity (Decree 30, Appendix I: TM., KT., Q., TL., TUQ.). */
export type SigningAuthority = 'TM' | 'KT' | 'Q' | 'TL' | 'TUQ';

export interface IssuingAgency {
  /** The body above the issuer, in capitals (`UBND TỈNH THANH HÓA`, `ĐẢNG BỘ TỈNH THANH HÓA`), if any. */
  parentName: string | null;
  /** The issuer in capitals (`SỞ TÀI CHÍNH`, `TỈNH ỦY`). */
  name: string;
  /** The issuer's abbreviation in symbols (`STC`, `TU`). */
  abbreviation: string;
  /** The province or city of the place-and-date line. */
  place: string;
}

export type BodyBlock =
  /** A legal basis ("Căn cứ …;"), italic, one per line. */
  | { kind: 'basis'; text: string }
  /** An ordinary paragraph, justified with a first-line indent. */
  | { kind: 'paragraph'; text: string }
  /** A centred bold line (`QUYẾT ĐỊNH:`, the deciding office in capitals). */
  | { kind: 'centred'; text: string }
  /** An article: its label in bold (`Điều 1.`), then the text. */
  | { kind: 'article'; label: string; text: string }
  /**
   * A table (attendees and their ballots, a plan's tasks): the first row is the heading; `widths`,
   * relative, when the columns should not be equal.
   */
  | { kind: 'table'; rows: string[][]; widths?: number[] };

export interface SignatureBlock {
  /** null when the head signs in their own name. */
  authority: SigningAuthority | null;
  /** Whom the authority is exercised for (`ỦY BAN NHÂN DÂN`, `GIÁM ĐỐC`, `BAN THƯỜNG VỤ`). */
  authorityOf: string | null;
  /** The signer's title in capitals (`GIÁM ĐỐC`, `PHÓ GIÁM ĐỐC`). */
  title: string;
  fullName: string;
}

/** What ties the paper to the record: the case, the event the document records, and the public check. */
export interface CaseStepFooter {
  caseCode: string;
  eventSeq: number;
  eventHash: string;
  /** The public verification page the QR code points to. */
  verifyUrl: string;
}

/**
 * What ties a person's document (the official's record) to the data it was drawn from: the
 * SHA-256 of the record as read when it was issued, kept with the document.
 */
export interface PersonRecordFooter {
  recordSha256: string;
  /** ISO date (in Vietnam) the record was read. */
  recordOn: string;
  verifyUrl: string;
}

/**
 * What ties a report drawn from live data (a plan's periodic report, exported as a draft) to that
 * data: what it is, the day it was read and the SHA-256 of what was read.
 */
export interface DataFooter {
  /** `Kế hoạch số 116/KH-UBND`. */
  dataLabel: string;
  dataSha256: string;
  dataOn: string;
  verifyUrl: string;
}

export type VerificationFooter = CaseStepFooter | PersonRecordFooter | DataFooter;

export interface OfficialDocument {
  format: DocumentFormat;
  agency: IssuingAgency;
  /** The type's name in capitals (`QUYẾT ĐỊNH`, `BIÊN BẢN`); null for an official letter (công văn). */
  typeName: string | null;
  /** The type's abbreviation (Appendix III: `QĐ`, `BB`, `TB`); null for an official letter. */
  typeAbbreviation: string | null;
  /** For an official letter: the drafting unit, which stands in the symbol instead of the type (`STC-VP`). */
  draftingUnit: string | null;
  /** The register's number; null while the document is a draft. */
  number: number | null;
  /** ISO date of issue (the draft's intended date until then). */
  date: string;
  excerpt: string;
  body: BodyBlock[];
  signature: SignatureBlock;
  /** Recipients, without the archive line, which is always last. */
  recipients: string[];
  /** The archive line's units (`VT, VP`). */
  archive: string;
  footer: VerificationFooter;
}
