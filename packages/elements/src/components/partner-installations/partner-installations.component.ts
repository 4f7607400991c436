/**
 * @module
 * `<gk-partner-installations>`: an organisation's account holder sees which installations one
 * partner may reach, links another of the installations they own or administer, and unlinks one
 * after an inline confirmation (issue 7: "links which of its installations the partner may reach").
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createApiClient, type ApiClient, type InstallationSummary, type Partner, type PartnerGrant, type PartnersApi } from '@grantkit/sdk';
import { LoadingElement } from '../../base/loading-element.js';
import type { Catalogue } from '../../i18n/catalogue.js';
import { GkPartnerInstallationLinkedEvent, GkPartnerInstallationUnlinkedEvent } from '../../events/gk-partner-installation.js';
import { formatDate } from '../../i18n/format.js';
import { classifyFailure } from '../../internal/failure.js';
import tokens from '../../styles/tokens.styles.js';
import stack from '../../styles/stack.styles.js';
import shared from '../invite-codes/invitations-shared.styles.js';
import tableStyles from '../invite-codes/table.styles.js';
import { partnerInstallationStrings, type PartnerInstallationStrings } from './i18n/index.js';
import styles from './partner-installations.styles.js';
import { LoadMore, loadMoreStyles } from '../../internal/load-more.js';

/**
 * The SDK client methods the element calls; any object with them works (tests, a shared client).
 * `listInstallations` is the user's own list: those they own or administer can be linked.
 */
export type PartnerInstallationsClient = Pick<PartnersApi, 'getPartner' | 'listPartnerGrants' | 'linkPartnerInstallation' | 'unlinkPartnerInstallation'> &
  Pick<ApiClient, 'listInstallations'>;

/** Why something failed: a message of the `errors` section, or `missing` (no `partner-id`). */
type Problem = keyof PartnerInstallationStrings['errors'] | 'missing';

/** The members of an SDK error read here (duck-typed: a page may hold two SDK copies). */
interface Coded {
  readonly code?: string;
  readonly status?: number;
}

/**
 * The installations linked to one partner (name, linked since, linked by), a picker of the
 * user's other installations with **Link installation**, and **Unlink** with an inline
 * confirmation (Escape cancels). Outcomes are announced politely and focus moves to what changed;
 * every refusal is explained: the installation or link is gone (the list reloads), the partner
 * was deactivated, not allowed (403), session ended, no connection (with Try again).
 *
 * @summary Link and unlink the installations a partner may reach.
 *
 * @event {GkPartnerInstallationLinkedEvent} gk-partner-installation-linked - An installation was linked. Detail: the `PartnerGrant`.
 * @event {GkPartnerInstallationUnlinkedEvent} gk-partner-installation-unlinked - An installation was unlinked. Detail: the `PartnerGrant` removed.
 *
 * @csspart base - The card.
 * @csspart title - The heading (the partner's name).
 * @csspart form - The link form.
 * @csspart select - The installation picker.
 * @csspart link-button - The Link installation button.
 * @csspart table - The linked installations.
 * @csspart unlink-button - A row's Unlink button.
 * @csspart confirm - A row's inline confirmation.
 * @csspart confirm-button - The button that confirms unlinking.
 * @csspart cancel-button - The button that cancels unlinking.
 * @csspart status - The polite live region with the last outcome.
 * @csspart error - Alerts (loading failed, a change refused).
 * @csspart load-more - The "Load more" footer while more linked installations exist.
 * @csspart retry-button - Try again after a failed load.
 *
 * @cssproperty [--gk-color-primary=#1d5bd6] - The Link button.
 * @cssproperty [--gk-color-danger=#b42318] - Errors and the Unlink confirmation.
 * @cssproperty [--gk-color-surface=#ffffff] - Card background.
 * @cssproperty [--gk-color-surface-muted=#f3f5f8] - The confirmation's background.
 * @cssproperty [--gk-color-text-muted=#525d6b] - Hints and column headers.
 * @cssproperty [--gk-color-border=#d3d9e1] - Borders and table rules.
 * @cssproperty [--gk-color-focus=#1d5bd6] - Focus ring.
 * @cssproperty [--gk-radius=12px] - Card corner radius.
 * @cssproperty [--gk-radius-small=8px] - Buttons and the picker.
 * @cssproperty [--gk-max-width=48rem] - Width of the card.
 */
export class GkPartnerInstallations extends LoadingElement<PartnerInstallationStrings> {
  static override styles = [tokens, shared, tableStyles, styles, stack, loadMoreStyles];

  /** The partner (its group id); the user must be an account holder of its organisation. */
  @property({ attribute: 'partner-id' }) partnerId = '';
  /** The platform's URL when the element runs on another origin; the page's origin by default. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** The API client; by default the SDK's `createApiClient` with the session cookie. */
  @property({ attribute: false }) client?: PartnerInstallationsClient;

