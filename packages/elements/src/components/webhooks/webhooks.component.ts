/**
 * @module
 * `<gk-webhooks>`: a group admin lists, registers, enables or disables, re-keys, tests and
 * deletes the group's webhook endpoints, and reads each one's recent deliveries.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createWebhooksClient, WEBHOOK_EVENT_TYPES, type WebhookDelivery, type WebhookEndpoint, type WebhookEndpointWithSecret, type WebhooksApi } from '@grantkit/sdk';
import { LoadingElement } from '../../base/loading-element.js';
import type { Catalogue } from '../../i18n/catalogue.js';
import { GkWebhookChangedEvent, GkWebhookCreatedEvent, GkWebhookDeletedEvent } from '../../events/gk-webhook.js';
import tokens from '../../styles/tokens.styles.js';
import stack from '../../styles/stack.styles.js';
import manage from '../../styles/manage.styles.js';
import { webhookStrings, type WebhookStrings } from './i18n/index.js';
import styles from './webhooks.styles.js';
import { LoadMore, loadMoreStyles } from '../../internal/load-more.js';

/** The SDK client methods the element calls; any object with them works (tests, a full `createApiClient()`). */
export type WebhooksElementClient = Pick<
  WebhooksApi,
  'listWebhookEndpoints' | 'createWebhookEndpoint' | 'updateWebhookEndpoint' | 'deleteWebhookEndpoint' | 'rotateWebhookSecret' | 'sendWebhookTestEvent' | 'listWebhookDeliveries'
>;

/** How many deliveries the panel shows: the recent ones. */
const RECENT = 20;

/** The members of an SDK error read here (duck-typed: a page may hold two SDK copies). */
interface Coded {
  readonly code?: string;
  readonly errors?: readonly { readonly field: string; readonly code: string; readonly message: string }[];
}

type Row = { readonly id: string; readonly mode: 'rotate' | 'delete' | 'deliveries' };

/**
 * The webhook endpoints of one group. The signing secret is shown once, right after
 * registration or rotation, with a copy button and a warning; it is dropped from memory when the
 * admin dismisses it. A URL the server refuses (not https, a private address, …) is explained on
 * the field in the page's language.
 *
 * @summary Manage a group's webhook endpoints (signed event deliveries).
 *
 * @event {GkWebhookCreatedEvent} gk-webhook-created - Detail: the endpoint (no secret).
 * @event {GkWebhookChangedEvent} gk-webhook-changed - Detail: `{ endpoint, change }` (`enabled`, `disabled`, `secret_rotated`).
 * @event {GkWebhookDeletedEvent} gk-webhook-deleted - Detail: `{ group_id, endpoint }`.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart create-form - The registration form.
 * @csspart secret - The once-only secret panel.
 * @csspart warning - The "shown only once" warning.
 * @csspart table - The endpoints table.
 * @csspart row-panel - The rotate / delete / deliveries panel of one endpoint.
 * @csspart deliveries - The recent deliveries of one endpoint.
 * @csspart status - The polite live region.
 * @csspart error - Alerts.
 * @csspart load-more - The "Load more" footer while more endpoints exist.
 *
 * @cssproperty [--gk-color-primary=#1d5bd6] - Primary buttons.
 * @cssproperty [--gk-color-danger=#b42318] - Errors, the warning and deletion.
 * @cssproperty [--gk-color-surface=#ffffff] - Card background.
 * @cssproperty [--gk-color-border=#d3d9e1] - Borders and table rules.
 * @cssproperty [--gk-radius=12px] - Card corner radius.
 */
export class GkWebhooks extends LoadingElement<WebhookStrings> {
  static override styles = [tokens, manage, styles, stack, loadMoreStyles];

  /** The group whose endpoints are managed (the caller must administer it). */
  @property({ attribute: 'group-id' }) groupId = '';
  /** The platform's URL when the element runs on another origin; the page's origin by default. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** The API client; by default the SDK's `createWebhooksClient` with the session cookie. */
  @property({ attribute: false }) client?: WebhooksElementClient;

