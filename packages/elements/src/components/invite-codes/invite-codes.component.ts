/**
 * @module
 * `<gk-invite-codes>`: group admins create invitation codes, copy them, and manage the codes
 * of the groups they administer (the ePortal "Invitation codes" screens).
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  INVITATION_CODE_STATUSES,
  type CreatedInvitationCodes,
  type GroupRef,
  type InvitationCode,
  type InvitationCodeListResponse,
  type InvitationCodeStatus,
  type ProblemFieldError,
  type Role,
} from '@grantkit/sdk';
import { GkCodeDeactivatedEvent, GkCodesCreatedEvent } from '../../events/gk-codes-created.js';
import tokens from '../../styles/tokens.styles.js';
import shared from './invitations-shared.styles.js';
import { copyText, describeError, errorCode, InvitationElement, renderRolePicker, roleNames } from './invitations-shared.js';
import styles from './invite-codes.styles.js';

type FieldErrors = Partial<Record<'count' | 'validity' | 'roles', string>>;

/**
 * Creates invitation codes (count 1-10, validity 1-90 days, roles with `*` on exclusive ones and
 * the exclusivity rule enforced), shows the created codes with "copy" and "copy all" (the text
 * names the group and the validity date), and lists the codes of every group the user
 * administers with status and group filters, pagination and deactivation.
 *
 * @summary Create, copy and manage invitation codes.
 *
 * @event {GkCodesCreatedEvent} gk-codes-created - A batch was created. Detail: `{ batch_id, group, roles, expires_at, items, copy_text }`.
 * @event {GkCodeDeactivatedEvent} gk-code-deactivated - A code was deactivated. Detail: the code.
 *
 * @csspart create - The creation form.
 * @csspart created - The "codes created" view.
 * @csspart code - One created code.
 * @csspart copy-all - The "Copy all codes" button.
 * @csspart table - The management table's section.
 * @csspart filters - The status and group filters.
 * @csspart pagination - The page navigation.
 * @csspart status - The polite live region (copied, created, deactivated).
 * @csspart error - Alerts.
 * @csspart roles-admin - The fieldset of administrator roles.
 * @csspart roles-user - The fieldset of user roles.
 *
 * @cssproperty [--gk-color-primary=#1d5bd6] - Primary buttons and checkboxes.
 * @cssproperty [--gk-color-danger=#b42318] - Errors and the deactivate action.
 * @cssproperty [--gk-color-success=#067647] - The "valid" status.
 * @cssproperty [--gk-color-surface=#ffffff] - Card background.
 * @cssproperty [--gk-color-border=#d3d9e1] - Table rules and field borders.
 * @cssproperty [--gk-radius=12px] - Card corner radius.
 * @cssproperty [--gk-font-family-mono=ui-monospace] - Font of the codes.
 */
export class GkInviteCodes extends InvitationElement {
  static override styles = [tokens, shared, styles];

  /** The group to create codes for first (one the user administers); the first such group otherwise. */
  @property({ attribute: 'group-id' }) groupId = '';

  /** Rows per page of the management table (1-100). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  @state() private groups: GroupRef[] = [];
  @state() private loading = true;
  @state() private loadError = '';

  @state() private selectedGroup = '';
  @state() private catalogue: Role[] = [];
  @state() private count = '1';
  @state() private validity = '10';
  @state() private roles: string[] = [];
  @state() private fieldErrors: FieldErrors = {};
  @state() private creating = false;
  @state() private createError = '';
  @state() private created?: CreatedInvitationCodes;

  @state() private statusFilter: InvitationCodeStatus | '' = '';
  @state() private groupFilter = '';
  @state() private page = 1;
  @state() private list?: InvitationCodeListResponse;
  @state() private tableError = '';
  @state() private confirming = '';
  @state() private announcement = '';

  private focusSelector = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Reloads groups, roles and the table (e.g. after codes changed elsewhere). */
  async load(): Promise<void> {
    this.loading = true;
    this.loadError = '';
    try {
      const me = await this.api.me();
      this.groups = me.groups.filter((g) => g.is_admin).map(({ id, name, lookup_key }) => ({ id, name, lookup_key }));
      const preferred = this.groups.find((g) => g.id === this.groupId) ?? this.groups[0];
      await Promise.all([this.selectGroup(preferred?.id ?? ''), this.loadTable()]);
    } catch (error) {
      this.loadError = describeError(this.s, error);
    } finally {
      this.loading = false;
    }
  }

  private async selectGroup(id: string): Promise<void> {
    this.selectedGroup = id;
    this.roles = [];
    this.catalogue = [];
    if (!id) return;
    this.catalogue = [...(await this.api.listGroupRoles(id)).items];
  }

