import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  authorityLines,
  citation,
  numberLine,
  placeAndDate,
  recipientLines,
} from '../../src/documents/model/format-lines.ts';
import { sampleDecision } from './sample-document.ts';

test('Decree 30 App. I: numbers below 10 take a leading zero; the symbol is type-agency', () => {
  assert.equal(numberLine(sampleDecision({ number: 5 })), 'Số: 05/QĐ-STC');
  assert.equal(numberLine(sampleDecision({ number: 123 })), 'Số: 123/QĐ-STC');
  assert.equal(citation(sampleDecision({ number: 12 })), '12/QĐ-STC');
  assert.equal(citation(sampleDecision({ number: null })), null, 'a draft has no number to cite');
});

test('Decree 30 App. I: an official letter has no type; its symbol is agency-drafting unit', () => {
  const letter = sampleDecision({ typeName: null, typeAbbreviation: null, draftingUnit: 'VP', number: 7 });
  assert.equal(numberLine(letter), 'Số: 07/STC-VP');
});

test('HD 36-HD/VPTW: the Party number has no colon and a hyphen before the type', () => {
  const party = sampleDecision({
    format: 'party',
    agency: { parentName: 'ĐẢNG BỘ TỈNH THANH HÓA', name: 'TỈNH ỦY', abbreviation: 'TU', place: 'Thanh Hóa' },
    number: 12,
  });
  assert.equal(numberLine(party), 'Số 12-QĐ/TU');
  assert.equal(citation(party), '12-QĐ/TU');
  assert.deepEqual(
    authorityLines('party', { authority: 'KT', authorityOf: 'BÍ THƯ', title: 'PHÓ BÍ THƯ', fullName: 'X' }),
    ['K/T BÍ THƯ', 'PHÓ BÍ THƯ'],
  );
  assert.deepEqual(
    authorityLines('party', { authority: 'TM', authorityOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', fullName: 'X' }),
    ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ'],
  );
});

test('Decree 30 App. I: day below 10 and January/February take a leading zero, other months do not', () => {
  assert.equal(placeAndDate('Thanh Hóa', '2026-03-05'), 'Thanh Hóa, ngày 05 tháng 3 năm 2026');
  assert.equal(placeAndDate('Hà Nội', '2026-01-15'), 'Hà Nội, ngày 15 tháng 01 năm 2026');
  assert.equal(placeAndDate('Hà Nội', '2026-02-09'), 'Hà Nội, ngày 09 tháng 02 năm 2026');
  assert.equal(placeAndDate('Hà Nội', '2026-12-31'), 'Hà Nội, ngày 31 tháng 12 năm 2026');
});

test('Decree 30 App. I: authority TM./KT./Q./TL./TUQ. above the title; the head alone signs with the title only', () => {
  const s = (authority: any, authorityOf: string | null, title: string) =>
    authorityLines('state', { authority, authorityOf, title, fullName: 'X' });
  assert.deepEqual(s('TM', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'), ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  assert.deepEqual(s('KT', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'), ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
  assert.deepEqual(s('Q', 'GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'), ['Q. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
  assert.deepEqual(s('TL', 'GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'), ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG']);
  assert.deepEqual(s('TUQ', 'GIÁM ĐỐC', 'TRƯỞNG PHÒNG'), ['TUQ. GIÁM ĐỐC', 'TRƯỞNG PHÒNG']);
  assert.deepEqual(s(null, null, 'GIÁM ĐỐC'), ['GIÁM ĐỐC']);
});

test('Decree 30 App. I: each recipient ends with ";" and the archive line last with "."', () => {
  assert.deepEqual(recipientLines(sampleDecision({ recipients: ['Như Điều 2;', 'UBND tỉnh'] })), [
    '- Như Điều 2;',
    '- UBND tỉnh;',
    '- Lưu: VT, VP.',
  ]);
});
