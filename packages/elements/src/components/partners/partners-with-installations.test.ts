/**
 * `<gk-partners>` with `<gk-partner-installations>` registered (as define.ts does): the settings
 * embed it, and the two keep each other current. A file of its own, so partners.test.ts keeps
 * testing `<gk-partners>` alone (each file runs in its own page, with its own registry).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { MOCK_PARTNER, mockPartners } from '@grantkit/sdk/mock';
import type { GkPartnerInstallations } from '../partner-installations/partner-installations.component.js';
import installationsFr from '../partner-installations/i18n/fr.js';
import installationsEn from '../partner-installations/i18n/en.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { mock, resetMocks, startMocks } from '../../internal/test/mocks.js';
import en from './i18n/en.js';
import '../partner-installations/partner-installations.define.js';
import './partners.define.js';
import type { GkPartners } from './partners.component.js';

const { owner, home, cabin } = mock.fixtures;
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const inner = (element: GkPartners): GkPartnerInstallations => element.shadowRoot!.querySelector('gk-partner-installations')!;
const $in = (child: GkPartnerInstallations, selector: string): HTMLElement => child.shadowRoot!.querySelector<HTMLElement>(selector)!;
const idle = (element: GkPartners): boolean => {
  const child = inner(element);
  return !(element as unknown as { busy: boolean }).busy && !!child?.shadowRoot?.querySelector('h2') && !child.shadowRoot.querySelector('[aria-busy="true"], [aria-disabled="true"]');
};

/** Opens the settings of the mock partner and waits for the embedded list. */
async function openSettings(locale = 'en'): Promise<GkPartners> {
  const element = await fixture<GkPartners>(html`<gk-partners locale=${locale}></gk-partners>`);
  await waitUntil(() => element.shadowRoot?.querySelector(`tr[data-id="${MOCK_PARTNER.id}"] .settings`), 'no partner list', { timeout: 5000 });
  element.shadowRoot!.querySelector<HTMLElement>(`tr[data-id="${MOCK_PARTNER.id}"] .settings`)!.click();
  await waitUntil(() => inner(element) && idle(element), 'settings did not load', { timeout: 5000 });
  return element;
}

async function deactivate(element: GkPartners): Promise<void> {
  const confirm = element.shadowRoot!.querySelector<HTMLInputElement>('#confirm')!;
  confirm.value = MOCK_PARTNER.name;
  confirm.dispatchEvent(new Event('input'));
  await element.updateComplete;
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part="danger-zone"] button[type="submit"]')!.click();
  await waitUntil(() => element.shadowRoot!.querySelector('#remaining'), 'deactivation was not refused', { timeout: 5000 });
}

describe('<gk-partners> with <gk-partner-installations>', () => {
  before(() => startMocks());
  beforeEach(() => resetMocks(owner.id));

  it('embeds the linked installations in a partner’s settings, in the element’s language', async () => {
    mockPartners(mock.db).link(owner.id, MOCK_PARTNER.id, home.id);
    const element = await openSettings('fr');
    const child = inner(element);
    expect(child.getAttribute('partner-id')).to.equal(MOCK_PARTNER.id);
    expect(child.getAttribute('part')).to.equal('installations');
    expect(text($in(child, 'h2'))).to.equal(installationsFr.title(MOCK_PARTNER.name));
    expect(text($in(child, 'tbody th'))).to.equal(home.name);
    // Between the admin and the danger zone.
    expect(child.nextElementSibling?.getAttribute('part')).to.equal('danger-zone');
    await expectNoAxeViolations(element);
  });

  it('sizes the embedded card as a section of the settings: no heading larger than the settings\' own, its button level with its select', async () => {
    const element = await openSettings();
    const child = inner(element);
    const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
    const settingsTitle = size(element.shadowRoot!.querySelector('#settings-title')!);
    const section = size(element.shadowRoot!.querySelector('#general')!);
    for (const heading of child.shadowRoot!.querySelectorAll('h2, h3')) {
      expect(size(heading), text(heading)).to.be.below(settingsTitle);
      expect(size(heading), text(heading)).to.equal(section);
    }
    const select = $in(child, 'select').getBoundingClientRect();
    const button = $in(child, '[part~="link-button"]').getBoundingClientRect();
    expect(Math.abs((select.top + select.bottom) / 2 - (button.top + button.bottom) / 2), 'Link installation level with the select').to.be.at.most(3);
  });

  it('a link made there is refused deactivation here; an unlink there clears it from what remains', async () => {
    const element = await openSettings();
    const child = inner(element);
    const select = $in(child, '#installation') as HTMLSelectElement;
    select.value = cabin.id;
    select.dispatchEvent(new Event('change'));
    await child.updateComplete;
    $in(child, '[part~="link-button"]').click();
    await waitUntil(() => text($in(child, 'tbody th')) === cabin.name && idle(element), 'not linked');

    await deactivate(element);
    expect(text(element.shadowRoot!.querySelector('#remaining'))).to.contain(en.hasAccess(MOCK_PARTNER.name)).and.contain(cabin.name);

    // Linking Home now adds it to what remains; unlinking Cabin there takes Cabin away here.
    select.value = home.id;
    select.dispatchEvent(new Event('change'));
    await child.updateComplete;
    $in(child, '[part~="link-button"]').click();
    await waitUntil(() => text(element.shadowRoot!.querySelector('#remaining')).includes(home.name), 'the new link is not listed as remaining');
    const cabinRow = [...child.shadowRoot!.querySelectorAll('tbody tr')].find((r) => text(r.querySelector('th')) === cabin.name)!;
    cabinRow.querySelector<HTMLElement>('[part~="unlink-button"]')!.click();
    await child.updateComplete;
    $in(child, '[part~="confirm-button"]').click();
    await waitUntil(() => !text(element.shadowRoot!.querySelector('#remaining')).includes(cabin.name), 'the unlinked installation still remains');
    expect(text(element.shadowRoot!.querySelector('#remaining'))).to.contain(home.name);
  });

  it('a Revoke in the refusal reloads the embedded list', async () => {
    mockPartners(mock.db).link(owner.id, MOCK_PARTNER.id, home.id);
    const element = await openSettings();
    await deactivate(element);
    element.shadowRoot!.querySelector<HTMLButtonElement>('#remaining button')!.click();
    const child = inner(element);
    await waitUntil(() => text($in(child, '#empty')) === installationsEn.empty(MOCK_PARTNER.name), 'the embedded list kept the revoked link');
    expect(text(element.shadowRoot!.querySelector('[part="status"]'))).to.equal(en.revoked(home.name));
  });

  it('has no axe violations in dark mode', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      mockPartners(mock.db).link(owner.id, MOCK_PARTNER.id, home.id);
      const element = await openSettings('nb');
      await expectNoAxeViolations(element);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
