import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CASE_STATES, CASE_STATE_LABELS } from '../../src/contract/labels.ts';
import { CASE_STATES as DOMAIN_STATES } from '../../src/domain/case/states.ts';
import { label } from '../../src/documents/labels.ts';

// The web's catalogues are loaded at run time: they belong to the web's own TypeScript project.
const web = async (lang: 'vi' | 'en') => {
  const path: string = `../../web/src/i18n/${lang}/case.ts`;
  return ((await import(path)) as { default: { states: Record<string, string> } }).default;
};

/** Issue item 13: one catalogue of case-state labels, the same on screen and in documents. */
describe('case state labels (src/contract/labels.ts)', () => {
  test('cover exactly the states of the domain', () => {
    assert.deepEqual([...CASE_STATES].sort(), [...DOMAIN_STATES].sort());
  });

  test('are the web app’s labels, in Vietnamese and English', async () => {
    assert.deepEqual(CASE_STATE_LABELS.vi, (await web('vi')).states);
    assert.deepEqual(CASE_STATE_LABELS.en, (await web('en')).states);
  });

  test('are what the documents print: "Đã gửi, chờ tiếp nhận", not "Đã gửi"', () => {
    assert.equal(label('state', 'submitted'), 'Đã gửi, chờ tiếp nhận');
    assert.equal(label('state', 'submitted', 'en'), 'Submitted, awaiting intake');
    for (const s of CASE_STATES) assert.equal(label('state', s), CASE_STATE_LABELS.vi[s]);
  });
});
