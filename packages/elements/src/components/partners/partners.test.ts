import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { MOCK_ORGANISATION, MOCK_PARTNER, mockPartners } from '@grantkit/sdk/mock';
import type { GkPartnerDeactivatedEvent, GkPartnerRegisteredEvent } from '../../events/gk-partner.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { expectNoHorizontalOverflow } from '../../internal/test/overflow.js';
import { mock, resetMocks, startMocks, worker } from '../../internal/test/mocks.js';
import en from './i18n/en.js';
import fr from './i18n/fr.js';
import de from './i18n/de.js';
import pt from './i18n/pt.js';
import nb from './i18n/nb.js';
import './partners.define.js';
import type { GkPartners } from './partners.component.js';

const { owner, otherUser, home } = mock.fixtures;
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(element: GkPartners, selector: string): T => {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in ${element.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 400)}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(element: GkPartners, selector: string): T[] => [...element.shadowRoot!.querySelectorAll<T>(selector)];
/** Requests the mock has started but not answered (so a slow machine cannot outrun a test). */
let inflight = 0;
worker.events.on('request:start', () => void inflight++);
worker.events.on('request:end', () => void inflight--);
/**
 * Waits until the element is not busy with a change and no request has been in flight for 100 ms.
 * Counting requests alone is not enough: msw reports a request only once the service worker has
 * relayed it, which on a busy machine can come after a fixed number of quiet polls.
 */
const settle = async (element: GkPartners) => {
  const busy = () => (element as unknown as { busy: boolean }).busy;
  for (let i = 0, quiet = 0; i < 250 && quiet < 5; i++) {
    await new Promise((r) => setTimeout(r, 20));
    await element.updateComplete;
    quiet = inflight > 0 || busy() ? 0 : quiet + 1;
  }
  await element.updateComplete;
};

async function mount(locale = 'en'): Promise<GkPartners> {
  const element = await fixture<GkPartners>(html`<gk-partners locale=${locale}></gk-partners>`);
  await waitUntil(() => element.shadowRoot?.querySelector('h2') && !element.shadowRoot!.querySelector('.spinner'), 'kept loading', { timeout: 5000 }).catch((e) => {
    throw new Error(`${e.message}: ${element.shadowRoot?.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 600)}`);
  });
  await element.updateComplete;
  return element;
}

