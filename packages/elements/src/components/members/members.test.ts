import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SUPPORTED_LOCALES } from '../../i18n/index.js';
import type { GkMemberRemovedEvent, GkMemberUpdatedEvent } from '../../events/gk-member-changed.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { expectNoHorizontalOverflow, narrow } from '../../internal/test/overflow.js';
import { mock, resetMocks, startMocks } from '../../internal/test/mocks.js';
import { invitationCatalogues } from '../invite-codes/i18n/all.js';
import './members.define.js';
import type { GkMembers } from './members.component.js';

const { acme, partnerAdmin, partnerMember, otherUser } = mock.fixtures;
const en = invitationCatalogues.en;
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(element: GkMembers, selector: string): T => {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(element: GkMembers, selector: string): T[] => [...element.shadowRoot!.querySelectorAll<T>(selector)];

async function mount(locale = 'en', groupId: string = acme.id): Promise<GkMembers> {
  const element = await fixture<GkMembers>(html`<gk-members locale=${locale} group-id=${groupId}></gk-members>`);
  await element.updateComplete;
  await waitUntil(() => element.shadowRoot!.querySelector('#title') && !element.shadowRoot!.querySelector('.spinner'), 'kept loading', { timeout: 5000 }).catch((e) => {
    throw new Error(`${e.message}: ${element.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 600)}`);
  });
  await element.updateComplete;
  return element;
}

const table = (element: GkMembers) => $$(element, 'tbody tr[data-id]').map((row) => [text(row.querySelector('th')), ...[...row.querySelectorAll('td')].slice(0, 2).map(text)]);
const members = () => mock.db.groups.get(acme.id)!.members;

describe('<gk-members>', () => {
  before(() => startMocks());
  beforeEach(() => resetMocks(partnerAdmin.id));

  // First in the file: Lit's development build gives each warning once per page. A page (the
  // demo portal) may render the element before it sets group-id.
  it('loads without scheduling an update after an update, also when group-id comes later', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const element = await fixture<GkMembers>(html`<gk-members locale="en"></gk-members>`);
      await waitUntil(() => element.shadowRoot!.querySelector('#title'), 'never rendered', { timeout: 5000 });
      await element.updateComplete;
      element.groupId = acme.id;
      await waitUntil(() => element.shadowRoot!.querySelector('tbody tr'), 'never listed', { timeout: 5000 });
    } finally {
      console.warn = warn;
    }
    expect(warnings.filter((w) => w.includes('change-in-update'))).to.deep.equal([]);
  });

  it('lists the members with their roles and passes axe', async () => {
    const element = await mount();
    expect(table(element)).to.have.deep.members([
      [partnerAdmin.name, partnerAdmin.email, 'Administrator'],
      [partnerMember.name, partnerMember.email, 'Member'],
    ]);
    await expectNoAxeViolations(element);
  });

  it('at a phone\'s width shows each member as a card, the removal confirmation inside it, and nothing scrolls sideways', async () => {
    const element = await mount();
    await narrow(element);
    expectNoHorizontalOverflow(element);
    const row = $$(element, 'tbody tr[data-id]')[0]!;
    expect(getComputedStyle(row).display).to.equal('grid');
    row.querySelector<HTMLButtonElement>('.remove')!.click();
    await element.updateComplete;
    expectNoHorizontalOverflow(element);
    const confirm = row.querySelector('.confirm')!.getBoundingClientRect();
    expect(confirm.right).to.be.at.most(row.getBoundingClientRect().right);
    await expectNoAxeViolations(element);
  });

  it('changes roles with the exclusivity rule, announces it and fires gk-member-updated', async () => {
    const element = await mount();
    $(element, `tr[data-id="${partnerMember.id}"] .edit`).click();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.getAttribute('name')).to.equal('roles');
    const box = (key: string) => $$<HTMLInputElement>(element, '[part~="editor"] input[name="roles"]').find((b) => b.value === key)!;
    expect(box('member').checked).to.equal(true);
    expect(box('auditor').disabled).to.equal(true);
    box('member').click();
    await element.updateComplete;
    expect(box('auditor').disabled).to.equal(false);
    box('auditor').click();
    await element.updateComplete;
    expect(box('installer').disabled).to.equal(true);
    const event = oneEvent(element, 'gk-member-updated') as Promise<GkMemberUpdatedEvent>;
    $(element, '[part~="editor"] .save').click();
    expect((await event).detail.roles).to.deep.equal(['auditor']);
    await element.updateComplete;
    expect(table(element).find((r) => r[0] === partnerMember.name)![2]).to.equal('Auditor (read-only)*');
    expect(text($(element, '[part~="status"]'))).to.equal(en.members.saved(partnerMember.name));
    expect(members().find((m) => m.user_id === partnerMember.id)!.roles).to.deep.equal(['auditor']);
    expect(element.shadowRoot!.activeElement?.classList.contains('edit')).to.equal(true);
  });

  it('requires a role and explains the last-admin refusal', async () => {
    const element = await mount();
    $(element, `tr[data-id="${partnerAdmin.id}"] .edit`).click();
    await element.updateComplete;
    const admin = $$<HTMLInputElement>(element, '[part~="editor"] input[name="roles"]').find((b) => b.value === 'admin')!;
    admin.click();
    await element.updateComplete;
    $(element, '[part~="editor"] .save').click();
    await element.updateComplete;
    expect(text($(element, '#draft-error'))).to.equal(en.roles.required);
    $$<HTMLInputElement>(element, '[part~="editor"] input[name="roles"]').find((b) => b.value === 'operator')!.click();
    await element.updateComplete;
    $(element, '[part~="editor"] .save').click();
    await waitUntil(() => text(element.shadowRoot!.querySelector('#draft-error')) === en.errors.last_admin);
    expect(element.shadowRoot!.activeElement?.id).to.equal('draft-error');
    expect(members().find((m) => m.user_id === partnerAdmin.id)!.roles).to.deep.equal(['admin']);
  });

  it('removes a member after confirmation and refuses removing the last admin', async () => {
    const element = await mount();
    $(element, `tr[data-id="${partnerMember.id}"] .remove`).click();
    await element.updateComplete;
    expect(text($(element, `tr[data-id="${partnerMember.id}"]`))).to.contain(`Remove ${partnerMember.name} from the group?`);
    expect(element.shadowRoot!.activeElement?.classList.contains('confirm')).to.equal(true);
    // Escape cancels and returns focus to the button that asked.
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.classList.contains('remove')).to.equal(true);
    $(element, `tr[data-id="${partnerMember.id}"] .remove`).click();
    await element.updateComplete;
    const event = oneEvent(element, 'gk-member-removed') as Promise<GkMemberRemovedEvent>;
    $(element, `tr[data-id="${partnerMember.id}"] .confirm`).click();
    expect((await event).detail.member.user_id).to.equal(partnerMember.id);
    await element.updateComplete;
    expect(table(element).map((r) => r[0])).to.deep.equal([partnerAdmin.name]);
    expect(text($(element, '[part~="status"]'))).to.equal(en.members.removed(partnerMember.name));
    $(element, `tr[data-id="${partnerAdmin.id}"] .remove`).click();
    await element.updateComplete;
    $(element, `tr[data-id="${partnerAdmin.id}"] .confirm`).click();
    await waitUntil(() => text(element.shadowRoot!.querySelector('#row-error')) === en.errors.last_admin);
    expect(members().map((m) => m.user_id)).to.deep.equal([partnerAdmin.id]);
  });

  it('says when the user does not administer the group, or no group is given', async () => {
    mock.signIn(otherUser.id);
    const outsider = await mount();
    expect(text($(outsider, '#row-error'))).to.equal(en.errors.not_found);
    mock.signIn(partnerMember.id);
    const member = await mount();
    expect(text($(member, '#row-error'))).to.equal(en.errors.not_group_admin);
    const none = await mount('en', '');
    expect(text($(none, '#row-error'))).to.equal(en.members.missingGroup);
  });

  for (const locale of SUPPORTED_LOCALES) {
    it(`speaks ${locale}`, async () => {
      const s = invitationCatalogues[locale];
      const element = await mount(locale);
      expect(text($(element, '#title'))).to.equal(s.members.title);
      expect($$(element, 'thead th').map(text)).to.deep.equal([s.members.name, s.members.email, s.members.roles, s.members.actions]);
    });
  }
});
