import type { DocumentFormat, IssuingAgency, SignatureBlock } from './official-document.ts';

/** A unit as the document heading needs it. */
export interface UnitInfo {
  name: string;
  code: string;
  typeCode: string;
}

const upper = (s: string) => s.normalize('NFC').toLocaleUpperCase('vi');
/** `Ủy ban nhân dân tỉnh X` is written `UBND TỈNH X` when it stands above its department [P]. */
const shortParent = (name: string) => upper(name.replace(/^Ủy ban nhân dân/i, 'UBND'));

/**
 * The heading's agency from the issuing unit and its ancestors (nearest first). The symbol's
 * abbreviation is the last part of the unit's code (`AK-STC` → `STC`); the place is the
 * province's name; a People's Committee or a body directly under the province has no parent line.
 */
export function agencyOf(format: DocumentFormat, unit: UnitInfo, ancestors: UnitInfo[]): IssuingAgency {
  const province = ancestors.find((a) => a.typeCode === 'province');
  const place = (province?.name ?? unit.name).replace(/^(Tỉnh|Thành phố)\s+/i, '');
  const abbreviation = unit.code.split('-').at(-1) ?? unit.code;
  if (format === 'party') {
    return {
      parentName: province ? `ĐẢNG BỘ ${upper(province.name)}` : null,
      name: upper(unit.name),
      abbreviation,
      place,
    };
  }
  const parent = ancestors[0];
  const parentName =
    parent && parent.typeCode !== 'province' && parent.typeCode !== 'central' ? shortParent(parent.name) : null;
  return { parentName, name: upper(unit.name), abbreviation, place };
}

/** Titles as signed (Decree 30 App. I: the title alone, without the agency's name). */
const SIGNING_TITLES: Record<string, string> = {
  giam_doc_so: 'Giám đốc',
  pho_giam_doc_so: 'Phó Giám đốc',
  chu_tich_ubnd: 'Chủ tịch',
  pho_chu_tich_ubnd: 'Phó Chủ tịch',
  bi_thu: 'Bí thư',
};

export const signingTitle = (positionCode: string | null, positionName: string | null): string =>
  (positionCode && SIGNING_TITLES[positionCode]) || positionName || '';

export interface SignerInfo {
  fullName: string;
  positionCode: string | null;
  positionName: string | null;
}

/**
 * The signature block of the signed-in person. The head signs in their own name; a People's
 * Committee's chair signs on behalf of the collective (`TM. ỦY BAN NHÂN DÂN`); a deputy signs for
 * the head (`KT. GIÁM ĐỐC`, then their own title); on a Party committee's documents the signer acts
 * on behalf of the committee (`T/M`).
 */
export function signatureOf(
  format: DocumentFormat,
  signer: SignerInfo,
  capacity: 'head' | 'deputy' | 'party',
  unit: UnitInfo,
  head: SignerInfo | null,
): SignatureBlock {
  const title = upper(signingTitle(signer.positionCode, signer.positionName));
  if (capacity === 'party' || format === 'party')
    return {
      authority: 'TM',
      authorityOf: upper(unit.name.replace(/\s+(tỉnh|xã|phường|huyện)\b.*$/i, '')),
      title,
      fullName: signer.fullName,
    };
  if (capacity === 'head') {
    return unit.typeCode === 'peoples_committee' || unit.typeCode === 'commune'
      ? { authority: 'TM', authorityOf: 'ỦY BAN NHÂN DÂN', title, fullName: signer.fullName }
      : { authority: null, authorityOf: null, title, fullName: signer.fullName };
  }
  const headTitle = head ? upper(signingTitle(head.positionCode, head.positionName)) : title.replace(/^PHÓ\s+/, '');
  return { authority: 'KT', authorityOf: headTitle, title, fullName: signer.fullName };
}

/** `Giám đốc Sở Tài chính`: the head's office as the decision's preamble names it. */
export function headOffice(unit: UnitInfo, head: SignerInfo | null): string {
  const title = head ? signingTitle(head.positionCode, head.positionName) : 'Thủ trưởng';
  return `${title} ${unit.name}`;
}
