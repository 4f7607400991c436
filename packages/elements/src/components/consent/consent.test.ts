import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { catalogues, SUPPORTED_LOCALES } from '../../i18n/index.js';
import type { GkApprovedEvent } from '../../events/gk-approved.js';
import type { GkDeniedEvent } from '../../events/gk-denied.js';
import type { GkCancelledEvent } from '../../events/gk-cancelled.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { mock, openRequest, resetMocks, startMocks, worker } from '../../internal/test/mocks.js';
import './consent.define.js';
import type { GkConsent } from './consent.component.js';

const { acme, home, cabin, owner, otherUser } = mock.fixtures;

/** Mounts a card with a navigate spy and waits until it left the loading state. */
async function mount(requestId: string, attributes: { locale?: string; partnerName?: string } = {}) {
  const visits: string[] = [];
  const element = await fixture<GkConsent>(
    html`<gk-consent request-id=${requestId} locale=${attributes.locale ?? 'en'} partner-name=${attributes.partnerName ?? ''}></gk-consent>`,
  );
  element.navigate = (url) => visits.push(url);
  await settled(element);
  return { element, visits };
}

async function settled(element: GkConsent): Promise<void> {
  await waitUntil(() => !part(element, 'status')?.querySelector('.spinner'), 'the card kept loading', { timeout: 5000 });
  await element.updateComplete;
}

