/**
 * @module
 * `<gk-invite-code-list>`: the management table of invitation codes (the ePortal "Invitation
 * codes" screen). `<gk-invite-codes>` shows it below its form when it is registered.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { INVITATION_CODE_STATUSES, type GroupRef, type InvitationCode, type InvitationCodeListResponse, type InvitationCodeStatus } from '@grantkit/sdk';
import { GkCodeDeactivatedEvent } from '../../events/gk-codes-created.js';
import tokens from '../../styles/tokens.styles.js';
import stack from '../../styles/stack.styles.js';
import type { InvitationStrings } from './i18n/strings.js';
import { catalogue, type Catalogue } from '../../i18n/catalogue.js';
import shared from './invitations-shared.styles.js';
import { copyText, describeError, InvitationElement } from './invitations-shared.js';
import tableStyles from './table.styles.js';

/** The strings it shows. */
export type InviteCodeListStrings = Pick<InvitationStrings, 'copy' | 'date' | 'errors' | 'list' | 'mode' | 'status'>;

/** This element's strings, one lazy chunk per language. */
const strings = catalogue<InviteCodeListStrings>({
  en: () => import('./list-i18n/i18n/en.js'),
  fr: () => import('./list-i18n/i18n/fr.js'),
  de: () => import('./list-i18n/i18n/de.js'),
  pt: () => import('./list-i18n/i18n/pt.js'),
  nb: () => import('./list-i18n/i18n/nb.js'),
});

/**
 * The codes of every group the user administers, newest first: creator, code, group, mode,
 * creation date, validity date, status, who used it and when. Filters by status and by group,
 * pages through them, copies a code (with its group and validity date) and deactivates valid
 * codes after a confirmation.
 *
 * @summary Manage invitation codes: filter, page, copy, deactivate.
 *
 * @event {GkCodeDeactivatedEvent} gk-code-deactivated - A code was deactivated. Detail: the code.
 *
 * @csspart table - The section.
 * @csspart filters - The status and group filters.
 * @csspart pagination - The page navigation.
 * @csspart status - The polite live region (copied, deactivated, page).
 * @csspart error - Alerts.
 *
 * @cssproperty [--gk-color-danger=#b42318] - Errors and the deactivate confirmation.
 * @cssproperty [--gk-color-success=#067647] - The "valid" status.
 * @cssproperty [--gk-color-border=#d3d9e1] - Table rules.
 * @cssproperty [--gk-font-family-mono=ui-monospace] - Font of the codes.
 */
export class GkInviteCodeList extends InvitationElement<InviteCodeListStrings> {
  static override styles = [tokens, shared, tableStyles, stack];

  /** Rows per page (1-200). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  protected readonly i18n: Catalogue<InviteCodeListStrings> = strings;

  @state() private groups: GroupRef[] = [];
  @state() private statusFilter: InvitationCodeStatus | '' = '';
  @state() private groupFilter = '';
  /** The cursors that led to the current page, oldest first (none on the first page): Previous pops one. */
  @state() private trail: string[] = [];
  @state() private list?: InvitationCodeListResponse;
  @state() private tableError = '';
  @state() private confirming = '';
  @state() private announcement = '';

  private focusSelector = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Reloads the groups (for the filter) and the current page, e.g. after codes were created. */
  async load(): Promise<void> {
    try {
      const mine = await this.api.listGroups();
      this.groups = mine.items.filter((g) => g.is_admin).map(({ id, name, lookup_key }) => ({ id, name, lookup_key }));
    } catch (error) {
      this.tableError = describeError(await this.strings(), error);
      return;
    }
    await this.loadTable();
  }

  private async loadTable(): Promise<void> {
    this.tableError = '';
    try {
      this.list = await this.api.listInvitationCodes({
        status: this.statusFilter || undefined,
        group_id: this.groupFilter || undefined,
        cursor: this.trail.at(-1),
        limit: this.limit(),
      });
      // A page emptied meanwhile (its codes changed status under a filter): show the one before.
      if (!this.list.items.length && this.trail.length) {
        this.trail = this.trail.slice(0, -1);
        return this.loadTable();
      }
    } catch (error) {
      this.tableError = describeError(await this.strings(), error);
    }
  }

  private limit(): number {
    return Math.min(200, Math.max(1, Math.floor(this.pageSize) || 10));
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
    this.trail = [];
    await this.loadTable();
  }

  /** Follows the list's `next_cursor`, or goes back to the page before (the API pages forward only). */
  private async goTo(forward: boolean): Promise<void> {
    const next = this.list?.next_cursor;
    if (forward && !next) return;
    this.trail = forward && next ? [...this.trail, next] : this.trail.slice(0, -1);
    this.confirming = '';
    await this.loadTable();
    this.announcement = this.pageText();
  }

  private pageText(): string {
    if (!this.list) return '';
    const pages = Math.max(1, Math.ceil(this.list.total / this.limit()));
    return this.s.list.page(this.trail.length + 1, pages, this.list.total);
  }

  private async deactivate(code: InvitationCode): Promise<void> {
    try {
      const done = await this.api.deactivateInvitationCode(code.id);
      this.confirming = '';
      this.announcement = this.s.list.deactivated(code.code);
      this.emit(new GkCodeDeactivatedEvent(done));
      await this.loadTable();
      this.focusSelector = '#table-title';
    } catch (error) {
      this.confirming = '';
      this.tableError = describeError(await this.strings(), error);
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

  private renderRow(c: InvitationCode) {
    const i = this.s.list;
    const col = i.columns;
    const confirming = this.confirming === c.id;
    return html`<tr data-id=${c.id}>
      <td data-label=${col.creator}>${c.created_by.name}</td>
      <td data-label=${col.code}><code title=${c.code}>${c.code}</code></td>
      <td data-label=${col.group}>${c.group.name}</td>
      <td data-label=${col.mode}>${this.s.mode[c.mode]}</td>
      <td data-label=${col.created}>${this.s.date(c.created_at)}</td>
      <td data-label=${col.validUntil}>${this.s.date(c.expires_at)}</td>
      <td data-label=${col.status}><span class="badge ${c.status}">${this.s.status[c.status]}</span></td>
      <td data-label=${col.usedBy}>${c.used_by && c.used_at ? i.usedOn(c.used_by.name, this.s.date(c.used_at)) : ''}</td>
      <td class="actions" data-label=${col.action} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && confirming && ((this.confirming = ''), (this.focusSelector = `tr[data-id="${c.id}"] .deactivate`))}>
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

  override render() {
    const i = this.s.list;
    const list = this.list;
    const col = i.columns;
    return html`<section part="table" class="block" lang=${this.resolvedLocale} aria-labelledby="table-title">
      <div part="status" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
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
            <button type="button" class="button secondary small" ?disabled=${!this.trail.length} @click=${() => this.goTo(false)}>${i.previous}</button>
            <span class="page">${this.pageText()}</span>
            <button type="button" class="button secondary small" ?disabled=${!list.next_cursor} @click=${() => this.goTo(true)}>${i.next}</button>
          </nav>`
        : html`<p class="hint empty">${list ? i.empty : ''}</p>`}
    </section>`;
  }

}
