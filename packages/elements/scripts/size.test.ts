/**
 * Size budgets of what ships (issues #4 and #12): each element's compiled entry bundled alone
 * with Lit at most 16 KB minified and gzipped, for a page in any one language with every chunk
 * of that language and every other lazy chunk; the shipped
 * `dist/bundle.js` (every element) within its own budget; both free of msw, Node built-ins and
 * test code. See scripts/size.ts for how chunks are counted. Needs `npm run build` first (the
 * root `npm test` runs it); a missing or stale dist fails with that instruction.
 * Run: `npm run test:size`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUNDLE_BUDGET_BYTES, ELEMENT_BUDGET_BYTES, ENTRIES, measure, measureShippedBundle, type BundleSize } from './size.js';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;

/** Inputs that must never reach a browser bundle. */
const forbiddenInputs = (size: BundleSize): string[] =>
  size.inputs.filter((input) => /node_modules\/(msw|@mswjs)\/|^node:|\/mock\/|\.test\.[jt]s$|\/internal\/test\/|\/src\/.*\.ts$/.test(input));

for (const [name, entry] of Object.entries(ENTRIES)) {
  if (!name.startsWith('gk-')) continue;
  test(`${name} bundled alone with Lit stays within ${kb(ELEMENT_BUDGET_BYTES)} min+gz with every chunk of any one language`, async () => {
    const size = await measure(name, entry);
    assert.ok(size.inputs.some((input) => input.includes('node_modules/lit-html/')), 'Lit is in the bundle');
    assert.ok(size.language > 0, 'languages are separate chunks');
    if (name === 'gk-access-button') {
      // The SDK flow (start, popup, checks) is a lazy chunk, counted below; the code exchange is
      // the page's (completeAccessRequest), so the button must not carry it.
      assert.ok(Object.keys(size.lazy).length > 0, 'the SDK flow is loaded lazily');
      assert.ok(!size.inputs.some((input) => input.endsWith('sdk/dist/code-exchange.js')), 'no code exchange in the button');
    }
    // Everything one page can load for it: initial + every chunk of its costliest language + every
    // other lazy chunk. Counting only the largest language chunk hid a second one (issue #4).
    const { locale, chunks } = size.worstLanguage;
    assert.ok(
      size.worst <= ELEMENT_BUDGET_BYTES,
      `${name}: ${kb(size.initial)} + ${kb(size.language)} (${chunks} ${locale} chunk${chunks === 1 ? '' : 's'}) + lazy = ${kb(size.worst)}, over ${kb(ELEMENT_BUDGET_BYTES)}`,
    );
  });
}

test('define.js bundles for the browser from compiled code only, without msw, Node built-ins or test code', async () => {
  const size = await measure('define', ENTRIES['define.js (all)']);
  assert.deepEqual(forbiddenInputs(size), []);
  // esbuild with platform "browser" fails on a Node built-in; reaching here proves there is none.
  assert.ok(size.inputs.some((input) => input.endsWith('dist/components/consent/consent.component.js')));
  assert.ok(size.inputs.some((input) => input.endsWith('sdk/dist/client.js')), 'the SDK from its dist, as outside the repo');
});

test(`the shipped dist/bundle.js (every element, one language, lazy chunks) stays within ${kb(BUNDLE_BUDGET_BYTES)}`, async () => {
  const size = await measureShippedBundle();
  assert.deepEqual(forbiddenInputs(size), []);
  assert.ok(!size.inputs.some((input) => input.includes('/development/')), "Lit's production build");
  assert.ok(size.language > 0, 'languages are lazy chunks beside the bundle');
  assert.ok(size.worst <= BUNDLE_BUDGET_BYTES, `bundle.js: ${kb(size.initial)} + ${kb(size.language)} (one language) + lazy = ${kb(size.worst)}, over ${kb(BUNDLE_BUDGET_BYTES)}`);
});