function part(element: GkConsent, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function radios(element: GkConsent): HTMLInputElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * What has focus inside the card, as a short description (`part` names, or `radio:<value>`).
 * Strings, not elements: chai would try to print a whole element tree on failure.
 */
function focused(element: GkConsent): string {
  const active = element.shadowRoot!.activeElement;
  if (!active) return 'nothing';
  if (active instanceof HTMLInputElement && active.type === 'radio') return `radio:${active.value}`;
  return active.getAttribute('part') ?? active.tagName.toLowerCase();
}

describe('<gk-consent>', () => {
  before(() => startMocks());
  beforeEach(() => resetMocks());

  describe('rendering', () => {
    it('shows who asks, what the grant allows, and the installations, with the preselected one checked', async () => {
      const id = openRequest({ installation_id: cabin.id });
      const { element } = await mount(id);
      expect(text(part(element, 'title'))).to.equal('Acme Energy asks for access');
      // The lookup key is the platform's business, not the customer's: the card does not show it.
      expect(part(element, 'lookup-key')).to.equal(null);
      expect(text(element.shadowRoot!.querySelector('[part~="base"]') ?? element.shadowRoot!.firstElementChild)).not.to.contain(acme.lookupKey);
      expect(part(element, 'logo')!.getAttribute('src')).to.equal(acme.logoUrl);
      expect(part(element, 'logo')!.getAttribute('alt')).to.equal('Acme Energy logo');
      const permissions = [...part(element, 'permissions')!.querySelectorAll('li')].map(text);
      expect(permissions).to.deep.equal([
        'View the installation and its charging history',
        'Change installation settings',
        'Control and configure all chargers connected to the site',
      ]);
      // The preselected installation first, then the others by name, as the server lists them.
      expect(radios(element).map((radio) => [radio.value, radio.checked])).to.deep.equal([
        [cabin.id, true],
        [home.id, false],
      ]);
      expect(text(element.shadowRoot!.querySelector('fieldset'))).to.contain('1 Fjord Road, 0150 Oslo');
    });

    it('shows the partner name given before login beside the registered name when they differ', async () => {
      const id = openRequest({ partner_name: 'Acme Charging Services' });
      const { element } = await mount(id, { partnerName: 'Acme Charging Services' });
      expect(text(part(element, 'title'))).to.equal('Acme Energy asks for access');
      expect(text(element.shadowRoot!.querySelector('.subtitle'))).to.contain('Introduced as “Acme Charging Services”');
    });

    it('names the partner from partner-name while loading', async () => {
      let release!: () => void;
      worker.use(http.get('*/api/access-requests/:id', () => new Promise<Response>((resolve) => (release = () => resolve(HttpResponse.json({}, { status: 500 }))))));
      const element = await fixture<GkConsent>(html`<gk-consent request-id="ar_x" locale="en" partner-name="Acme"></gk-consent>`);
      await waitUntil(() => release !== undefined);
      expect(text(part(element, 'title'))).to.equal('Acme asks for access');
      expect(element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(text(element.shadowRoot!.querySelector('[role="status"]'))).to.equal('Loading…');
      release();
      await settled(element);
    });

    it('selects the only installation when there is just one', async () => {
      mock.db.installations.delete(cabin.id);
      const { element } = await mount(openRequest());
      expect(radios(element).map((radio) => radio.checked)).to.deep.equal([true]);
    });

    it('marks installations already shared (show_existing) and still lets the user pick them', async () => {
      const first = openRequest();
      mock.db.approve(owner.id, first, home.id);
      const { element } = await mount(openRequest({ show_existing: 'true' }));
      const labels = [...element.shadowRoot!.querySelectorAll('[part~="installation"]')];
      // By name: Cabin, then Home (shared).
      expect(labels.map((label) => !!label.querySelector('[part~="badge"]'))).to.deep.equal([false, true]);
      expect(text(labels[1]!.querySelector('[part~="badge"]'))).to.equal('Already shared');
    });

    for (const locale of SUPPORTED_LOCALES) {
      it(`renders in ${locale} from the locale attribute`, async () => {
        const t = catalogues[locale];
        const { element } = await mount(openRequest(), { locale });
        expect(part(element, 'base')!.getAttribute('lang')).to.equal(locale);
        expect(text(part(element, 'title'))).to.equal(t.consent.heading(acme.name));
        expect([...part(element, 'permissions')!.querySelectorAll('li')].map(text)).to.deep.equal(Object.values(t.consent.permissions));
        expect(text(part(element, 'approve-button'))).to.equal(t.consent.approve);
        expect(text(part(element, 'deny-button'))).to.equal(t.consent.deny);
        expect(text(element.shadowRoot!.querySelector('legend'))).to.equal(t.consent.pickerLegend);
      });
    }

    it('uses the access request’s locale when no locale attribute is set', async () => {
      const id = openRequest({ locale: 'de' });
      const element = await fixture<GkConsent>(html`<div lang="fr"><gk-consent request-id=${id}></gk-consent></div>`).then(
        (div) => div.querySelector('gk-consent')!,
      );
      await settled(element);
      expect(text(part(element, 'title'))).to.equal('Acme Energy bittet um Zugriff');
      expect(text(part(element, 'approve-button'))).to.equal('Genehmigen');
    });

    it('falls back to the closest lang while loading, then to English for unsupported languages', async () => {
      worker.use(http.get('*/api/access-requests/:id', () => new Promise<Response>(() => undefined)));
      const wrapper = await fixture(html`<div lang="nb-NO"><gk-consent request-id="ar_x"></gk-consent></div>`);
      const element = wrapper.querySelector('gk-consent')!;
      await element.updateComplete;
      expect(element.resolvedLocale).to.equal('nb');
      expect(text(element.shadowRoot!.querySelector('[role="status"]'))).to.equal('Laster…');
      wrapper.setAttribute('lang', 'ja');
      element.requestUpdate();
      await element.updateComplete;
      expect(element.resolvedLocale).to.equal('en');
    });
  });

  describe('fine-grained permissions (RFC 9396)', () => {
    const items = (element: GkConsent, name: string) => [...(part(element, name)?.querySelectorAll('li') ?? [])].map(text);

    for (const locale of SUPPORTED_LOCALES) {
      it(`lists only read for a read-only request, in ${locale}`, async () => {
        const t = catalogues[locale].consent;
        const { element } = await mount(openRequest({ permissions: 'installation:read' }), { locale });
        expect(items(element, 'permissions')).to.deep.equal([t.permissions['installation:read']]);
        expect(text(part(element, 'base'))).not.to.contain(t.permissions['installation:settings']);
        expect(text(part(element, 'base'))).not.to.contain(t.permissions['chargers:control']);
      });
    }

    it('lists what the RFC 9396 authorization details ask, read implied', async () => {
      const { element } = await mount(openRequest({ authorization_details: JSON.stringify([{ type: 'installation', actions: ['chargers:control'] }]) }));
      expect(items(element, 'permissions')).to.deep.equal(['View the installation and its charging history', 'Control and configure all chargers connected to the site']);
    });

    it('shows what the partner already has and what it asks in addition; Approve widens the grant', async () => {
      mock.db.approve(owner.id, openRequest({ permissions: 'installation:read' }), home.id);
      const { element } = await mount(openRequest({ installation_id: home.id }));
      // Home holds read only, so it is offered (not shared) and preselected: the card splits the list.
      expect(part(element, 'permissions')).to.equal(null);
      expect(text(part(element, 'held-permissions')?.previousElementSibling)).to.equal('Already allowed:');
      expect(items(element, 'held-permissions')).to.deep.equal(['View the installation and its charging history']);
      expect(text(part(element, 'added-permissions')?.previousElementSibling)).to.equal('Also asks:');
      expect(items(element, 'added-permissions')).to.deep.equal(['Change installation settings', 'Control and configure all chargers connected to the site']);
      // Choosing an installation without a grant shows the plain list again.
      radios(element).find((radio) => radio.value === cabin.id)!.click();
      await element.updateComplete;
      expect(items(element, 'permissions')).to.have.length(3);
      radios(element).find((radio) => radio.value === home.id)!.click();
      await element.updateComplete;
      const approved = oneEvent(element, 'gk-approved');
      part(element, 'approve-button')!.click();
      await approved;
      expect([...mock.db.grants.values()].filter((g) => g.installation_id === home.id).map((g) => g.permissions)).to.deep.equal([
        ['installation:read', 'installation:settings', 'chargers:control'],
      ]);
    });

    it('says in every language what is already allowed and what is asked in addition', async () => {
      mock.db.approve(owner.id, openRequest({ permissions: 'installation:read' }), home.id);
      for (const locale of SUPPORTED_LOCALES) {
        const t = catalogues[locale].consent;
        const { element } = await mount(openRequest({ installation_id: home.id, permissions: 'installation:read,installation:settings' }), { locale });
        expect(text(part(element, 'held-permissions')?.previousElementSibling), locale).to.equal(t.held);
        expect(text(part(element, 'added-permissions')?.previousElementSibling), locale).to.equal(t.added);
        expect(items(element, 'added-permissions'), locale).to.deep.equal([t.permissions['installation:settings']]);
      }
    });
  });

  describe('approve', () => {
    it('posts the selected installation, dispatches gk-approved and follows the redirect', async () => {
      const id = openRequest({ installation_id: home.id, return_url: acme.returnUrl, state: 'xyz' });
      const { element, visits } = await mount(id);
      const approved = oneEvent(element, 'gk-approved') as Promise<GkApprovedEvent>;
      part(element, 'approve-button')!.click();
      const event = await approved;
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      const { requestId, installationId, grantId, redirectUrl } = event.detail;
      expect({ requestId, installationId }).to.deep.equal({ requestId: id, installationId: home.id });
      expect(grantId).to.match(/^grt_/);
      const target = new URL(redirectUrl);
      expect(target.origin + target.pathname).to.equal(acme.returnUrl);
      expect(Object.fromEntries(target.searchParams)).to.include({
        success: 'true',
        installation_id: home.id,
        lookup_key: acme.lookupKey,
        grant_id: grantId,
        state: 'xyz',
      });
      await element.updateComplete;
      expect(visits).to.deep.equal([redirectUrl]);
      expect(text(part(element, 'status'))).to.equal('Access approved. Taking you back to Acme Energy…');
      expect(focused(element)).to.equal('status');
      expect(mock.db.accessRequests.get(id)!.status).to.equal('approved');
    });

    it('approves the installation the user picked instead of the preselected one', async () => {
      const { element } = await mount(openRequest({ installation_id: home.id }));
      radios(element)[1]!.click();
      const approved = oneEvent(element, 'gk-approved') as Promise<GkApprovedEvent>;
      part(element, 'approve-button')!.click();
      expect((await approved).detail.installationId).to.equal(cabin.id);
    });

    it('stays on the page when a listener cancels gk-approved', async () => {
      const { element, visits } = await mount(openRequest({ installation_id: home.id }));
      element.addEventListener('gk-approved', (event) => event.preventDefault());
      part(element, 'approve-button')!.click();
      await waitUntil(() => part(element, 'status'));
      expect(visits).to.deep.equal([]);
      expect(text(part(element, 'status'))).to.equal('Access approved.');
    });

    it('keeps Approve unavailable until an installation is chosen, saying why beside it, without blaming the user', async () => {
      const requests: string[] = [];
      worker.events.on('request:start', ({ request }) => requests.push(request.method));
      const id = openRequest();
      const { element } = await mount(id);
      requests.length = 0;
      const approve = part(element, 'approve-button')!;
      expect(approve.getAttribute('aria-disabled')).to.equal('true');
      expect(approve.getAttribute('aria-describedby')).to.equal('approve-hint');
      expect(text(part(element, 'approve-hint'))).to.equal('Choose an installation you own or administer.');
      approve.click();
      await element.updateComplete;
      expect(part(element, 'error'), 'no error for a button that said it was unavailable').to.equal(null);
      expect(focused(element)).to.equal(`radio:${cabin.id}`);
      expect(requests.filter((method) => method === 'POST')).to.deep.equal([]);
      expect(mock.db.accessRequests.get(id)!.status).to.equal('pending');
      radios(element)[0]!.click();
      await element.updateComplete;
      expect(approve.getAttribute('aria-disabled')).to.equal('false');
      expect(approve.hasAttribute('aria-describedby')).to.equal(false);
      expect(part(element, 'approve-hint')).to.equal(null);
      await expectNoAxeViolations(element);
      worker.events.removeAllListeners();
    });

    it('shows the server’s validation error (400) inline and keeps the form', async () => {
      worker.use(
        http.post('*/api/access-requests/:id/approve', () =>
          HttpResponse.json(
            { type: 'https://grantkit.dev/problems/validation_failed', title: 'Invalid', status: 400, code: 'validation_failed', errors: [{ field: 'installation_id', code: 'not_allowed', message: 'no' }] },
            { status: 400, headers: { 'content-type': 'application/problem+json' } },
          ),
        ),
      );
      const { element, visits } = await mount(openRequest({ installation_id: home.id }));
      part(element, 'approve-button')!.click();
      await waitUntil(() => part(element, 'error'));
      expect(text(part(element, 'error'))).to.equal('Choose an installation you own or administer.');
      expect(radios(element)).to.have.length(2);
      expect(visits).to.deep.equal([]);
    });

    it('shows a network failure inline and succeeds when tried again', async () => {
      worker.use(http.post('*/api/access-requests/:id/approve', () => HttpResponse.error(), { once: true }));
      const { element, visits } = await mount(openRequest({ installation_id: home.id }));
      part(element, 'approve-button')!.click();
      await waitUntil(() => part(element, 'error'));
      expect(text(part(element, 'error'))).to.equal(catalogues.en.common.networkError);
      expect(element.shadowRoot!.querySelector('[aria-live="assertive"] [part~="error"]')).to.not.equal(null);
      part(element, 'approve-button')!.click();
      await waitUntil(() => visits.length === 1);
      expect(new URL(visits[0]!).searchParams.get('success')).to.equal('true');
    });

    it('never follows a non-http redirect_url, even from the server', async () => {
      worker.use(http.post('*/api/access-requests/:id/approve', () => HttpResponse.json({ redirect_url: 'javascript:alert(1)', grant_id: 'grt_x' })));
      const element = await fixture<GkConsent>(html`<gk-consent request-id=${openRequest({ installation_id: home.id })} locale="en"></gk-consent>`);
      await settled(element);
      part(element, 'approve-button')!.click();
      await waitUntil(() => part(element, 'error'));
      expect(text(part(element, 'error'))).to.equal(catalogues.en.common.serverError);
      expect(text(part(element, 'status'))).to.equal('Access approved.');
      expect(location.protocol).to.equal('http:');
    });

    it('shows the decided state when the request was answered meanwhile (409)', async () => {
      const id = openRequest({ installation_id: home.id });
      const { element, visits } = await mount(id);
      mock.db.deny(owner.id, id);
      part(element, 'approve-button')!.click();
      await waitUntil(() => element.shadowRoot!.querySelector('.state-decided'));
      expect(text(part(element, 'title'))).to.equal('This request has already been answered');
      expect(focused(element)).to.equal('title');
      expect(visits).to.deep.equal([]);
    });

    it('shows the expired state when the request expired meanwhile (410)', async () => {
      const id = openRequest({ installation_id: home.id });
      const { element } = await mount(id);
      mock.db.expireAccessRequest(id);
      part(element, 'approve-button')!.click();
      await waitUntil(() => element.shadowRoot!.querySelector('.state-expired'));
      expect(text(part(element, 'title'))).to.equal('This access request has expired');
    });

    it('expired meanwhile with a return URL: "Back to {partner}" follows the problem’s redirect_url (error=expired)', async () => {
      const id = openRequest({ installation_id: home.id, return_url: acme.returnUrl, state: 's-exp' });
      const { element, visits } = await mount(id);
      mock.db.expireAccessRequest(id);
      part(element, 'approve-button')!.click();
      await waitUntil(() => element.shadowRoot!.querySelector('.state-expired'));
      expect(text(part(element, 'status'))).to.contain('Nothing was shared. Go back to Acme Energy to start again.');
      const back = part(element, 'back-button')!;
      expect(text(back)).to.equal('Back to Acme Energy');
      expect(visits).to.deep.equal([]);
      back.click();
      expect(visits).to.have.length(1);
      const url = new URL(visits[0]!);
      expect(url.origin + url.pathname).to.equal(acme.returnUrl);
      expect(Object.fromEntries(url.searchParams)).to.include({ success: 'false', error: 'expired', lookup_key: acme.lookupKey, state: 's-exp' });
      expect(mock.db.accessRequests.get(id)!.status).to.equal('pending');
    });
  });

  describe('deny', () => {
    it('posts the denial, dispatches gk-denied and follows the redirect', async () => {
      const id = openRequest({ installation_id: cabin.id, return_url: acme.returnUrl, state: 's1' });
      const { element, visits } = await mount(id);
      const denied = oneEvent(element, 'gk-denied') as Promise<GkDeniedEvent>;
      part(element, 'deny-button')!.click();
      const event = await denied;
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      expect(event.detail.requestId).to.equal(id);
      expect(event.detail.installationId).to.equal(cabin.id);
      expect(Object.fromEntries(new URL(event.detail.redirectUrl).searchParams)).to.include({
        success: 'false',
        error: 'access_denied',
        lookup_key: acme.lookupKey,
        state: 's1',
      });
      await element.updateComplete;
      expect(visits).to.deep.equal([event.detail.redirectUrl]);
      expect(text(part(element, 'status'))).to.equal('Request denied. Taking you back to Acme Energy…');
      expect(mock.db.accessRequests.get(id)!.status).to.equal('denied');
    });

    it('denies without any installation selected', async () => {
      const { element } = await mount(openRequest());
      const denied = oneEvent(element, 'gk-denied') as Promise<GkDeniedEvent>;
      part(element, 'deny-button')!.click();
      expect((await denied).detail.installationId).to.equal(null);
    });

    it('ignores a second click while the first decision is in flight', async () => {
      let posts = 0;
      worker.events.on('request:start', ({ request }) => {
        if (request.method === 'POST') posts += 1;
      });
      const { element, visits } = await mount(openRequest({ installation_id: home.id }));
      part(element, 'deny-button')!.click();
      part(element, 'deny-button')?.click();
      part(element, 'approve-button')?.click();
      await waitUntil(() => visits.length === 1);
      worker.events.removeAllListeners();
      expect(posts).to.equal(1);
    });
  });

  describe('error states', () => {
    it('expired request (410)', async () => {
      const id = openRequest();
      mock.db.expireAccessRequest(id);
      const { element } = await mount(id, { partnerName: 'Acme' });
      expect(element.shadowRoot!.querySelector('.state-expired')!.getAttribute('role')).to.equal('alert');
      expect(text(part(element, 'title'))).to.equal('This access request has expired');
      expect(text(part(element, 'status'))).to.contain('Ask Acme to send you a new link.');
      expect(focused(element)).to.equal('title');
      expect(part(element, 'retry-button')).to.equal(null);
      expect(part(element, 'approve-button')).to.equal(null);
      // No return URL: no way back to offer, the message is the receipt.
      expect(part(element, 'back-button')).to.equal(null);
    });

    for (const locale of SUPPORTED_LOCALES) {
      it(`expired on load with a return URL (${locale}): the way back, named after the partner-name or the return URL's host`, async () => {
        const id = openRequest({ return_url: acme.returnUrl, locale });
        mock.db.expireAccessRequest(id);
        const named = await mount(id, { locale, partnerName: 'Acme' });
        const strings = catalogues[locale].consent;
        expect(text(part(named.element, 'back-button'))).to.equal(strings.backTo('Acme'));
        expect(text(part(named.element, 'status'))).to.contain(strings.expiredBack('Acme'));
        const anonymous = await mount(id, { locale });
        expect(text(part(anonymous.element, 'back-button'))).to.equal(strings.backTo(new URL(acme.returnUrl).host));
        part(anonymous.element, 'back-button')!.click();
        expect(new URL(anonymous.visits[0]!).searchParams.get('error')).to.equal('expired');
      });
    }

    it('unknown request (404)', async () => {
      const { element } = await mount('ar_does_not_exist');
      expect(text(part(element, 'title'))).to.equal('Access request not found');
      expect(part(element, 'approve-button')).to.equal(null);
    });

    it('already decided (409)', async () => {
      const id = openRequest();
      mock.db.approve(owner.id, id, home.id);
      const { element } = await mount(id, { locale: 'fr' });
      expect(text(part(element, 'title'))).to.equal('Cette demande a déjà reçu une réponse');
    });

    it('network failure, with a Try again that recovers', async () => {
      worker.use(http.get('*/api/access-requests/:id', () => HttpResponse.error(), { once: true }));
      const { element } = await mount(openRequest());
      expect(text(part(element, 'title'))).to.equal('No connection');
      expect(text(part(element, 'status'))).to.contain(catalogues.en.common.networkError);
      part(element, 'retry-button')!.click();
      await waitUntil(() => part(element, 'approve-button'));
      expect(radios(element)).to.have.length(2);
    });

    it('server error (500)', async () => {
      worker.use(http.get('*/api/access-requests/:id', () => new HttpResponse('boom', { status: 500 })));
      const { element } = await mount(openRequest(), { locale: 'de' });
      expect(text(part(element, 'title'))).to.equal('Etwas ist schiefgelaufen');
      expect(text(part(element, 'retry-button'))).to.equal('Erneut versuchen');
    });

    it('no installation to share: says why and offers the way back to the partner instead of only Deny', async () => {
      resetMocks(otherUser.id);
      const { element } = await mount(openRequest());
      expect(text(part(element, 'notice'))).to.equal(`No installation to share ${catalogues.en.consent.noInstallationsBody}`);
      expect(text(part(element, 'notice'))).not.to.contain('Deny');
      expect(part(element, 'approve-button')).to.equal(null);
      expect(part(element, 'deny-button')).to.equal(null);
      expect(part(element, 'search')).to.equal(null);
      expect(text(part(element, 'back-button'))).to.equal('Back to Acme Energy');
      expect(focused(element)).to.equal('notice status');
    });

    it('no installation to share: Back with the keyboard answers the partner (error=cancelled) and follows the redirect', async () => {
      resetMocks(otherUser.id);
      const id = openRequest({ return_url: acme.returnUrl, state: 's-empty' });
      const { element, visits } = await mount(id);
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal('back-button');
      const cancelled = oneEvent(element, 'gk-cancelled') as Promise<GkCancelledEvent>;
      await sendKeys({ press: 'Enter' });
      const event = await cancelled;
      expect(event.detail).to.include({ requestId: id, reason: 'cancelled' });
      const redirect = new URL(event.detail.redirectUrl);
      expect(redirect.origin + redirect.pathname).to.equal(acme.returnUrl);
      expect(Object.fromEntries(redirect.searchParams)).to.include({ success: 'false', error: 'cancelled', lookup_key: acme.lookupKey, state: 's-empty' });
      await waitUntil(() => visits.length === 1, 'the card did not follow the redirect');
      expect(mock.db.accessRequests.get(id)!.status).to.equal('cancelled');
      expect(text(part(element, 'status'))).to.equal('Taking you back to Acme Energy…');
    });

    it('every installation already shared: names the partner, goes back with already_shared, and announces a failure', async () => {
      for (const installation of [home, cabin]) {
        const { element, visits } = await mount(openRequest({ installation_id: installation.id }));
        part(element, 'approve-button')!.click();
        await waitUntil(() => visits.length === 1);
      }
      const { element, visits } = await mount(openRequest({ return_url: acme.returnUrl }));
      expect(text(part(element, 'notice'))).to.contain('Acme Energy already has access to all your installations');
      expect(part(element, 'approve-button')).to.equal(null);
      expect(part(element, 'deny-button')).to.equal(null);
      worker.use(http.post('*/api/access-requests/:id/cancel', () => HttpResponse.error()));
      part(element, 'back-button')!.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => part(element, 'error') !== null, 'no error shown');
      expect(text(part(element, 'error'))).to.equal(catalogues.en.common.networkError);
      expect(visits).to.deep.equal([]);
      await expectNoAxeViolations(element);
      worker.resetHandlers();
      const cancelled = oneEvent(element, 'gk-cancelled') as Promise<GkCancelledEvent>;
      part(element, 'back-button')!.click();
      const event = await cancelled;
      expect(event.detail.reason).to.equal('already_shared');
      expect(new URL(event.detail.redirectUrl).searchParams.get('error')).to.equal('already_shared');
    });

    it('the preselected installation already shared: says so in every language, with the way back naming it', async () => {
      const { element: first, visits } = await mount(openRequest({ installation_id: home.id }));
      part(first, 'approve-button')!.click();
      await waitUntil(() => visits.length === 1);
      const expected: Record<string, [string, string]> = {
        en: ['Acme Energy already has access to Home', 'Back to Acme Energy'],
        fr: ['Acme Energy a déjà accès à Home', 'Revenir à Acme Energy'],
        de: ['Acme Energy hat bereits Zugriff auf Home', 'Zurück zu Acme Energy'],
        pt: ['Acme Energy já tem acesso a Home', 'Voltar para Acme Energy'],
        nb: ['Acme Energy har allerede tilgang til Home', 'Tilbake til Acme Energy'],
      };
      for (const locale of SUPPORTED_LOCALES) {
        const id = openRequest({ installation_id: home.id, locale, return_url: acme.returnUrl });
        const { element } = await mount(id, { locale });
        expect(text(part(element, 'notice')), locale).to.contain(expected[locale]![0]);
        expect(text(part(element, 'back-button')), locale).to.equal(expected[locale]![1]);
        // The other installation can still be chosen.
        expect(radios(element).map((radio) => radio.value)).to.deep.equal([cabin.id]);
      }
      const id = openRequest({ installation_id: home.id, return_url: acme.returnUrl });
      const { element } = await mount(id);
      const cancelled = oneEvent(element, 'gk-cancelled') as Promise<GkCancelledEvent>;
      part(element, 'back-button')!.click();
      const params = new URL((await cancelled).detail.redirectUrl).searchParams;
      expect(params.get('error')).to.equal('already_shared');
      expect(params.get('installation_id')).to.equal(home.id);
    });

    it('an installation in the link that is not yours: says so and offers your own, Deny, and the way back', async () => {
      const { element } = await mount(openRequest({ installation_id: 'ins_not_mine' }));
      expect(text(part(element, 'notice'))).to.contain('The installation in the link is not one of yours');
      expect(radios(element)).to.have.length(2);
      expect(part(element, 'deny-button')).to.not.equal(null);
      expect(text(part(element, 'back-button'))).to.equal('Back to Acme Energy');
    });

    it('ended session (401)', async () => {
      resetMocks(null);
      const { element } = await mount(openRequest());
      expect(text(part(element, 'status'))).to.contain(catalogues.en.common.sessionExpired);
    });

    it('missing request-id', async () => {
      const element = await fixture<GkConsent>(html`<gk-consent locale="en"></gk-consent>`);
      expect(text(part(element, 'title'))).to.equal('Access request not found');
    });
  });

  describe('many installations', () => {
    /** Gives the owner 30 more installations, "Site 01" … "Site 30". */
    function manySites(): void {
      for (let n = 1; n <= 30; n++) {
        const id = `ins_site_${n}`;
        mock.db.installations.set(id, { ...mock.db.installations.get(home.id)!, id, name: `Site ${String(n).padStart(2, '0')}`, address: `Road ${n}` });
      }
    }

    it('shows the first 20, the preselected one first, and more on "Show more", announced', async () => {
      manySites();
      const { element } = await mount(openRequest({ installation_id: 'ins_site_25' }));
      expect(radios(element)).to.have.length(20);
      expect(radios(element)[0]!.value).to.equal('ins_site_25');
      expect(radios(element)[0]!.checked).to.equal(true);
      part(element, 'more-button')!.click();
      await waitUntil(() => radios(element).length === 32, 'no more installations');
      expect(new Set(radios(element).map((radio) => radio.value)).size).to.equal(32);
      expect(part(element, 'more-button')).to.equal(null);
      expect(text(element.shadowRoot!.querySelector('[role="status"].live'))).to.equal('32 installations shown');
      await expectNoAxeViolations(element);
    });

    it('searches as the user types (debounced), with a label, and says when nothing matches, in every language', async () => {
      manySites();
      const requests: string[] = [];
      worker.events.on('request:start', ({ request }) => {
        if (request.url.includes('/installations')) requests.push(new URL(request.url).searchParams.get('q') ?? '');
      });
      const { element } = await mount(openRequest());
      const search = part(element, 'search') as HTMLInputElement;
      expect(text(element.shadowRoot!.querySelector(`label[for="${search.id}"]`))).to.equal('Search your installations by name or address');
      search.focus();
      await sendKeys({ type: 'road 2' });
      await waitUntil(() => radios(element).length === 11, 'no search results');
      expect(requests).to.deep.equal(['road 2']);
      expect(radios(element).map((radio) => radio.value)).to.include('ins_site_2');
      expect(text(element.shadowRoot!.querySelector('[role="status"].live'))).to.equal('11 installations shown');
      worker.events.removeAllListeners();

      const noMatch: Record<string, string> = {
        en: 'No installation matches “zzz”.',
        fr: 'Aucune installation ne correspond à « zzz ».',
        de: 'Keine Installation passt zu „zzz“.',
        pt: 'Nenhuma instalação corresponde a “zzz”.',
        nb: 'Ingen anlegg passer til «zzz».',
      };
      for (const locale of SUPPORTED_LOCALES) {
        const { element: card } = await mount(openRequest({ locale }), { locale });
        (part(card, 'search') as HTMLInputElement).focus();
        await sendKeys({ type: 'zzz' });
        await waitUntil(() => radios(card).length === 0, `${locale}: still listing`);
        expect(text(card.shadowRoot!.querySelector('[role="status"].live')), locale).to.equal(noMatch[locale]);
      }
    });

    it('keeps Approve unavailable until an installation is chosen, and says why beside it', async () => {
      manySites();
      const { element } = await mount(openRequest());
      const approve = part(element, 'approve-button')!;
      expect(approve.getAttribute('aria-disabled')).to.equal('true');
      expect(text(part(element, 'approve-hint'))).to.equal(catalogues.en.consent.chooseInstallation);
      expect(approve.getAttribute('aria-describedby')).to.equal('approve-hint');
      approve.click();
      await element.updateComplete;
      expect(part(element, 'error')).to.equal(null);
      radios(element)[3]!.click();
      await element.updateComplete;
      expect(approve.getAttribute('aria-disabled')).to.equal('false');
      expect(part(element, 'approve-hint')).to.equal(null);
    });

    it('marks installations already shared and, unless the request re-offers them, does not let them be chosen', async () => {
      const { element: first, visits } = await mount(openRequest({ installation_id: home.id }));
      part(first, 'approve-button')!.click();
      await waitUntil(() => visits.length === 1);
      const offered = await mount(openRequest({ show_existing: 'true' }));
      const shared = radios(offered.element).find((radio) => radio.value === home.id)!;
      expect(shared.disabled).to.equal(false);
      expect(text(shared.closest('label'))).to.contain('Already shared');
    });
  });

  describe('keyboard', () => {
    it('can pick an installation and approve with the keyboard alone', async () => {
      const id = openRequest({ installation_id: home.id });
      const { element, visits } = await mount(id);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal('search');
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(`radio:${home.id}`);
      await sendKeys({ press: 'ArrowDown' });
      expect(radios(element)[1]!.checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal('deny-button');
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal('approve-button');
      const approved = oneEvent(element, 'gk-approved') as Promise<GkApprovedEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await approved).detail.installationId).to.equal(cabin.id);
      await waitUntil(() => visits.length === 1);
    });

    it('submits the picker with Enter on a radio and denies with Space on Deny', async () => {
      const { element } = await mount(openRequest({ installation_id: home.id }));
      radios(element)[0]!.focus();
      const approved = oneEvent(element, 'gk-approved');
      await sendKeys({ press: 'Enter' });
      await approved;

      const second = await mount(openRequest());
      part(second.element, 'deny-button')!.focus();
      const denied = oneEvent(second.element, 'gk-denied');
      await sendKeys({ press: 'Space' });
      await denied;
    });
  });

  describe('accessibility (axe-core)', () => {
    it('has no violations with a request shown, and with an inline error', async () => {
      const { element } = await mount(openRequest({ show_existing: 'true' }));
      await expectNoAxeViolations(element);
      part(element, 'approve-button')!.click();
      await element.updateComplete;
      await expectNoAxeViolations(element);
    });

    it('has no violations in an error state and after a decision', async () => {
      const expired = openRequest();
      mock.db.expireAccessRequest(expired);
      await expectNoAxeViolations((await mount(expired)).element);
      const { element } = await mount(openRequest({ installation_id: home.id }));
      part(element, 'approve-button')!.click();
      await waitUntil(() => part(element, 'status'));
      await expectNoAxeViolations(element);
    });
  });

  describe('color scheme and motion', () => {
    afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

    it('switches to dark colours under prefers-color-scheme: dark, with no contrast violations', async () => {
      const { element } = await mount(openRequest({ installation_id: home.id }));
      const background = () => getComputedStyle(part(element, 'base')!).backgroundColor;
      expect(background()).to.equal('rgb(255, 255, 255)');
      // Without motion, so axe sees the final colours rather than a transition's midpoint.
      await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      expect(background()).to.equal('rgb(23, 29, 38)');
      await expectNoAxeViolations(element);
    });

    it('lets a page theme it through --gk-* custom properties', async () => {
      const { element } = await mount(openRequest({ installation_id: home.id }));
      element.style.setProperty('--gk-transition-duration', '0s');
      element.style.setProperty('--gk-color-primary', 'rgb(15, 118, 110)');
      expect(getComputedStyle(part(element, 'approve-button')!).backgroundColor).to.equal('rgb(15, 118, 110)');
    });

    it('stops the spinner under prefers-reduced-motion: reduce', async () => {
      worker.use(http.get('*/api/access-requests/:id', () => new Promise<Response>(() => undefined)));
      const element = await fixture<GkConsent>(html`<gk-consent request-id="ar_slow" locale="en"></gk-consent>`);
      const spinner = element.shadowRoot!.querySelector('.spinner')!;
      expect(getComputedStyle(spinner).animationName).to.equal('gk-spin');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(spinner).animationName).to.equal('none');
    });
  });

  describe('progressive enhancement', () => {
    it('hides the no-JavaScript form placed inside it once upgraded', async () => {
      const element = await fixture<GkConsent>(
        html`<gk-consent request-id="ar_none" locale="en"><form method="post" action="/decide"><button>Approve</button></form></gk-consent>`,
      );
      const form = element.querySelector('form')!;
      expect(form.getClientRects().length).to.equal(0);
      expect(element.shadowRoot!.querySelector('slot')).to.equal(null);
    });
  });
});
