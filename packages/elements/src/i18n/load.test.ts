/**
 * Languages load on demand: nothing renders before the language arrives, and a language whose
 * module fails to load falls back to English. The module requests go through msw's worker, so
 * a test can hold or break them. (This file must not import the catalogues statically.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import { startMocks, worker } from '../internal/test/mocks.js';
import '../components/access-button/access-button.define.js';
import type { GkAccessButton } from '../components/access-button/access-button.component.js';

const label = (element: GkAccessButton) => element.shadowRoot!.querySelector('button')?.textContent?.trim() ?? null;

describe('language loading', () => {
  before(() => startMocks());
  afterEach(() => worker.resetHandlers());

  it('renders nothing until the language has arrived, then renders in it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get('*/src/i18n/nb.ts', async () => {
        await gate;
        return passthrough();
      }),
    );
    const element = document.createElement('gk-access-button');
    element.setAttribute('locale', 'nb');
    document.body.append(element);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(label(element)).to.equal(null);
      release();
      await element.updateComplete;
      expect(label(element)).to.equal('Koble til anlegget ditt');
    } finally {
      element.remove();
    }
  });

  it('falls back to English when a language cannot be loaded', async () => {
    worker.use(http.get('*/src/i18n/pt.ts', () => HttpResponse.error()));
    const element = await fixture<GkAccessButton>(html`<gk-access-button locale="pt"></gk-access-button>`);
    await waitUntil(() => label(element) !== null, 'never rendered', { timeout: 3000 });
    expect(label(element)).to.equal('Connect your installation');
  });
});
