import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { MOCK_PARTNER, mockPartners } from '@grantkit/sdk/mock';
import type { GkInvitationSentEvent } from '../../events/gk-invitation-sent.js';
import { formatDate } from '../../i18n/format.js';
import { SUPPORTED_LOCALES } from '../../i18n/locales.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { mock, resetMocks, startMocks, worker } from '../../internal/test/mocks.js';
import en from './i18n/en.js';
import fr from './i18n/fr.js';
import de from './i18n/de.js';
import pt from './i18n/pt.js';
import nb from './i18n/nb.js';
import './partner-invitations.define.js';
import type { GkPartnerInvitations } from './partner-invitations.component.js';

const catalogues = { en, fr, de, pt, nb };
/** The partner's admin in these tests (any mock user will do; the mock checks group roles). */
const { partnerAdmin: admin, partnerMember } = mock.fixtures;
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(element: GkPartnerInvitations, selector: string): T => {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in ${element.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 500)}`);
  return found;
};
const $$ = <T extends Element = HTMLElement>(element: GkPartnerInvitations, selector: string): T[] => [...element.shadowRoot!.querySelectorAll<T>(selector)];
const focused = (element: GkPartnerInvitations): string => element.shadowRoot!.activeElement?.id ?? '';
const partners = () => mockPartners(mock.db);
const group = () => mock.db.groups.get(MOCK_PARTNER.id)!;

/** Every invitation request the mock received (to prove the client-side check sends none). */
const posts: string[] = [];
worker.events.on('request:start', ({ request }) => {
  if (request.method === 'POST' && request.url.endsWith('/invitations')) posts.push(request.url);
});

/** Makes `userId` a member of the mock partner with `roles`. */
function join(userId: string, roles: string[]): void {
  partners();
  group().members.push({ user_id: userId, roles });
}

async function mount(locale = 'en', partnerId: string = MOCK_PARTNER.id): Promise<GkPartnerInvitations> {
  const element = await fixture<GkPartnerInvitations>(html`<gk-partner-invitations locale=${locale} partner-id=${partnerId}></gk-partner-invitations>`);
  await waitUntil(() => element.shadowRoot?.querySelector('h2') && !element.shadowRoot!.querySelector('[aria-busy="true"]'), 'kept loading', { timeout: 5000 }).catch((e) => {
    throw new Error(`${e.message}: ${element.shadowRoot?.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 600)}`);
  });
  await element.updateComplete;
  return element;
}

async function type(element: GkPartnerInvitations, value: string): Promise<void> {
  const input = $<HTMLInputElement>(element, '#email');
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

/** Clicks Send invitation and waits until the request (if any) has been answered. */
async function send(element: GkPartnerInvitations): Promise<void> {
  $(element, '[part~="submit"]').click();
  await element.updateComplete;
  await waitUntil(() => $(element, '[part~="submit"]').getAttribute('aria-disabled') === 'false', 'kept sending', { timeout: 5000 });
  await element.updateComplete;
}

const rows = (element: GkPartnerInvitations) => $$(element, 'tbody tr').map((row) => [text(row.querySelector('th')), ...[...row.querySelectorAll('td')].map(text)]);

describe('<gk-partner-invitations>', () => {
  before(() => startMocks());
  beforeEach(() => {
    resetMocks(admin.id);
    join(admin.id, ['admin']);
    posts.length = 0;
  });

  for (const locale of SUPPORTED_LOCALES) {
    it(`renders the partner, its domains, the form and the list in ${locale}`, async () => {
      const s = catalogues[locale];
      partners().inviteMember(admin.id, MOCK_PARTNER.id, { email: 'ola@solstice.example', role: 'admin' });
      const element = await mount(locale);
      expect(text($(element, 'h2'))).to.equal(s.title(MOCK_PARTNER.name));
      expect(text($(element, '[part~="domains"]'))).to.equal(s.domains('@solstice.example'));
      expect(text($(element, 'label[for="email"]'))).to.equal(s.email);
      expect(text($(element, 'legend'))).to.equal(s.role);
      expect($$<HTMLInputElement>(element, 'input[name="role"]').map((r) => [r.value, r.checked])).to.deep.equal([['admin', false], ['member', true]]);
      expect(text($(element, '[part~="submit"]'))).to.equal(s.send);
      const [invitation] = partners().listInvitations(admin.id, MOCK_PARTNER.id);
      expect(rows(element)).to.deep.equal([
        ['ola@solstice.example', s.admin, s.status.pending, formatDate(locale, invitation!.created_at), formatDate(locale, invitation!.expires_at)],
      ]);
      expect($(element, 'section').getAttribute('lang')).to.equal(locale);
    });
  }

  it('shows every status the API returns, and the empty state', async () => {
    const element = await mount();
    expect(text($(element, '.block .hint'))).to.equal(en.empty);
    const p = partners();
    for (const email of ['a@solstice.example', 'b@solstice.example', 'c@solstice.example', 'd@solstice.example']) p.inviteMember(admin.id, MOCK_PARTNER.id, { email, role: 'member' });
    const [d, c, b] = p.invitations.slice().reverse();
    d!.used_at = mock.db.now();
    c!.revoked_at = mock.db.now();
    (b as { expires_at: number }).expires_at = mock.db.now() - 1;
    await element.load();
    await element.updateComplete;
    expect(rows(element).map((r) => [r[0], r[2]])).to.deep.equal([
      ['d@solstice.example', en.status.used],
      ['c@solstice.example', en.status.revoked],
      ['b@solstice.example', en.status.expired],
      ['a@solstice.example', en.status.pending],
    ]);
    await expectNoAxeViolations(element);
  });

  it('sends an invitation: busy button, event, announcement, reset form, updated list and an email', async () => {
    const element = await mount();
    await type(element, 'Ada@Solstice.Example');
    $<HTMLInputElement>(element, 'input[value="admin"]').click();
    const sent = oneEvent(element, 'gk-invitation-sent') as Promise<GkInvitationSentEvent>;
    $(element, '[part~="submit"]').click();
    await element.updateComplete;
    expect($(element, '[part~="submit"]').getAttribute('aria-disabled')).to.equal('true');
    expect(text($(element, '[part~="submit"]'))).to.equal(en.sending);
    const event = await sent;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.include({ email: 'ada@solstice.example', role: 'admin', purpose: 'member', status: 'pending' });
    await waitUntil(() => element.shadowRoot!.querySelector('#result'));
    await element.updateComplete;
    expect(text($(element, '[part~="status"]'))).to.equal(en.sent('ada@solstice.example', formatDate('en', event.detail.expires_at)));
    expect(focused(element)).to.equal('result');
    expect($<HTMLInputElement>(element, '#email').value).to.equal('');
    expect($<HTMLInputElement>(element, 'input[value="member"]').checked).to.equal(true);
    expect(rows(element)[0]!.slice(0, 3)).to.deep.equal(['ada@solstice.example', en.admin, en.status.pending]);
    expect(partners().mailbox[0]).to.include({ to: 'ada@solstice.example', subject: `You are invited to join ${MOCK_PARTNER.name}` });
    await expectNoAxeViolations(element);
  });

  it('refuses an empty, malformed or out-of-domain address before sending anything', async () => {
    const element = await mount('fr');
    const cases: [string, string][] = [
      ['', fr.errors.required],
      ['ada', fr.errors.invalid_email],
      ['ada@solstice', fr.errors.invalid_email],
      ['ada@gmail.example', fr.errors.domain('@solstice.example')],
      ['ada@sub.solstice.example', fr.errors.domain('@solstice.example')],
    ];
    for (const [value, message] of cases) {
      await type(element, value);
      $(element, '[part~="submit"]').click();
      await element.updateComplete;
      expect(text($(element, '#email-error')), value).to.equal(message);
      expect($(element, '#email').getAttribute('aria-invalid')).to.equal('true');
      expect(focused(element)).to.equal('email');
    }
    await expectNoAxeViolations(element);
    // Typing clears the error.
    await type(element, 'ada@solstice.example');
    expect(text($(element, '#email-error'))).to.equal('');
    expect($(element, '#email').getAttribute('aria-invalid')).to.equal('false');
    await new Promise((r) => setTimeout(r, 50));
    expect(posts).to.deep.equal([]);
  });

  it('shows the server’s email_domain_not_allowed on the field, with the domains it names', async () => {
    const element = await mount();
    // The account holder changed the partner's domains after the page loaded.
    const p = partners();
    p.partners.set(MOCK_PARTNER.id, { ...p.partners.get(MOCK_PARTNER.id)!, domains: ['solstice.test'] });
    await type(element, 'ada@solstice.example');
    await send(element);
    expect(posts).to.have.length(1);
    expect(text($(element, '#email-error'))).to.equal(en.errors.domain('@solstice.test'));
    expect(focused(element)).to.equal('email');
    expect($<HTMLInputElement>(element, '#email').value).to.equal('ada@solstice.example');
    expect(rows(element)).to.deep.equal([]);
  });

  it('explains a 403 not_group_admin (the user stopped being an admin)', async () => {
    const element = await mount();
    const members = group().members;
    members.splice(members.findIndex((m) => m.user_id === admin.id), 1, { user_id: admin.id, roles: ['member'] });
    await type(element, 'ada@solstice.example');
    await send(element);
    expect(text($(element, '[part~="error"]'))).to.equal(en.errors.not_group_admin);
    expect($(element, '[part~="error"]').getAttribute('role')).to.equal('alert');
    expect(focused(element)).to.equal('form-error');
    expect($<HTMLInputElement>(element, '#email').value).to.equal('ada@solstice.example');
  });

  it('keeps the form when sending fails for lack of network, and sends on the next try', async () => {
    const element = await mount();
    worker.use(http.post('*/api/partners/:id/invitations', () => HttpResponse.error(), { once: true }));
    await type(element, 'ada@solstice.example');
    await send(element);
    expect(text($(element, '[part~="error"]'))).to.equal(en.errors.network);
    expect($<HTMLInputElement>(element, '#email').value).to.equal('ada@solstice.example');
    await send(element);
    expect(text($(element, '[part~="error"]'))).to.equal('');
    expect(rows(element)).to.have.length(1);
  });

  it('shows a network failure on load with Try again, which recovers', async () => {
    worker.use(http.get('*/api/partners/:id/invitations', () => HttpResponse.error(), { once: true }));
    const element = await mount('de');
    expect(text($(element, '[part~="error"]'))).to.equal(de.errors.network);
    expect(text($(element, 'h2'))).to.equal(de.heading);
    expect(element.shadowRoot!.querySelector('form')).to.equal(null);
    await expectNoAxeViolations(element);
    $(element, '[part~="retry-button"]').click();
    await waitUntil(() => element.shadowRoot!.querySelector('form'), 'did not recover');
    await element.updateComplete;
    expect(text($(element, 'h2'))).to.equal(de.title(MOCK_PARTNER.name));
    expect(focused(element)).to.equal('title');
  });

  it('shows a server error with Try again', async () => {
    worker.use(http.get('*/api/partners/:id', () => HttpResponse.json({ code: 'boom' }, { status: 500 }), { once: true }));
    const element = await mount('pt');
    expect(text($(element, '[part~="error"]'))).to.equal(pt.errors.server);
    expect($(element, '[part~="retry-button"]')).to.exist;
  });

  it('explains an ended session, a member who is not an admin, and a missing partner-id', async () => {
    resetMocks(null);
    let element = await mount('nb');
    expect(text($(element, '[part~="error"]'))).to.equal(nb.errors.unauthenticated);
    expect(element.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
    resetMocks(partnerMember.id);
    join(partnerMember.id, ['member']);
    element = await mount();
    expect(text($(element, '[part~="error"]'))).to.equal(en.errors.not_found);
    element = await mount('en', '');
    expect(text($(element, '[part~="error"]'))).to.equal(en.missingPartner);
  });

  it('works with the keyboard alone', async () => {
    const element = await mount();
    $<HTMLInputElement>(element, '#email').focus();
    await sendKeys({ type: 'kari@solstice.example' });
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('value')).to.equal('member');
    await sendKeys({ press: 'ArrowUp' });
    expect($<HTMLInputElement>(element, 'input[value="admin"]').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('submit');
    const sent = oneEvent(element, 'gk-invitation-sent') as Promise<GkInvitationSentEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await sent).detail).to.include({ email: 'kari@solstice.example', role: 'admin' });
    await waitUntil(() => focused(element) === 'result', 'focus did not move to the result');
    // Back in the form: an address outside the domains is refused with Enter in the field.
    $<HTMLInputElement>(element, '#email').focus();
    await sendKeys({ type: 'kari@elsewhere.example' });
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(text($(element, '#email-error'))).to.equal(en.errors.domain('@solstice.example'));
    expect(focused(element)).to.equal('email');
  });

  it('has no axe violations in dark mode with reduced motion, with an error shown', async () => {
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    try {
      partners().inviteMember(admin.id, MOCK_PARTNER.id, { email: 'ola@solstice.example', role: 'member' });
      const element = await mount('nb');
      await type(element, 'ola@gmail.example');
      $(element, '[part~="submit"]').click();
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
    // (The button's background is transitioned; the radios' accent colour is not.)
    expect(getComputedStyle($(element, 'input[value="member"]')).accentColor).to.equal('rgb(15, 118, 110)');
    element.partnerId = 'grp_unknown';
    await waitUntil(() => text(element.shadowRoot!.querySelector('[part~="error"]')) === en.errors.not_found);
  });
});
