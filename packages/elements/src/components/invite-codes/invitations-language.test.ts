/**
 * The invitation elements load one chunk per language, their own strings, and never the common
 * strings (src/i18n/common/), which they do not read; they still render nothing until the language
 * has arrived, and a language whose chunk fails shows English. Module requests go through msw's
 * worker so a test can see, hold or break them. Each test uses a language no earlier test in
 * this file loaded (a loaded module is not requested again).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, passthrough } from 'msw';
import { mock, resetMocks, startMocks, worker } from '../../internal/test/mocks.js';
import '../redeem-code/redeem-code.define.js';
import '../members/members.define.js';
import './invite-code-list.define.js';
import './invite-codes.define.js';

const title = (element: Element): string | null => element.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim() ?? null;

describe('invitation elements: language loading', () => {
  before(() => startMocks());
  beforeEach(() => resetMocks(mock.fixtures.owner.id));
  afterEach(() => worker.resetHandlers());

  it('render nothing until their own chunk of the language has arrived, then render in it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    worker.use(
      http.get('*/src/components/redeem-code/i18n/nb.ts', async () => {
        await gate;
        return passthrough();
      }),
    );
    const element = document.createElement('gk-redeem-code');
    element.setAttribute('locale', 'nb');
    document.body.append(element);
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(element.shadowRoot!.childElementCount).to.equal(0);
      release();
      await element.updateComplete;
      expect(title(element)).to.equal('Bruk en invitasjonskode');
    } finally {
      element.remove();
    }
  });

  it('fall back to English when their chunk of the language cannot be loaded', async () => {
    worker.use(http.get('*/src/components/redeem-code/i18n/pt.ts', () => HttpResponse.error()));
    const element = await fixture(html`<gk-redeem-code locale="pt"></gk-redeem-code>`);
    await waitUntil(() => title(element) !== null, 'never rendered', { timeout: 3000 });
    expect(title(element)).to.equal('Use an invitation code');
  });

  it('never request the common strings (src/i18n/common/): one chunk per language', async () => {
    const shared: string[] = [];
    worker.use(
      http.get('*/src/i18n/*', ({ request }) => {
        shared.push(new URL(request.url).pathname);
        return passthrough();
      }),
    );
    for (const tag of ['gk-redeem-code', 'gk-invite-codes', 'gk-invite-code-list', 'gk-members']) {
      const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
      element.setAttribute('locale', 'de');
      document.body.append(element);
      try {
        await element.updateComplete;
        expect(element.shadowRoot!.childElementCount, `${tag} rendered`).to.be.greaterThan(0);
      } finally {
        element.remove();
      }
    }
    // format.ts, plural.ts and locales.ts are static imports of theirs; no common strings follow.
    expect(shared.filter((path) => /\/src\/i18n\/common\//.test(path))).to.deep.equal([]);
  });
});