  @state() private loading = true;
  @state() private error = '';
  @state() private announcement = '';
  @state() private endpoints: WebhookEndpoint[] = [];
  /** Endpoints come a page at a time: "Load more" appends the next. */
  private readonly paging = new LoadMore<WebhookEndpoint>(this, (cursor) => this.api.listWebhookEndpoints(this.groupId, { cursor }), (items) => (this.endpoints = [...this.endpoints, ...items]));
  @state() private creating = false;
  @state() private fieldErrors: Record<string, string> = {};
  @state() private busy = false;
  @state() private secret?: WebhookEndpointWithSecret | undefined;
  @state() private copyNote = '';
  @state() private row?: Row | undefined;
  @state() private rowError = '';
  /** The open endpoint's recent deliveries; undefined while they load. */
  @state() private deliveries?: WebhookDelivery[] | undefined;

  private get api(): WebhooksElementClient {
    return this.client ?? this.defaultClient(this.apiBase, (baseUrl) => createWebhooksClient({ baseUrl }));
  }

  protected readonly i18n: Catalogue<WebhookStrings> = webhookStrings;

  protected loadKey(): readonly unknown[] {
    return [this.groupId, this.client, this.apiBase];
  }

  /** Reloads the endpoints. */
  async load(): Promise<void> {
    this.loading = true;
    this.error = '';
    if (!this.groupId) {
      this.loading = false;
      this.error = 'missingGroup';
      return;
    }
    try {
      this.endpoints = this.paging.first(await this.api.listWebhookEndpoints(this.groupId));
    } catch (error) {
      this.error = this.describe(error);
    } finally {
      this.loading = false;
    }
  }

  /** An error's message key (resolved against the strings when rendering). */
  private describe(error: unknown): string {
    const code = (error as Coded | null)?.code;
    if (code && code in this.s.errors) return code;
    return error instanceof TypeError ? 'network' : 'server';
  }

  private message(key: string): string {
    if (key === 'missingGroup') return this.s.missingGroup;
    return (this.s.errors as unknown as Record<string, string>)[key] ?? this.s.errors.server;
  }

  /**
   * A refused URL or a field error from a 400 problem, on its field in the page's language (the
   * server's English message only when no translation exists); true when there was one.
   */
  private takeFieldErrors(error: unknown): boolean {
    const { code, errors = [] } = (error as Coded | null) ?? {};
    if ((code !== 'validation_failed' && code !== 'webhook_url_refused') || !errors.length) return false;
    const strings = this.s.errors as unknown as Record<string, string>;
    this.fieldErrors = Object.fromEntries(errors.map((e) => [e.field, strings[e.code.replace(/^webhook_/, '')] ?? e.message]));
    this.focusSelector = `[aria-invalid='true']`;
    return true;
  }

  private startCreate(): void {
    this.creating = true;
    this.fieldErrors = {};
    this.row = undefined;
    this.focusSelector = '#wh-url';
  }

