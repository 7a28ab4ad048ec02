import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  VERIFIER_PATH,
  WEB_TRANSITIONS_PATH,
  verifierSource,
  webTransitionsSource,
} from '../../scripts/build-verifier.ts';

describe('the offline verifier runs the same checks as /verify (issue 12, "one module used by both")', () => {
  it('is the shared modules verbatim, with the current rule table: rebuild with `npx tsx scripts/build-verifier.ts`', () => {
    assert.equal(readFileSync(VERIFIER_PATH, 'utf8'), verifierSource());
  });

  it('the browser dossier check reads the current rule table too', () => {
    assert.equal(readFileSync(WEB_TRANSITIONS_PATH, 'utf8'), webTransitionsSource());
  });

  it('imports nothing but Node.js itself', () => {
    const imports = readFileSync(VERIFIER_PATH, 'utf8').match(/^import .* from '([^']+)';$/gm) ?? [];
    assert.ok(imports.length > 0);
    for (const line of imports) assert.match(line, /from 'node:[a-z]+'/);
  });
});
