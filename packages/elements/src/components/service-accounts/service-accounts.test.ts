import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { ServiceAccount } from '@grantkit/sdk';
import type { GkServiceAccountCreatedEvent, GkServiceAccountDeletedEvent, GkServiceAccountSecretChangedEvent } from '../../events/gk-service-account.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { resetMocks, startMocks, worker } from '../../internal/test/mocks.js';
import { expectNoHorizontalOverflow, narrow } from '../../internal/test/overflow.js';
import en from './i18n/en.js';
import fr from './i18n/fr.js';
import de from './i18n/de.js';
import pt from './i18n/pt.js';
import nb from './i18n/nb.js';
import './service-accounts.define.js';
import type { GkServiceAccounts } from './service-accounts.component.js';

const GROUP = 'grp_acme';
const FORBIDDEN = 'grp_volt';
const SITE = { id: '4f9d2a47-6c7e-4d55-8d0a-2b1b8f0e9a11', name: 'Solbakken 12' };

/**
 * Test-local msw handlers: an in-memory fake of the server's service-account endpoints with its
 * rules (unique names, minimum password strength, secrets shown once), and every request kept.
 */
let accounts: ServiceAccount[] = [];
let requests: { method: string; path: string; body: unknown }[] = [];
const problem = (status: number, code: string, detail: string, extras: object = {}) =>
  HttpResponse.json({ type: `https://grantkit.dev/problems/${code}`, title: 'Error', status, detail, code, ...extras }, { status, headers: { 'content-type': 'application/problem+json' } });
const weak = (password: unknown) =>
  typeof password === 'string' && password.length < 12
    ? problem(400, 'validation_failed', 'The password needs at least 12 characters.', {
        errors: [{ field: 'password', code: 'weak_password', message: 'The password needs at least 12 characters.' }],
      })
    : undefined;
