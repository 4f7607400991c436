/**
 * @module
 * `<gk-service-accounts>`: a group admin lists, creates, regenerates, re-passwords and deletes
 * the group's service accounts (machine identities for OAuth client credentials).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createServiceAccountsClient, type Grant, type ServiceAccount, type ServiceAccountSecretResponse, type ServiceAccountsClient } from '@grantkit/sdk';
import { LoadingElement } from '../../base/loading-element.js';
import type { Catalogue } from '../../i18n/catalogue.js';
import { GkServiceAccountCreatedEvent, GkServiceAccountDeletedEvent, GkServiceAccountSecretChangedEvent } from '../../events/gk-service-account.js';
import tokens from '../../styles/tokens.styles.js';
import stack from '../../styles/stack.styles.js';
import manage from '../../styles/manage.styles.js';
import { serviceAccountStrings, type ServiceAccountStrings } from './i18n/index.js';
import styles from './service-accounts.styles.js';
import { LoadMore, loadMoreStyles } from '../../internal/load-more.js';

/** The SDK client methods the element calls; any object with them works (tests, a full `createApiClient()`). */
export type ServiceAccountsElementClient = Pick<
  ServiceAccountsClient,
  'listServiceAccounts' | 'createServiceAccount' | 'regenerateServiceAccountSecret' | 'changeServiceAccountPassword' | 'deleteServiceAccount' | 'listGroupGrants'
>;

/** Grace periods offered when regenerating, in hours (0: the old secret stops at once). */
const GRACE_HOURS = [0, 1, 24, 168];

/** The members of an SDK error read here (duck-typed: a page may hold two SDK copies). */
interface Coded {
  readonly code?: string;
  readonly errors?: readonly { readonly field: string; readonly code: string; readonly message: string }[];
}

type Row = { readonly id: string; readonly mode: 'regenerate' | 'password' | 'delete' };

/**
 * The service accounts of one group. The secret is shown once, right after creation or
 * regeneration, with a copy button and a warning; it is dropped from memory when the admin
 * dismisses it. A chosen password is checked by the server (minimum strength) and never shown.
 *
 * @summary Manage a group's service accounts (client credentials).
 *
 * @event {GkServiceAccountCreatedEvent} gk-service-account-created - Detail: the account (no secret).
 * @event {GkServiceAccountSecretChangedEvent} gk-service-account-secret-changed - Detail: `{ service_account, change }`.
 * @event {GkServiceAccountDeletedEvent} gk-service-account-deleted - Detail: `{ group_id, service_account }`.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart create-form - The creation form.
 * @csspart secret - The once-only credentials panel.
 * @csspart warning - The "shown only once" warning.
 * @csspart table - The accounts table.
 * @csspart row-panel - The regenerate / password / delete panel of one account.
 * @csspart status - The polite live region.
 * @csspart error - Alerts.
 * @csspart load-more - The "Load more" footer while more accounts exist.
 *
 * @cssproperty [--gk-color-primary=#1d5bd6] - Primary buttons.
 * @cssproperty [--gk-color-danger=#b42318] - Errors, the warning and deletion.
 * @cssproperty [--gk-color-surface=#ffffff] - Card background.
 * @cssproperty [--gk-color-border=#d3d9e1] - Borders and table rules.
 * @cssproperty [--gk-radius=12px] - Card corner radius.
 */
export class GkServiceAccounts extends LoadingElement<ServiceAccountStrings> {
  static override styles = [tokens, manage, styles, stack, loadMoreStyles];

  /** The group whose service accounts are managed (the caller must administer it). */
  @property({ attribute: 'group-id' }) groupId = '';
  /** The platform's URL when the element runs on another origin; the page's origin by default. */
  @property({ attribute: 'api-base' }) apiBase?: string;
  /** The API client; by default the SDK's `createServiceAccountsClient` with the session cookie. */
  @property({ attribute: false }) client?: ServiceAccountsElementClient;

