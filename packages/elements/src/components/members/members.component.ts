/**
 * @module
 * `<gk-members>`: a group admin lists the group's members, changes their roles and removes them.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Member, Role } from '@grantkit/sdk';
import { GkMemberRemovedEvent, GkMemberUpdatedEvent } from '../../events/gk-member-changed.js';
import tokens from '../../styles/tokens.styles.js';
import stack from '../../styles/stack.styles.js';
import shared from '../invite-codes/invitations-shared.styles.js';
import { describeError, InvitationElement, renderRolePicker, roleNames } from '../invite-codes/invitations-shared.js';
import type { InvitationStrings } from '../invite-codes/i18n/strings.js';
import { catalogue, type Catalogue } from '../../i18n/catalogue.js';
import rolesStyles from '../invite-codes/roles.styles.js';
import tableStyles from '../invite-codes/table.styles.js';
import styles from './members.styles.js';
import { LoadMore, loadMoreStyles } from '../../internal/load-more.js';
import { list } from '../../i18n/plural.js';

/** The strings it shows. */
export type MembersStrings = Pick<InvitationStrings, 'errors' | 'members' | 'roles'>;

/** This element's strings, one lazy chunk per language. */
const strings = catalogue<MembersStrings>({
  en: () => import('./i18n/en.js'),
  fr: () => import('./i18n/fr.js'),
  de: () => import('./i18n/de.js'),
  pt: () => import('./i18n/pt.js'),
  nb: () => import('./i18n/nb.js'),
});

/**
 * The members of one group with their roles (exclusive roles marked `*`). Admins change a
 * member's roles with the same rules as invitation codes (at least one role; an exclusive role
 * alone) and remove members; the server refuses to remove or demote the last admin, and the
 * element says so.
 *
 * @summary Manage a group's members and their roles.
 *
 * @event {GkMemberUpdatedEvent} gk-member-updated - Roles were saved. Detail: the member.
 * @event {GkMemberRemovedEvent} gk-member-removed - A member was removed. Detail: `{ group_id, member }`.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart table - The members table.
 * @csspart editor - The role editor of the member being edited.
 * @csspart status - The polite live region (saved, removed).
 * @csspart error - Alerts.
 * @csspart load-more - The "Load more" footer while more members exist.
 *
 * @cssproperty [--gk-color-primary=#1d5bd6] - Primary buttons and checkboxes.
 * @cssproperty [--gk-color-danger=#b42318] - Errors and the remove action.
 * @cssproperty [--gk-color-surface=#ffffff] - Card background.
 * @cssproperty [--gk-color-border=#d3d9e1] - Table rules.
 * @cssproperty [--gk-radius=12px] - Card corner radius.
 */
export class GkMembers extends InvitationElement<MembersStrings> {
  static override styles = [tokens, shared, rolesStyles, tableStyles, styles, stack, loadMoreStyles];

  /** The group whose members are managed (the caller must administer it). */
  @property({ attribute: 'group-id' }) groupId = '';

  protected readonly i18n: Catalogue<MembersStrings> = strings;

  @state() private loading = true;
  @state() private loadError = '';
  @state() private catalogue: Role[] = [];
  @state() private members: Member[] = [];
  @state() private editing = '';
  @state() private draft: string[] = [];
  @state() private draftError = '';
  @state() private rowError = '';
  @state() private confirming = '';
  @state() private busy = false;
  @state() private announcement = '';

  private focusSelector = '';
  /** Members come a page at a time: "Load more" appends the next. */
  private readonly paging = new LoadMore<Member>(this, (cursor) => this.api.listMembers(this.groupId, { cursor }), (items) => (this.members = [...this.members, ...items]));