let counter = 0;
const secretResponse = (account: ServiceAccount, secret: string | null) => ({
  service_account: account,
  client_id: account.client_id,
  client_secret: secret,
  token_endpoint: `${location.origin}/oauth/token`,
});
const base = '/api/groups/:groupId/service-accounts';
const handlers = [
  http.all(`${base}*`, async ({ request, params }) => {
    const body = request.method === 'GET' || request.method === 'DELETE' ? undefined : await request.clone().json().catch(() => undefined);
    requests.push({ method: request.method, path: new URL(request.url).pathname, body });
    if (params.groupId === FORBIDDEN) return problem(403, 'not_group_admin', 'Only an administrator of this group can do this.');
    return undefined;
  }),
  http.get(`/api/groups/:groupId/grants`, () =>
    HttpResponse.json({ items: [{ id: 'gr1', installation_id: SITE.id, installation_name: SITE.name, group_id: GROUP, group_name: 'Acme', lookup_key: 'TZBV', logo_url: null, permissions: [], created_at: '2026-11-01T00:00:00Z', created_by: null, created_by_name: null }] }),
  ),
  http.get(base, () => HttpResponse.json({ items: accounts })),
  http.post(base, async ({ request }) => {
    const body = (await request.json()) as { name: string; installation_id?: string | null; password?: string | null };
    if (accounts.some((a) => a.name.toLowerCase() === body.name.toLowerCase())) return problem(409, 'service_account_name_taken', 'Taken.');
    const refused = weak(body.password);
    if (refused) return refused;
    const now = '2026-11-21T09:00:00.000Z';
    const account: ServiceAccount = {
      id: `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
      name: body.name,
      client_id: `gksa_${String(counter).padStart(24, '0')}`,
      secret_kind: body.password ? 'password' : 'generated',
      installation_id: body.installation_id ?? null,
      installation_name: body.installation_id === SITE.id ? SITE.name : null,
      created_at: now,
      secret_changed_at: now,
      last_used_at: null,
    };
    accounts.push(account);
    return HttpResponse.json(secretResponse(account, body.password ? null : `gks_secret_${counter}`), { status: 201 });
  }),
  http.post(`${base}/:id/regenerate`, ({ params }) => {
    const account = accounts.find((a) => a.id === params.id);
    return account ? HttpResponse.json(secretResponse(account, `gks_regenerated_${++counter}`)) : problem(404, 'service_account_not_found', 'Gone.');
  }),
  http.put(`${base}/:id/password`, async ({ request, params }) => {
    const { password } = (await request.json()) as { password: string };
    const account = accounts.find((a) => a.id === params.id);
    if (!account) return problem(404, 'service_account_not_found', 'Gone.');
    return weak(password) ?? HttpResponse.json({ service_account: { ...account, secret_kind: 'password' } });
  }),
  http.delete(`${base}/:id`, ({ params }) => {
    const before = accounts.length;
    accounts = accounts.filter((a) => a.id !== params.id);
    return accounts.length < before ? new HttpResponse(null, { status: 204 }) : problem(404, 'service_account_not_found', 'Gone.');
  }),
];

const existing: ServiceAccount = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Lead export',
  client_id: 'gksa_aaaaaaaaaaaaaaaaaaaaaaaa',
  secret_kind: 'generated',
  installation_id: SITE.id,
  installation_name: SITE.name,
  created_at: '2026-10-01T08:00:00.000Z',
  secret_changed_at: '2026-10-01T08:00:00.000Z',
  last_used_at: '2026-11-20T12:00:00.000Z',
};

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(element: GkServiceAccounts, selector: string): T => {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}: ${element.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, '').slice(0, 400)}`);
  return found;
};
// A cell's own text, without its buttons (the client id has a copy button beside it).
const cell = (node: Element) => text(node.querySelector('code') ?? node);
const rows = (element: GkServiceAccounts) => [...element.shadowRoot!.querySelectorAll('tbody tr[data-id]')].map((r) => [...r.querySelectorAll('th,td')].slice(0, 5).map(cell));
const clipboard: string[] = [];

async function mount(locale = 'en', groupId = GROUP): Promise<GkServiceAccounts> {
  const element = await fixture<GkServiceAccounts>(html`<gk-service-accounts locale=${locale} group-id=${groupId}></gk-service-accounts>`);
  await waitUntil(() => element.shadowRoot!.querySelector('#title') && !element.shadowRoot!.querySelector('.spinner'), 'kept loading', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

async function settle(element: GkServiceAccounts, until: () => unknown, message: string): Promise<void> {
  await waitUntil(until, message, { timeout: 5000 });
  await element.updateComplete;
}

function fill(element: GkServiceAccounts, selector: string, value: string): void {
  const input = $<HTMLInputElement>(element, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('<gk-service-accounts>', () => {
  before(async () => {
    await startMocks();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void clipboard.push(value) } });
  });
  beforeEach(() => {
    resetMocks();
    worker.use(...handlers);
    accounts = [{ ...existing }];
    requests = [];
    clipboard.length = 0;
  });

  it('lists the accounts with client id, data set, dates, and passes axe', async () => {
    const element = await mount();
    expect(rows(element)).to.deep.equal([['Lead export', existing.client_id, SITE.name, en.date(existing.created_at), en.date(existing.last_used_at!)]]);
    // A machine has a secret, not a password: the row says what each action does to it.
    expect([...element.shadowRoot!.querySelectorAll('td.actions button')].map(text)).to.deep.equal(['Rotate secret', 'Set own secret', 'Delete']);
    expect(element.shadowRoot!.innerHTML).not.to.contain('gks_');
    await expectNoAxeViolations(element);
  });

  it('at a phone\'s width shows each account as a card, the client id whole on its own line with a copy button, and nothing scrolls sideways', async () => {
    accounts = [{ ...existing, name: 'Nightly export to the data warehouse', client_id: 'gksa_4dbc10d6bb03f40d88ed06de' }];
    const element = await mount();
    await narrow(element);
    expectNoHorizontalOverflow(element);
    const row = $(element, 'tbody tr[data-id]');
    expect(getComputedStyle(row).display).to.equal('grid');
    const code = $(element, 'tbody code');
    expect(code.scrollWidth).to.be.at.most(code.clientWidth);
    expect(code.getBoundingClientRect().right).to.be.at.most(row.getBoundingClientRect().right);
    const actions = $(element, 'td.actions');
    expect(actions.getBoundingClientRect().right).to.be.at.most(row.getBoundingClientRect().right);
    $(element, '.copy-id').click();
    await settle(element, () => clipboard.length, 'nothing copied');
    expect(clipboard).to.deep.equal(['gksa_4dbc10d6bb03f40d88ed06de']);
    expect(text($(element, '[part~="status"]'))).to.equal(en.secret.copied);
    await expectNoAxeViolations(element);
  });

  it('on a desktop keeps the client id on one line (truncated, whole in its title) with its copy button beside it', async () => {
    accounts = [{ ...existing, client_id: 'gksa_4dbc10d6bb03f40d88ed06de' }];
    const element = await mount();
    element.style.width = '960px';
    await narrow(element, 960);
    expectNoHorizontalOverflow(element, 960);
    const code = $(element, 'tbody code');
    const copy = $(element, '.copy-id').getBoundingClientRect();
    const box = code.getBoundingClientRect();
    expect(code.getAttribute('title')).to.equal('gksa_4dbc10d6bb03f40d88ed06de');
    expect(code.getClientRects()).to.have.length(1);
    expect(box.height, 'one line').to.be.below(40);
    expect(copy.left, 'beside, not below').to.be.at.least(box.right);
    expect(copy.top).to.be.below(box.bottom);
  });

  it('creates with a generated secret: shown once with a warning and copy buttons, then gone', async () => {
    const element = await mount();
    $(element, '.create').click();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id).to.equal('sa-name');
    fill(element, '#sa-name', 'Nightly sync');
    $<HTMLSelectElement>(element, '#sa-dataset').value = SITE.id;
    const created = oneEvent(element, 'gk-service-account-created') as Promise<GkServiceAccountCreatedEvent>;
    $<HTMLFormElement>(element, 'form').requestSubmit();
    const event = await created;
    expect(event.detail.name).to.equal('Nightly sync');
    expect(JSON.stringify(event.detail)).not.to.contain('gks_secret');
    await settle(element, () => element.shadowRoot!.querySelector('[part~="secret"]'), 'no secret panel');
    expect(requests.find((r) => r.method === 'POST')!.body).to.deep.equal({ name: 'Nightly sync', installation_id: SITE.id, password: null });
    expect(text($(element, '[part~="warning"]'))).to.equal(en.secret.warning);
    expect($(element, '[part~="warning"]').getAttribute('role')).to.equal('alert');
    expect(text($(element, '#client-secret'))).to.match(/^gks_secret_\d+$/);
    expect(element.shadowRoot!.activeElement?.id).to.equal('secret-title');
    await expectNoAxeViolations(element);

    const secret = text($(element, '#client-secret'));
    const copyButtons = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="secret"] .copy')];
    expect(copyButtons.map((b) => b.getAttribute('aria-label'))).to.deep.equal([en.secret.copyLabel('Client ID'), en.secret.copyLabel('Client secret'), en.secret.copyLabel('Token endpoint')]);
    copyButtons[1]!.click();
    await settle(element, () => clipboard.length, 'nothing copied');
    expect(clipboard).to.deep.equal([secret]);
    expect(text(element.shadowRoot!.querySelector('[part~="secret"] [role="status"]'))).to.equal(en.secret.copied);
    expect(text($(element, '[part~="status"]'))).to.equal(en.status.created('Nightly sync'));

    $(element, '.done').click();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part~="secret"]')).to.equal(null);
    expect(element.shadowRoot!.innerHTML).not.to.contain(secret);
    expect(rows(element).map((r) => r[0])).to.deep.equal(['Lead export', 'Nightly sync']);
  });

  it('creates with a chosen password; shows the server\'s weak-password error on the field; never echoes the password', async () => {
    const element = await mount();
    $(element, '.create').click();
    await element.updateComplete;
    fill(element, '#sa-name', 'Robot');
    $<HTMLInputElement>(element, 'input[value="password"]').click();
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id).to.equal('sa-password');
    fill(element, '#sa-password', 'short');
    $<HTMLFormElement>(element, 'form').requestSubmit();
    await settle(element, () => element.shadowRoot!.querySelector('#password-error'), 'no field error');
    expect($(element, '#sa-password').getAttribute('aria-invalid')).to.equal('true');
    expect($(element, '#sa-password').getAttribute('aria-describedby')).to.contain('password-error');
    expect(text($(element, '#password-error'))).to.equal('The password needs at least 12 characters.');

    fill(element, '#sa-password', 'Correct-Horse-42');
    $<HTMLFormElement>(element, 'form').requestSubmit();
    await settle(element, () => element.shadowRoot!.querySelector('[part~="secret"]'), 'no credentials panel');
    expect(text($(element, '[part~="warning"]'))).to.equal(en.secret.passwordNote);
    expect(element.shadowRoot!.querySelector('#client-secret')).to.equal(null);
    expect(element.shadowRoot!.innerHTML).not.to.contain('Correct-Horse-42');
  });

  it('requires a name and explains a duplicate name', async () => {
    const element = await mount();
    $(element, '.create').click();
    await element.updateComplete;
    $<HTMLFormElement>(element, 'form').requestSubmit();
    await element.updateComplete;
    expect(text($(element, '#name-error'))).to.equal(en.form.nameRequired);
    expect(requests.filter((r) => r.method === 'POST')).to.have.length(0);
    fill(element, '#sa-name', 'lead export');
    $<HTMLFormElement>(element, 'form').requestSubmit();
    await settle(element, () => text(element.shadowRoot!.querySelector('#name-error')) === en.errors.service_account_name_taken, 'no duplicate error');
    expect(element.shadowRoot!.activeElement?.id).to.equal('sa-name');
  });

  it('regenerates with a grace period and shows the new secret once', async () => {
    const element = await mount();
    $(element, `tr[data-id="${existing.id}"] .regenerate`).click();
    await element.updateComplete;
    expect($(element, `tr[data-id="${existing.id}"] .regenerate`).getAttribute('aria-expanded')).to.equal('true');
    $<HTMLSelectElement>(element, '#grace').value = '24';
    const changed = oneEvent(element, 'gk-service-account-secret-changed') as Promise<GkServiceAccountSecretChangedEvent>;
    $<HTMLFormElement>(element, '[part~="row-panel"] form').requestSubmit();
    expect((await changed).detail.change).to.equal('regenerated');
    await settle(element, () => element.shadowRoot!.querySelector('#client-secret'), 'no new secret');
    expect(requests.find((r) => r.path.endsWith('/regenerate'))!.body).to.deep.equal({ grace_period_minutes: 1440 });
    expect(text($(element, '#client-secret'))).to.match(/^gks_regenerated_/);
    expect(text($(element, '[part~="status"]'))).to.equal(en.status.regenerated('Lead export'));
  });

  it('changes the password and announces it', async () => {
    const element = await mount();
    $(element, `tr[data-id="${existing.id}"] .password`).click();
    await element.updateComplete;
    fill(element, '#new-password', 'Another-Long-Pass1');
    const changed = oneEvent(element, 'gk-service-account-secret-changed') as Promise<GkServiceAccountSecretChangedEvent>;
    $<HTMLFormElement>(element, '[part~="row-panel"] form').requestSubmit();
    expect((await changed).detail.change).to.equal('password');
    await element.updateComplete;
    expect(requests.find((r) => r.method === 'PUT')!.body).to.deep.equal({ password: 'Another-Long-Pass1' });
    expect(text($(element, '[part~="status"]'))).to.equal(en.status.passwordChanged('Lead export'));
    expect(element.shadowRoot!.querySelector('[part~="row-panel"]')).to.equal(null);
  });

  it('deletes only after confirmation, and can be cancelled', async () => {
    const element = await mount();
    $(element, `tr[data-id="${existing.id}"] .delete`).click();
    await element.updateComplete;
    expect(text($(element, '[part~="row-panel"]'))).to.contain(en.actions.deleteConfirm('Lead export'));
    expect(element.shadowRoot!.activeElement?.classList.contains('confirm')).to.equal(true);
    $(element, '[part~="row-panel"] .button.secondary').click();
    await element.updateComplete;
    expect(requests.filter((r) => r.method === 'DELETE')).to.have.length(0);
    expect(element.shadowRoot!.activeElement?.classList.contains('delete')).to.equal(true);

    $(element, `tr[data-id="${existing.id}"] .delete`).click();
    await element.updateComplete;
    const deleted = oneEvent(element, 'gk-service-account-deleted') as Promise<GkServiceAccountDeletedEvent>;
    $(element, '[part~="row-panel"] .confirm').click();
    expect((await deleted).detail.service_account.id).to.equal(existing.id);
    await element.updateComplete;
    expect(rows(element)).to.deep.equal([]);
    expect(text(element.shadowRoot!.querySelector('.hint:not([role])'))).to.contain(en.intro);
    expect(text($(element, '[part~="status"]'))).to.equal(en.status.deleted('Lead export'));
  });

  it('tells a non-admin they cannot manage the accounts', async () => {
    const element = await mount('en', FORBIDDEN);
    expect(text($(element, '[part~="error"]'))).to.equal(en.errors.not_group_admin);
    expect(element.shadowRoot!.querySelector('.create')).to.equal(null);
  });

  for (const [locale, strings] of Object.entries({ fr, de, pt, nb })) {
    it(`speaks ${locale}`, async () => {
      const element = await mount(locale);
      expect(text($(element, '#title'))).to.equal(strings.title);
      expect(text($(element, '.create'))).to.equal(strings.create);
      expect($(element, '[part~="base"]').getAttribute('lang')).to.equal(locale);
      expect(rows(element)[0]![4]).to.equal(strings.date(existing.last_used_at!));
    });
  }

  it('is themable through custom properties and parts', async () => {
    const element = await mount();
    element.style.setProperty('--gk-color-primary', 'rgb(1, 2, 3)');
    element.style.setProperty('--gk-color-danger', 'rgb(4, 5, 6)');
    // Buttons animate their background; the resolved private properties are what they use.
    expect(getComputedStyle($(element, '.create')).getPropertyValue('--_primary').trim()).to.equal('rgb(1, 2, 3)');
    $(element, `tr[data-id="${existing.id}"] .delete`).click();
    await element.updateComplete;
    expect(getComputedStyle($(element, '[part~="row-panel"] .confirm')).getPropertyValue('--_danger').trim()).to.equal('rgb(4, 5, 6)');
    expect(element.shadowRoot!.querySelector('[part~="table"]')).not.to.equal(null);
  });
});
