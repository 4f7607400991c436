/**
 * @module
 * `<gk-partners>`: an organisation's account holder lists its partners, registers one in steps
 * (tabs: info, domains, admin, review), and maintains one (admin change, deactivation with the
 * refusal explained and the remaining grants revocable in place).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createPartnersClient, encodeLogo, type Partner, type PartnerRemainingAccess, type PartnersApi } from '@grantkit/sdk';
import { LoadingElement } from '../../base/loading-element.js';
import type { Catalogue } from '../../i18n/catalogue.js';
import { GkPartnerDeactivatedEvent, GkPartnerRegisteredEvent } from '../../events/gk-partner.js';
import type { GkPartnerInstallationLinkedEvent, GkPartnerInstallationUnlinkedEvent } from '../../events/gk-partner-installation.js';
import tokens from '../../styles/tokens.styles.js';
import stack from '../../styles/stack.styles.js';
import { partnerStrings, type PartnerStrings } from './i18n/index.js';
import { domainList } from '../partner-invitations/email-domain.js';
import styles from './partners.styles.js';

/** The SDK client methods `<gk-partners>` calls; any object with them works (tests, shared clients). */
export type PartnersClient = Pick<
  PartnersApi,
  | 'listOrganisations'
  | 'listPartners'
  | 'validatePartnerStep'
  | 'registerPartner'
  | 'getPartner'
  | 'changePartnerAdmin'
  | 'unlinkPartnerInstallation'
  | 'deactivatePartner'
>;

const STEPS = ['info', 'domains', 'admin', 'review'] as const;
/** Text fields by the server's field names, so its field errors land on the right input. */
const ADMIN = ['admin.first_name', 'admin.last_name', 'admin.email'] as const;

/** The members of an SDK error read here (duck-typed: a page may hold two SDK copies). */
interface Coded {
  readonly code?: string;
  readonly message?: string;
  readonly errors?: readonly { readonly field: string; readonly code: string; readonly message: string }[];
  readonly cause?: { readonly field?: string; readonly limit?: number; readonly remaining?: PartnerRemainingAccess };
}

/**
 * The partner list of one organisation, the registration steps as a keyboard-operable tablist
 * (arrow keys, Home, End), and one partner's settings: details, domains, admin (change by a new
 * invitation), the installations it may reach, and deactivation. Deactivation is refused by the
 * server while access remains; the element lists what remains, offers to revoke the grants, and
 * asks for the partner's name before the irreversible step. Any client with the
 * {@link PartnersClient} methods works, e.g. the SDK's `createApiClient()`.
 *
 * The settings of an active partner embed `<gk-partner-installations>` (link and unlink its
 * installations) when that element is registered (`define.ts` does); it is a separate element
 * because both together exceed one element's 16 KB budget. It uses its own default client
 * against `api-base`, and the two keep each other current: an unlink there updates the list of
 * what remains here, a Revoke here reloads it.
 *
 * @summary Register, maintain and deactivate an organisation's partners.
 *
 * @event {GkPartnerRegisteredEvent} gk-partner-registered - A partner was added. Detail: `{ partner, invitation }`.
 * @event {GkPartnerDeactivatedEvent} gk-partner-deactivated - A partner was deactivated. Detail: the partner.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart table - The partner list.
 * @csspart tablist - The registration steps.
 * @csspart tab - One step tab (the current one also has `tab-selected`).
 * @csspart panel - The current step.
 * @csspart settings - The partner's settings.
 * @csspart installations - The embedded `<gk-partner-installations>` (when registered).
 * @csspart danger-zone - The deactivation section.
 * @csspart status - The polite live region.
 * @csspart error - Alerts.
 *
 * @cssproperty [--gk-color-primary=#1d5bd6] - Primary buttons and the selected tab.
 * @cssproperty [--gk-color-danger=#b42318] - Errors and deactivation.
 * @cssproperty [--gk-color-surface=#ffffff] - Card background.
 * @cssproperty [--gk-color-border=#d3d9e1] - Borders and table rules.
 * @cssproperty [--gk-radius=12px] - Card corner radius.
 */
export class GkPartners extends LoadingElement<PartnerStrings> {
  static override styles = [tokens, styles, stack];

  /** The organisation; by default the first one the user is an account holder of. */
  @property({ attribute: 'organisation-id' }) organisationId = '';
  /** The platform's URL when the element runs on another origin; the page's origin by default. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** The API client; by default the SDK's `createPartnersClient` with the session cookie. */
  @property({ attribute: false }) client?: PartnersClient;