  @state() private loading = true;
  @state() private loadError: Problem | '' = '';
  @state() private partner?: Partner;
  @state() private grants: PartnerGrant[] = [];
  /** Linked installations come a page at a time: "Load more" appends the next. */
  private readonly paging = new LoadMore<PartnerGrant>(this, (cursor) => this.api.listPartnerGrants(this.partnerId, { cursor }), (items) => (this.grants = [...this.grants, ...items]));
  /** Installations the user owns or administers (the ones that can be linked and unlinked). */
  @state() private managed: InstallationSummary[] = [];
  @state() private chosen = '';
  @state() private fieldError = false;
  @state() private error: Problem | '' = '';
  @state() private announcement = '';
  @state() private busy = false;
  /** Grant whose Unlink awaits confirmation, and the one being unlinked. */
  @state() private confirming = '';

  protected readonly i18n: Catalogue<PartnerInstallationStrings> = partnerInstallationStrings;
  /** Bumped by each load, so an older answer arriving late is dropped. */
  private generation = 0;

  private get api(): PartnerInstallationsClient {
    return this.client ?? this.defaultClient(this.apiBase, (baseUrl) => createApiClient({ baseUrl, credentials: 'include' }));
  }

  protected loadKey(): readonly unknown[] {
    return [this.partnerId, this.client, this.apiBase];
  }

