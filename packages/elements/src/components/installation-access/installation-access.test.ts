import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { catalogues, SUPPORTED_LOCALES } from '../../i18n/index.js';
import type { GkAccessChangedEvent } from '../../events/gk-access-changed.js';
import type { GkAccessRevokedEvent } from '../../events/gk-access-revoked.js';
import { expectNoAxeViolations } from '../../internal/test/axe.js';
import { mock, resetMocks, startMocks, worker } from '../../internal/test/mocks.js';
import './installation-access.define.js';
import type { GkInstallationAccess } from './installation-access.component.js';

const { acme, volt, home, owner } = mock.fixtures;

/** Gives Acme (and optionally Volt) a grant on Home through the mock's approval flow. */
function grant(groups: Array<'acme' | 'volt'> = ['acme']): string[] {
  return groups.map((group) => {
    const key = group === 'acme' ? acme.lookupKey : volt.lookupKey;
    const url = new URL(`/access/request/${key}`, location.origin);
    const id = mock.openAccessRequest(url).id;
    return mock.db.approve(owner.id, id, home.id).grant_id;
  });
}

async function mount(locale = 'en', installationId: string = home.id): Promise<GkInstallationAccess> {
  const element = await fixture<GkInstallationAccess>(html`<gk-installation-access installation-id=${installationId} locale=${locale}></gk-installation-access>`);
  await waitUntil(() => !element.shadowRoot!.querySelector('.spinner'), 'kept loading', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

const $ = (element: GkInstallationAccess, selector: string) => element.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (element: GkInstallationAccess, selector: string) => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const entry = (element: GkInstallationAccess, grantId: string) => $(element, `[data-grant="${grantId}"]`);

/** What has focus inside the element, as a `part` name or tag (chai cannot print elements well). */
const focused = (element: GkInstallationAccess) => {
  const active = element.shadowRoot!.activeElement;
  return active ? (active.getAttribute('part') ?? active.tagName.toLowerCase()) : 'nothing';
};

describe('<gk-installation-access>', () => {
  before(() => startMocks());
  beforeEach(() => resetMocks());

  it('lists users with their role and groups marked as groups, with lookup key and since when', async () => {
    const [grantId] = grant();
    const element = await mount();
    const entries = $$(element, '[part~="entry"]');
    expect(entries).to.have.length(2);
    expect(text(entries[0])).to.contain('Olivia Owner').and.contain('Owner').and.contain(owner.email);
    expect(entries[0]!.querySelector('[part~="group-badge"]')).to.equal(null);
    expect(entries[0]!.querySelector('[part~="revoke-button"]')).to.equal(null);
    const group = entry(element, grantId!)!;
    expect(text(group.querySelector('.name'))).to.equal('Acme Energy');
    const badge = group.querySelector('[part~="group-badge"]')!;
    expect(text(badge)).to.equal('Group');
    expect(badge.querySelector('svg')).to.not.equal(null);
    expect(text(group)).to.contain('Lookup key TZBV');
    const grantedAt = mock.db.grants.get(grantId!)!.created_at;
    expect(text(group)).to.contain(`Since ${catalogues.en.common.date(grantedAt)}`);
  });

  it('shows who granted a group its access, and nothing when the server does not know', async () => {
    const [grantId] = grant();
    const element = await mount();
    expect(text(entry(element, grantId!))).to.contain('Granted by Olivia Owner');
    expect(text($$(element, '[part~="entry"]')[0])).to.not.contain('Granted by');

    worker.use(
      http.get('*/api/installations/:id/access', () =>
        HttpResponse.json({
          items: [{ kind: 'group', id: 'grp_acme', name: 'Acme Energy', lookup_key: 'TZBV', logo_url: null, grant_id: grantId, granted_at: '2026-11-02T10:00:00Z', since: '2026-11-02T10:00:00Z', granted_by: null }],
        }),
      ),
    );
    await element.load();
    await element.updateComplete;
    expect(text(entry(element, grantId!))).to.contain('Since Nov 2, 2026').and.not.contain('Granted by');
  });

  for (const locale of SUPPORTED_LOCALES) {
    it(`renders in ${locale}`, async () => {
      const [grantId] = grant();
      const t = catalogues[locale];
      const element = await mount(locale);
      expect($(element, '[part~="base"]')!.getAttribute('lang')).to.equal(locale);
      expect(text($(element, '[part~="title"]'))).to.equal(t.installationAccess.heading);
      const group = entry(element, grantId!)!;
      expect(text(group.querySelector('[part~="group-badge"]'))).to.equal(t.common.group);
      expect(group.querySelector('[part~="revoke-button"]')!.getAttribute('aria-label')).to.equal(t.installationAccess.revokeLabel('Acme Energy'));
      expect(text(group)).to.contain(t.installationAccess.since(t.common.date(mock.db.grants.get(grantId!)!.created_at)));
    });
  }

  it('revokes after confirmation: the list updates, the outcome is announced and an event dispatched', async () => {
    const [acmeGrant, voltGrant] = grant(['acme', 'volt']);
    const element = await mount();
    entry(element, acmeGrant!)!.querySelector<HTMLElement>('[part~="revoke-button"]')!.click();
    await element.updateComplete;
    const confirm = entry(element, acmeGrant!)!.querySelector('[part~="confirm"]')!;
    expect(text(confirm)).to.contain('Revoke access for Acme Energy?');
    expect(mock.db.grants.has(acmeGrant!)).to.equal(true);
    expect(focused(element)).to.equal('cancel-button');

    const revoked = oneEvent(element, 'gk-access-revoked') as Promise<GkAccessRevokedEvent>;
    confirm.querySelector<HTMLElement>('[part~="confirm-button"]')!.click();
    const event = await revoked;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ installationId: home.id, grantId: acmeGrant, name: 'Acme Energy', lookupKey: 'TZBV' });
    await element.updateComplete;
    expect(mock.db.grants.has(acmeGrant!)).to.equal(false);
    expect(entry(element, acmeGrant!)).to.equal(null);
    expect(entry(element, voltGrant!)).to.not.equal(null);
    expect(text($(element, '[role="status"]'))).to.equal('Access for Acme Energy was revoked.');
    expect(focused(element)).to.equal('title');
  });

  it('cancels the confirmation, returning focus to the Revoke button', async () => {
    const [grantId] = grant();
    const element = await mount();
    entry(element, grantId!)!.querySelector<HTMLElement>('[part~="revoke-button"]')!.click();
    await element.updateComplete;
    $(element, '[part~="cancel-button"]')!.click();
    await element.updateComplete;
    expect($(element, '[part~="confirm"]')).to.equal(null);
    expect(focused(element)).to.equal('revoke-button');
    expect(mock.db.grants.has(grantId!)).to.equal(true);
  });

  it('can be used with the keyboard alone, Escape cancelling', async () => {
    const [grantId] = grant();
    const element = await mount();
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal('change-button');
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal('revoke-button');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(focused(element)).to.equal('cancel-button');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(focused(element)).to.equal('revoke-button');
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal('confirm-button');
    const revoked = oneEvent(element, 'gk-access-revoked');
    await sendKeys({ press: 'Enter' });
    await revoked;
    expect(mock.db.grants.has(grantId!)).to.equal(false);
  });

  it('announces a failed revocation and keeps the entry', async () => {
    const [grantId] = grant();
    worker.use(http.delete('*/api/grants/:id', () => HttpResponse.json({ type: 'x', title: 'boom', status: 500, code: 'internal' }, { status: 500 })));
    const element = await mount();
    entry(element, grantId!)!.querySelector<HTMLElement>('[part~="revoke-button"]')!.click();
    await element.updateComplete;
    $(element, '[part~="confirm-button"]')!.click();
    await waitUntil(() => $(element, '[part~="error"]'));
    const error = $(element, '[aria-live="assertive"] [part~="error"]')!;
    expect(text(error)).to.equal(`Could not revoke access for Acme Energy. ${catalogues.en.common.serverError}`);
    expect(entry(element, grantId!)).to.not.equal(null);
    expect(focused(element)).to.equal('revoke-button');
  });

  it('reloads when the grant was already gone (404)', async () => {
    const [grantId] = grant();
    const element = await mount();
    mock.db.deleteGrant(owner.id, grantId!);
    entry(element, grantId!)!.querySelector<HTMLElement>('[part~="revoke-button"]')!.click();
    await element.updateComplete;
    $(element, '[part~="confirm-button"]')!.click();
    // The 404 reloads the list, which is empty while loading: wait for the reloaded list.
    await waitUntil(() => !entry(element, grantId!) && $$(element, '[part~="entry"]').length > 0);
    expect($$(element, '[part~="entry"]')).to.have.length(1);
  });

  describe('narrowing a grant (fine-grained permissions)', () => {
    const permissionsOf = (element: GkInstallationAccess, grantId: string) => [...(entry(element, grantId)?.querySelectorAll('[part~="permissions"] span') ?? [])].map(text);
    const openChange = async (element: GkInstallationAccess, grantId: string) => {
      entry(element, grantId)!.querySelector<HTMLElement>('[part~="change-button"]')!.click();
      await element.updateComplete;
      return entry(element, grantId)!.querySelector<HTMLElement>('[part~="change"]')!;
    };
    const uncheck = (form: HTMLElement, label: string) => {
      const box = [...form.querySelectorAll('label')].find((l) => text(l) === label)!.querySelector('input')!;
      box.click();
    };

    it('shows what each group may do; a read-only grant has nothing to narrow', async () => {
      const [acmeGrant] = grant(['acme']);
      const readOnly = mock.db.approve(owner.id, mock.openAccessRequest(new URL(`/access/request/${volt.lookupKey}?permissions=installation:read`, location.origin)).id, home.id).grant_id;
      const element = await mount();
      expect(permissionsOf(element, acmeGrant!)).to.deep.equal(['View', 'Change settings', 'Control chargers']);
      expect(permissionsOf(element, readOnly)).to.deep.equal(['View']);
      expect(entry(element, readOnly)!.querySelector('[part~="change-button"]')).to.equal(null);
    });

    it('narrows after the form: PATCH, the list and the announcement update, an event is dispatched, viewing is kept', async () => {
      const [grantId] = grant();
      const element = await mount();
      const form = await openChange(element, grantId!);
      expect(text(form.querySelector('legend'))).to.equal('What may Acme Energy do?');
      const read = [...form.querySelectorAll('input')].find((input) => input.value === 'installation:read')!;
      expect([read.checked, read.disabled]).to.deep.equal([true, true]);
      expect(focused(element)).to.equal('input');
      uncheck(form, 'Change settings');
      uncheck(form, 'Control chargers');
      const changed = oneEvent(element, 'gk-access-changed') as Promise<GkAccessChangedEvent>;
      form.querySelector<HTMLElement>('[part~="save-button"]')!.click();
      const event = await changed;
      expect(event.detail).to.deep.equal({ installationId: home.id, grantId, name: 'Acme Energy', lookupKey: 'TZBV', permissions: ['installation:read'] });
      await element.updateComplete;
      expect(mock.db.grants.get(grantId!)!.permissions).to.deep.equal(['installation:read']);
      expect(permissionsOf(element, grantId!)).to.deep.equal(['View']);
      expect(entry(element, grantId!)!.querySelector('[part~="change"]')).to.equal(null);
      expect(text($(element, '[role="status"]'))).to.equal('Access for Acme Energy was changed.');
      expect(focused(element)).to.equal('revoke-button');
    });

    it('cancels with Escape, back to the Change access button, changing nothing', async () => {
      const [grantId] = grant();
      const element = await mount();
      const form = await openChange(element, grantId!);
      uncheck(form, 'Change settings');
      form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await element.updateComplete;
      expect(entry(element, grantId!)!.querySelector('[part~="change"]')).to.equal(null);
      expect(focused(element)).to.equal('change-button');
      expect(mock.db.grants.get(grantId!)!.permissions).to.have.length(3);
    });

    it('says so and reloads when the grant holds less than the form offered (422 grant_widening_requires_consent)', async () => {
      const [grantId] = grant();
      const element = await mount();
      const form = await openChange(element, grantId!);
      // Narrowed elsewhere meanwhile: keeping charger control would now widen the grant.
      mock.db.updateGrant(owner.id, grantId!, { permissions: ['installation:settings'] });
      uncheck(form, 'Change settings');
      form.querySelector<HTMLElement>('[part~="save-button"]')!.click();
      await waitUntil(() => $(element, '[aria-live="assertive"] [part~="error"]'));
      expect(text($(element, '[aria-live="assertive"] [part~="error"]'))).to.equal(catalogues.en.installationAccess.wideningRefused('Acme Energy'));
      await waitUntil(() => permissionsOf(element, grantId!).length === 2);
      expect(permissionsOf(element, grantId!)).to.deep.equal(['View', 'Change settings']);
      expect(mock.db.grants.get(grantId!)!.permissions).to.deep.equal(['installation:read', 'installation:settings']);
    });

    it('says so and reloads when the grant is gone (404), in every language', async () => {
      for (const locale of SUPPORTED_LOCALES) {
        resetMocks();
        const [grantId] = grant();
        const element = await mount(locale);
        const form = await openChange(element, grantId!);
        mock.db.deleteGrant(owner.id, grantId!);
        form.querySelector<HTMLInputElement>('input:enabled')!.click();
        form.querySelector<HTMLElement>('[part~="save-button"]')!.click();
        await waitUntil(() => $(element, '[aria-live="assertive"] [part~="error"]'), locale);
        expect(text($(element, '[aria-live="assertive"] [part~="error"]')), locale).to.equal(catalogues[locale].installationAccess.grantGone('Acme Energy'));
        await waitUntil(() => !entry(element, grantId!) && $$(element, '[part~="entry"]').length === 1, locale);
      }
    });

    it('shows a group member the list without permissions or Change access (grants are the owner’s to list)', async () => {
      const [grantId] = grant();
      resetMocks(mock.fixtures.partnerMember.id);
      mock.db.grants.set(grantId!, { id: grantId!, group_id: acme.id, installation_id: home.id, permissions: ['installation:read', 'installation:settings'], created_at: new Date().toISOString(), created_by: owner.id });
      const element = await mount();
      expect(entry(element, grantId!)).to.not.equal(null);
      expect(permissionsOf(element, grantId!)).to.deep.equal([]);
      expect(entry(element, grantId!)!.querySelector('[part~="change-button"]')).to.equal(null);
    });

    it('has no axe violations with the form open', async () => {
      const [grantId] = grant();
      const element = await mount();
      await openChange(element, grantId!);
      await expectNoAxeViolations(element);
    });
  });

  it('says when only the owner has access', async () => {
    const element = await mount();
    expect($$(element, '[part~="entry"]')).to.have.length(1);
    worker.use(http.get('*/api/installations/:id/access', () => HttpResponse.json({ items: [] })));
    await element.load();
    await element.updateComplete;
    expect(text($(element, '[part~="status"]'))).to.equal('No one else has access to this installation.');
  });

  it('shows not found for an installation the user cannot see (404)', async () => {
    const element = await mount('en', 'ins_someone_elses');
    expect(text($(element, '[part~="error"]'))).to.equal(catalogues.en.installationAccess.notFound);
    expect($(element, '[part~="retry-button"]')).to.equal(null);
  });

  it('shows a network failure with Try again, which recovers', async () => {
    worker.use(http.get('*/api/installations/:id/access', () => HttpResponse.error(), { once: true }));
    const element = await mount();
    expect(text($(element, '[part~="error"]'))).to.equal(catalogues.en.common.networkError);
    expect(focused(element)).to.equal('error');
    $(element, '[part~="retry-button"]')!.click();
    await waitUntil(() => $(element, '[part~="entry"]'));
  });

  it('asks for an installation-id when none is given', async () => {
    const element = await fixture<GkInstallationAccess>(html`<gk-installation-access locale="en"></gk-installation-access>`);
    expect(text($(element, '[part~="error"]'))).to.equal(catalogues.en.installationAccess.missingId);
  });

  it('has no axe violations in the list, the confirmation and an error', async () => {
    const [grantId] = grant(['acme', 'volt']);
    const element = await mount();
    await expectNoAxeViolations(element);
    entry(element, grantId!)!.querySelector<HTMLElement>('[part~="revoke-button"]')!.click();
    await element.updateComplete;
    await expectNoAxeViolations(element);
    const failed = await mount('en', 'ins_nope');
    await expectNoAxeViolations(failed);
  });

  it('has no axe violations in dark mode, with the confirmation open', async () => {
    const [grantId] = grant();
    await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    try {
      const element = await mount('de');
      entry(element, grantId!)!.querySelector<HTMLElement>('[part~="revoke-button"]')!.click();
      await element.updateComplete;
      await expectNoAxeViolations(element);
    } finally {
      await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    }
  });

  it('reloads when installation-id changes', async () => {
    grant();
    const element = await mount();
    expect($$(element, '[part~="entry"]')).to.have.length(2);
    element.installationId = mock.fixtures.cabin.id;
    await waitUntil(() => $$(element, '[part~="entry"]').length === 1);
  });
});