  @state() private view: 'list' | 'register' | 'settings' = 'list';
  @state() private loading = true;
  @state() private error = '';
  @state() private announcement = '';
  @state() private partners: Partner[] = [];
  @state() private limit = 10;
  @state() private active = 0;
  @state() private step = 0;
  @state() private reached = 0;
  /** Text fields (name, admin.*, confirm) by server field name. */
  @state() private values: Record<string, string> = {};
  @state() private domains: string[] = [''];
  @state() private logo: string | null = null;
  @state() private errors: Record<string, string> = {};
  @state() private busy = false;
  @state() private partner?: Partner;
  @state() private remaining?: PartnerRemainingAccess;

  private orgId = '';
  protected readonly i18n: Catalogue<PartnerStrings> = partnerStrings;

  private get api(): PartnersClient {
    return this.client ?? this.defaultClient(this.apiBase, (baseUrl) => createPartnersClient({ baseUrl }));
  }

  protected loadKey(): readonly unknown[] {
    return [this.organisationId, this.client, this.apiBase];
  }

  /** Reloads the partner list. */
  async load(): Promise<void> {
    this.loading = true;
    this.error = '';
    try {
      this.orgId = this.organisationId || (await this.api.listOrganisations()).items[0]?.id || '';
      if (!this.orgId) return void (this.error = this.s.noOrganisation);
      const list = await this.api.listPartners(this.orgId);
      this.partners = [...list.items];
      this.limit = list.limit;
      this.active = list.active;
    } catch (error) {
      this.fail(error);
    } finally {
      this.loading = false;
    }
  }

  /** Puts an error on its fields, or in the alert; a `partner_has_access` refusal lists what remains. */
  private fail(error: unknown): void {
    const e = (error ?? {}) as Coded;
    const s = this.s.errors;
    const out: Record<string, string> = {};
    const remaining = e.code === 'partner_has_access' && e.cause?.remaining;
    if (remaining) {
      this.remaining = remaining;
      this.focusSelector = '#remaining';
      return;
    }
    if (e.code === 'email_domain_not_allowed') out[e.cause?.field ?? 'admin.email'] = s.email_domain_not_allowed;
    if (e.code === 'logo_too_large' || e.code === 'logo_unsupported_type') out.logo = s[e.code];
    if (e.code === 'confirmation_required') out.confirm = s.confirmation_required;
    for (const f of e.errors ?? []) {
      out[f.field] = /domain/.test(f.code) ? s.invalid_domain : f.code === 'invalid_email' ? s.invalid_email : /required|too_small/.test(f.code) ? s.required : f.message;
    }
    this.errors = out;
    this.error = Object.keys(out).length
      ? ''
      : e.code === 'partner_limit_reached'
        ? s.partner_limit_reached(e.cause?.limit ?? this.limit)
        : e.code === 'network_error'
          ? s.network
          : e.message || s.other;
    this.focusFirstError();
  }

  private focusFirstError(): void {
    const first = Object.keys(this.errors)[0];
    this.focusSelector = first ? `[data-field="${first}"]` : '#form-error';
  }

