import assert from 'node:assert/strict';
import { test } from 'node:test';
import { INITIAL_JS_BUDGET_BYTES, measureWeb, printSizes } from '../../scripts/build-web.mjs';

test('the first pages load at most 200 KB of gzipped JavaScript; the rest is split by route', () => {
  const sizes = measureWeb();
  printSizes(sizes);
  for (const [page, bytes] of Object.entries(sizes.firstPageJsGzip)) {
    assert.ok(bytes <= INITIAL_JS_BUDGET_BYTES, `${page}: ${bytes} bytes of gzipped JavaScript`);
  }
  assert.ok(sizes.chunks > 20, 'routes and forms are split into their own chunks');
  assert.ok(sizes.allJsGzip > sizes.initialJsGzip, 'not everything is loaded up front');
});