  private async submitCreate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const data = new FormData(event.target as HTMLFormElement);
    const url = String(data.get('url') ?? '').trim();
    const events = WEBHOOK_EVENT_TYPES.filter((type) => data.getAll('events').includes(type));
    const missing = { ...(url ? {} : { url: this.s.form.urlRequired }), ...(events.length ? {} : { events: this.s.form.eventsRequired }) };
    if (Object.keys(missing).length) {
      this.fieldErrors = missing;
      this.focusSelector = url ? '#wh-events input' : '#wh-url';
      return;
    }
    this.busy = true;
    this.fieldErrors = {};
    this.error = '';
    try {
      // Every type is "all of them", including types added later: the server's default.
      const created = await this.api.createWebhookEndpoint(this.groupId, events.length === WEBHOOK_EVENT_TYPES.length ? { url } : { url, events });
      const { secret: _secret, ...endpoint } = created;
      this.endpoints = [endpoint, ...this.endpoints];
      this.creating = false;
      this.showSecret(created);
      this.announcement = this.s.announce.created;
      this.emit(new GkWebhookCreatedEvent(endpoint));
    } catch (error) {
      if (!this.takeFieldErrors(error)) this.error = this.describe(error);
    } finally {
      this.busy = false;
    }
  }

  private showSecret(endpoint: WebhookEndpointWithSecret): void {
    this.secret = endpoint;
    this.copyNote = '';
    this.focusSelector = '#secret-title';
  }

  /** Forgets the secret (it is never shown again) and returns focus to the list. */
  private dismissSecret(): void {
    const id = this.secret?.id;
    this.secret = undefined;
    this.copyNote = '';
    this.focusSelector = id ? `tr[data-id="${id}"] th` : '#title';
  }

  private async copy(value: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(value);
      this.copyNote = this.s.secret.copied;
    } catch {
      this.copyNote = this.s.secret.copyFailed;
    }
  }

  private openRow(endpoint: WebhookEndpoint, mode: Row['mode']): void {
    if (this.row?.id === endpoint.id && this.row.mode === mode) return this.closeRow(endpoint);
    this.row = { id: endpoint.id, mode };
    this.rowError = '';
    this.creating = false;
    this.focusSelector = '[part~="row-panel"] .confirm, [part~="row-panel"] h3';
    if (mode === 'deliveries') void this.loadDeliveries(endpoint);
  }

  private closeRow(endpoint: WebhookEndpoint): void {
    const mode = this.row?.mode ?? 'rotate';
    this.row = undefined;
    this.focusSelector = `tr[data-id="${endpoint.id}"] .${mode}`;
  }

  private async loadDeliveries(endpoint: WebhookEndpoint): Promise<void> {
    this.deliveries = undefined;
    try {
      const page = await this.api.listWebhookDeliveries(endpoint.id, { limit: RECENT });
      if (this.row?.id === endpoint.id) this.deliveries = [...page.items];
    } catch (error) {
      this.rowError = this.describe(error);
      this.deliveries = [];
    }
  }

  private async act(endpoint: WebhookEndpoint, run: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.rowError = '';
    try {
      await run();
    } catch (error) {
      this.rowError = this.describe(error);
      this.focusSelector = '#row-error';
    } finally {
      this.busy = false;
      if (!this.row && !this.secret && !this.focusSelector) this.focusSelector = `tr[data-id="${endpoint.id}"] th`;
    }
  }

  private replace(updated: WebhookEndpoint): void {
    this.endpoints = this.endpoints.map((e) => (e.id === updated.id ? updated : e));
  }

  private toggle(endpoint: WebhookEndpoint): Promise<void> {
    return this.act(endpoint, async () => {
      const updated = await this.api.updateWebhookEndpoint(endpoint.id, { enabled: !endpoint.enabled });
      this.replace(updated);
      this.announcement = updated.enabled ? this.s.announce.enabled : this.s.announce.disabled;
      this.focusSelector = `tr[data-id="${endpoint.id}"] .toggle`;
      this.emit(new GkWebhookChangedEvent({ endpoint: updated, change: updated.enabled ? 'enabled' : 'disabled' }));
    });
  }

  private test(endpoint: WebhookEndpoint): Promise<void> {
    return this.act(endpoint, async () => {
      const { delivery } = await this.api.sendWebhookTestEvent(endpoint.id);
      if (this.row?.id === endpoint.id && this.row.mode === 'deliveries' && this.deliveries) this.deliveries = [delivery, ...this.deliveries];
      this.announcement = this.s.announce.tested;
      this.focusSelector = `tr[data-id="${endpoint.id}"] .test`;
    });
  }

  private rotate(endpoint: WebhookEndpoint): Promise<void> {
    return this.act(endpoint, async () => {
      const rotated = await this.api.rotateWebhookSecret(endpoint.id);
      const { secret: _secret, ...updated } = rotated;
      this.replace(updated);
      this.row = undefined;
      this.showSecret(rotated);
      this.announcement = this.s.announce.rotated;
      this.emit(new GkWebhookChangedEvent({ endpoint: updated, change: 'secret_rotated' }));
    });
  }

  private deleteEndpoint(endpoint: WebhookEndpoint): Promise<void> {
    return this.act(endpoint, async () => {
      await this.api.deleteWebhookEndpoint(endpoint.id);
      this.endpoints = this.endpoints.filter((e) => e.id !== endpoint.id);
      this.row = undefined;
      this.announcement = this.s.announce.deleted;
      this.focusSelector = '#title';
      this.emit(new GkWebhookDeletedEvent({ group_id: this.groupId, endpoint }));
    });
  }

  private fieldError(field: string): TemplateResult | typeof nothing {
    const text = this.fieldErrors[field];
    return text ? html`<span class="field-error" id=${`${field}-error`}>${text}</span>` : nothing;
  }

  private renderCreateForm(): TemplateResult {
    const f = this.s.form;
    const urlInvalid = Boolean(this.fieldErrors.url);
    const eventsInvalid = Boolean(this.fieldErrors.events);
    return html`<form part="create-form" aria-labelledby="create-title" novalidate @submit=${this.submitCreate}>
      <h3 id="create-title">${f.heading}</h3>
      <label class="field" for="wh-url">${f.url}
        <input id="wh-url" name="url" type="url" maxlength="2048" autocomplete="off" required placeholder="https://"
          aria-invalid=${urlInvalid ? 'true' : 'false'} aria-describedby=${urlInvalid ? 'url-error url-hint' : 'url-hint'} />
        <span class="hint" id="url-hint">${f.urlHint}</span>
        ${this.fieldError('url')}</label>
      <fieldset id="wh-events" aria-describedby=${eventsInvalid ? 'events-error' : nothing}>
        <legend>${f.events}</legend>
        ${WEBHOOK_EVENT_TYPES.map(
          (type) => html`<label><input type="checkbox" name="events" value=${type} checked aria-invalid=${eventsInvalid ? 'true' : 'false'} />
            <span><code>${type}</code> ${this.s.eventLabels[type]}</span></label>`,
        )}
        ${this.fieldError('events')}
      </fieldset>
      <div class="actions">
        <button class="button primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? f.creating : f.submit}</button>
        <button class="button secondary" type="button" @click=${() => ((this.creating = false), (this.focusSelector = '.create'))}>${f.cancel}</button>
      </div>
    </form>`;
  }

  private renderSecret(endpoint: WebhookEndpointWithSecret): TemplateResult {
    const t = this.s.secret;
    return html`<section part="secret" class="panel" aria-labelledby="secret-title">
      <h3 id="secret-title" tabindex="-1">${t.heading}</h3>
      <p part="warning" class="warning" role="alert">${t.warning}</p>
      <div class="credential">
        <span id="secret-label">${t.label}</span>
        <code id="secret" aria-labelledby="secret-label">${endpoint.secret}</code>
        <button class="button secondary small copy" type="button" aria-label=${t.copyLabel} @click=${() => this.copy(endpoint.secret)}>${t.copy}</button>
      </div>
      <p class="hint" role="status">${this.copyNote}</p>
      <div class="actions"><button class="button primary done" type="button" @click=${this.dismissSecret}>${t.done}</button></div>
    </section>`;
  }

  private renderDeliveries(): TemplateResult {
    const d = this.s.deliveries;
    const c = d.col;
    const when = (iso: string | null) => (iso ? this.s.date(iso) : '—');
    const list = this.deliveries;
    return html`<section part="deliveries" aria-labelledby="deliveries-title">
      <h3 id="deliveries-title" tabindex="-1">${d.heading}</h3>
      ${!list
        ? html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span> ${this.s.loading}</p>`
        : list.length === 0
          ? html`<p class="hint">${d.empty}</p>`
          : html`<table aria-labelledby="deliveries-title">
              <thead><tr><th scope="col">${c.event}</th><th scope="col">${c.status}</th><th scope="col">${c.attempts}</th><th scope="col">${c.response}</th><th scope="col">${c.last}</th><th scope="col">${c.next}</th></tr></thead>
              <tbody>${list.map(
                (x) => html`<tr data-delivery=${x.id}>
                  <th scope="row"><code title=${x.id}>${x.event_type}</code></th>
                  <td data-label=${c.status}><span class=${x.status}>${d.status[x.status]}</span></td>
                  <td data-label=${c.attempts}>${x.attempts}</td>
                  <td data-label=${c.response} title=${x.last_error ?? nothing}>${x.response_status ?? (x.attempts ? d.noResponse : '—')}</td>
                  <td data-label=${c.last}>${when(x.last_attempt_at)}</td>
                  <td data-label=${c.next}>${when(x.next_attempt_at)}</td>
                </tr>`,
              )}</tbody>
            </table>`}
    </section>`;
  }

  private renderRowPanel(endpoint: WebhookEndpoint, mode: Row['mode']): TemplateResult {
    const a = this.s.actions;
    const cancel = html`<button class="button secondary small" type="button" @click=${() => this.closeRow(endpoint)}>${a.cancel}</button>`;
    const confirm = (text: string, label: string, danger: boolean, run: () => Promise<void>) =>
      html`<div class="actions" role="group" aria-label=${a.on(label, endpoint.url)}>
        <span>${text}</span>
        <button class="button ${danger ? 'danger' : 'primary'} small confirm" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${run}>${this.busy ? a.working : label}</button>${cancel}
      </div>`;
    const body =
      mode === 'rotate'
        ? confirm(a.rotateConfirm, a.rotate, false, () => this.rotate(endpoint))
        : mode === 'delete'
          ? confirm(a.deleteConfirm, a.delete, true, () => this.deleteEndpoint(endpoint))
          : this.renderDeliveries();
    return html`<tr class="panel-row"><td colspan="5"><div part="row-panel">${body}</div></td></tr>`;
  }

  private renderRow(endpoint: WebhookEndpoint): TemplateResult {
    const a = this.s.actions;
    const c = this.s.col;
    const open = this.row?.id === endpoint.id ? this.row.mode : undefined;
    const button = (cls: string, label: string, click: () => unknown, expanded?: boolean) =>
      html`<button class="button secondary small ${cls}" type="button" aria-label=${a.on(label, endpoint.url)} aria-expanded=${expanded === undefined ? nothing : String(expanded)}
        @click=${click}>${label}</button>`;
    const state = endpoint.enabled ? 'enabled' : (endpoint.disabled_reason ?? 'admin');
    return html`<tr data-id=${endpoint.id}>
        <th scope="row" tabindex="-1"><code title=${endpoint.url}>${endpoint.url}</code></th>
        <td data-label=${c.events}>${endpoint.events.length === WEBHOOK_EVENT_TYPES.length ? this.s.allEvents : endpoint.events.join(', ')}</td>
        <td data-label=${c.state}><span class=${state}>${this.s.state[state]}</span></td>
        <td data-label=${c.created}>${this.s.date(endpoint.created_at)}</td>
        <td class="actions" data-label=${c.actions}>
          ${button('test', a.test, () => this.test(endpoint))}
          ${button('deliveries', a.deliveries, () => this.openRow(endpoint, 'deliveries'), open === 'deliveries')}
          ${button('toggle', endpoint.enabled ? a.disable : a.enable, () => this.toggle(endpoint))}
          ${button('rotate', a.rotate, () => this.openRow(endpoint, 'rotate'), open === 'rotate')}
          ${button('delete', a.delete, () => this.openRow(endpoint, 'delete'), open === 'delete')}
        </td>
      </tr>
      ${open ? this.renderRowPanel(endpoint, open) : nothing}`;
  }

  override render(): TemplateResult {
    const s = this.s;
    const c = s.col;
    return html`<section part="base" class="card" lang=${this.resolvedLocale} aria-labelledby="title">
      <h2 id="title" part="title" tabindex="-1">${s.title}</h2>
      <p class="hint">${s.intro}</p>
      <div part="status" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div id="row-error" part="error" role="alert" tabindex="-1">
        ${this.error || this.rowError ? html`<p class="error">${this.message(this.error || this.rowError)}</p>` : nothing}
      </div>
      ${this.secret ? this.renderSecret(this.secret) : nothing}
      ${this.loading
        ? html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span> ${s.loading}</p>`
        : this.error
          ? nothing
          : html`${this.creating
                ? this.renderCreateForm()
                : html`<div class="actions"><button class="button primary create" type="button" @click=${this.startCreate}>${s.create}</button></div>`}
              ${this.endpoints.length === 0
                ? html`<p class="hint">${s.empty}</p>`
                : html`<div class="table-wrap">
                    <table part="table" aria-labelledby="title">
                      <thead><tr><th scope="col">${c.url}</th><th scope="col">${c.events}</th><th scope="col">${c.state}</th><th scope="col">${c.created}</th><th scope="col">${c.actions}</th></tr></thead>
                      <tbody>${this.endpoints.map((e) => this.renderRow(e))}</tbody>
                    </table>
                  </div>
                  ${this.paging.render()}`}`}
    </section>`;
  }
}
