import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { MOCK_PARTNER, mockPartners } from '@grantkit/sdk/mock';
import type { GkPartnerInstallationLinkedEvent, GkPartnerInstallationUnlinkedEvent } from '../../events/gk-partner-installation.js';
import { formatDate } from '../../i18n/format.js';
import { SUPPORTED_LOCALES } from '../../i18n/locales.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { mock, resetMocks, startMocks, worker } from '../../internal/test/mocks.js';
import en from './i18n/en.js';
import fr from './i18n/fr.js';
import de from './i18n/de.js';
import pt from './i18n/pt.js';
import nb from './i18n/nb.js';
import './partner-installations.define.js';
import type { GkPartnerInstallations } from './partner-installations.component.js';

const catalogues = { en, fr, de, pt, nb };
/** Olivia Owner: the mock organisation's account holder, owner of Home and Cabin. */
const { owner, otherUser, home, cabin } = mock.fixtures;
const PARTNER = MOCK_PARTNER.name;
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(element: GkPartnerInstallations, selector: string): T => {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in ${element.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 800)}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(element: GkPartnerInstallations, selector: string): T[] => [...element.shadowRoot!.querySelectorAll<T>(selector)];
const has = (element: GkPartnerInstallations, selector: string): boolean => element.shadowRoot!.querySelector(selector) !== null;
/** The focused element inside the shadow root, described by id, part or row. */
const focused = (element: GkPartnerInstallations): Element | null => element.shadowRoot!.activeElement;
const partners = () => mockPartners(mock.db);
const rows = (element: GkPartnerInstallations) => $$(element, 'tbody tr').map((row) => [text(row.querySelector('th')), ...[...row.querySelectorAll('td')].map(text)]);
const options = (element: GkPartnerInstallations) => $$<HTMLOptionElement>(element, 'option').map((o) => o.textContent!.trim());
const idle = (element: GkPartnerInstallations): boolean =>
  !element.shadowRoot!.querySelector('[aria-busy="true"], [aria-disabled="true"]');

async function mount(locale = 'en', partnerId: string = MOCK_PARTNER.id): Promise<GkPartnerInstallations> {
  const element = await fixture<GkPartnerInstallations>(html`<gk-partner-installations locale=${locale} partner-id=${partnerId}></gk-partner-installations>`);
  await settle(element);
  return element;
}

/** Waits until nothing is loading or in flight (the element's own busy markers, not msw's). */
async function settle(element: GkPartnerInstallations): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector('h2') && idle(element), 'kept loading', { timeout: 5000 }).catch((e: Error) => {
    throw new Error(`${e.message}: ${element.shadowRoot?.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 800)}`);
  });
  await element.updateComplete;
}

