/**
 * The shipped `dist/bundle.js` (built by `npm run build`) in Chromium, loaded as a page without
 * a bundler would: every tag is defined, and a French element renders once its language chunk
 * has arrived from `dist/bundle/`, relative to the bundle.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

const TAGS = [
  'gk-access-button',
  'gk-consent',
  'gk-installation-access',
  'gk-partners',
  'gk-partner-invitations',
  'gk-partner-installations',
  'gk-redeem-code',
  'gk-invite-codes',
  'gk-invite-code-list',
  'gk-members',
  'gk-service-accounts',
  'gk-webhooks',
] as const;

/** Where the test server (rooted at the repository) serves the built bundle. */
const BUNDLE_URL = '/packages/elements/dist/bundle.js';

describe('dist/bundle.js', () => {
  before(async () => {
    // A variable specifier keeps the test runner from resolving it at transform time.
    const url: string = BUNDLE_URL;
    await import(/* @vite-ignore */ url);
  });

  it('defines every tag', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('loads a language chunk relative to the bundle', async () => {
    const element = await fixture(html`<gk-access-button server="https://portal.example" lookup-key="TZBV" return-url="https://partner.example/return" locale="fr"></gk-access-button>`);
    await waitUntil(() => element.shadowRoot?.textContent?.includes('Connecter votre installation'), 'the French label', { timeout: 5000 });
    const chunks = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/dist/bundle/fr-'));
    expect(chunks).to.not.be.empty;
  });
});
