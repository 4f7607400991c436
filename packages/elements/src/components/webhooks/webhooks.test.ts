import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { WEBHOOK_EVENT_TYPES, type WebhookDelivery, type WebhookEndpoint } from '@grantkit/sdk';
import { mockWebhooks } from '@grantkit/sdk/mock';
import type { GkWebhookChangedEvent, GkWebhookCreatedEvent, GkWebhookDeletedEvent } from '../../events/gk-webhook.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { mock, resetMocks, startMocks } from '../../internal/test/mocks.js';
import { expectNoHorizontalOverflow, narrow } from '../../internal/test/overflow.js';
import en from './i18n/en.js';
import fr from './i18n/fr.js';
import de from './i18n/de.js';
import pt from './i18n/pt.js';
import nb from './i18n/nb.js';
import './webhooks.define.js';
import type { GkWebhooks } from './webhooks.component.js';

// The SDK's mock server (its webhook routes have the server's rules and problem codes), signed in
// as Acme's admin; endpoints and deliveries are seeded straight into its state.
const { acme, partnerAdmin, partnerMember } = mock.fixtures;
const GROUP = acme.id;
const existing: WebhookEndpoint = {
  id: '5d1c7e0a-8b2f-4c3d-9e4f-000000000001',
  group_id: GROUP,
  url: 'https://hooks.acme.example/grantkit/deliveries/production-eu-west',
  events: ['grant.created', 'grant.revoked'],
  enabled: true,
  disabled_reason: null,
  created_at: '2026-10-01T08:00:00.000Z',
  updated_at: '2026-10-01T08:00:00.000Z',
};
const failed: WebhookDelivery = {
  id: 'msg_failed000000000000000',
  event_type: 'grant.revoked',
  status: 'failed',
  attempts: 6,
  response_status: 503,
  last_error: 'HTTP 503',
  created_at: '2026-11-20T08:00:00.000Z',
  last_attempt_at: '2026-11-21T04:00:00.000Z',
  next_attempt_at: null,
};
const delivered: WebhookDelivery = { ...failed, id: 'msg_ok0000000000000000000', event_type: 'grant.created', status: 'succeeded', attempts: 1, response_status: 204, last_error: null };

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(element: GkWebhooks, selector: string): T => {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}: ${element.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 400)}`);
  return found;
};
const rows = (element: GkWebhooks) =>
  [...element.shadowRoot!.querySelectorAll('table[part~="table"] > tbody > tr[data-id]')].map((r) => [...r.querySelectorAll(':scope > th, :scope > td')].slice(0, 4).map((c) => text(c)));
const clipboard: string[] = [];
const row = (id: string) => `tr[data-id="${id}"]`;

async function mount(locale = 'en', groupId = GROUP): Promise<GkWebhooks> {
  const element = await fixture<GkWebhooks>(html`<gk-webhooks locale=${locale} group-id=${groupId}></gk-webhooks>`);
  await waitUntil(() => element.shadowRoot!.querySelector('#title') && !element.shadowRoot!.querySelector('.spinner'), 'kept loading', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

async function settle(element: GkWebhooks, until: () => unknown, message: string): Promise<void> {
  await waitUntil(until, message, { timeout: 5000 });
  await element.updateComplete;
}

async function register(element: GkWebhooks, url: string, only?: readonly string[]): Promise<void> {
  $(element, '.create').click();
  await element.updateComplete;
  $<HTMLInputElement>(element, '#wh-url').value = url;
  if (only) for (const box of element.shadowRoot!.querySelectorAll<HTMLInputElement>('#wh-events input')) box.checked = only.includes(box.value);
  $<HTMLFormElement>(element, 'form').requestSubmit();
}

describe('<gk-webhooks>', () => {
  before(async () => {
    await startMocks();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void clipboard.push(value) } });
  });
  beforeEach(() => {
    resetMocks(partnerAdmin.id);
    mockWebhooks(mock.db).endpoints.set(existing.id, { ...existing, secret: 'whsec_seeded' });
    clipboard.length = 0;
  });

  it('lists the endpoints with their events, status and date, never a secret, and passes axe', async () => {
    mockWebhooks(mock.db).endpoints.set('5d1c7e0a-8b2f-4c3d-9e4f-000000000002', { ...existing, id: '5d1c7e0a-8b2f-4c3d-9e4f-000000000002', url: 'https://b.example/h', events: [...WEBHOOK_EVENT_TYPES], enabled: false, disabled_reason: 'failing', secret: 'whsec_other' });
    const element = await mount();
    expect(rows(element)).to.deep.equal([
      ['https://b.example/h', en.allEvents, en.state.failing, en.date(existing.created_at)],
      [existing.url, 'grant.created, grant.revoked', en.state.enabled, en.date(existing.created_at)],
    ]);
    expect([...element.shadowRoot!.querySelectorAll(`${row(existing.id)} td.actions button`)].map(text)).to.deep.equal(['Send test event', 'Deliveries', 'Disable', 'Rotate secret', 'Delete']);
    expect($(element, `${row(existing.id)} .delete`).getAttribute('aria-label')).to.equal(en.actions.on('Delete', existing.url));
    expect(element.shadowRoot!.innerHTML).not.to.contain('whsec_');
    await expectNoAxeViolations(element);
  });

  it('registers an endpoint for the chosen events: the secret shown once with a warning and a copy button, then gone', async () => {
    const element = await mount();
    const created = oneEvent(element, 'gk-webhook-created') as Promise<GkWebhookCreatedEvent>;
    await register(element, 'https://partner.example/hooks', ['grant.revoked', 'member.joined']);
    const event = await created;
    expect(event.detail).to.include({ url: 'https://partner.example/hooks', enabled: true });
    expect(event.detail.events).to.deep.equal(['grant.revoked', 'member.joined']);
    expect(JSON.stringify(event.detail)).not.to.contain('whsec_');
    await settle(element, () => element.shadowRoot!.querySelector('[part~="secret"]'), 'no secret panel');
    const secret = text($(element, '#secret'));
    expect(secret).to.match(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(secret).to.equal([...mockWebhooks(mock.db).endpoints.values()].find((e) => e.id === event.detail.id)!.secret);
    expect(text($(element, '[part~="warning"]'))).to.equal(en.secret.warning);
    expect($(element, '[part~="warning"]').getAttribute('role')).to.equal('alert');
    expect(element.shadowRoot!.activeElement?.id).to.equal('secret-title');
    expect(text($(element, '[part~="status"]'))).to.equal(en.announce.created);
    await expectNoAxeViolations(element);

    $(element, '[part~="secret"] .copy').click();
    await settle(element, () => clipboard.length, 'nothing copied');
    expect(clipboard).to.deep.equal([secret]);
    expect(text(element.shadowRoot!.querySelector('[part~="secret"] [role="status"]'))).to.equal(en.secret.copied);

    $(element, '.done').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="secret"]')).to.equal(null);
    expect(element.shadowRoot!.innerHTML).not.to.contain(secret);
    expect(rows(element).map((r) => r[0])).to.deep.equal(['https://partner.example/hooks', existing.url]);
    expect(element.shadowRoot!.activeElement?.closest('tr')?.getAttribute('data-id')).to.equal(event.detail.id);
  });

  it('explains a refused URL on its field, in the page’s language, and asks for the URL and an event first', async () => {
    const element = await mount('fr');
    await register(element, '', []);
    await element.updateComplete;
    expect(text($(element, '#url-error'))).to.equal(fr.form.urlRequired);
    expect(text($(element, '#events-error'))).to.equal(fr.form.eventsRequired);
    expect(mockWebhooks(mock.db).endpoints.size).to.equal(1);

    $<HTMLInputElement>(element, '#wh-url').value = 'http://partner.example/hooks';
    $<HTMLInputElement>(element, '#wh-events input').checked = true;
    $<HTMLFormElement>(element, 'form').requestSubmit();
    await settle(element, () => text(element.shadowRoot!.querySelector('#url-error')) === fr.errors.url_scheme, 'no localised refusal');
    expect($(element, '#wh-url').getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#wh-url').getAttribute('aria-describedby')).to.contain('url-error');
    expect(element.shadowRoot!.activeElement?.id).to.equal('wh-url');
    $<HTMLInputElement>(element, '#wh-url').value = 'https://169.254.169.254/latest/meta-data';
    $<HTMLFormElement>(element, 'form').requestSubmit();
    await settle(element, () => text(element.shadowRoot!.querySelector('#url-error')) === fr.errors.url_forbidden_address, 'no localised refusal');
    expect(mockWebhooks(mock.db).endpoints.size).to.equal(1);
  });

  it('rotates the secret after confirmation and shows the new one once', async () => {
    const element = await mount();
    $(element, `${row(existing.id)} .rotate`).click();
    await element.updateComplete;
    expect($(element, `${row(existing.id)} .rotate`).getAttribute('aria-expanded')).to.equal('true');
    expect(text($(element, '[part~="row-panel"]'))).to.contain(en.actions.rotateConfirm);
    expect(element.shadowRoot!.activeElement?.classList.contains('confirm')).to.equal(true);
    const changed = oneEvent(element, 'gk-webhook-changed') as Promise<GkWebhookChangedEvent>;
    $(element, '[part~="row-panel"] .confirm').click();
    expect((await changed).detail.change).to.equal('secret_rotated');
    await settle(element, () => element.shadowRoot!.querySelector('#secret'), 'no new secret');
    expect(text($(element, '#secret'))).to.equal(mockWebhooks(mock.db).endpoints.get(existing.id)!.secret);
    expect(text($(element, '#secret'))).not.to.equal('whsec_seeded');
    expect(text($(element, '[part~="status"]'))).to.equal(en.announce.rotated);
  });

  it('sends a test event and shows the recent deliveries with status, attempts, response code and times', async () => {
    mockWebhooks(mock.db).deliveries.set(existing.id, [failed, delivered]);
    const element = await mount();
    $(element, `${row(existing.id)} .deliveries`).click();
    await settle(element, () => element.shadowRoot!.querySelector('[part~="deliveries"] tbody'), 'no deliveries');
    const deliveryRows = () => [...element.shadowRoot!.querySelectorAll('[part~="deliveries"] tbody tr')].map((r) => [...r.querySelectorAll('th,td')].map((c) => text(c)));
    expect(deliveryRows()).to.deep.equal([
      ['grant.revoked', en.deliveries.status.failed, '6', '503', en.date(failed.last_attempt_at!), '—'],
      ['grant.created', en.deliveries.status.succeeded, '1', '204', en.date(failed.last_attempt_at!), '—'],
    ]);
    await expectNoAxeViolations(element);

    $(element, `${row(existing.id)} .test`).click();
    await settle(element, () => deliveryRows().length === 3, 'the test delivery did not appear');
    expect(deliveryRows()[0]!.slice(0, 4)).to.deep.equal(['webhook.test', en.deliveries.status.pending, '0', '—']);
    expect(text($(element, '[part~="status"]'))).to.equal(en.announce.tested);
    expect(element.shadowRoot!.activeElement?.classList.contains('test')).to.equal(true);
  });

  it('disables and enables; a disabled endpoint gets no test event, and says why', async () => {
    const element = await mount();
    const disabled = oneEvent(element, 'gk-webhook-changed') as Promise<GkWebhookChangedEvent>;
    $(element, `${row(existing.id)} .toggle`).click();
    expect((await disabled).detail).to.deep.include({ change: 'disabled' });
    await settle(element, () => rows(element)[0]![2] === en.state.admin, 'not shown disabled');
    expect(text($(element, `${row(existing.id)} .toggle`))).to.equal(en.actions.enable);
    $(element, `${row(existing.id)} .test`).click();
    await settle(element, () => text(element.shadowRoot!.querySelector('[part~="error"]')) === en.errors.webhook_disabled, 'no explanation');
    $(element, `${row(existing.id)} .toggle`).click();
    await settle(element, () => rows(element)[0]![2] === en.state.enabled, 'not shown enabled');
    expect(mockWebhooks(mock.db).endpoints.get(existing.id)).to.include({ enabled: true, disabled_reason: null });
  });

  it('deletes only after confirmation, and can be cancelled', async () => {
    const element = await mount();
    $(element, `${row(existing.id)} .delete`).click();
    await element.updateComplete;
    expect(text($(element, '[part~="row-panel"]'))).to.contain(en.actions.deleteConfirm);
    $(element, '[part~="row-panel"] .button.secondary').click();
    await element.updateComplete;
    expect(mockWebhooks(mock.db).endpoints.size).to.equal(1);
    expect(element.shadowRoot!.activeElement?.classList.contains('delete')).to.equal(true);

    $(element, `${row(existing.id)} .delete`).click();
    await element.updateComplete;
    const deleted = oneEvent(element, 'gk-webhook-deleted') as Promise<GkWebhookDeletedEvent>;
    $(element, '[part~="row-panel"] .confirm').click();
    expect((await deleted).detail).to.deep.include({ group_id: GROUP });
    await element.updateComplete;
    expect(rows(element)).to.deep.equal([]);
    expect(mockWebhooks(mock.db).endpoints.size).to.equal(0);
    expect(text($(element, '[part~="status"]'))).to.equal(en.announce.deleted);
  });

  it('at a phone’s width shows each endpoint and delivery as a card, and nothing scrolls sideways', async () => {
    mockWebhooks(mock.db).deliveries.set(existing.id, [failed]);
    const element = await mount();
    await narrow(element);
    expectNoHorizontalOverflow(element);
    expect(getComputedStyle($(element, row(existing.id))).display).to.equal('grid');
    const card = $(element, row(existing.id)).getBoundingClientRect();
    expect($(element, `${row(existing.id)} td.actions`).getBoundingClientRect().right).to.be.at.most(card.right);
    $(element, `${row(existing.id)} .deliveries`).click();
    await settle(element, () => element.shadowRoot!.querySelector('[part~="deliveries"] tbody'), 'no deliveries');
    expectNoHorizontalOverflow(element);
    expect(getComputedStyle($(element, '[part~="deliveries"] tbody tr')).display).to.equal('grid');
    await expectNoAxeViolations(element);
  });

  it('tells a member who is not an admin that they cannot manage the webhooks', async () => {
    resetMocks(partnerMember.id);
    const element = await mount();
    expect(text($(element, '[part~="error"]'))).to.equal(en.errors.not_group_admin);
    expect(element.shadowRoot!.querySelector('.create')).to.equal(null);
  });

  for (const [locale, strings] of Object.entries({ fr, de, pt, nb })) {
    it(`speaks ${locale}`, async () => {
      const element = await mount(locale);
      expect(text($(element, '#title'))).to.equal(strings.title);
      expect(text($(element, '.create'))).to.equal(strings.create);
      expect($(element, '[part~="base"]').getAttribute('lang')).to.equal(locale);
      expect(rows(element)[0]!.slice(2)).to.deep.equal([strings.state.enabled, strings.date(existing.created_at)]);
    });
  }
});
