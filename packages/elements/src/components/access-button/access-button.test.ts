import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { completeAccessRequest, POPUP_CHANNEL, POPUP_MESSAGE_TYPE, TRANSACTION_KEY } from '@grantkit/sdk';
import { catalogues, SUPPORTED_LOCALES } from '../../i18n/index.js';
import type { GkAccessResultEvent } from '../../events/gk-access-result.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { mock, resetMocks, startMocks } from '../../internal/test/mocks.js';
import './access-button.define.js';
import type { GkAccessButton } from './access-button.component.js';

const { acme, home, owner } = mock.fixtures;

function part(element: GkAccessButton, name: string): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Mounts a redirect-mode button whose navigation is recorded instead of followed. */
async function mount(template = html`<gk-access-button server=${location.origin} lookup-key="TZBV" return-url=${acme.returnUrl} locale="en"></gk-access-button>`) {
  const element = await fixture<GkAccessButton>(template);
  const visits: string[] = [];
  element.navigate = (url) => visits.push(url);
  return { element, visits };
}

/**
 * Replaces window.open with a fake popup. When the SDK points it at the access-request URL, the
 * fake plays the platform (the SDK's mock server): it opens the request, lets `decide` approve
 * or deny it, and broadcasts the return URL as the platform's return page does.
 */
function fakePopup(decide: ((requestId: string) => string) | 'close') {
  const original = window.open;
  const opened: string[] = [];
  const popup = {
    closed: false,
    close() {
      popup.closed = true;
    },
    location: {
      set href(url: string) {
        opened.push(url);
        if (decide === 'close') {
          popup.closed = true;
          return;
        }
        const redirect = decide(mock.openAccessRequest(url).id);
        // Later, as a real return page would: the SDK subscribes right after setting the URL.
        setTimeout(() => {
          const channel = new BroadcastChannel(POPUP_CHANNEL);
          channel.postMessage({ type: POPUP_MESSAGE_TYPE, url: redirect });
          channel.close();
        }, 50);
      },
    },
  };
  window.open = (() => popup) as unknown as typeof window.open;
  return { opened, restore: () => (window.open = original) };
}