async function choose(element: GkPartnerInstallations, installationId: string): Promise<void> {
  const select = $<HTMLSelectElement>(element, '#installation');
  select.value = installationId;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

/** Clicks `selector` and waits until the request it made has been answered. */
async function press(element: GkPartnerInstallations, selector: string): Promise<void> {
  $(element, selector).click();
  await element.updateComplete;
  await settle(element);
}

/** Links `installationId` through the mock (as if done earlier, elsewhere). */
const linked = (installationId: string) => partners().link(owner.id, MOCK_PARTNER.id, installationId).grant;

describe('<gk-partner-installations>', () => {
  before(() => startMocks());
  beforeEach(() => resetMocks(owner.id));

  for (const locale of SUPPORTED_LOCALES) {
    it(`renders the partner, the picker and the linked installations in ${locale}`, async () => {
      const s = catalogues[locale];
      const grant = linked(home.id);
      const element = await mount(locale);
      expect(text($(element, 'h2'))).to.equal(s.title(PARTNER));
      expect(text($(element, 'label[for="installation"]'))).to.equal(s.installation);
      expect(options(element)).to.deep.equal([s.choose, cabin.name]);
      expect(text($(element, '[part~="link-button"]'))).to.equal(s.link);
      expect($$(element, 'thead th').map(text)).to.deep.equal([s.col.installation, s.col.since, s.col.by, s.col.actions]);
      expect(rows(element)).to.deep.equal([[home.name, formatDate(locale, grant.created_at), owner.name, s.unlink]]);
      expect($(element, '[part~="unlink-button"]').getAttribute('aria-label')).to.equal(s.unlinkLabel(home.name));
      expect($(element, 'section').getAttribute('lang')).to.equal(locale);
      // Also: each language's Unlink label starts from its visible text (label-content-name-mismatch).
      await expectNoAxeViolations(element);
    });
  }

  it('shows the empty state, and when there is nothing left to link', async () => {
    const element = await mount();
    expect(text($(element, '#empty'))).to.equal(en.empty(PARTNER));
    expect(options(element)).to.deep.equal([en.choose, home.name, cabin.name]);
    await expectNoAxeViolations(element);
    linked(home.id);
    linked(cabin.id);
    await element.load();
    await element.updateComplete;
    expect(has(element, 'form')).to.equal(false);
    expect(text($(element, '#nothing'))).to.equal(en.allLinked);
  });

  it('explains that a user who manages no installation has nothing to link, and marks links made by an owner', async () => {
    // Another owner's installation, linked to the partner by that owner's consent elsewhere.
    mock.db.installations.set('ins_shed', { id: 'ins_shed', name: 'Shed', address: '', owner_id: otherUser.id, admin_ids: [], created_at: '2026-01-01T00:00:00Z', settings: {}, chargers: [] });
    mock.db.grants.set('grt_shed', { id: 'grt_shed', group_id: MOCK_PARTNER.id, installation_id: 'ins_shed', permissions: ['installation:read'], created_at: '2026-11-02T10:00:00Z', created_by: null });
    for (const id of [home.id, cabin.id]) mock.db.installations.delete(id);
    const element = await mount();
    expect(text($(element, '#nothing'))).to.equal(en.noInstallations);
    expect(rows(element)).to.deep.equal([['Shed', formatDate('en', '2026-11-02T10:00:00Z'), en.unknown, en.notManaged]]);
    expect(has(element, '[part~="unlink-button"]')).to.equal(false);
  });

  it('links an installation: busy button, event, announcement, focus on the new row, picker updated', async () => {
    const element = await mount();
    await choose(element, cabin.id);
    const event = oneEvent(element, 'gk-partner-installation-linked') as Promise<GkPartnerInstallationLinkedEvent>;
    $(element, '[part~="link-button"]').click();
    await element.updateComplete;
    expect($(element, '[part~="link-button"]').getAttribute('aria-disabled')).to.equal('true');
    expect(text($(element, '[part~="link-button"]'))).to.equal(en.linking);
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(detail).to.include({ installation_id: cabin.id, installation_name: cabin.name, group_id: MOCK_PARTNER.id, created_by: owner.name });
    await settle(element);
    expect(rows(element).map((r) => r[0])).to.deep.equal([cabin.name]);
    expect(text($(element, '[part~="status"]'))).to.equal(en.linked(cabin.name, PARTNER));
    expect(focused(element)).to.equal($(element, `tr[data-id="${detail.id}"] th`));
    expect(options(element)).to.deep.equal([en.choose, home.name]);
    expect($<HTMLSelectElement>(element, '#installation').value).to.equal('');
    expect(partners().grants(owner.id, MOCK_PARTNER.id).map((g) => g.installation_id)).to.deep.equal([cabin.id]);
    await expectNoAxeViolations(element);
  });

  it('asks for an installation before linking, without a request', async () => {
    const element = await mount('fr');
    let requests = 0;
    worker.use(http.post('*/api/partners/:id/grants', () => void requests++));
    $(element, '[part~="link-button"]').click();
    await element.updateComplete;
    expect(text($(element, '#installation-error'))).to.equal(fr.errors.required);
    expect($(element, '#installation').getAttribute('aria-invalid')).to.equal('true');
    expect(focused(element)?.id).to.equal('installation');
    await expectNoAxeViolations(element);
    await choose(element, home.id);
    expect(text($(element, '#installation-error'))).to.equal('');
    expect(requests).to.equal(0);
  });

  it('unlinks after confirming: event, announcement, focus, the installation back in the picker', async () => {
    const grant = linked(home.id);
    const element = await mount();
    $(element, '[part~="unlink-button"]').click();
    await element.updateComplete;
    expect(text($(element, '[part~="confirm"] p'))).to.equal(en.confirm(home.name, PARTNER));
    expect(focused(element)?.getAttribute('part')).to.equal('cancel-button');
    await expectNoAxeViolations(element);
    const event = oneEvent(element, 'gk-partner-installation-unlinked') as Promise<GkPartnerInstallationUnlinkedEvent>;
    $(element, '[part~="confirm-button"]').click();
    const { detail, bubbles, composed } = await event;
    expect(bubbles && composed).to.equal(true);
    expect(detail).to.include({ id: grant.id, installation_id: home.id, installation_name: home.name });
    await settle(element);
    expect(rows(element)).to.deep.equal([]);
    expect(text($(element, '#empty'))).to.equal(en.empty(PARTNER));
    expect(text($(element, '[part~="status"]'))).to.equal(en.unlinked(home.name));
    expect(focused(element)?.id).to.equal('list-title');
    expect(options(element)).to.deep.equal([en.choose, home.name, cabin.name]);
    expect(partners().grants(owner.id, MOCK_PARTNER.id)).to.deep.equal([]);
  });

  it('cancels an unlink with Cancel or Escape, changing nothing', async () => {
    linked(home.id);
    const element = await mount();
    $(element, '[part~="unlink-button"]').click();
    await element.updateComplete;
    $(element, '[part~="cancel-button"]').click();
    await element.updateComplete;
    expect(has(element, '[part~="confirm"]')).to.equal(false);
    expect(focused(element)?.getAttribute('part')).to.equal('unlink-button');
    $(element, '[part~="unlink-button"]').click();
    await element.updateComplete;
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(has(element, '[part~="confirm"]')).to.equal(false);
    expect(focused(element)?.getAttribute('part')).to.equal('unlink-button');
    expect(partners().grants(owner.id, MOCK_PARTNER.id)).to.have.length(1);
  });

  it('link 404 (the installation is gone or no longer managed): explained, and the picker reloads', async () => {
    const element = await mount('de');
    await choose(element, cabin.id);
    mock.db.installations.delete(cabin.id);
    await press(element, '[part~="link-button"]');
    expect(text($(element, '[part~="error"]'))).to.equal(de.errors.installation_gone);
    expect(focused(element)?.id).to.equal('error');
    expect(options(element)).to.deep.equal([de.choose, home.name]);
    expect(rows(element)).to.deep.equal([]);
  });

  it('link 409 partner_deactivated: explained, and the form gives way to the reason', async () => {
    const element = await mount('pt');
    await choose(element, home.id);
    partners().partners.get(MOCK_PARTNER.id)!.deactivated_at = mock.db.now();
    await press(element, '[part~="link-button"]');
    expect(text($(element, '[part~="error"]'))).to.equal(pt.errors.partner_deactivated);
    expect(has(element, 'form')).to.equal(false);
    expect(text($(element, '#nothing'))).to.equal(pt.deactivated(PARTNER));
  });

  it('link 400 validation_failed and 401: explained, the form kept', async () => {
    const element = await mount();
    await choose(element, home.id);
    worker.use(http.post('*/api/partners/:id/grants', () => HttpResponse.json({ code: 'validation_failed', title: 'Invalid' }, { status: 400 }), { once: true }));
    await press(element, '[part~="link-button"]');
    expect(text($(element, '[part~="error"]'))).to.equal(en.errors.installation_gone);
    mock.signIn(null);
    await choose(element, cabin.id);
    await press(element, '[part~="link-button"]');
    expect(text($(element, '[part~="error"]'))).to.equal(en.errors.unauthenticated);
    expect($<HTMLSelectElement>(element, '#installation').value).to.equal(cabin.id);
  });

  it('link without network keeps the choice and succeeds on the next try', async () => {
    const element = await mount();
    await choose(element, home.id);
    worker.use(http.post('*/api/partners/:id/grants', () => HttpResponse.error(), { once: true }));
    await press(element, '[part~="link-button"]');
    expect(text($(element, '[part~="error"]'))).to.equal(en.errors.network);
    expect($<HTMLSelectElement>(element, '#installation').value).to.equal(home.id);
    await press(element, '[part~="link-button"]');
    expect(text($(element, '[part~="error"]'))).to.equal('');
    expect(rows(element).map((r) => r[0])).to.deep.equal([home.name]);
  });

  it('unlink 404 (already unlinked elsewhere): explained, and the list reloads', async () => {
    const grant = linked(home.id);
    const element = await mount('nb');
    $(element, '[part~="unlink-button"]').click();
    await element.updateComplete;
    mock.db.grants.delete(grant.id);
    await press(element, '[part~="confirm-button"]');
    expect(text($(element, '[part~="error"]'))).to.equal(nb.errors.grant_gone);
    expect(focused(element)?.id).to.equal('error');
    expect(rows(element)).to.deep.equal([]);
  });

  it('unlink 403 not_group_admin, 401 and no network: explained, the row kept', async () => {
    linked(home.id);
    const element = await mount();
    const cases: [() => void, string][] = [
      () => worker.use(http.delete('*/api/partners/:id/grants/:grantId', () => HttpResponse.json({ code: 'not_group_admin', title: 'Forbidden' }, { status: 403 }), { once: true })),
      () => worker.use(http.delete('*/api/partners/:id/grants/:grantId', () => HttpResponse.error(), { once: true })),
      () => mock.signIn(null),
    ].map((setup, i) => [setup, [en.errors.forbidden, en.errors.network, en.errors.unauthenticated][i]!]);
    for (const [setup, message] of cases) {
      setup();
      $(element, '[part~="unlink-button"]').click();
      await element.updateComplete;
      await press(element, '[part~="confirm-button"]');
      expect(text($(element, '[part~="error"]'))).to.equal(message);
      expect(rows(element).map((r) => r[0])).to.deep.equal([home.name]);
      expect(has(element, '[part~="confirm"]')).to.equal(false);
    }
  });

  it('shows a network failure on load with Try again, which recovers', async () => {
    worker.use(http.get('*/api/partners/:id/grants', () => HttpResponse.error(), { once: true }));
    const element = await mount('de');
    expect(text($(element, '[part~="error"]'))).to.equal(de.errors.network);
    expect(text($(element, 'h2'))).to.equal(de.heading);
    expect(has(element, 'form')).to.equal(false);
    await expectNoAxeViolations(element);
    $(element, '[part~="retry-button"]').click();
    await waitUntil(() => has(element, 'form'), 'did not recover');
    await element.updateComplete;
    expect(text($(element, 'h2'))).to.equal(de.title(PARTNER));
    expect(focused(element)?.id).to.equal('title');
  });

  it('shows a server error with Try again', async () => {
    worker.use(http.get('*/api/installations', () => HttpResponse.json({ code: 'boom' }, { status: 500 }), { once: true }));
    const element = await mount('pt');
    expect(text($(element, '[part~="error"]'))).to.equal(pt.errors.server);
    expect(has(element, '[part~="retry-button"]')).to.equal(true);
  });

  it('explains 401, 403, 404 and a missing partner-id on load, without Try again', async () => {
    resetMocks(null);
    let element = await mount('nb');
    expect(text($(element, '[part~="error"]'))).to.equal(nb.errors.unauthenticated);
    expect(has(element, '[part~="retry-button"]')).to.equal(false);
    resetMocks(owner.id);
    worker.use(http.get('*/api/partners/:id/grants', () => HttpResponse.json({ code: 'forbidden', title: 'Forbidden' }, { status: 403 })));
    element = await mount();
    expect(text($(element, '[part~="error"]'))).to.equal(en.errors.forbidden);
    resetMocks(otherUser.id);
    element = await mount();
    expect(text($(element, '[part~="error"]'))).to.equal(en.errors.not_found);
    expect(has(element, 'form')).to.equal(false);
    element = await mount('en', '');
    expect(text($(element, '[part~="error"]'))).to.equal(en.missingPartner);
  });

  it('works with the keyboard alone: pick, link, unlink with confirmation', async () => {
    const element = await mount();
    $<HTMLSelectElement>(element, '#installation').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect($<HTMLSelectElement>(element, '#installation').value).to.equal(cabin.id);
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.getAttribute('part')).to.equal('link-button');
    const event = oneEvent(element, 'gk-partner-installation-linked') as Promise<GkPartnerInstallationLinkedEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    await waitUntil(() => focused(element) === element.shadowRoot!.querySelector(`tr[data-id="${detail.id}"] th`), 'focus did not move to the new row');
    // From the row: Tab reaches the row's Unlink (the table region comes first only from above).
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.getAttribute('part')).to.equal('unlink-button');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focused(element)?.getAttribute('part')).to.equal('cancel-button');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focused(element)?.getAttribute('part')).to.equal('confirm-button');
    const unlinked = oneEvent(element, 'gk-partner-installation-unlinked');
    await sendKeys({ press: 'Enter' });
    await unlinked;
    await waitUntil(() => focused(element)?.id === 'list-title', 'focus did not move to the list heading');
    expect(rows(element)).to.deep.equal([]);
  });

  it('has no axe violations in dark mode with reduced motion, with a confirmation and an error shown', async () => {
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    try {
      linked(home.id);
      const element = await mount('nb');
      $(element, '[part~="link-button"]').click();
      $(element, '[part~="unlink-button"]').click();
      await element.updateComplete;
      await expectNoAxeViolations(element);
      expect(getComputedStyle($(element, '.card')).backgroundColor).to.equal('rgb(23, 29, 38)');
    } finally {
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    }
  });

  it('is themable and reloads when partner-id changes', async () => {
    const element = await mount();
    element.style.setProperty('--gk-color-primary', 'rgb(15, 118, 110)');
    await element.updateComplete;
    // (The button's background is transitioned: wait for it rather than read it mid-way.)
    await waitUntil(() => getComputedStyle($(element, '[part~="link-button"]')).backgroundColor === 'rgb(15, 118, 110)', 'not themed');
    element.partnerId = 'grp_unknown';
    await waitUntil(() => text(element.shadowRoot!.querySelector('[part~="error"]')) === en.errors.not_found);
  });
});