  // The first load starts here, before the first render, not in firstUpdated: what load() sets
  // at once then joins this update instead of scheduling a second one (Lit's change-in-update).
  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated || changed.has('groupId') || changed.has('apiBase') || changed.has('client')) void this.load();
  }

  /** Reloads the catalogue and the members. */
  async load(): Promise<void> {
    this.editing = '';
    this.confirming = '';
    if (!this.groupId) {
      this.loading = false;
      this.loadError = (await this.strings()).members.missingGroup;
      return;
    }
    this.loading = true;
    this.loadError = '';
    try {
      const [roles, members] = await Promise.all([this.api.listGroupRoles(this.groupId), this.api.listMembers(this.groupId)]);
      this.catalogue = [...roles.items];
      this.members = this.paging.first(members);
    } catch (error) {
      this.loadError = describeError(await this.strings(), error);
    } finally {
      this.loading = false;
    }
  }

  private startEdit(member: Member): void {
    this.editing = member.user_id;
    this.confirming = '';
    this.draft = [...member.roles];
    this.draftError = '';
    this.rowError = '';
    this.focusSelector = '[part~="editor"] input:not([disabled])';
  }

  /** Leaves editing or confirming; focus returns to the button that started it. */
  private cancel(member: Member, back: '.edit' | '.remove' = '.edit'): void {
    this.editing = '';
    this.confirming = '';
    this.focusSelector = `tr[data-id="${member.user_id}"] ${back}`;
  }

  private async save(member: Member): Promise<void> {
    if (this.busy) return;
    if (!this.draft.length) {
      this.draftError = this.s.roles.required;
      this.focusSelector = '[part~="editor"] input:not([disabled])';
      return;
    }
    this.busy = true;
    try {
      const updated = await this.api.changeMemberRoles(this.groupId, member.user_id, this.draft);
      this.members = this.members.map((m) => (m.user_id === updated.user_id ? updated : m));
      this.editing = '';
      this.announcement = this.s.members.saved(member.name);
      this.focusSelector = `tr[data-id="${member.user_id}"] .edit`;
      this.emit(new GkMemberUpdatedEvent(updated));
    } catch (error) {
      this.draftError = describeError(await this.strings(), error);
      this.focusSelector = '#draft-error';
    } finally {
      this.busy = false;
    }
  }

  private async removeMember(member: Member): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.api.removeMember(this.groupId, member.user_id);
      this.members = this.members.filter((m) => m.user_id !== member.user_id);
      this.confirming = '';
      this.announcement = this.s.members.removed(member.name);
      this.focusSelector = '#title';
      this.emit(new GkMemberRemovedEvent({ group_id: this.groupId, member }));
    } catch (error) {
      this.confirming = '';
      this.rowError = describeError(await this.strings(), error);
      this.focusSelector = '#row-error';
    } finally {
      this.busy = false;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusSelector) {
      this.renderRoot.querySelector<HTMLElement>(this.focusSelector)?.focus();
      this.focusSelector = '';
    }
  }

  private renderActions(member: Member) {
    const m = this.s.members;
    if (this.confirming === member.user_id) {
      return html`<span>${m.confirmRemove(member.name)}</span>
        <button type="button" class="button danger small confirm" @click=${() => this.removeMember(member)}>${m.remove}</button>
        <button type="button" class="button secondary small" @click=${() => this.cancel(member, '.remove')}>${m.cancel}</button>`;
    }
    return html`<button type="button" class="button secondary small edit" aria-label=${m.editLabel(member.name)} @click=${() => this.startEdit(member)}>${m.edit}</button>
      <button type="button" class="button secondary small remove" aria-label=${m.removeLabel(member.name)}
        @click=${() => ((this.confirming = member.user_id), (this.editing = ''), (this.rowError = ''), (this.focusSelector = `tr[data-id="${member.user_id}"] .confirm`))}>${m.remove}</button>`;
  }

  private renderEditor(member: Member) {
    const m = this.s.members;
    return html`<tr class="editor-row">
      <td colspan="4">
        <div part="editor" class="editor" role="group" aria-label=${m.editLegend(member.name)} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.cancel(member)}>
          ${renderRolePicker({
            s: this.s,
            catalogue: this.catalogue,
            selected: this.draft,
            id: 'edit-roles',
            errorId: 'draft-error',
            disabled: this.busy,
            onChange: (next) => ((this.draft = next), (this.draftError = '')),
          })}
          <div id="draft-error" role="alert" tabindex="-1">${this.draftError ? html`<p class="error">${this.draftError}</p>` : nothing}</div>
          <div class="actions">
            <button type="button" class="button primary small save" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => this.save(member)}>
              ${this.busy ? m.saving : m.save}
            </button>
            <button type="button" class="button secondary small" @click=${() => this.cancel(member)}>${m.cancel}</button>
          </div>
        </div>
      </td>
    </tr>`;
  }

  override render() {
    const m = this.s.members;
    return html`<section part="base" class="card" lang=${this.resolvedLocale} aria-labelledby="title">
      <h2 id="title" part="title" tabindex="-1">${m.title}</h2>
      <p class="hint">${m.intro}</p>
      <div part="status" class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <div id="row-error" part="error" role="alert" tabindex="-1">
        ${this.loadError || this.rowError ? html`<p class="error">${this.loadError || this.rowError}</p>` : nothing}
      </div>
      ${this.loading
        ? html`<p class="hint" role="status"><span class="spinner" aria-hidden="true"></span> ${m.loading}</p>`
        : this.loadError
          ? nothing
          : this.members.length === 0
            ? html`<p class="hint">${m.empty}</p>`
            : html`<div class="table-wrap">
                <table part="table" aria-labelledby="title">
                  <thead>
                    <tr>
                      <th scope="col">${m.name}</th>
                      <th scope="col">${m.email}</th>
                      <th scope="col">${m.roles}</th>
                      <th scope="col">${m.actions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this.members.map(
                      (member) => html`<tr data-id=${member.user_id}>
                          <th scope="row">${member.name}</th>
                          <td data-label=${m.email}>${member.email}</td>
                          <td class="roles-cell" data-label=${m.roles}>${list(this.resolvedLocale, roleNames(this.catalogue, member.roles))}</td>
                          <td class="actions" data-label=${m.actions} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.confirming === member.user_id && this.cancel(member, '.remove')}>${this.renderActions(member)}</td>
                        </tr>
                        ${this.editing === member.user_id ? this.renderEditor(member) : nothing}`,
                    )}
                  </tbody>
                </table>
              </div>
              ${this.paging.render()}`}
    </section>`;
  }
}
