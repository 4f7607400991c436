/**
 * @module
 * `<gk-invite-codes>`: group admins create invitation codes, copy them, and manage the codes
 * of the groups they administer (the ePortal "Invitation codes" screens).
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CreatedInvitationCodes, GroupRef, Role } from '@grantkit/sdk';
import { GkCodesCreatedEvent } from '../../events/gk-codes-created.js';
import tokens from '../../styles/tokens.styles.js';
import shared from './invitations-shared.styles.js';
import { copyText, describeError, errorCode, InvitationElement, renderRolePicker } from './invitations-shared.js';
import type { InvitationStrings } from './i18n/strings.js';
import { catalogue, type Catalogue } from '../../i18n/catalogue.js';
import rolesStyles from './roles.styles.js';
import styles from './invite-codes.styles.js';

/** The strings it shows. */
export type InviteCodesStrings = Pick<InvitationStrings, 'copy' | 'date' | 'errors' | 'invite' | 'roles'>;

/** This element's strings, one lazy chunk per language. */
const strings = catalogue<InviteCodesStrings>({
  en: () => import('./i18n/en.js'),
  fr: () => import('./i18n/fr.js'),
  de: () => import('./i18n/de.js'),
  pt: () => import('./i18n/pt.js'),
  nb: () => import('./i18n/nb.js'),
});

type FieldErrors = Partial<Record<'count' | 'validity' | 'roles', string>>;

/**
 * Creates invitation codes (count 1-10, validity 1-90 days, roles with `*` on exclusive ones and
 * the exclusivity rule enforced) and shows the created codes with "copy" and "copy all" (the
 * text names the group and the validity date). Below, the management table of every code of
 * the groups the user administers — status and group filters, pagination, deactivation — is
 * `<gk-invite-code-list>`, shown when that element is registered (import
 * `invite-code-list.define.ts` or `define.ts`; `no-list` hides it). It is a separate element so
 * each bundle stays within the 16 KB budget; the page loads it once.
 *
 * @summary Create, copy and manage invitation codes.
 *
 * @event {GkCodesCreatedEvent} gk-codes-created - A batch was created. Detail: `{ batch_id, group, roles, expires_at, items, copy_text }`.
 * @event {GkCodeDeactivatedEvent} gk-code-deactivated - From the list: a code was deactivated. Detail: the code.
 *
 * @csspart base - The card.
 * @csspart create - The creation form.
 * @csspart created - The "codes created" view.
 * @csspart code - One created code.
 * @csspart copy-all - The "Copy all codes" button.
 * @csspart table - The management table's section (exported from the list).
 * @csspart filters - The status and group filters (exported from the list).
 * @csspart pagination - The page navigation (exported from the list).
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
export class GkInviteCodes extends InvitationElement<InviteCodesStrings> {
  static override styles = [tokens, shared, rolesStyles, styles];

  /** The group to create codes for first (one the user administers); the first such group otherwise. */
  @property({ attribute: 'group-id' }) groupId = '';

  /** Rows per page of the management table (1-100). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 10;

  /** Hides the management table (`<gk-invite-code-list>`) below the form. */
  @property({ attribute: 'no-list', type: Boolean }) noList = false;

  protected readonly i18n: Catalogue<InviteCodesStrings> = strings;

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
      const mine = await this.api.listGroups();
      this.groups = mine.items.filter((g) => g.is_admin).map(({ id, name, lookup_key }) => ({ id, name, lookup_key }));
      const preferred = this.groups.find((g) => g.id === this.groupId) ?? this.groups[0];
      await this.selectGroup(preferred?.id ?? '');
    } catch (error) {
      this.loadError = describeError(await this.strings(), error);
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
      // The list below (when registered) shows the new codes.
      void (this.renderRoot.querySelector('gk-invite-code-list') as { load?: () => Promise<void> } | null)?.load?.();
    } catch (error) {
      // The form checks what the server checks; a refusal here is named by the server's detail.
      this.createError = errorCode(error) === 'validation_failed' ? (error as Error).message : describeError(await this.strings(), error);
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
      <h2 id="create-title" tabindex="-1">${i.createTitle}</h2>
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
        <label class="field" for="group">
              ${i.group}
              <select id="group" .value=${this.selectedGroup} @change=${(e: Event) => void this.selectGroup((e.target as HTMLSelectElement).value)}>
                ${this.groups.map((g) => html`<option value=${g.id} ?selected=${g.id === this.selectedGroup}>${g.name}</option>`)}
              </select>
            </label>
      </div>
      <p id="count-error" class="field-error">${fe.count ?? ''}</p>
      <p id="validity-error" class="field-error">${fe.validity ?? ''}</p>
      <h3>${i.rolesTitle}</h3>
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
      <h2 id="created-title" tabindex="-1">${i.createdTitle}</h2>
      <p class="hint">${i.createdNote}</p>
      <p class="hint">${i.createdOnce}</p>
      <p>${i.validUntil(this.s.date(created.expires_at))} · ${created.group.name}</p>
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

  override render() {
    const i = this.s.invite;
    return html`<div part="base" class="card" lang=${this.resolvedLocale}>
      <div part="status" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.loading
        ? html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span> ${i.loading}</p>`
        : this.loadError
          ? html`<div part="error" role="alert"><p class="error">${this.loadError}</p></div>`
          : html`${this.created ? this.renderCreated(this.created) : this.renderForm()}`}
      ${this.noList
        ? nothing
        : html`<gk-invite-code-list
            exportparts="table, filters, pagination"
            page-size=${this.pageSize}
            locale=${this.locale ?? nothing}
            api-base=${this.apiBase ?? nothing}
            .client=${this.client}
          ></gk-invite-code-list>`}
    </div>`;
  }
}