  /** Reloads the partner, its linked installations and the user's installations. */
  async load(): Promise<void> {
    const generation = ++this.generation;
    this.loadError = '';
    this.confirming = '';
    if (!this.partnerId) {
      this.loading = false;
      this.loadError = 'missing';
      return;
    }
    this.loading = true;
    try {
      const id = this.partnerId;
      const [partner, grants, mine] = await Promise.all([this.api.getPartner(id), this.api.listPartnerGrants(id), this.api.listInstallations({ limit: 200 })]);
      if (generation !== this.generation) return;
      this.partner = partner;
      this.grants = this.paging.first(grants);
      this.managed = mine.items.filter((i) => i.role === 'owner' || i.role === 'admin');
      if (!this.linkable().some((i) => i.id === this.chosen)) this.chosen = '';
    } catch (error) {
      if (generation !== this.generation) return;
      this.partner = undefined;
      this.loadError = this.problem(error);
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  /** The user's installations not linked yet. */
  private linkable(): InstallationSummary[] {
    return this.managed.filter((i) => !this.grants.some((g) => g.installation_id === i.id));
  }

  /** Try again after a failed load; focus then goes to the heading, or to the new error. */
  private async retry(): Promise<void> {
    await this.load();
    this.focusSelector = this.loadError ? '#error' : '#title';
    this.requestUpdate();
  }

  /**
   * Which message explains a failed call. `gone` names what a link's or unlink's 404 means (the
   * installation or the link no longer there); a 400 there means the same, since the ids sent
   * were the listed ones.
   */
  private problem(error: unknown, gone?: Problem): Problem {
    const e = (error ?? {}) as Coded;
    if (e.code === 'partner_deactivated') return e.code;
    if (e.status === 403) return 'forbidden';
    const failure = classifyFailure(error);
    if (failure === 'not_found' || (gone && failure === 'validation')) return gone ?? 'not_found';
    return failure === 'network' || failure === 'unauthenticated' ? failure : 'server';
  }

  /** Shows a refused change; a 404 or a deactivation means the page is stale, so it reloads. */
  private async refuse(problem: Problem): Promise<void> {
    if (problem === 'installation_gone' || problem === 'grant_gone' || problem === 'partner_deactivated') await this.load();
    this.error = problem;
    this.focusSelector = '#error';
  }

  private async link(event: Event): Promise<void> {
    event.preventDefault();
    const partner = this.partner;
    if (this.busy || !partner) return;
    this.error = '';
    this.announcement = '';
    const installation = this.linkable().find((i) => i.id === this.chosen);
    if (!installation) {
      this.fieldError = true;
      this.focusSelector = '#installation';
      return;
    }
    this.busy = true;
    try {
      const grant = await this.api.linkPartnerInstallation(partner.id, installation.id);
      // The server answers an existing link with that grant (200): listed once either way.
      this.grants = [...this.grants.filter((g) => g.id !== grant.id), grant];
      this.chosen = '';
      this.announcement = this.s.linked(grant.installation_name, partner.name);
      this.focusSelector = `tr[data-id="${CSS.escape(grant.id)}"] th`;
      this.emit(new GkPartnerInstallationLinkedEvent(grant));
    } catch (error) {
      await this.refuse(this.problem(error, 'installation_gone'));
    } finally {
      this.busy = false;
    }
  }

  private ask(grant: PartnerGrant): void {
    this.confirming = grant.id;
    this.error = '';
    this.focusSelector = `tr[data-id="${CSS.escape(grant.id)}"] [part~="cancel-button"]`;
  }

  private cancel(grant: PartnerGrant): void {
    this.confirming = '';
    this.focusSelector = `tr[data-id="${CSS.escape(grant.id)}"] [part~="unlink-button"]`;
  }

  private async unlink(grant: PartnerGrant): Promise<void> {
    if (this.busy || !this.partner) return;
    this.busy = true;
    this.error = '';
    this.announcement = '';
    try {
      await this.api.unlinkPartnerInstallation(this.partner.id, grant.id);
      this.grants = this.grants.filter((g) => g.id !== grant.id);
      this.confirming = '';
      this.announcement = this.s.unlinked(grant.installation_name);
      this.focusSelector = '#list-title';
      this.emit(new GkPartnerInstallationUnlinkedEvent(grant));
    } catch (error) {
      this.confirming = '';
      await this.refuse(this.problem(error, 'grant_gone'));
    } finally {
      this.busy = false;
    }
  }

  private message(problem: Problem): string {
    return problem === 'missing' ? this.s.missingPartner : this.s.errors[problem];
  }

  private renderForm(partner: Partner): TemplateResult {
    const s = this.s;
    if (partner.status !== 'active') return html`<p class="hint" id="nothing">${s.deactivated(partner.name)}</p>`;
    const options = this.linkable();
    if (!options.length) return html`<p class="hint" id="nothing">${this.managed.length ? s.allLinked : s.noInstallations}</p>`;
    return html`<form part="form" class="row" novalidate aria-labelledby="link-label" aria-busy=${this.busy} @submit=${this.link}>
<div class="field"><label id="link-label" for="installation">${s.installation}</label>
<select id="installation" part="select" aria-invalid=${this.fieldError ? 'true' : 'false'} aria-describedby="installation-error"
@change=${(e: Event) => ((this.chosen = (e.target as HTMLSelectElement).value), (this.fieldError = false))}>
<option value="" ?selected=${!this.chosen}>${s.choose}</option>
${options.map((i) => html`<option value=${i.id} ?selected=${i.id === this.chosen}>${i.name}</option>`)}</select>
<span id="installation-error" class="field-error" aria-live="polite">${this.fieldError ? s.errors.required : ''}</span></div>
<div class="field"><button type="submit" part="link-button" class="button primary" aria-disabled=${this.busy ? 'true' : 'false'}>
${this.busy && !this.confirming ? html`<span class="spinner" aria-hidden="true"></span>${s.linking}` : s.link}</button></div></form>`;
  }

  private renderActions(partner: Partner, g: PartnerGrant): TemplateResult {
    const s = this.s;
    if (!this.managed.some((i) => i.id === g.installation_id)) return html`<span class="hint">${s.notManaged}</span>`;
    if (this.confirming !== g.id) {
      return html`<button type="button" part="unlink-button" class="button secondary small" aria-label=${s.unlinkLabel(g.installation_name)}
@click=${() => this.ask(g)}>${s.unlink}</button>`;
    }
    const question = `confirm-${g.id}`;
    return html`<div part="confirm" class="confirm" role="group" aria-labelledby=${question}
@keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (e.stopPropagation(), this.cancel(g))}>
<p id=${question}>${s.confirm(g.installation_name, partner.name)}</p><div class="actions">
<button type="button" part="confirm-button" class="button danger small" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.unlink(g)}>
${this.busy ? html`<span class="spinner" aria-hidden="true"></span>${s.unlinking}` : s.unlink}</button>
<button type="button" part="cancel-button" class="button secondary small" @click=${() => this.cancel(g)}>${s.cancel}</button></div></div>`;
  }

  private renderList(partner: Partner): TemplateResult {
    const s = this.s;
    const date = (iso: string) => formatDate(this.resolvedLocale, iso);
    return html`<div class="block"><h3 id="list-title" tabindex="-1">${s.listTitle}</h3>
${this.grants.length
  ? html`<div class="table-wrap" role="region" aria-labelledby="list-title" tabindex="0"><table part="table" aria-labelledby="list-title"><thead><tr>
${[s.col.installation, s.col.since, s.col.by, s.col.actions].map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${this.grants.map((g) => html`<tr data-id=${g.id}><th scope="row" tabindex="-1">${g.installation_name}</th><td data-label=${s.col.since}>${date(g.created_at)}</td>
<td data-label=${s.col.by}>${g.created_by || s.unknown}</td><td class="actions" data-label=${s.col.actions}>${this.renderActions(partner, g)}</td></tr>`)}
</tbody></table></div>${this.paging.render()}`
  : html`<p class="hint" id="empty">${s.empty(partner.name)}</p>`}</div>`;
  }

  override render() {
    const s = this.s;
    const partner = this.partner;
    const error = this.loadError || this.error;
    return html`<section part="base" class="card" lang=${this.resolvedLocale} aria-labelledby="title" aria-busy=${this.loading}>
<h2 id="title" part="title" tabindex="-1">${partner ? s.title(partner.name) : s.heading}</h2>
<div part="status" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
<div id="error" part="error" role="alert" tabindex="-1">${error ? html`<p class="error">${this.message(error)}</p>` : nothing}</div>
${this.loading
  ? html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span> ${s.loading}</p>`
  : this.loadError === 'network' || this.loadError === 'server'
    ? html`<div><button type="button" part="retry-button" class="button secondary" @click=${this.retry}>${s.retry}</button></div>`
    : partner && !this.loadError
      ? html`<p class="hint">${s.intro(partner.name)}</p>${this.renderForm(partner)}${this.renderList(partner)}`
      : nothing}</section>`;
  }
}