  @state() private loading = true;
  @state() private error = '';
  @state() private announcement = '';
  @state() private accounts: ServiceAccount[] = [];
  /** Accounts come a page at a time: "Load more" appends the next. */
  private readonly paging = new LoadMore<ServiceAccount>(this, (cursor) => this.api.listServiceAccounts(this.groupId, { cursor }), (items) => (this.accounts = [...this.accounts, ...items]));
  @state() private grants: Grant[] = [];
  @state() private creating = false;
  @state() private chosen = false;
  @state() private fieldErrors: Record<string, string> = {};
  @state() private busy = false;
  @state() private secret?: ServiceAccountSecretResponse | undefined;
  @state() private copyNote = '';
  @state() private row?: Row | undefined;
  @state() private rowError = '';

  private get api(): ServiceAccountsElementClient {
    return this.client ?? this.defaultClient(this.apiBase, (baseUrl) => createServiceAccountsClient({ baseUrl }));
  }

  protected readonly i18n: Catalogue<ServiceAccountStrings> = serviceAccountStrings;

  protected loadKey(): readonly unknown[] {
    return [this.groupId, this.client, this.apiBase];
  }

  /** Reloads the accounts and the installations the group may choose as a data set. */
  async load(): Promise<void> {
    this.loading = true;
    this.error = '';
    if (!this.groupId) {
      this.loading = false;
      this.error = 'missingGroup';
      return;
    }
    try {
      // The data-set choice offers the installations of the grants' first page (50 by default).
      const [accounts, grants] = await Promise.all([this.api.listServiceAccounts(this.groupId), this.api.listGroupGrants(this.groupId).catch(() => ({ items: [] }))]);
      this.accounts = this.paging.first(accounts);
      this.grants = [...grants.items];
    } catch (error) {
      this.error = this.describe(error);
    } finally {
      this.loading = false;
    }
  }

  /** An error's message key (resolved against the strings when rendering). */
  private describe(error: unknown): string {
    const code = (error as Coded | null)?.code;
    if (code === 'service_account_not_found') return 'not_found';
    if (code && code in this.s.errors) return code;
    return error instanceof TypeError ? 'network' : 'server';
  }

  private message(key: string): string {
    if (key === 'missingGroup') return this.s.missingGroup;
    return (this.s.errors as unknown as Record<string, string>)[key] ?? this.s.errors.server;
  }

  /** Field errors from a 400 problem, by our field names; true when there were any. */
  private takeFieldErrors(error: unknown): boolean {
    const errors = (error as Coded | null)?.errors ?? [];
    if ((error as Coded | null)?.code !== 'validation_failed' || !errors.length) return false;
    this.fieldErrors = Object.fromEntries(errors.map((e) => [e.field === 'installation_id' ? 'dataSet' : e.field, e.message]));
    this.focusSelector = `[aria-invalid='true']`;
    return true;
  }

  private startCreate(): void {
    this.creating = true;
    this.chosen = false;
    this.fieldErrors = {};
    this.row = undefined;
    this.focusSelector = '#sa-name';
  }

  private async submitCreate(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const data = new FormData(event.target as HTMLFormElement);
    const name = String(data.get('name') ?? '').trim();
    if (!name) {
      this.fieldErrors = { name: this.s.form.nameRequired };
      this.focusSelector = '#sa-name';
      return;
    }
    const installationId = String(data.get('dataSet') ?? '') || null;
    const password = this.chosen ? String(data.get('password') ?? '') : null;
    this.busy = true;
    this.fieldErrors = {};
    this.error = '';
    try {
      const created = await this.api.createServiceAccount(this.groupId, { name, installation_id: installationId, password });
      this.accounts = [...this.accounts, created.service_account].sort((a, b) => a.name.localeCompare(b.name));
      this.creating = false;
      this.showSecret(created);
      this.announcement = this.s.status.created(created.service_account.name);
      this.emit(new GkServiceAccountCreatedEvent(created.service_account));
    } catch (error) {
      if (!this.takeFieldErrors(error)) {
        const key = this.describe(error);
        if (key === 'service_account_name_taken') {
          this.fieldErrors = { name: this.s.errors.service_account_name_taken };
          this.focusSelector = '#sa-name';
        } else this.error = key;
      }
    } finally {
      this.busy = false;
    }
  }