  private async loadTable(): Promise<void> {
    this.tableError = '';
    try {
      this.list = await this.api.listInvitationCodes({
        status: this.statusFilter || undefined,
        group_id: this.groupFilter || undefined,
        page: this.page,
        page_size: Math.min(100, Math.max(1, Math.floor(this.pageSize) || 10)),
      });
      const pages = Math.max(1, Math.ceil(this.list.total / this.list.page_size));
      if (this.page > pages) {
        this.page = pages;
        return this.loadTable();
      }
    } catch (error) {
      this.tableError = describeError(this.s, error);
    }
  }

  private validate(): FieldErrors {
    const i = this.s.invite;
    const errors: FieldErrors = {};
    const count = Number(this.count);
    const days = Number(this.validity);
    if (!/^\d+$/.test(this.count.trim()) || count < 1 || count > 10) errors.count = i.countError;
    if (!/^\d+$/.test(this.validity.trim()) || days < 1 || days > 90) errors.validity = i.validityError;
    if (!this.roles.length) errors.roles = this.s.roles.required;
    return errors;
  }

  private async onCreate(event: Event): Promise<void> {
    event.preventDefault();
    if (this.creating) return;
    this.createError = '';
    this.fieldErrors = this.validate();
    const first = (['count', 'validity', 'roles'] as const).find((f) => this.fieldErrors[f]);
    if (first) {
      this.focusSelector = first === 'roles' ? 'input[name="roles"]:not([disabled])' : `#${first}`;
      return;
    }
    this.creating = true;
    try {
      const created = await this.api.createInvitationCodes(this.selectedGroup, {
        count: Number(this.count),
        validity_days: Number(this.validity),
        roles: this.roles,
      });
      this.created = created;
      this.announcement = this.s.invite.createdAnnouncement(created.items.length);
      this.focusSelector = '#created-title';
      this.emit(new GkCodesCreatedEvent(created));
      this.page = 1;
      await this.loadTable();
    } catch (error) {
      if (errorCode(error) === 'validation_failed') {
        const errors = ((error as { errors?: readonly ProblemFieldError[] }).errors ?? []) as readonly ProblemFieldError[];
        const i = this.s.invite;
        for (const e of errors) {
          if (e.field === 'count') this.fieldErrors = { ...this.fieldErrors, count: i.countError };
          else if (e.field === 'validity_days') this.fieldErrors = { ...this.fieldErrors, validity: i.validityError };
          else if (e.field === 'roles') this.fieldErrors = { ...this.fieldErrors, roles: e.message };
        }
      }
      this.createError = describeError(this.s, error);
      this.focusSelector = '#create-error';
    } finally {
      this.creating = false;
    }
  }

  private closeCreated(): void {
    this.created = undefined;
    this.roles = [];
    this.focusSelector = '#create-title';
  }

  /** The clipboard text for some codes of one group: group, validity date, codes. */
  private clipboardText(group: GroupRef, expiresAt: string, codes: readonly string[]): string {
    return this.s.copy.text(group.name, group.lookup_key, this.s.date(expiresAt), codes);
  }

  private async copy(text: string, done: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = (await copyText(text, this.renderRoot as ShadowRoot)) ? done : this.s.copy.failed;
  }

  private async applyFilters(status: string, group: string): Promise<void> {
    this.statusFilter = status as InvitationCodeStatus | '';
    this.groupFilter = group;
    this.page = 1;
    await this.loadTable();
  }

  private async goTo(page: number): Promise<void> {
    this.page = page;
    this.confirming = '';
    await this.loadTable();
    this.announcement = this.pageText();
  }

  private pageText(): string {
    if (!this.list) return '';
    const pages = Math.max(1, Math.ceil(this.list.total / this.list.page_size));
    return this.s.invite.page(this.list.page, pages, this.list.total);
  }

  private async deactivate(code: InvitationCode): Promise<void> {
    try {
      const done = await this.api.deactivateInvitationCode(code.id);
      this.confirming = '';
      this.announcement = this.s.invite.deactivated(code.code);
      this.emit(new GkCodeDeactivatedEvent(done));
      await this.loadTable();
      this.focusSelector = '#table-title';
    } catch (error) {
      this.confirming = '';
      this.tableError = describeError(this.s, error);
      await this.loadTable().catch(() => undefined);
      this.focusSelector = '#table-error';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusSelector) {
      this.renderRoot.querySelector<HTMLElement>(this.focusSelector)?.focus();
      this.focusSelector = '';
    }
  }