async function type(element: GkPartners, selector: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

async function submit(element: GkPartners): Promise<void> {
  $<HTMLButtonElement>(element, 'form button[type="submit"]').click();
  await settle(element);
}

const tabs = (element: GkPartners) => $$(element, '[role="tab"]');
const selectedTab = (element: GkPartners) => tabs(element).find((t) => t.getAttribute('aria-selected') === 'true')!.id;

function pickFile(element: GkPartners, bytes: BlobPart, name: string, mime: string): void {
  const input = $<HTMLInputElement>(element, '#logo');
  const transfer = new DataTransfer();
  transfer.items.add(new File([bytes], name, { type: mime }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('<gk-partners>', () => {
  before(() => startMocks());
  beforeEach(() => resetMocks(owner.id));

  it('lists the organisation’s partners with the cap and passes axe', async () => {
    const element = await mount();
    expect(text($(element, 'h2'))).to.equal('Partners');
    expect(text(element.shadowRoot!.querySelector('.hint'))).to.equal('1 of 10 partners');
    const row = $(element, `tr[data-id="${MOCK_PARTNER.id}"]`);
    expect(text(row.querySelector('th'))).to.equal('Solstice Service');
    expect(text(row.querySelector('code'))).to.equal('SLST');
    expect(text(row)).to.contain('@solstice.example');
    await expectNoAxeViolations(element);
  });

  it('registers a partner through the four steps as tabs, keyboard included', async () => {
    const element = await mount();
    $(element, '#register').click();
    await settle(element);
    expect(tabs(element).map((t) => t.id)).to.deep.equal(['tab-info', 'tab-domains', 'tab-admin', 'tab-review']);
    expect(selectedTab(element)).to.equal('tab-info');
    expect(tabs(element).slice(1).every((t) => t.getAttribute('aria-disabled') === 'true')).to.equal(true);
    await expectNoAxeViolations(element);

    // Step 1: name required; an SVG named .png is refused before uploading; a PNG is shown.
    await submit(element);
    expect(text($(element, '#name-error'))).to.equal(en.errors.required);
    expect($(element, '#name').getAttribute('aria-invalid')).to.equal('true');
    expect(element.shadowRoot!.activeElement?.id).to.equal('name');
    await type(element, '#name', 'Fjord Installers');
    pickFile(element, '<svg xmlns="http://www.w3.org/2000/svg"/>', 'logo.png', 'image/png');
    await settle(element);
    expect(text($(element, '#logo-error'))).to.equal(en.errors.logo_unsupported_type);
    pickFile(element, Uint8Array.from(atob(PNG), (c) => c.charCodeAt(0)), 'logo.png', 'image/png');
    await settle(element);
    expect(text($(element, '#logo-error'))).to.equal('');
    expect($<HTMLImageElement>(element, '[part="panel"] img').src).to.match(/^data:image\/png;base64,/);
    await submit(element);
    expect(selectedTab(element)).to.equal('tab-domains');
    expect(element.shadowRoot!.activeElement?.id).to.equal('tab-domains');

    // Step 2: a wildcard is refused by the server and shown on its field.
    await type(element, '#domains-0', '*.fjord.example');
    await submit(element);
    expect(text($(element, '#domains-0-error'))).to.equal(en.errors.invalid_domain);
    await type(element, '#domains-0', '@Fjord.Example');
    await submit(element);
    expect(selectedTab(element)).to.equal('tab-admin');

    // Keyboard: ArrowLeft goes back to a reached step, End to the last reached one.
    const tablist = $(element, '[role="tablist"]');
    tablist.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    await element.updateComplete;
    expect(selectedTab(element)).to.equal('tab-domains');
    expect(($<HTMLInputElement>(element, '#domains-0')).value).to.equal('fjord.example');
    tablist.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await element.updateComplete;
    expect(selectedTab(element)).to.equal('tab-admin');
    expect(tabs(element).find((t) => t.id === 'tab-review')!.getAttribute('aria-disabled')).to.equal('true');

    // Step 3: an address outside the domains.
    await type(element, '#admin-first_name', 'Ada');
    await type(element, '#admin-last_name', 'Admin');
    await type(element, '#admin-email', 'ada@gmail.example');
    await submit(element);
    expect(text($(element, '#admin-email-error'))).to.equal(en.errors.email_domain_not_allowed);
    await type(element, '#admin-email', 'ada@fjord.example');
    await submit(element);
    expect(selectedTab(element)).to.equal('tab-review');
    expect(text($(element, '[part="panel"] dl'))).to.contain('@fjord.example').and.contain('Ada Admin <ada@fjord.example>');

    const registered = oneEvent(element, 'gk-partner-registered') as Promise<GkPartnerRegisteredEvent>;
    await submit(element);
    const { detail } = await registered;
    expect(detail.partner.name).to.equal('Fjord Installers');
    await settle(element);
    expect(text($(element, '[part="status"]'))).to.equal(en.added('Fjord Installers', 'ada@fjord.example'));
    expect(text($(element, `tr[data-id="${detail.partner.id}"]`))).to.contain(en.pending('ada@fjord.example'));
    expect(mockPartners(mock.db).mailbox[0]!.to).to.equal('ada@fjord.example');
  });

  it('explains the cap instead of opening the registration', async () => {
    mockPartners(mock.db).organisation.partner_limit = 1;
    const element = await mount();
    const button = $(element, '#register');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text($(element, '#cap'))).to.equal(en.capReached(1));
    button.click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[role="tablist"]')).to.equal(null);
  });

  it('lays out the settings on one type scale and names the danger zone as its button does', async () => {
    const element = await mount();
    $(element, `tr[data-id="${MOCK_PARTNER.id}"] .settings`).click();
    await settle(element);
    const size = (selector: string) => parseFloat(getComputedStyle($(element, selector)).fontSize);
    expect(size('h2')).to.be.greaterThan(size('#settings-title'));
    expect(size('#settings-title')).to.be.greaterThan(size('#general'));
    expect(size('#general')).to.equal(size('#danger-heading'));
    expect(size('#general')).to.equal(size('[aria-labelledby="admin-heading"] form h4'));
    expect(text($(element, '#danger-heading'))).to.equal(en.deactivate);
    expect(text($(element, '[part="danger-zone"] button[type="submit"]'))).to.equal(en.deactivate);
    // The type scale is themable: one token moves every card title.
    element.style.setProperty('--gk-font-size-title', '2rem');
    expect(size('h2')).to.equal(32);
  });

  it('aligns the wizard\'s fields and keeps its buttons clear of the text above', async () => {
    const element = await mount();
    $(element, '#register').click();
    await settle(element);
    const box = (node: Element) => node.getBoundingClientRect();
    const actions = $(element, '#panel form > .actions');
    const above = actions.previousElementSibling!;
    expect(box(actions).top - box(above).bottom, 'space above the buttons').to.be.at.least(8);
    await type(element, '#name', 'Northwind');
    await submit(element);
    $$(element, '#panel button').find((b) => text(b) === en.addDomain)!.click();
    await element.updateComplete;
    const row = $$(element, '#panel .row')[0]!;
    const input = box(row.querySelector('input')!);
    const remove = box(row.querySelector('button')!);
    // The × button sits beside the input, centred on it (not on the field's error line).
    expect(Math.abs((remove.top + remove.bottom) / 2 - (input.top + input.bottom) / 2)).to.be.at.most(3);
  });

  it('changes the admin and refuses deactivation while access remains, then deactivates', async () => {
    const element = await mount();
    $(element, `tr[data-id="${MOCK_PARTNER.id}"] .settings`).click();
    await settle(element);
    expect(text($(element, '#settings-title'))).to.equal(en.settingsFor('Solstice Service'));
    await expectNoAxeViolations(element);

    await type(element, '#admin-first_name', 'Siri');
    await type(element, '#admin-last_name', 'Sol');
    await type(element, '#admin-email', 'siri@elsewhere.example');
    $<HTMLButtonElement>(element, '[aria-labelledby="admin-heading"] button[type="submit"]').click();
    await settle(element);
    expect(text($(element, '#admin-email-error'))).to.equal(en.errors.email_domain_not_allowed);
    await type(element, '#admin-email', 'siri@solstice.example');
    $<HTMLButtonElement>(element, '[aria-labelledby="admin-heading"] button[type="submit"]').click();
    await settle(element);
    expect(text($(element, '[part="status"]'))).to.equal(en.invited('siri@solstice.example'));
    expect(text($(element, '[aria-labelledby="admin-heading"]'))).to.contain(en.pending('siri@solstice.example'));

    // Link Home (as the settings' link API would), then try to deactivate: refused, with the grant listed and revocable.
    mock.db.grants.set('grt_home', { id: 'grt_home', group_id: MOCK_PARTNER.id, installation_id: home.id, permissions: ['installation:read'], created_at: new Date().toISOString(), created_by: owner.id });
    $(element, '[part="title"]');
    await type(element, '#confirm', 'Solstice Service');
    $<HTMLButtonElement>(element, '[part="danger-zone"] button[type="submit"]').click();
    await settle(element);
    const remaining = $(element, '#remaining');
    expect(remaining.getAttribute('role')).to.equal('alert');
    expect(text(remaining)).to.contain(en.hasAccess('Solstice Service')).and.contain(home.name);
    expect(element.shadowRoot!.activeElement?.id).to.equal('remaining');
    await expectNoAxeViolations(element);
    remaining.querySelector<HTMLButtonElement>('button')!.click();
    await settle(element);
    expect(text($(element, '#remaining'))).not.to.contain(home.name);

    // Wrong confirmation, then the right one.
    await type(element, '#confirm', 'Solstice');
    $<HTMLButtonElement>(element, '[part="danger-zone"] button[type="submit"]').click();
    await settle(element);
    expect(text($(element, '#confirm-error'))).to.equal(en.errors.confirmation_required);
    expect(element.shadowRoot!.activeElement?.id).to.equal('confirm');
    await type(element, '#confirm', 'solstice service');
    const deactivated = oneEvent(element, 'gk-partner-deactivated') as Promise<GkPartnerDeactivatedEvent>;
    $<HTMLButtonElement>(element, '[part="danger-zone"] button[type="submit"]').click();
    expect((await deactivated).detail.status).to.equal('deactivated');
    await settle(element);
    expect(text($(element, '[part="status"]'))).to.equal(en.deactivatedOk('Solstice Service'));
    expect(element.shadowRoot!.querySelector('[part="danger-zone"]')).to.equal(null);
    expect(text($(element, '.badge'))).to.equal(en.deactivated);
  });

  it('shows nothing to someone who is not an account holder', async () => {
    resetMocks(otherUser.id);
    const element = await mount();
    expect(text($(element, '[part="error"]'))).to.equal(en.noOrganisation);
    expect(element.shadowRoot!.querySelector('table')).to.equal(null);
  });

  it('speaks English, French, German, Portuguese and Norwegian', async () => {
    for (const [locale, strings] of Object.entries({ en, fr, de, pt, nb })) {
      const element = await mount(locale);
      expect(text($(element, 'h2')), locale).to.equal(strings.title);
      expect(text($(element, '#register')), locale).to.equal(strings.register);
      expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(locale);
    }
    expect(MOCK_ORGANISATION.name).to.equal('Helio Grid');
  });

  it('is themable through custom properties and parts', async () => {
    const element = await mount();
    element.style.setProperty('--gk-color-primary', 'rgb(1, 2, 3)');
    $(element, '#register').click();
    await settle(element);
    const tab = $(element, '[part~="tab-selected"]');
    expect(getComputedStyle(tab).borderBottomColor).to.equal('rgb(1, 2, 3)');
    expect($$(element, '[part~="tab"]')).to.have.length(4);
  });

  describe('at phone width (375 px)', () => {
    after(() => setViewport({ width: 800, height: 600 }));

    it('shows each partner as a card with every field inside it: nothing scrolls sideways', async () => {
      await setViewport({ width: 375, height: 800 });
      const element = await mount();
      const card = $(element, '[part="base"]');
      const region = $(element, '[role="region"]');
      const inside = (inner: DOMRect, outer: DOMRect) =>
        inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
      expect(card.getBoundingClientRect().right).to.be.at.most(375);
      expect(region.scrollWidth, 'the list fits a phone').to.be.at.most(region.clientWidth);
      expectNoHorizontalOverflow(element);
      // Its name (a landmark's must differ from the card's "Partners"): "Partners, 1 of 10 partners".
      const name = region.getAttribute('aria-labelledby')!.split(' ').map((id) => text($(element, `#${id}`)));
      expect(name).to.deep.equal(['Partners', '1 of 10 partners']);
      const headers = $$(element, 'thead th');
      const rowElement = $(element, `tr[data-id="${MOCK_PARTNER.id}"]`);
      expect(getComputedStyle(rowElement).display).to.equal('grid');
      const row = [...rowElement.children] as HTMLElement[];
      expect(headers.map(text)).to.deep.equal(['Partner', 'Lookup key', 'Domains', 'Admin', 'Status', 'Actions']);
      expect(row.map(text)[2]).to.equal('@solstice.example');
      for (const [column, cell] of row.entries()) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        expect(inside(range.getBoundingClientRect(), rowElement.getBoundingClientRect()), `${headers[column] && text(headers[column])} (“${text(cell)}”) lies within its card`).to.equal(true);
        // Each field but the name (the card's heading) says which column it is.
        if (column > 0) expect(cell.dataset.label).to.equal(text(headers[column]!));
      }
      await expectNoAxeViolations(element);
    });
  });
});