  private showSecret(response: ServiceAccountSecretResponse): void {
    this.secret = response;
    this.copyNote = '';
    this.focusSelector = '#secret-title';
  }

  /** Forgets the secret (it is never shown again) and returns focus to the list. */
  private dismissSecret(): void {
    const id = this.secret?.service_account.id;
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

  /** Copies a client id from the list; the outcome is announced (the secret panel may be closed). */
  private async copyId(value: string): Promise<void> {
    await this.copy(value);
    this.announcement = this.copyNote;
  }

  private openRow(account: ServiceAccount, mode: Row['mode']): void {
    this.row = { id: account.id, mode };
    this.rowError = '';
    this.fieldErrors = {};
    this.creating = false;
    this.focusSelector = '[part~="row-panel"] input, [part~="row-panel"] select, [part~="row-panel"] .confirm';
  }

  private closeRow(account: ServiceAccount): void {
    const mode = this.row?.mode ?? 'regenerate';
    this.row = undefined;
    this.focusSelector = `tr[data-id="${account.id}"] .${mode}`;
  }

  private async act(account: ServiceAccount, run: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.rowError = '';
    try {
      await run();
    } catch (error) {
      if (!this.takeFieldErrors(error)) {
        this.rowError = this.describe(error);
        this.focusSelector = '#row-error';
      }
    } finally {
      this.busy = false;
      if (!this.row && !this.secret && !this.focusSelector) this.focusSelector = `tr[data-id="${account.id}"] th`;
    }
  }

  private replace(updated: ServiceAccount): void {
    this.accounts = this.accounts.map((a) => (a.id === updated.id ? updated : a));
  }

  private regenerate(account: ServiceAccount, form: HTMLFormElement): Promise<void> {
    const hours = Number(new FormData(form).get('grace') ?? 0);
    return this.act(account, async () => {
      const response = await this.api.regenerateServiceAccountSecret(this.groupId, account.id, { grace_period_minutes: hours * 60 });
      this.replace(response.service_account);
      this.row = undefined;
      this.showSecret(response);
      this.announcement = this.s.status.regenerated(account.name);
      this.emit(new GkServiceAccountSecretChangedEvent({ service_account: response.service_account, change: 'regenerated' }));
    });
  }

  private changePassword(account: ServiceAccount, form: HTMLFormElement): Promise<void> {
    const password = String(new FormData(form).get('password') ?? '');
    return this.act(account, async () => {
      const { service_account } = await this.api.changeServiceAccountPassword(this.groupId, account.id, password);
      this.replace(service_account);
      this.row = undefined;
      this.fieldErrors = {};
      this.announcement = this.s.status.passwordChanged(account.name);
      this.focusSelector = `tr[data-id="${account.id}"] .password`;
      this.emit(new GkServiceAccountSecretChangedEvent({ service_account, change: 'password' }));
    });
  }

  private deleteAccount(account: ServiceAccount): Promise<void> {
    return this.act(account, async () => {
      await this.api.deleteServiceAccount(this.groupId, account.id);
      this.accounts = this.accounts.filter((a) => a.id !== account.id);
      this.row = undefined;
      this.announcement = this.s.status.deleted(account.name);
      this.focusSelector = '#title';
      this.emit(new GkServiceAccountDeletedEvent({ group_id: this.groupId, service_account: account }));
    });
  }

  private fieldError(field: string): TemplateResult | typeof nothing {
    const text = this.fieldErrors[field];
    return text ? html`<span class="field-error" id=${`${field}-error`}>${text}</span>` : nothing;
  }

  private renderPasswordInput(id: string, label: string): TemplateResult {
    const invalid = Boolean(this.fieldErrors.password);
    return html`<label class="field" for=${id}>${label}
      <input id=${id} name="password" type="password" autocomplete="new-password" required minlength="12" maxlength="256"
        aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? 'password-error password-hint' : 'password-hint'} />
      <span class="hint" id="password-hint">${this.s.form.passwordHint}</span>
      ${this.fieldError('password')}</label>`;
  }

  private renderCreateForm(): TemplateResult {
    const f = this.s.form;
    const nameInvalid = Boolean(this.fieldErrors.name);
    return html`<form part="create-form" aria-labelledby="create-title" novalidate @submit=${this.submitCreate}>
      <h3 id="create-title">${f.heading}</h3>
      <label class="field" for="sa-name">${f.name}
        <input id="sa-name" name="name" maxlength="80" autocomplete="off" required aria-invalid=${nameInvalid ? 'true' : 'false'}
          aria-describedby=${nameInvalid ? 'name-error' : nothing} />
        ${this.fieldError('name')}</label>
      <label class="field" for="sa-dataset">${f.dataSet}
        <select id="sa-dataset" name="dataSet" aria-describedby="dataset-hint" aria-invalid=${this.fieldErrors.dataSet ? 'true' : 'false'}>
          <option value="">${this.s.allInstallations}</option>
          ${this.grants.map((g) => html`<option value=${g.installation_id}>${g.installation_name}</option>`)}
        </select>
        <span class="hint" id="dataset-hint">${f.dataSetHint}</span>
        ${this.fieldError('dataSet')}</label>
      <fieldset>
        <legend>${f.secretLegend}</legend>
        <label><input type="radio" name="kind" value="generated" .checked=${!this.chosen} @change=${() => (this.chosen = false)} /> ${f.generated}</label>
        <label><input type="radio" name="kind" value="password" .checked=${this.chosen} @change=${() => ((this.chosen = true), (this.focusSelector = '#sa-password'))} /> ${f.chosen}</label>
      </fieldset>
      ${this.chosen ? this.renderPasswordInput('sa-password', f.password) : nothing}
      <div class="actions">
        <button class="button primary" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? f.creating : f.submit}</button>
        <button class="button secondary" type="button" @click=${() => ((this.creating = false), (this.focusSelector = '.create'))}>${f.cancel}</button>
      </div>
    </form>`;
  }

  private renderCredential(label: string, value: string, id: string): TemplateResult {
    return html`<div class="credential">
      <span id=${`${id}-label`}>${label}</span>
      <code id=${id} aria-labelledby=${`${id}-label`}>${value}</code>
      <button class="button secondary small copy" type="button" aria-label=${this.s.secret.copyLabel(label)} @click=${() => this.copy(value)}>${this.s.secret.copy}</button>
    </div>`;
  }

  private renderSecret(secret: ServiceAccountSecretResponse): TemplateResult {
    const t = this.s.secret;
    return html`<section part="secret" class="panel" aria-labelledby="secret-title">
      <h3 id="secret-title" tabindex="-1">${t.heading(secret.service_account.name)}</h3>
      <p part="warning" class="warning" role="alert">${secret.client_secret ? t.warning : t.passwordNote}</p>
      ${this.renderCredential(t.clientId, secret.client_id, 'client-id')}
      ${secret.client_secret ? this.renderCredential(t.clientSecret, secret.client_secret, 'client-secret') : nothing}
      ${this.renderCredential(t.tokenEndpoint, secret.token_endpoint, 'token-endpoint')}
      <p class="hint" role="status">${this.copyNote}</p>
      <div class="actions"><button class="button primary done" type="button" @click=${this.dismissSecret}>${t.done}</button></div>
    </section>`;
  }

  private renderRowPanel(account: ServiceAccount, mode: Row['mode']): TemplateResult {
    const a = this.s.actions;
    const submit = (run: (form: HTMLFormElement) => Promise<void>) => (event: SubmitEvent) => {
      event.preventDefault();
      void run(event.target as HTMLFormElement);
    };
    const cancel = html`<button class="button secondary small" type="button" @click=${() => this.closeRow(account)}>${a.cancel}</button>`;
    const body =
      mode === 'regenerate'
        ? html`<form @submit=${submit((f) => this.regenerate(account, f))} aria-label=${a.regenerateLabel(account.name)}>
            <p>${a.regenerateConfirm(account.name)}</p>
            <label class="field" for="grace">${a.grace}
              <select id="grace" name="grace">${GRACE_HOURS.map((h) => html`<option value=${h}>${h ? a.graceHours(h) : a.graceNone}</option>`)}</select></label>
            <div class="actions"><button class="button primary small confirm" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? a.working : a.regenerate}</button>${cancel}</div>
          </form>`
        : mode === 'password'
          ? html`<form novalidate @submit=${submit((f) => this.changePassword(account, f))} aria-label=${a.passwordLabel(account.name)}>
              ${this.renderPasswordInput('new-password', a.newPassword)}
              <div class="actions"><button class="button primary small confirm" type="submit" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? a.working : a.save}</button>${cancel}</div>
            </form>`
          : html`<div class="actions" role="group" aria-label=${a.deleteLabel(account.name)}>
              <span>${a.deleteConfirm(account.name)}</span>
              <button class="button danger small confirm" type="button" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.deleteAccount(account)}>${this.busy ? a.working : a.delete}</button>${cancel}
            </div>`;
    return html`<tr class="panel-row"><td colspan="6"><div part="row-panel">${body}</div></td></tr>`;
  }

  private renderRow(account: ServiceAccount): TemplateResult {
    const a = this.s.actions;
    const c = this.s.col;
    const open = this.row?.id === account.id ? this.row.mode : undefined;
    return html`<tr data-id=${account.id}>
        <th scope="row" tabindex="-1">${account.name}</th>
        <td data-label=${c.clientId}><code title=${account.client_id}>${account.client_id}</code>
          <button class="button secondary small copy-id" type="button" aria-label=${this.s.secret.copyLabel(`${c.clientId} (${account.name})`)} @click=${() => this.copyId(account.client_id)}>${this.s.secret.copy}</button></td>
        <td data-label=${c.dataSet}>${account.installation_name ?? this.s.allInstallations}</td>
        <td data-label=${c.created}>${this.s.date(account.created_at)}</td>
        <td data-label=${c.lastUsed}>${account.last_used_at ? this.s.date(account.last_used_at) : this.s.never}</td>
        <td class="actions" data-label=${c.actions}>
          <button class="button secondary small regenerate" type="button" aria-label=${a.regenerateLabel(account.name)} aria-expanded=${open === 'regenerate' ? 'true' : 'false'}
            @click=${() => this.openRow(account, 'regenerate')}>${a.regenerate}</button>
          <button class="button secondary small password" type="button" aria-label=${a.passwordLabel(account.name)} aria-expanded=${open === 'password' ? 'true' : 'false'}
            @click=${() => this.openRow(account, 'password')}>${a.password}</button>
          <button class="button secondary small delete" type="button" aria-label=${a.deleteLabel(account.name)} aria-expanded=${open === 'delete' ? 'true' : 'false'}
            @click=${() => this.openRow(account, 'delete')}>${a.delete}</button>
        </td>
      </tr>
      ${open ? this.renderRowPanel(account, open) : nothing}`;
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
              ${this.accounts.length === 0
                ? html`<p class="hint">${s.empty}</p>`
                : html`<div class="table-wrap">
                    <table part="table" aria-labelledby="title">
                      <thead><tr><th scope="col">${c.name}</th><th scope="col">${c.clientId}</th><th scope="col">${c.dataSet}</th><th scope="col">${c.created}</th><th scope="col">${c.lastUsed}</th><th scope="col">${c.actions}</th></tr></thead>
                      <tbody>${this.accounts.map((a) => this.renderRow(a))}</tbody>
                    </table>
                  </div>
                  ${this.paging.render()}`}`}
    </section>`;
  }
}
