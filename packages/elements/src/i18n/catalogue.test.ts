/**
 * Languages load on demand: nothing renders before the language arrives, and a language whose
 * module fails to load falls back to English. The module requests go through msw's worker, so
 * a test can hold or break them. (This file must not import the catalogues statically.)
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import { catalogue } from './catalogue.js';
import { mock, openRequest, resetMocks, startMocks, worker } from '../internal/test/mocks.js';
import '../components/access-button/access-button.define.js';
import '../components/consent/consent.define.js';
import type { GkAccessButton } from '../components/access-button/access-button.component.js';
import type { GkConsent } from '../components/consent/consent.component.js';

const label = (element: GkAccessButton) => element.shadowRoot!.querySelector('button')?.textContent?.trim() ?? null;

describe('language loading', () => {
  before(() => startMocks());
  afterEach(() => worker.resetHandlers());

  it('renders nothing until the language has arrived, then renders in it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get('*/src/components/access-button/i18n/nb.ts', async () => {
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

  it('still reloads when the request changes together with a language that has to load', async () => {
    resetMocks();
    const first = openRequest();
    const second = openRequest({ installation_id: mock.fixtures.cabin.id });
    const element = await fixture<GkConsent>(html`<gk-consent request-id=${first} locale="en"></gk-consent>`);
    await waitUntil(() => element.accessRequest?.id === first, 'first request not shown', { timeout: 3000 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get('*/src/components/consent/i18n/de.ts', async () => {
        await gate;
        return passthrough();
      }),
    );
    element.locale = 'de';
    element.requestId = second;
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    await waitUntil(() => element.accessRequest?.id === second, 'the second request was never loaded', { timeout: 3000 });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="approve-button"]')!.textContent!.trim()).to.equal('Genehmigen');
  });

  it('falls back to English when a language cannot be loaded', async () => {
    worker.use(http.get('*/src/components/access-button/i18n/pt.ts', () => HttpResponse.error()));
    const element = await fixture<GkAccessButton>(html`<gk-access-button locale="pt"></gk-access-button>`);
    await waitUntil(() => label(element) !== null, 'never rendered', { timeout: 3000 });
    expect(label(element)).to.equal('Connect your installation');
  });

  it('stays empty, without retrying forever, when English cannot load either', async () => {
    let imports = 0;
    const broken = () => {
      imports += 1;
      return Promise.reject(new Error('chunk failed'));
    };
    const strings = catalogue<{ readonly label: string }>({ en: broken, fr: broken, de: broken, pt: broken, nb: broken });
    await strings.load('fr');
    await strings.load('fr');
    expect(strings.get('fr')).to.equal(undefined);
    expect(imports).to.equal(2);
  });
});
