/**
 * Size budgets (issue #4): each element bundled alone with Lit at most 16 KB minified and
 * gzipped, for a page in any one language; and the server's bundle entry (define.ts) free of
 * msw and Node built-ins. See scripts/size.ts for how chunks are counted. Run: `npm run test:size`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ELEMENT_BUDGET_BYTES, ENTRIES, measure } from './size.js';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;

for (const [name, entry] of Object.entries(ENTRIES)) {
  if (!name.startsWith('gk-')) continue;
  test(`${name} bundled alone with Lit stays within 16 KB min+gz in any one language`, async () => {
    const size = await measure(name, entry);
    assert.ok(size.inputs.some((input) => input.includes('node_modules/lit-html/')), 'Lit is in the bundle');
    assert.ok(size.language > 0, 'languages other than English are separate chunks');
    const page = size.initial + size.language;
    assert.ok(page <= ELEMENT_BUDGET_BYTES, `${name}: ${kb(size.initial)} + ${kb(size.language)} (one language) = ${kb(page)}, over 16 KB`);
    if (name === 'gk-access-button') {
      // The SDK flow (start, popup, checks) is a lazy chunk, counted below; the code exchange is
      // the page's (completeAccessRequest), so the button must not carry it.
      assert.ok(Object.keys(size.lazy).length > 0, 'the SDK flow is loaded lazily');
      assert.ok(!size.inputs.some((input) => input.endsWith('sdk/src/code-exchange.ts')), 'no code exchange in the button');
    }
    // Everything one page can load for it: initial + one language + every lazy chunk.
    assert.ok(size.worst <= ELEMENT_BUDGET_BYTES, `${name}: everything it can load is ${kb(size.worst)}, over 16 KB`);
  });
}

test('define.ts bundles for the browser without msw, Node built-ins or test code', async () => {
  const size = await measure('define', ENTRIES['define.ts (all)']);
  const forbidden = size.inputs.filter((input) => /node_modules\/(msw|@mswjs)\/|^node:|\/mock\/|\.test\.ts$|\/internal\/test\//.test(input));
  assert.deepEqual(forbidden, []);
  // esbuild with platform "browser" fails on a Node built-in; reaching here proves there is none.
  assert.ok(size.inputs.some((input) => input.endsWith('src/components/consent/consent.component.ts')));
});
