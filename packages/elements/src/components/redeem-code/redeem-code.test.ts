import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SUPPORTED_LOCALES } from '../../i18n/index.js';
import { mockInvitations } from '@grantkit/sdk/mock';
import type { GkCodeRedeemedEvent } from '../../events/gk-code-redeemed.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { mock, resetMocks, startMocks } from '../../internal/test/mocks.js';
import { invitationCatalogues } from '../invite-codes/i18n/all.js';
import './redeem-code.define.js';
import { formatState, type GkRedeemCode } from './redeem-code.component.js';

const { acme, partnerAdmin, partnerMember, owner } = mock.fixtures;
const en = invitationCatalogues.en;

function part(element: GkRedeemCode, name: string): HTMLElement {
  const found = element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const input = (element: GkRedeemCode) => part(element, 'input') as HTMLInputElement;

/** Codes made by the Acme admin in the mock. */
function makeCodes(count: number, roles: string[] = ['installer'], validityDays = 10) {
  return mockInvitations(mock.db).create(partnerAdmin.id, acme.id, { count, roles, validity_days: validityDays }).items;
}

async function mount(locale = 'en'): Promise<GkRedeemCode> {
  const element = await fixture<GkRedeemCode>(html`<gk-redeem-code locale=${locale}></gk-redeem-code>`);
  await element.updateComplete;
  return element;
}

async function typeCode(element: GkRedeemCode, value: string): Promise<void> {
  input(element).focus();
  await sendKeys({ type: value });
  await element.updateComplete;
}

/** Clicks "Use" and waits for an outcome: a field message, a refusal or the result. */
async function submit(element: GkRedeemCode): Promise<void> {
  part(element, 'submit').click();
  await element.updateComplete;
  const root = element.shadowRoot!;
  await waitUntil(
    () => !root.querySelector('.spinner') && (root.querySelector('[part~="result"], [part~="error"] .error') || text(root.querySelector('[part~="field-message"]'))),
    'no outcome after submitting',
    { timeout: 5000 },
  );
  await element.updateComplete;
}

describe('<gk-redeem-code>', () => {
  before(() => startMocks());
  beforeEach(() => resetMocks(owner.id));

  it('checks the layout position by position', () => {
    expect(formatState('')).to.equal('empty');
    expect(formatState('0601152c-6a')).to.equal('partial');
    expect(formatState(' 0601152C-6AA0-4F6D-5E85-464249405207 ')).to.equal('complete');
    expect(formatState('0601152g')).to.equal('invalid');
    expect(formatState('0601152c6')).to.equal('invalid');
    expect(formatState('0601152c-6aa0-4f6d-5e85-4642494052071')).to.equal('invalid');
  });

  it('describes the code in words as hint (no sample code), a labelled required field, and passes axe', async () => {
    const element = await mount();
    expect(text(part(element, 'title'))).to.equal('Use an invitation code');
    expect(text(part(element, 'hint'))).to.equal(en.redeem.hint);
    expect(text(part(element, 'hint'))).not.to.match(/[0-9a-z]{8}-/);
    expect(input(element).placeholder).to.equal('');
    const field = input(element);
    expect(field.required).to.equal(true);
    expect(field.labels?.[0]?.textContent).to.contain('Invitation code');
    expect(field.getAttribute('aria-describedby')).to.contain('hint');
    await expectNoAxeViolations(element);
  });

  it('is themable through --gk-* custom properties and parts', async () => {
    const element = await mount();
    element.style.setProperty('--gk-color-primary', 'rgb(1, 2, 3)');
    element.style.setProperty('--gk-color-danger', 'rgb(200, 0, 0)');
    await submit(element);
    expect(getComputedStyle(part(element, 'submit')).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(part(element, 'field-message')).color).to.equal('rgb(200, 0, 0)');
  });

  it('says the field is required, marks it invalid and keeps focus there, without calling the server', async () => {
    const element = await mount();
    let calls = 0;
    element.client = { redeemInvitationCode: async () => (calls++, Promise.reject(new Error('no'))) } as never;
    await submit(element);
    expect(text(part(element, 'field-message'))).to.equal('Required field, please fill it in.');
    expect(input(element).getAttribute('aria-invalid')).to.equal('true');
    expect(element.shadowRoot!.activeElement).to.equal(input(element));
    expect(calls).to.equal(0);
  });

  it('checks the format as you type, and adds the hyphens to 32 digits', async () => {
    const element = await mount();
    await typeCode(element, '0601152g');
    expect(text(part(element, 'field-message'))).to.equal(en.redeem.format);
    expect(input(element).getAttribute('aria-invalid')).to.equal('true');
    input(element).value = '';
    input(element).dispatchEvent(new Event('input'));
    await typeCode(element, '0601152c-6aa0');
    expect(text(part(element, 'field-message'))).to.equal('');
    expect(input(element).getAttribute('aria-invalid')).to.equal('false');
    input(element).value = '';
    input(element).dispatchEvent(new Event('input'));
    await typeCode(element, '0601152c6aa04f6d5e85464249405207');
    expect(input(element).value).to.equal('0601152c-6aa0-4f6d-5e85-464249405207');
    expect(text(part(element, 'field-message'))).to.equal(en.redeem.looksRight);
    await submit(element);
    // One state at a time: the server's refusal, not also "complete" in green beside it.
    expect(text(part(element, 'error'))).to.equal(en.errors.code_unknown);
    expect(text(part(element, 'field-message'))).to.equal('');
    expect(input(element).getAttribute('aria-invalid')).to.equal('true');
  });

  it('takes the code out of a pasted "copy all" text', async () => {
    const [code] = makeCodes(1);
    const element = await mount();
    const data = new DataTransfer();
    data.setData('text/plain', `Invitation code for Acme Energy (TZBV)\nValid until: 2026-12-01\n\n  ${code!.code.toUpperCase()}  \n`);
    input(element).dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    await element.updateComplete;
    expect(input(element).value).to.equal(code!.code);
    expect(text(part(element, 'field-message'))).to.equal('The code was taken from the pasted text.');
  });

  it('joins the group: shows the group and roles, focuses the outcome and fires gk-code-redeemed', async () => {
    const [code] = makeCodes(1, ['installer', 'operator']);
    const element = await mount();
    await typeCode(element, code!.code);
    const event = oneEvent(element, 'gk-code-redeemed') as Promise<GkCodeRedeemedEvent>;
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    await element.updateComplete;
    expect(detail.group.name).to.equal(acme.name);
    expect(text(part(element, 'result'))).to.contain('You joined Acme Energy.');
    expect(text(part(element, 'result'))).to.contain('Your roles: Installer and Operator');
    expect(element.shadowRoot!.activeElement?.classList.contains('result-title')).to.equal(true);
    expect(mock.db.groups.get(acme.id)!.members.find((m) => m.user_id === owner.id)?.roles).to.deep.equal(['installer', 'operator']);
    await expectNoAxeViolations(element);
    part(element, 'another').click();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement).to.equal(input(element));
    expect(input(element).value).to.equal('');
  });

  it('a member: a code with new roles says so; a code with nothing new says "already a member", stays unused and fires nothing', async () => {
    const [first, second] = makeCodes(2, ['installer']);
    const [operator] = makeCodes(1, ['operator']);
    const element = await mount();
    const fired: string[] = [];
    element.addEventListener('gk-code-redeemed', (e) => fired.push(e.detail.outcome));
    const redeem = async (code: string) => {
      if (element.shadowRoot!.querySelector('[part~="another"]')) {
        part(element, 'another').click();
        await element.updateComplete;
      }
      await typeCode(element, code);
      await submit(element);
    };
    await redeem(first!.code);
    expect(text(element.shadowRoot!.querySelector('.result-title'))).to.equal('You joined Acme Energy.');

    await redeem(second!.code);
    const result = part(element, 'result');
    expect(result.dataset.outcome).to.equal('already_member');
    expect(text(element.shadowRoot!.querySelector('.result-title'))).to.equal('You are already a member of Acme Energy.');
    expect(text(result)).to.contain(en.redeem.notUsed);
    expect(text(result)).to.contain('Your roles: Installer');
    expect(text(result)).not.to.contain('You joined');
    expect(element.shadowRoot!.activeElement?.classList.contains('result-title')).to.equal(true);
    expect(mockInvitations(mock.db).codes.find((c) => c.id === second!.id)?.status).to.equal('valid');
    await expectNoAxeViolations(element);

    await redeem(operator!.code);
    expect(part(element, 'result').dataset.outcome).to.equal('roles_added');
    expect(text(element.shadowRoot!.querySelector('.result-title'))).to.equal('You have new roles in Acme Energy.');
    expect(text(part(element, 'roles'))).to.equal('Your roles: Installer and Operator');
    expect(fired).to.deep.equal(['joined', 'roles_added']);
  });

  it('names the reason a code cannot be used: used, deactivated, expired, conflicting roles', async () => {
    const state = mockInvitations(mock.db);
    const [used, deactivated, expired] = makeCodes(3);
    const [auditor] = makeCodes(1, ['auditor']);
    state.redeem(partnerMember.id, used!.code);
    state.deactivate(partnerAdmin.id, deactivated!.id);
    state.codes.find((c) => c.id === expired!.id)!.expires_at = mock.db.now() - 1000;
    const cases: [string, string][] = [
      [used!.code, en.errors.code_already_used],
      [deactivated!.code, en.errors.code_deactivated],
      [expired!.code, en.errors.code_expired],
    ];
    const element = await mount();
    for (const [code, message] of cases) {
      input(element).value = '';
      input(element).dispatchEvent(new Event('input'));
      await typeCode(element, code);
      await submit(element);
      expect(text(part(element, 'error'))).to.equal(message);
      expect(part(element, 'error').getAttribute('role')).to.equal('alert');
      expect(input(element).getAttribute('aria-invalid')).to.equal('true');
      expect(element.shadowRoot!.activeElement).to.equal(input(element));
    }
    // The partner member holds "member": an exclusive auditor code cannot join it.
    mock.signIn(partnerMember.id);
    input(element).value = '';
    input(element).dispatchEvent(new Event('input'));
    await typeCode(element, auditor!.code);
    await submit(element);
    expect(text(part(element, 'error'))).to.equal(en.errors.roles_conflict);
  });

  it('says when the session ended', async () => {
    const [code] = makeCodes(1);
    mock.signIn(null);
    const element = await mount();
    await typeCode(element, code!.code);
    await submit(element);
    expect(text(part(element, 'error'))).to.equal(en.errors.unauthenticated);
  });

  for (const locale of SUPPORTED_LOCALES) {
    it(`speaks ${locale}`, async () => {
      const s = invitationCatalogues[locale];
      const element = await mount(locale);
      expect(part(element, 'base').getAttribute('lang')).to.equal(locale);
      expect(text(part(element, 'title'))).to.equal(s.redeem.title);
      await submit(element);
      expect(text(part(element, 'field-message'))).to.equal(s.redeem.required);
    });
  }

  it('uses the seed’s French wording', async () => {
    const element = await mount('fr');
    expect(text(part(element, 'title'))).to.equal('Utiliser un code d’invitation');
    await submit(element);
    expect(text(part(element, 'field-message'))).to.equal('Champ obligatoire, veuillez le compléter.');
    expect(text(part(element, 'submit'))).to.equal('Utiliser');
  });
});
