import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { mockInvitations } from '@grantkit/sdk/mock';
import { SUPPORTED_LOCALES } from '../../i18n/index.js';
import type { GkCodeDeactivatedEvent, GkCodesCreatedEvent } from '../../events/gk-codes-created.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { mock, resetMocks, startMocks } from '../../internal/test/mocks.js';
import { invitationCatalogues } from './i18n/all.js';
import './invite-codes.define.js';
import './invite-code-list.define.js';
import type { GkInviteCodeList } from './invite-code-list.component.js';
import type { GkInviteCodes } from './invite-codes.component.js';

const { acme, volt, partnerAdmin, owner, otherUser } = mock.fixtures;
const en = invitationCatalogues.en;
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(element: GkInviteCodes, selector: string): T => {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(element: GkInviteCodes, selector: string): T[] => [...element.shadowRoot!.querySelectorAll<T>(selector)];

/** Every text the page put on the clipboard. */
let clipboard: string[] = [];

async function mount(attributes: { locale?: string; pageSize?: number } = {}): Promise<GkInviteCodes> {
  const element = await fixture<GkInviteCodes>(html`<gk-invite-codes locale=${attributes.locale ?? 'en'} page-size=${attributes.pageSize ?? 10}></gk-invite-codes>`);
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot!.querySelector('#create-title, [part~="create"], [part~="error"]') && !element.shadowRoot!.querySelector('.spinner'), 'kept loading', { timeout: 5000 });
  const list = element.shadowRoot!.querySelector<GkInviteCodeList>('gk-invite-code-list');
  if (list) {
    await list.updateComplete;
    await waitUntil(() => list.shadowRoot!.querySelector('tbody') || text(list.shadowRoot!.querySelector('.empty')), 'the list kept loading', { timeout: 5000 });
  }
  await element.updateComplete;
  return element;
}

function roleBox(element: GkInviteCodes, key: string): HTMLInputElement {
  return $$<HTMLInputElement>(element, 'input[name="roles"]').find((box) => box.value === key)!;
}

async function tick(element: GkInviteCodes, box: HTMLInputElement): Promise<void> {
  box.click();
  await element.updateComplete;
}

