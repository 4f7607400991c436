import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mockInvitations } from '@grantkit/sdk/mock';
import { SUPPORTED_LOCALES } from '../../i18n/index.js';
import type { GkCodeDeactivatedEvent } from '../../events/gk-codes-created.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { expectNoHorizontalOverflow, narrow } from '../../internal/test/overflow.js';
import { mock, resetMocks, startMocks } from '../../internal/test/mocks.js';
import { invitationCatalogues } from './i18n/all.js';
import './invite-code-list.define.js';
import type { GkInviteCodeList } from './invite-code-list.component.js';

const { acme, volt, partnerAdmin, owner, otherUser } = mock.fixtures;
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(element: GkInviteCodeList, selector: string): T => {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(element: GkInviteCodeList, selector: string): T[] => [...element.shadowRoot!.querySelectorAll<T>(selector)];
const en = invitationCatalogues.en;
const rows = (element: GkInviteCodeList) => $$(element, 'tbody tr').map((row) => [...row.querySelectorAll('td')].map(text));

let clipboard: string[] = [];

async function mount(attributes: { locale?: string; pageSize?: number } = {}): Promise<GkInviteCodeList> {
  const element = await fixture<GkInviteCodeList>(html`<gk-invite-code-list locale=${attributes.locale ?? 'en'} page-size=${attributes.pageSize ?? 10}></gk-invite-code-list>`);
  await element.updateComplete;
  const root = element.shadowRoot!;
  await waitUntil(() => root.querySelector('tbody, [part~="error"] .error') || text(root.querySelector('.empty')), 'kept loading', { timeout: 5000 });
  return element;
}

describe('<gk-invite-code-list>', () => {
  before(() => startMocks());
  beforeEach(() => {
    resetMocks(partnerAdmin.id);
    clipboard = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void clipboard.push(value) } });
  });

  it('shows who used a code, filters by status and group, and deactivates a valid code', async () => {
    const state = mockInvitations(mock.db);
    const batch = state.create(partnerAdmin.id, acme.id, { count: 3, roles: ['operator'] });
    state.redeem(owner.id, batch.items[0]!.code);
    const element = await mount();
    const usedRow = rows(element).find((r) => r[1] === batch.items[0]!.code)!;
    expect(usedRow[6]).to.equal('Used');
    expect(usedRow[7]).to.contain(owner.name);

    const target = batch.items[1]!;
    $(element, `tr[data-id="${target.id}"] .deactivate`).click();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.classList.contains('confirm')).to.equal(true);
    expect(text($(element, `tr[data-id="${target.id}"]`))).to.contain(`Deactivate ${target.code}? It can no longer be used.`);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.classList.contains('deactivate')).to.equal(true);
    $(element, `tr[data-id="${target.id}"] .deactivate`).click();
    await element.updateComplete;
    const event = oneEvent(element, 'gk-code-deactivated') as Promise<GkCodeDeactivatedEvent>;
    $(element, `tr[data-id="${target.id}"] .confirm`).click();
    expect((await event).detail.status).to.equal('deactivated');
    await waitUntil(() => rows(element).find((r) => r[1] === target.code)?.[6] === 'Deactivated');
    expect(text($(element, '[part~="status"]'))).to.equal(`Code ${target.code} was deactivated.`);
    expect(element.shadowRoot!.querySelector(`tr[data-id="${target.id}"] .deactivate`)).to.equal(null);

    const status = $<HTMLSelectElement>(element, '#status-filter');
    status.value = 'valid';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => rows(element).length === 1);
    expect(rows(element)[0]![1]).to.equal(batch.items[2]!.code);
    status.value = '';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => rows(element).length === 3);
  });

  it('filters by group and pages through many codes', async () => {
    // Oscar administers Volt; make him an Acme admin too, so two groups are listed.
    mock.db.groups.get(acme.id)!.members.push({ user_id: otherUser.id, roles: ['admin'] });
    mock.signIn(otherUser.id);
    const state = mockInvitations(mock.db);
    state.create(otherUser.id, volt.id, { count: 2, roles: ['member'] });
    state.create(otherUser.id, acme.id, { count: 3, roles: ['member'] });
    const element = await mount({ pageSize: 2 });
    expect($$<HTMLOptionElement>(element, '#group-filter option').map(text)).to.have.members(['All', 'Acme Energy', 'Volt Installers']);
    expect(text($(element, '[part~="pagination"] .page'))).to.equal('Page 1 of 3 (5 codes)');
    const [previous, next] = $$<HTMLButtonElement>(element, '[part~="pagination"] button');
    expect(previous!.disabled).to.equal(true);
    const firstPage = rows(element).map((r) => r[1]);
    next!.click();
    await waitUntil(() => text(element.shadowRoot!.querySelector('[part~="pagination"] .page')) === 'Page 2 of 3 (5 codes)');
    const secondPage = rows(element).map((r) => r[1]);
    expect(secondPage).to.have.length(2);
    expect(secondPage.some((code) => firstPage.includes(code))).to.equal(false);
    // The API pages forward by cursor; Next follows it, Previous returns along the cursors it kept.
    $$<HTMLButtonElement>(element, '[part~="pagination"] button')[1]!.click();
    await waitUntil(() => text(element.shadowRoot!.querySelector('[part~="pagination"] .page')) === 'Page 3 of 3 (5 codes)');
    expect(rows(element)).to.have.length(1);
    expect($$<HTMLButtonElement>(element, '[part~="pagination"] button')[1]!.disabled, 'Next on the last page').to.equal(true);
    $$<HTMLButtonElement>(element, '[part~="pagination"] button')[0]!.click();
    await waitUntil(() => text(element.shadowRoot!.querySelector('[part~="pagination"] .page')) === 'Page 2 of 3 (5 codes)');
    expect(rows(element).map((r) => r[1])).to.deep.equal(secondPage);
    expect(text($(element, '[part~="status"]'))).to.equal('Page 2 of 3 (5 codes)');
    const group = $<HTMLSelectElement>(element, '#group-filter');
    group.value = volt.id;
    group.dispatchEvent(new Event('change'));
    await waitUntil(() => text(element.shadowRoot!.querySelector('[part~="pagination"] .page')) === 'Page 1 of 1 (2 codes)');
    expect(rows(element).every((r) => r[2] === 'Volt Installers')).to.equal(true);
  });

  it('keeps the deactivation question inside the table on a desktop, and shows cards at a phone\'s width', async () => {
    const state = mockInvitations(mock.db);
    state.create(partnerAdmin.id, acme.id, { count: 2, roles: ['operator'] });
    const element = await mount();
    element.style.width = '1000px';
    $$(element, 'tbody tr')[0]!.querySelector<HTMLButtonElement>('.deactivate')!.click();
    await element.updateComplete;
    expectNoHorizontalOverflow(element, 1000);
    await narrow(element);
    expectNoHorizontalOverflow(element);
    const row = $$(element, 'tbody tr')[0]!;
    expect(getComputedStyle(row).display).to.equal('grid');
    // Who the code makes you, in words (it said "Mode: Service").
    expect(text(row.querySelector(`[data-label="${en.list.columns.mode}"]`))).to.equal('Group member');
    expect(en.list.columns.mode).to.equal('Joins as');
    expect(row.querySelector('.confirm')!.getBoundingClientRect().right).to.be.at.most(row.getBoundingClientRect().right);
    await expectNoAxeViolations(element);
  });

  it('copies one code with its group and validity date, and passes axe', async () => {
    const [code] = mockInvitations(mock.db).create(partnerAdmin.id, acme.id, { count: 1, roles: ['member'] }).items;
    const element = await mount();
    $(element, `tr[data-id="${code!.id}"] button`).click();
    await waitUntil(() => clipboard.length === 1);
    const en = invitationCatalogues.en;
    expect(clipboard[0]).to.equal(`Invitation code for Acme Energy (TZBV)\nValid until: ${en.date(code!.expires_at)}\n\n${code!.code}`);
    await element.updateComplete;
    expect(text($(element, '[part~="status"]'))).to.equal(en.copy.copied);
    await expectNoAxeViolations(element);
  });

  it('shows an empty state and refuses outsiders politely', async () => {
    mock.signIn(owner.id);
    const element = await mount();
    expect(text($(element, '.empty'))).to.equal(invitationCatalogues.en.list.empty);
  });

  for (const locale of SUPPORTED_LOCALES) {
    it(`speaks ${locale}`, async () => {
      const s = invitationCatalogues[locale];
      mockInvitations(mock.db).create(partnerAdmin.id, acme.id, { count: 1, roles: ['member'] });
      const element = await mount({ locale });
      expect(text($(element, '#table-title'))).to.equal(s.list.tableTitle);
      expect($$(element, 'thead th').map(text)[1]).to.equal(s.list.columns.code);
      expect(rows(element)[0]![6]).to.equal(s.status.valid);
    });
  }
});