describe('<gk-access-button>', () => {
  before(() => startMocks());
  beforeEach(() => {
    resetMocks();
    sessionStorage.clear();
  });

  describe('rendering', () => {
    for (const locale of SUPPORTED_LOCALES) {
      it(`shows a localised label in ${locale}`, async () => {
        const element = await fixture<GkAccessButton>(html`<gk-access-button locale=${locale}></gk-access-button>`);
        expect(text(part(element, 'base'))).to.equal(catalogues[locale].accessButton.label);
        const named = await fixture<GkAccessButton>(html`<gk-access-button locale=${locale} partner-name="Acme"></gk-access-button>`);
        expect(text(part(named, 'base'))).to.equal(catalogues[locale].accessButton.labelFor('Acme'));
      });
    }

    it('takes its language from the page when no locale is set', async () => {
      const wrapper = await fixture(html`<div lang="pt-BR"><gk-access-button></gk-access-button></div>`);
      const element = wrapper.querySelector('gk-access-button')!;
      await element.updateComplete;
      expect(text(part(element, 'base'))).to.equal('Conectar sua instalação');
    });

    it('lets the default slot replace the label', async () => {
      const element = await fixture<GkAccessButton>(html`<gk-access-button locale="en">Let Acme help</gk-access-button>`);
      const slot = part(element, 'label').querySelector('slot')!;
      expect(slot.assignedNodes().map((node) => node.textContent)).to.deep.equal(['Let Acme help']);
    });

    it('has no axe violations in dark mode', async () => {
      await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      try {
        const { element } = await mount(html`<gk-access-button server=${location.origin} lookup-key="bad key!" return-url=${acme.returnUrl} locale="en"></gk-access-button>`);
        part(element, 'base').click();
        await waitUntil(() => part(element, 'status').querySelector('.error'));
        await expectNoAxeViolations(element);
      } finally {
        await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
      }
    });

    it('has no axe violations, idle and with an error', async () => {
      const { element } = await mount(html`<gk-access-button server=${location.origin} lookup-key="bad key!" return-url=${acme.returnUrl} locale="en"></gk-access-button>`);
      await expectNoAxeViolations(element);
      part(element, 'base').click();
      await waitUntil(() => part(element, 'status').querySelector('.error'));
      await expectNoAxeViolations(element);
    });
  });

  describe('redirect mode', () => {
    it('navigates to the access-request URL with every option, state and a PKCE challenge', async () => {
      const { element, visits } = await mount(
        html`<gk-access-button
          server=${location.origin}
          lookup-key="tzbv"
          installation-id=${home.id}
          return-url=${acme.returnUrl}
          partner-name="Acme Energy"
          locale="fr"
          show-existing
        ></gk-access-button>`,
      );
      part(element, 'base').click();
      await waitUntil(() => visits.length === 1);
      const url = new URL(visits[0]!);
      expect(url.origin + url.pathname).to.equal(`${location.origin}/access/request/TZBV`);
      const query = Object.fromEntries(url.searchParams);
      expect(query).to.include({
        installation_id: home.id,
        return_url: acme.returnUrl,
        partner_name: 'Acme Energy',
        locale: 'fr',
        show_existing: 'true',
        code_challenge_method: 'S256',
      });
      expect(query.state).to.have.length.greaterThan(20);
      expect(query.code_challenge).to.match(/^[\w-]{43}$/);
      const transaction = JSON.parse(sessionStorage.getItem(TRANSACTION_KEY)!) as { state: string };
      expect(transaction.state).to.equal(query.state);
      // The platform accepts the URL the button built.
      expect(mock.openAccessRequest(url).status).to.equal('pending');
    });

    it('asks for the permissions of its attribute (comma-separated) or property (array); the platform lists just those', async () => {
      const { element, visits } = await mount(
        html`<gk-access-button server=${location.origin} lookup-key="TZBV" return-url=${acme.returnUrl} permissions="installation:read" locale="en"></gk-access-button>`,
      );
      expect(element.permissions).to.deep.equal(['installation:read']);
      part(element, 'base').click();
      await waitUntil(() => visits.length === 1);
      const url = new URL(visits[0]!);
      expect(url.searchParams.get('permissions')).to.equal('installation:read');
      const request = mock.openAccessRequest(url);
      expect(mock.db.accessRequestView(owner.id, request.id).permissions).to.deep.equal(['installation:read']);

      const byProperty = await mount();
      byProperty.element.permissions = ['installation:read', 'chargers:control'];
      part(byProperty.element, 'base').click();
      await waitUntil(() => byProperty.visits.length === 1);
      expect(new URL(byProperty.visits[0]!).searchParams.get('permissions')).to.equal('installation:read,chargers:control');
    });

    it('announces an unknown permission as a configuration error', async () => {
      const { element, visits } = await mount(
        html`<gk-access-button server=${location.origin} lookup-key="TZBV" return-url=${acme.returnUrl} permissions="installation:read, installation:delete" locale="en"></gk-access-button>`,
      );
      part(element, 'base').click();
      await waitUntil(() => part(element, 'status').querySelector('.error'));
      expect(text(part(element, 'status'))).to.contain('"installation:delete"');
      expect(visits).to.deep.equal([]);
    });

    it('passes the page’s language as the request’s locale', async () => {
      const wrapper = await fixture(html`<div lang="nb"><gk-access-button server=${location.origin} lookup-key="TZBV" return-url=${acme.returnUrl}></gk-access-button></div>`);
      const element = wrapper.querySelector('gk-access-button')!;
      const visits: string[] = [];
      element.navigate = (url) => visits.push(url);
      part(element, 'base').click();
      await waitUntil(() => visits.length === 1);
      expect(new URL(visits[0]!).searchParams.get('locale')).to.equal('nb');
    });

    it('announces a validation error from the SDK and does not navigate', async () => {
      const { element, visits } = await mount(
        html`<gk-access-button server=${location.origin} lookup-key="TZBV" return-url="javascript:alert(1)" locale="en"></gk-access-button>`,
      );
      part(element, 'base').click();
      await waitUntil(() => part(element, 'status').querySelector('.error'));
      const status = part(element, 'status');
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.match(/^This button is not set up correctly: .+/);
      expect(part(element, 'base').getAttribute('aria-describedby')).to.equal('status');
      expect(visits).to.deep.equal([]);
      expect(sessionStorage.getItem(TRANSACTION_KEY)).to.equal(null);
    });

    it('reports a malformed lookup key in the page’s language', async () => {
      const { element } = await mount(html`<gk-access-button server=${location.origin} lookup-key="no such key" return-url=${acme.returnUrl} locale="de"></gk-access-button>`);
      part(element, 'base').click();
      await waitUntil(() => part(element, 'status').querySelector('.error'));
      expect(text(part(element, 'status'))).to.match(/^Diese Schaltfläche ist nicht richtig eingerichtet: /);
    });

    it('starts with the keyboard alone (Enter and Space)', async () => {
      const { element, visits } = await mount();
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(part(element, 'base'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => visits.length === 1);
      const second = await mount();
      part(second.element, 'base').focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => second.visits.length === 1);
    });
  });

  describe('popup mode', () => {
    it('dispatches gk-access-result with the approved grant; the page then exchanges the code with completeAccessRequest', async () => {
      let requestId = '';
      const popup = fakePopup((id) => {
        requestId = id;
        return mock.db.approve(owner.id, id, home.id).redirect_url;
      });
      try {
        const { element, visits } = await mount(
          html`<gk-access-button mode="popup" server=${location.origin} lookup-key="TZBV" return-url=${acme.returnUrl} locale="en"></gk-access-button>`,
        );
        const result = oneEvent(element, 'gk-access-result') as Promise<GkAccessResultEvent>;
        part(element, 'base').click();
        const event = await result;
        expect(event.bubbles && event.composed).to.equal(true);
        const detail = event.detail;
        if (detail.status !== 'approved') throw new Error(`expected approved, got ${detail.status}`);
        expect(detail.installation_id).to.equal(home.id);
        expect(detail.lookup_key).to.equal('TZBV');
        expect(detail.grant_id).to.match(/^grt_/);
        expect(mock.db.accessRequests.get(requestId)!.status).to.equal('approved');
        expect(visits).to.deep.equal([]);
        await element.updateComplete;
        expect(text(part(element, 'status'))).to.equal('Access approved.');
        // The element did not exchange the code; the verifier waits in this tab for the page.
        expect(new URL(detail.url).searchParams.get('code')).to.be.a('string');
        expect(sessionStorage.getItem(TRANSACTION_KEY)).to.not.equal(null);
        // The fake popup took the mock's unsigned answer (mock.db, not its HTTP route); signed as the
        // server signs it, completeAccessRequest verifies it before exchanging.
        const completed = await completeAccessRequest({ url: await mock.db.returnSigner.sign(detail.url) });
        if (completed.status !== 'approved') throw new Error(`expected approved, got ${completed.status}`);
        expect(completed.grant_id).to.equal(detail.grant_id);
        expect(completed.tokens?.access_token).to.be.a('string');
        // Spent: only the outcome stays (for a reload of the return), without the PKCE verifier.
        const kept = JSON.parse(sessionStorage.getItem(TRANSACTION_KEY)!);
        expect(kept.code_verifier).to.equal(undefined);
        expect(kept.outcome.grant_id).to.equal(detail.grant_id);
      } finally {
        popup.restore();
      }
    });

    it('dispatches a denial', async () => {
      const popup = fakePopup((id) => mock.db.deny(owner.id, id).redirect_url);
      try {
        const { element } = await mount(html`<gk-access-button mode="popup" server=${location.origin} lookup-key="TZBV" return-url=${acme.returnUrl} locale="fr"></gk-access-button>`);
        const result = oneEvent(element, 'gk-access-result') as Promise<GkAccessResultEvent>;
        part(element, 'base').click();
        expect((await result).detail).to.deep.equal({ status: 'denied', lookup_key: 'TZBV', error: 'access_denied' });
        await element.updateComplete;
        expect(text(part(element, 'status'))).to.equal('L’accès a été refusé.');
      } finally {
        popup.restore();
      }
    });

    it('dispatches cancelled when the popup is closed without a decision', async () => {
      const popup = fakePopup('close');
      try {
        const { element } = await mount(html`<gk-access-button mode="popup" server=${location.origin} lookup-key="TZBV" return-url=${acme.returnUrl} locale="en"></gk-access-button>`);
        const result = oneEvent(element, 'gk-access-result') as Promise<GkAccessResultEvent>;
        part(element, 'base').click();
        await element.updateComplete;
        expect(text(part(element, 'status'))).to.equal('Waiting for your answer in the other window…');
        expect(part(element, 'base').getAttribute('aria-disabled')).to.equal('true');
        expect((await result).detail).to.deep.equal({ status: 'cancelled' });
        await element.updateComplete;
        expect(text(part(element, 'status'))).to.equal('The window was closed before a decision.');
        expect(popup.opened).to.have.length(1);
      } finally {
        popup.restore();
      }
    });

    it('falls back to a redirect when the popup is blocked, and says so in the event', async () => {
      const original = window.open;
      window.open = () => null;
      try {
        const { element, visits } = await mount(html`<gk-access-button mode="popup" server=${location.origin} lookup-key="TZBV" return-url=${acme.returnUrl} locale="en"></gk-access-button>`);
        const result = oneEvent(element, 'gk-access-result') as Promise<GkAccessResultEvent>;
        part(element, 'base').click();
        const detail = (await result).detail;
        expect(detail.status).to.equal('redirected');
        expect(visits).to.have.length(1);
        expect(detail.status === 'redirected' && detail.url).to.equal(visits[0]);
      } finally {
        window.open = original;
      }
    });
  });
});