async function setField(element: GkInviteCodes, id: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(element, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

async function create(element: GkInviteCodes): Promise<void> {
  $(element, 'form[part~="create"] button[type="submit"]').click();
  await element.updateComplete;
  await waitUntil(() => !element.shadowRoot!.querySelector('.spinner'), 'kept creating', { timeout: 5000 });
  await element.updateComplete;
}

/** The management table inside the element (`<gk-invite-code-list>`). */
const listOf = (element: GkInviteCodes): GkInviteCodeList => $<GkInviteCodeList>(element, 'gk-invite-code-list');
const inList = <T extends Element = HTMLElement>(element: GkInviteCodes, selector: string): T => {
  const found = listOf(element).shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing in the list matches ${selector}`);
  return found;
};
const rows = (element: GkInviteCodes) => [...listOf(element).shadowRoot!.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(text));

describe('<gk-invite-codes>', () => {
  before(() => startMocks());
  beforeEach(() => {
    resetMocks(partnerAdmin.id);
    clipboard = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void clipboard.push(value) } });
  });

  it('shows the form with the seed’s defaults and the role catalogue, exclusive roles marked *', async () => {
    const element = await mount();
    expect($<HTMLInputElement>(element, '#count').value).to.equal('1');
    expect($<HTMLInputElement>(element, '#validity').value).to.equal('10');
    expect(text($(element, '[part~="roles-admin"] legend'))).to.equal('Administrator role');
    expect($$(element, '[part~="roles-admin"] label').map(text)).to.deep.equal(['Administrator']);
    expect($$(element, '[part~="roles-user"] label').map(text)).to.deep.equal(['Member', 'Installer', 'Operator', 'Auditor (read-only)*']);
    expect(text(element.shadowRoot!.querySelector('#create-roles-note'))).to.equal('* Cannot be combined with another role.');
    await expectNoAxeViolations(element);
  });

  it('keeps an exclusive role alone in the form', async () => {
    const element = await mount();
    await tick(element, roleBox(element, 'auditor'));
    expect(['admin', 'member', 'installer', 'operator'].map((k) => roleBox(element, k).disabled)).to.deep.equal([true, true, true, true]);
    await tick(element, roleBox(element, 'auditor'));
    await tick(element, roleBox(element, 'installer'));
    expect(roleBox(element, 'auditor').disabled).to.equal(true);
    expect(roleBox(element, 'admin').disabled).to.equal(false);
  });

  it('refuses bad input in the form, focusing the first problem, and creates nothing', async () => {
    const element = await mount();
    await setField(element, 'count', '11');
    await setField(element, 'validity', '0');
    await create(element);
    expect(text($(element, '#count-error'))).to.equal(en.invite.countError);
    expect(text($(element, '#validity-error'))).to.equal(en.invite.validityError);
    expect(text($(element, '#roles-error'))).to.equal(en.roles.required);
    expect($(element, '#count').getAttribute('aria-invalid')).to.equal('true');
    expect(element.shadowRoot!.activeElement?.id).to.equal('count');
    await setField(element, 'count', '2');
    await setField(element, 'validity', '90');
    await create(element);
    expect(element.shadowRoot!.activeElement?.getAttribute('name')).to.equal('roles');
    expect(mockInvitations(mock.db).codes).to.have.length(0);
  });

  it('creates codes, shows them with copy and copy all (group and date in the text), and lists them', async () => {
    const element = await mount();
    await setField(element, 'count', '3');
    await tick(element, roleBox(element, 'installer'));
    const event = oneEvent(element, 'gk-codes-created') as Promise<GkCodesCreatedEvent>;
    await create(element);
    const { detail } = await event;
    expect(detail.items).to.have.length(3);
    expect(text($(element, '#created-title'))).to.equal('The following invitation codes were created.');
    expect(element.shadowRoot!.activeElement?.id).to.equal('created-title');
    const codes = $$(element, '[part~="code"] code').map(text);
    expect(codes).to.deep.equal(detail.items.map((c) => c.code));
    expect(text($(element, '[part~="status"]'))).to.equal('3 invitation codes created.');
    expect(text($(element, '[part~="created"]'))).to.contain(`Valid until: ${en.date(detail.expires_at)}`);

    $(element, '[part~="copy-all"]').click();
    await waitUntil(() => clipboard.length === 1);
    expect(clipboard[0]).to.equal(`Invitation codes for Acme Energy (TZBV)\nValid until: ${en.date(detail.expires_at)}\n\n${codes.join('\n')}`);
    await element.updateComplete;
    expect(text($(element, '[part~="status"]'))).to.equal('3 codes copied to the clipboard.');
    $(element, '[part~="code"] button').click();
    await waitUntil(() => clipboard.length === 2);
    expect(clipboard[1]).to.contain(codes[0]!).and.to.contain('Acme Energy').and.not.to.contain(codes[1]!);

    await waitUntil(() => rows(element).length === 3, 'the list did not show the new codes');
    expect(rows(element).map((r) => [r[1], r[2], r[6]])).to.have.deep.members(codes.map((c) => [c, 'Acme Energy', 'Valid']));
    await expectNoAxeViolations(element);
    $$(element, '[part~="created"] button').find((b) => text(b) === 'Close')!.click();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id).to.equal('create-title');
  });

  it('tells a user who administers no group that they cannot invite', async () => {
    mock.signIn(owner.id);
    const element = await mount();
    expect(text($(element, '[part~="create"]'))).to.equal(en.invite.noGroups);
  });

  for (const locale of SUPPORTED_LOCALES) {
    it(`speaks ${locale}`, async () => {
      const s = invitationCatalogues[locale];
      const element = await mount({ locale });
      expect(text($(element, '#create-title'))).to.equal(s.invite.createTitle);
      expect(text(inList(element, '#table-title'))).to.equal(s.list.tableTitle);
      expect(text($(element, '[part~="roles-user"] legend'))).to.equal(s.roles.userHeading);
    });
  }
});
