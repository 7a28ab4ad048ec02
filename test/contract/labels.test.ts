import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CASE_STATES, CASE_STATE_LABELS } from '../../src/contract/labels.ts';
import { CASE_STATES as DOMAIN_STATES } from '../../src/domain/case/states.ts';
import { label } from '../../src/documents/labels.ts';

// The web's catalogues belong to the web's own TypeScript project (its `@contract` alias is Vite's),
// so they are read as text: each must take its state labels from the contract, not spell them out.
const webCatalogue = (lang: 'vi' | 'en') =>
  readFileSync(new URL(`../../web/src/i18n/${lang}/case.ts`, import.meta.url), 'utf8');

/** Issue item 13: one catalogue of case-state labels, the same on screen and in documents. */
describe('case state labels (src/contract/labels.ts)', () => {
  test('cover exactly the states of the domain', () => {
    assert.deepEqual([...CASE_STATES].sort(), [...DOMAIN_STATES].sort());
  });

  test('are the web app’s labels, in Vietnamese and English', () => {
    for (const lang of ['vi', 'en'] as const) {
      const text = webCatalogue(lang);
      assert.match(
        text,
        new RegExp(`states: \\{ \\.\\.\\.CASE_STATE_LABELS\\.${lang} \\}`),
        `web/src/i18n/${lang}/case.ts takes its states from the contract`,
      );
    }
  });

  test('are what the documents print: "Đã gửi, chờ tiếp nhận", not "Đã gửi"', () => {
    assert.equal(label('state', 'submitted'), 'Đã gửi, chờ tiếp nhận');
    assert.equal(label('state', 'submitted', 'en'), 'Submitted, awaiting intake');
    for (const s of CASE_STATES) assert.equal(label('state', s), CASE_STATE_LABELS.vi[s]);
  });
});
