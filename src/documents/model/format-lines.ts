import type { OfficialDocument, SignatureBlock } from './official-document.ts';

/**
 * The fixed wordings of Decree 30/2020/NĐ-CP Appendix I and Hướng dẫn 36-HD/VPTW: number and
 * symbol, the place-and-date line, the signer's authority, the recipients. Pure text, no layout.
 */

/** Numbers below 10 take a leading zero (`05`); larger ones are written as they are. */
export const registerNumber = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `QĐ-STC`, an official letter's `STC-VP`, or the Party's `QĐ/TU`. */
export function symbolOf(d: OfficialDocument): string {
  if (d.format === 'party') return `${d.typeAbbreviation ?? 'CV'}/${d.agency.abbreviation}`;
  return d.typeAbbreviation
    ? `${d.typeAbbreviation}-${d.agency.abbreviation}`
    : `${d.agency.abbreviation}-${d.draftingUnit ?? 'VP'}`;
}

/**
 * `Số: 05/QĐ-STC` (state) or `Số 05-QĐ/TU` (Party: no colon, a hyphen before the type). A draft
 * leaves the number blank, as offices do, since only the register gives it.
 */
export function numberLine(d: OfficialDocument): string {
  const n = d.number === null ? '      ' : registerNumber(d.number);
  if (d.format === 'party') {
    const [type, agency] = symbolOf(d).split('/');
    return `Số ${n}-${type}/${agency}`;
  }
  return `Số: ${n}/${symbolOf(d)}`;
}

/** The full number and symbol as it is cited elsewhere (`05/QĐ-STC`, `05-QĐ/TU`). */
export function citation(d: OfficialDocument): string | null {
  if (d.number === null) return null;
  return numberLine(d).replace(/^Số:? /, '');
}

/**
 * `Thanh Hóa, ngày 05 tháng 3 năm 2026`: days below 10 and the months January and February take
 * a leading zero, the other months do not (Decree 30, Appendix I).
 */
export function placeAndDate(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = d < 10 ? `0${d}` : String(d);
  const month = m < 3 ? `0${m}` : String(m);
  return `${place}, ngày ${day} tháng ${month} năm ${y}`;
}

const STATE_AUTHORITY = { TM: 'TM.', KT: 'KT.', Q: 'Q.', TL: 'TL.', TUQ: 'TUQ.' } as const;
// Hướng dẫn 36 writes the collective's and the deputy's authority with slashes; the other three
// are not settled there [U] and keep the state spelling.
const PARTY_AUTHORITY = { TM: 'T/M', KT: 'K/T', Q: 'Q.', TL: 'TL.', TUQ: 'TUQ.' } as const;

/** The lines above the signature: `KT. GIÁM ĐỐC` then `PHÓ GIÁM ĐỐC`, or the title alone. */
export function authorityLines(format: OfficialDocument['format'], s: SignatureBlock): string[] {
  if (!s.authority || !s.authorityOf) return [s.title];
  const mark = (format === 'party' ? PARTY_AUTHORITY : STATE_AUTHORITY)[s.authority];
  return [`${mark} ${s.authorityOf}`, s.title];
}

/** `- Sở Tài chính;` … `- Lưu: VT, VP.`: one line each, the archive last with a full stop. */
export function recipientLines(d: OfficialDocument): string[] {
  return [...d.recipients.map((r) => `- ${r.replace(/[;.]+$/, '')};`), `- Lưu: ${d.archive}.`];
}

/** The footer: the case, the event the document records, its hash, and where to check it. */
export function footerLine(d: OfficialDocument): string {
  const f = d.footer;
  if ('dataSha256' in f) {
    const [y, m, day] = f.dataOn.split('-');
    return `${f.dataLabel}, số liệu ngày ${day}/${m}/${y} · mã băm ${f.dataSha256}`;
  }
  if ('recordSha256' in f) {
    const [y, m, day] = f.recordOn.split('-');
    return `Hồ sơ cán bộ, dữ liệu ngày ${day}/${m}/${y} · mã băm ${f.recordSha256}`;
  }
  return `Hồ sơ ${f.caseCode} · sự kiện số ${f.eventSeq} · mã băm ${f.eventHash}`;
}