  private renderForm() {
    const i = this.s.invite;
    const fe = this.fieldErrors;
    if (!this.groups.length) return html`<p class="hint" part="create">${i.noGroups}</p>`;
    return html`<form part="create" class="block" novalidate @submit=${this.onCreate} aria-labelledby="create-title">
      <h3 id="create-title" tabindex="-1">${i.createTitle}</h3>
      <p class="hint">${i.createIntro}</p>
      <div class="row">
        <label class="field" for="count">
          ${i.count}
          <input id="count" type="number" min="1" max="10" step="1" inputmode="numeric" .value=${this.count} aria-invalid=${fe.count ? 'true' : 'false'} aria-describedby="count-error"
            @input=${(e: Event) => (this.count = (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field" for="validity">
          <span>${i.validity} <span aria-hidden="true">*</span></span>
          <input id="validity" type="number" min="1" max="90" step="1" inputmode="numeric" required .value=${this.validity} aria-invalid=${fe.validity ? 'true' : 'false'} aria-describedby="validity-error"
            @input=${(e: Event) => (this.validity = (e.target as HTMLInputElement).value)} />
        </label>
        ${this.groups.length > 1
          ? html`<label class="field" for="group">
              ${i.group}
              <select id="group" .value=${this.selectedGroup} @change=${(e: Event) => void this.selectGroup((e.target as HTMLSelectElement).value)}>
                ${this.groups.map((g) => html`<option value=${g.id} ?selected=${g.id === this.selectedGroup}>${g.name}</option>`)}
              </select>
            </label>`
          : html`<p class="field"><span>${i.group}</span><span class="value">${this.groups[0]!.name}</span></p>`}
      </div>
      <p id="count-error" class="field-error">${fe.count ?? ''}</p>
      <p id="validity-error" class="field-error">${fe.validity ?? ''}</p>
      <h4>${i.rolesTitle}</h4>
      <p class="hint">${i.rolesIntro}</p>
      ${renderRolePicker({
        s: this.s,
        catalogue: this.catalogue,
        selected: this.roles,
        id: 'create-roles',
        errorId: 'roles-error',
        onChange: (next) => {
          this.roles = next;
          if (next.length) this.fieldErrors = { ...this.fieldErrors, roles: undefined };
        },
      })}
      <p id="roles-error" class="field-error">${fe.roles ?? ''}</p>
      <div id="create-error" part="error" role="alert" tabindex="-1">${this.createError ? html`<p class="error">${this.createError}</p>` : nothing}</div>
      <div class="actions">
        <button type="submit" class="button primary" aria-disabled=${this.creating ? 'true' : 'false'}>
          ${this.creating ? html`<span class="spinner" aria-hidden="true"></span>${i.creating}` : i.create}
        </button>
      </div>
    </form>`;
  }

  private renderCreated(created: CreatedInvitationCodes) {
    const i = this.s.invite;
    const codes = created.items.map((c) => c.code);
    return html`<section part="created" class="block" aria-labelledby="created-title">
      <h3 id="created-title" tabindex="-1">${i.createdTitle}</h3>
      <p class="hint">${i.createdNote}</p>
      <p class="hint">${i.createdOnce}</p>
      <p>${i.validUntil(this.s.date(created.expires_at))} · ${created.group.name} · ${roleNames(created.roles, created.roles.map((r) => r.key)).join(', ')}</p>
      <ul class="codes">
        ${created.items.map(
          (c) => html`<li part="code">
            <code>${c.code}</code>
            <button type="button" class="button secondary small" aria-label=${this.s.copy.codeLabel(c.code)}
              @click=${() => this.copy(this.clipboardText(created.group, created.expires_at, [c.code]), this.s.copy.copied)}>${this.s.copy.code}</button>
          </li>`,
        )}
      </ul>
      <div class="actions">
        <button part="copy-all" type="button" class="button primary" @click=${() => this.copy(this.clipboardText(created.group, created.expires_at, codes), this.s.copy.allCopied(codes.length))}>
          ${this.s.copy.all}
        </button>
        <button type="button" class="button secondary" @click=${this.closeCreated}>${i.close}</button>
      </div>
    </section>`;
  }