  /** Runs one change; its failure goes to {@link fail}. */
  private async run(action: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      await action();
    } catch (error) {
      this.fail(error);
    } finally {
      this.busy = false;
    }
  }

  private show(view: GkPartners['view'], focus: string): void {
    this.view = view;
    this.errors = {};
    this.error = '';
    this.values = {};
    this.focusSelector = focus;
  }

  // ------------------------------------------------------------------ registration

  private openRegistration(): void {
    this.show('register', '#name');
    this.step = this.reached = 0;
    this.domains = [''];
    this.logo = null;
  }

  private body(step: (typeof STEPS)[number]) {
    const v = this.values;
    return {
      step,
      name: v.name ?? '',
      logo: this.logo,
      domains: this.domains.filter((x) => x.trim()),
      admin: { first_name: v[ADMIN[0]] ?? '', last_name: v[ADMIN[1]] ?? '', email: v[ADMIN[2]] ?? '' },
    };
  }

  /** Checks the current step (required fields here, the rest on the server) and moves on. */
  private next(): Promise<void> {
    const step = STEPS[this.step]!;
    const required = step === 'info' ? ['name'] : step === 'admin' ? ADMIN : [];
    const missing = Object.fromEntries(required.filter((f) => !this.values[f]?.trim()).map((f) => [f, this.s.errors.required]));
    if (step === 'domains' && !this.domains.some((x) => x.trim())) missing['domains.0'] = this.s.errors.required;
    this.errors = missing;
    if (Object.keys(missing).length) return Promise.resolve(this.focusFirstError());
    return this.run(async () => {
      if (step !== 'review') {
        const result = await this.api.validatePartnerStep(this.orgId, this.body(step));
        if (result.domains) this.domains = [...result.domains];
        return this.goTo(this.step + 1, true);
      }
      const { partner, invitation } = await this.api.registerPartner(this.orgId, this.body(step));
      this.emit(new GkPartnerRegisteredEvent({ partner, invitation }));
      await this.load();
      this.show('list', '#title');
      this.announcement = this.s.added(partner.name, invitation.email);
    });
  }

  private goTo(index: number, advance = false): void {
    if (advance) this.reached = Math.max(this.reached, index);
    if (index < 0 || index > this.reached) return;
    this.step = index;
    this.errors = {};
    this.focusSelector = `#tab-${STEPS[index]}`;
  }

  /** WAI-ARIA tabs: arrows move between reached steps (wrapping), Home and End to the ends. */
  private onTabKey(event: KeyboardEvent): void {
    const last = this.reached;
    const target = { ArrowRight: this.step + 1, ArrowLeft: this.step - 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.goTo(target > last ? 0 : target < 0 ? last : target);
  }

  private async pickLogo(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.logo = null;
    this.errors = {};
    if (file) await encodeLogo(file).then((logo) => void (this.logo = logo), (error: unknown) => this.fail(error));
  }

  /** A labelled text input bound to `values[field]` (or `domains[i]` for `domains.i`), with its error. */
  private field(field: string, label: string, type = 'text', autocomplete = 'off'): TemplateResult {
    const index = field.startsWith('domains.') ? Number(field.slice(8)) : -1;
    const id = field.replace('.', '-');
    const error = this.errors[field];
    return html`<label class="field" for=${id}>${label}<input id=${id} data-field=${field} type=${type} autocomplete=${autocomplete}
      .value=${(index < 0 ? this.values[field] : this.domains[index]) ?? ''} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${id + '-error'}
      @input=${(e: Event) => {
        const value = (e.target as HTMLInputElement).value;
        if (index < 0) this.values = { ...this.values, [field]: value };
        else this.domains = this.domains.map((d, i) => (i === index ? value : d));
      }} /><span id=${id + '-error'} class="field-error">${error ?? ''}</span></label>`;
  }

  private renderStep(step: (typeof STEPS)[number]): TemplateResult {
    const s = this.s;
    const name = this.values.name ?? '';
    const img = (cls: string) => (this.logo ? html`<img class=${cls} src=${this.logo} alt=${s.logoAlt(name)} />` : nothing);
    if (step === 'info') {
      return html`${this.field('name', s.name, 'text', 'organization')}
<label class="field" for="logo">${s.logo}<input id="logo" data-field="logo" type="file" accept="image/png,image/jpeg,image/webp"
aria-describedby="logo-hint logo-error" aria-invalid=${this.errors.logo ? 'true' : 'false'} @change=${this.pickLogo} />
<span id="logo-hint" class="hint">${s.logoHint}</span><span id="logo-error" class="field-error">${this.errors.logo ?? ''}</span></label>${img('logo')}`;
    }
    if (step === 'domains') {
      const d = this.domains;
      return html`<p class="hint">${s.domainsHint}</p>
${d.map((domain, i) => html`<div class="row">${this.field(`domains.${i}`, s.domain(i + 1))}${d.length > 1
  ? html`<button type="button" class="button secondary small" aria-label=${s.removeDomain(domain)}
@click=${() => ((this.domains = d.filter((_, j) => j !== i)), (this.focusSelector = '#domains-0'))}>×</button>` : nothing}</div>`)}
<div><button type="button" class="button secondary small" @click=${() => ((this.domains = [...d, '']), (this.focusSelector = `#domains-${d.length}`))}>${s.addDomain}</button></div>`;
    }
    if (step === 'admin') return html`<p class="hint">${s.adminIntro}</p>${this.adminFields()}`;
    const v = this.values;
    return html`<dl><dt>${s.name}</dt><dd>${name} ${img('logo small')}</dd>
<dt>${s.col.domains}</dt><dd>${domainList(this.resolvedLocale, this.domains.filter(Boolean))}</dd>
<dt>${s.col.admin}</dt><dd>${v[ADMIN[0]]} ${v[ADMIN[1]]} &lt;${v[ADMIN[2]]}&gt;</dd></dl>`;
  }

  private adminFields(): TemplateResult {
    const s = this.s;
    return html`<div class="row">${this.field(ADMIN[0], s.firstName, 'text', 'given-name')}${this.field(ADMIN[1], s.lastName, 'text', 'family-name')}</div>
${this.field(ADMIN[2], s.email, 'email', 'email')}`;
  }

  private renderRegistration(): TemplateResult {
    const s = this.s;
    const current = STEPS[this.step]!;
    return html`<div part="tablist" class="tablist" role="tablist" aria-label=${s.stepsLabel} @keydown=${this.onTabKey}>
${STEPS.map((step, i) => {
  const selected = i === this.step;
  return html`<button type="button" role="tab" id=${'tab-' + step} part=${selected ? 'tab tab-selected' : 'tab'} aria-selected=${selected}
aria-controls="panel" tabindex=${selected ? 0 : -1} aria-disabled=${i > this.reached} @click=${() => this.goTo(i)}>${i + 1}. ${s.steps[step]}</button>`;
})}</div>
<div id="panel" part="panel" role="tabpanel" aria-labelledby=${'tab-' + current}><form novalidate @submit=${(e: Event) => (e.preventDefault(), void this.next())}>
${this.renderStep(current)}
<div class="actions">${this.step ? html`<button type="button" class="button secondary" @click=${() => this.goTo(this.step - 1)}>${s.previous}</button>` : nothing}
<button type="submit" class="button primary" aria-disabled=${this.busy}>${current === 'review' ? (this.busy ? s.adding : s.addPartner) : s.next}</button>
<button type="button" class="button secondary" @click=${() => this.show('list', '#register')}>${s.cancel}</button></div></form></div>`;
  }

  // ------------------------------------------------------------------ settings

  private openSettings(partner: Partner): Promise<void> {
    this.show('settings', '#settings-title');
    this.partner = partner;
    this.remaining = undefined;
    return this.run(async () => void (this.partner = await this.api.getPartner(partner.id)));
  }

  private changeAdmin(p: Partner): Promise<void> {
    return this.run(async () => {
      const v = this.values;
      const { invitation } = await this.api.changePartnerAdmin(p.id, { first_name: v[ADMIN[0]] ?? '', last_name: v[ADMIN[1]] ?? '', email: v[ADMIN[2]] ?? '' });
      this.partner = await this.api.getPartner(p.id);
      this.values = {};
      this.errors = {};
      this.announcement = this.s.invited(invitation.email);
    });
  }

  /** A link or unlink in the embedded `<gk-partner-installations>`: what remains changed too. */
  private linkChanged(e: GkPartnerInstallationLinkedEvent | GkPartnerInstallationUnlinkedEvent): void {
    const r = this.remaining;
    const g = e.detail;
    if (r) this.remaining = { ...r, grants: [...r.grants.filter((x) => x.id !== g.id), ...(e.type === 'gk-partner-installation-linked' ? [g] : [])] };
  }

  private revoke(p: Partner, g: { id: string; installation_name: string }): Promise<void> {
    return this.run(async () => {
      await this.api.unlinkPartnerInstallation(p.id, g.id);
      if (this.remaining) this.remaining = { ...this.remaining, grants: this.remaining.grants.filter((x) => x.id !== g.id) };
      void (this.renderRoot.querySelector('gk-partner-installations') as { load?: () => Promise<void> } | null)?.load?.();
      this.announcement = this.s.revoked(g.installation_name);
      this.focusSelector = '#settings-title';
    });
  }

  private deactivate(p: Partner): Promise<void> {
    return this.run(async () => {
      this.partner = await this.api.deactivatePartner(p.id, this.values.confirm ?? '');
      this.remaining = undefined;
      this.errors = {};
      this.announcement = this.s.deactivatedOk(p.name);
      this.focusSelector = '#settings-title';
      this.emit(new GkPartnerDeactivatedEvent(this.partner));
      void this.load();
    });
  }

  private revokeButton(p: Partner, g: { id: string; installation_name: string }): TemplateResult {
    return html`<li>${g.installation_name} <button type="button" class="button secondary small" aria-label=${this.s.revokeLabel(g.installation_name)}
@click=${() => this.revoke(p, g)}>${this.s.revoke}</button></li>`;
  }

  private renderSettings(p: Partner): TemplateResult {
    const s = this.s;
    const active = p.status === 'active';
    const r = this.remaining;
    const submit = (action: () => Promise<void>) => (e: Event) => (e.preventDefault(), void action());
    return html`<div part="settings" class="panel">
<div><button type="button" class="button secondary small" @click=${() => this.show('list', '#title')}>${s.back}</button></div>
<h3 id="settings-title" tabindex="-1">${s.settingsFor(p.name)}</h3>
<section aria-labelledby="general"><h4 id="general">${s.general}</h4><dl>
<dt>${s.name}</dt><dd>${p.name}</dd>
<dt>${s.lookupKey}</dt><dd><code>${p.lookup_key}</code></dd>
<dt>${s.col.status}</dt><dd><span class="badge ${p.status}">${active ? s.active : s.deactivated}</span></dd>
<dt>${s.col.domains}</dt><dd>${domainList(this.resolvedLocale, p.domains)}</dd></dl></section>
<section aria-labelledby="admin-heading"><h4 id="admin-heading">${s.adminHeading}</h4>
<p>${p.admin ? `${p.admin.name} <${p.admin.email}>` : s.noAdmin}</p>
${p.pending_admin ? html`<p class="hint">${s.pending(p.pending_admin.email)}</p>` : nothing}
${active ? html`<form class="panel" aria-label=${s.changeAdmin} @submit=${submit(() => this.changeAdmin(p))}><h4>${s.changeAdmin}</h4>${this.adminFields()}
<div><button type="submit" class="button primary">${s.sendInvitation}</button></div></form>` : nothing}</section>
${active && customElements.get('gk-partner-installations') ? html`<gk-partner-installations part="installations" partner-id=${p.id} locale=${this.resolvedLocale}
.apiBase=${this.apiBase} @gk-partner-installation-linked=${this.linkChanged} @gk-partner-installation-unlinked=${this.linkChanged}></gk-partner-installations>` : nothing}
${active ? html`<section part="danger-zone" class="danger" aria-labelledby="danger-heading"><h4 id="danger-heading">${s.deactivateHeading}</h4>
<p>${s.deactivateWarning}</p>
${r ? html`<div id="remaining" class="error" role="alert" tabindex="-1"><p>${s.hasAccess(p.name)}</p><ul>
${r.grants.map((g) => this.revokeButton(p, g))}${r.service_accounts.map((a) => html`<li>${s.serviceAccount(a.name)}</li>`)}</ul></div>` : nothing}
<form class="panel" @submit=${submit(() => this.deactivate(p))}>${this.field('confirm', s.confirmLabel(p.name))}
<div><button type="submit" class="button danger">${s.deactivate}</button></div></form></section>` : nothing}</div>`;
  }

  // ------------------------------------------------------------------ list

  private renderList(): TemplateResult {
    const s = this.s;
    const full = this.active >= this.limit;
    return html`<p class="hint" id="count">${s.count(this.active, this.limit)}</p>
${full ? html`<p class="hint" id="cap">${s.capReached(this.limit)}</p>` : nothing}
<div><button id="register" type="button" class="button primary" aria-disabled=${full} aria-describedby=${full ? 'cap' : nothing}
@click=${() => full || this.openRegistration()}>${s.register}</button></div>
${this.partners.length ? html`<div class="table-wrap" role="region" aria-labelledby="title count" tabindex="0"><table part="table" aria-labelledby="title"><thead><tr>
${[s.col.name, s.col.key, s.col.domains, s.col.admin, s.col.status, s.col.actions].map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${this.partners.map((p) => html`<tr data-id=${p.id}>
<th scope="row">${p.logo_url ? html`<img class="small" src=${p.logo_url} alt="" /> ` : nothing}${p.name}</th>
<td data-label=${s.col.key}><code>${p.lookup_key}</code></td><td data-label=${s.col.domains}>${domainList(this.resolvedLocale, p.domains)}</td>
<td data-label=${s.col.admin}>${p.admin ? p.admin.name : p.pending_admin ? s.pending(p.pending_admin.email) : s.noAdmin}</td>
<td data-label=${s.col.status}><span class="badge ${p.status}">${p.status === 'active' ? s.active : s.deactivated}</span></td>
<td data-label=${s.col.actions}><button type="button" class="button secondary small settings" aria-label=${s.settingsFor(p.name)} @click=${() => this.openSettings(p)}>${s.settings}</button></td></tr>`)}
</tbody></table></div>` : html`<p class="hint">${s.empty}</p>`}`;
  }

  override render() {
    const s = this.s;
    const view = this.loading
      ? html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span> ${s.loading}</p>`
      : !this.orgId
        ? nothing
        : this.view === 'register'
          ? this.renderRegistration()
          : this.view === 'settings' && this.partner
            ? this.renderSettings(this.partner)
            : this.renderList();
    return html`<section part="base" class="card" lang=${this.resolvedLocale} aria-labelledby="title">
<h2 id="title" part="title" tabindex="-1">${this.view === 'register' ? s.register : s.title}</h2>
<div part="status" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
<div id="form-error" part="error" role="alert" tabindex="-1">${this.error ? html`<p class="error">${this.error}</p>` : nothing}</div>
${view}</section>`;
  }
}