  private renderRow(c: InvitationCode) {
    const i = this.s.invite;
    const confirming = this.confirming === c.id;
    return html`<tr data-id=${c.id}>
      <td>${c.created_by.name}</td>
      <td><code>${c.code}</code></td>
      <td>${c.group.name}</td>
      <td>${this.s.mode[c.mode]}</td>
      <td>${this.s.date(c.created_at)}</td>
      <td>${this.s.date(c.expires_at)}</td>
      <td><span class="badge ${c.status}">${this.s.status[c.status]}</span></td>
      <td>${c.used_by && c.used_at ? i.usedOn(c.used_by.name, this.s.date(c.used_at)) : ''}</td>
      <td class="actions">
        ${confirming
          ? html`<span>${i.confirmDeactivate(c.code)}</span>
              <button type="button" class="button danger small confirm" @click=${() => this.deactivate(c)}>${i.confirm}</button>
              <button type="button" class="button secondary small" @click=${() => ((this.confirming = ''), (this.focusSelector = `tr[data-id="${c.id}"] .deactivate`))}>${i.cancel}</button>`
          : html`<button type="button" class="button secondary small" aria-label=${this.s.copy.codeLabel(c.code)}
                @click=${() => this.copy(this.clipboardText(c.group, c.expires_at, [c.code]), this.s.copy.copied)}>${this.s.copy.code}</button>
              ${c.status === 'valid'
                ? html`<button type="button" class="button secondary small deactivate" aria-label=${i.deactivateLabel(c.code)}
                    @click=${() => ((this.confirming = c.id), (this.focusSelector = `tr[data-id="${c.id}"] .confirm`))}>${i.deactivate}</button>`
                : nothing}`}
      </td>
    </tr>`;
  }

  private renderTable() {
    const i = this.s.invite;
    const list = this.list;
    const pages = list ? Math.max(1, Math.ceil(list.total / list.page_size)) : 1;
    const col = i.columns;
    return html`<section part="table" class="block" aria-labelledby="table-title">
      <h3 id="table-title" tabindex="-1">${i.tableTitle}</h3>
      <p class="hint">${i.tableIntro}</p>
      <div part="filters" class="row">
        <label class="field" for="status-filter">
          ${i.statusFilter}
          <select id="status-filter" @change=${(e: Event) => this.applyFilters((e.target as HTMLSelectElement).value, this.groupFilter)}>
            <option value="" ?selected=${!this.statusFilter}>${i.all}</option>
            ${INVITATION_CODE_STATUSES.map((s) => html`<option value=${s} ?selected=${this.statusFilter === s}>${this.s.status[s]}</option>`)}
          </select>
        </label>
        <label class="field" for="group-filter">
          ${i.groupFilter}
          <select id="group-filter" @change=${(e: Event) => this.applyFilters(this.statusFilter, (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.groupFilter}>${i.all}</option>
            ${this.groups.map((g) => html`<option value=${g.id} ?selected=${this.groupFilter === g.id}>${g.name}</option>`)}
          </select>
        </label>
      </div>
      <div id="table-error" part="error" role="alert" tabindex="-1">${this.tableError ? html`<p class="error">${this.tableError}</p>` : nothing}</div>
      ${list && list.items.length
        ? html`<div class="table-wrap" tabindex="0" role="group" aria-labelledby="table-title">
            <table>
              <thead>
                <tr>
                  <th scope="col">${col.creator}</th>
                  <th scope="col">${col.code}</th>
                  <th scope="col">${col.group}</th>
                  <th scope="col">${col.mode}</th>
                  <th scope="col" aria-sort="descending">${col.created} <span aria-hidden="true">↓</span></th>
                  <th scope="col">${col.validUntil}</th>
                  <th scope="col">${col.status}</th>
                  <th scope="col">${col.usedBy}</th>
                  <th scope="col">${col.action}</th>
                </tr>
              </thead>
              <tbody>
                ${list.items.map((c) => this.renderRow(c))}
              </tbody>
            </table>
          </div>
          <nav part="pagination" class="row" aria-label=${i.tableTitle}>
            <button type="button" class="button secondary small" ?disabled=${list.page <= 1} @click=${() => this.goTo(list.page - 1)}>${i.previous}</button>
            <span class="page">${this.pageText()}</span>
            <button type="button" class="button secondary small" ?disabled=${list.page >= pages} @click=${() => this.goTo(list.page + 1)}>${i.next}</button>
          </nav>`
        : html`<p class="hint empty">${list ? i.empty : ''}</p>`}
    </section>`;
  }

  override render() {
    const i = this.s.invite;
    return html`<div part="base" class="card" lang=${this.resolvedLocale}>
      <div part="status" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.loading
        ? html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span> ${i.loading}</p>`
        : this.loadError
          ? html`<div part="error" role="alert"><p class="error">${this.loadError}</p></div>`
          : html`${this.created ? this.renderCreated(this.created) : this.renderForm()} ${this.renderTable()}`}
    </div>`;
  }
}
