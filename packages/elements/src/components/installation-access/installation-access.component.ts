/**
 * @module
 * `<gk-installation-access>`: who has access to an installation, with revocation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MAX_PAGE_LIMIT } from '@grantkit/sdk';
import type { AccessEntry, GrantPermission, GroupAccessEntry } from '@grantkit/sdk/types';
import { GkElement } from '../../base/gk-element.js';
import { catalogue, type Catalogue } from '../../i18n/catalogue.js';
import { withCommon, type CommonStrings } from '../../i18n/common/index.js';
import type { InstallationAccessStrings } from './i18n/en.js';
import { GkAccessChangedEvent } from '../../events/gk-access-changed.js';
import { GkAccessRevokedEvent } from '../../events/gk-access-revoked.js';
import { classifyFailure, type Failure } from '../../internal/failure.js';
import { createClient, type ElementsClient } from '../../internal/client.js';
import { LoadMore, loadMoreStyles } from '../../internal/load-more.js';
import tokens from '../../styles/tokens.styles.js';
import styles from './installation-access.styles.js';

type GroupEntry = GroupAccessEntry;
type UserEntry = Extract<AccessEntry, { kind: 'user' }>;

type View =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly items: readonly AccessEntry[] }
  | { readonly kind: 'failed'; readonly failure: Failure | 'missing_id' };

/** Two people: the platform's marker for a group (as on its Permissions tab). */
const groupIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    d="M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm7.5 0a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7ZM9 13c-3.3 0-7 1.6-7 4.5V20h14v-2.5C16 14.6 12.3 13 9 13Zm7.5 0c-.6 0-1.2.1-1.8.2A5.6 5.6 0 0 1 18 17.5V20h4v-2.5c0-2.9-3.2-4.5-5.5-4.5Z"
  />
</svg>`;

type Strings = { readonly installationAccess: InstallationAccessStrings; readonly common: CommonStrings };

/** This element's strings, one lazy chunk per language (and the shared ones). */
const strings: Catalogue<Strings> = catalogue(withCommon({
  en: () => import('./i18n/en.js'),
  fr: () => import('./i18n/fr.js'),
  de: () => import('./i18n/de.js'),
  pt: () => import('./i18n/pt.js'),
  nb: () => import('./i18n/nb.js'),
}));

/**
 * Lists who has access to an installation: its owner and administrators, and every group that
 * holds a grant (marked as a group, with its lookup key), each with since when and, when the
 * server knows, granted by whom, and what each group's grant allows. An owner can narrow a group's
 * grant (drop settings or charger control; viewing stays) or revoke it, each after a confirmation
 * step; the list updates and the outcome is announced.
 *
 * @summary Who has access to an installation, with revoke.
 *
 * @event {GkAccessRevokedEvent} gk-access-revoked - A grant was revoked. Detail: `{ installationId, grantId, name, lookupKey }`.
 * @event {GkAccessChangedEvent} gk-access-changed - A grant was narrowed. Detail: `{ installationId, grantId, name, lookupKey, permissions }`.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart list - The list of entries.
 * @csspart load-more - The "Load more" footer under a list with more pages (button, status, alert).
 * @csspart entry - One entry (a user or a group).
 * @csspart avatar - The initials or group icon of an entry.
 * @csspart group-badge - The "Group" marker (two-person icon and text).
 * @csspart permissions - What a group's grant allows (short names).
 * @csspart change-button - The "Change access" button of a group entry whose grant allows more than viewing.
 * @csspart change - The inline form that narrows a grant (checkboxes, note, Cancel and Save).
 * @csspart save-button - The button that saves a narrowed grant.
 * @csspart revoke-button - The Revoke button of a group entry.
 * @csspart confirm - The inline confirmation of a revocation.
 * @csspart confirm-button - The button that confirms a revocation.
 * @csspart cancel-button - The button that cancels a revocation.
 * @csspart retry-button - The Try again button after a failed load.
 * @csspart error - An error message.
 * @csspart status - The loading and empty messages.
 *
 * @cssproperty [--gk-color-primary=#1d5bd6] - Accent colour.
 * @cssproperty [--gk-color-surface=#ffffff] - Card background.
 * @cssproperty [--gk-color-surface-muted=#f3f5f8] - Avatars and the confirmation.
 * @cssproperty [--gk-color-text=#16202c] - Text colour.
 * @cssproperty [--gk-color-text-muted=#525d6b] - Secondary text.
 * @cssproperty [--gk-color-border=#d3d9e1] - Borders and dividers.
 * @cssproperty [--gk-color-danger=#b42318] - Revoke buttons and errors.
 * @cssproperty [--gk-color-danger-surface=#fef0ee] - Background of errors.
 * @cssproperty [--gk-color-focus=#1d5bd6] - Focus ring.
 * @cssproperty [--gk-radius=12px] - Corner radius of the card.
 * @cssproperty [--gk-radius-small=8px] - Corner radius of buttons.
 * @cssproperty [--gk-font-family=system-ui] - Font stack.
 * @cssproperty [--gk-shadow] - Card shadow.
 * @cssproperty [--gk-spacing=1rem] - Base spacing unit.
 */
export class GkInstallationAccess extends GkElement<Strings> {
  static override styles = [tokens, styles, loadMoreStyles];

  protected readonly i18n = strings;

  /** The installation whose access list to show. */
  @property({ attribute: 'installation-id', reflect: true }) installationId?: string;

  /** Base URL of the platform's API; defaults to the page's origin. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The API client; by default one for `api-base` built with the SDK's `createApiClient`. */
  @property({ attribute: false }) client?: ElementsClient;

  @state() private view: View = { kind: 'loading' };
  /** Grant id whose revocation awaits confirmation. */
  @state() private confirming: string | null = null;
  /** Grant id being revoked. */
  @state() private revoking: string | null = null;
  /** What each group's grant allows, by grant id (`GET /api/grants?installation_id=`). */
  @state() private held: ReadonlyMap<string, readonly GrantPermission[]> = new Map();
  /** Grant id whose narrowing form is open. */
  @state() private changing: string | null = null;
  /** Grant id being narrowed. */
  @state() private saving: string | null = null;
  @state() private error = '';
  @state() private announcement = '';

  private generation = 0;
  /** The access list comes a page at a time: "Load more" appends the next. */
  private readonly paging = new LoadMore<AccessEntry>(
    this,
    (cursor) => this.api.listInstallationAccess(this.installationId ?? '', { cursor }),
    (items) => {
      if (this.view.kind === 'ready') this.view = { kind: 'ready', items: [...this.view.items, ...items] };
    },
  );
  private defaultClient?: ElementsClient;
  /** CSS selector of what to focus after the next render. */
  private focusNext: string | null = null;

  private get api(): ElementsClient {
    return this.client ?? (this.defaultClient ??= createClient(this.apiBase));
  }

  /** What the current data was loaded for: a change of any of these reloads it. */
  private loadedFor?: readonly unknown[];

  protected override willUpdate(): void {
    // Compared by value rather than through `changed`: an update held while a language loads
    // (see GkElement.shouldUpdate) drops its `changed` map.
    const key = [this.installationId, this.apiBase, this.client];
    if (this.loadedFor?.every((value, index) => value === key[index])) return;
    if (this.loadedFor && this.loadedFor[1] !== this.apiBase) this.defaultClient = undefined;
    this.loadedFor = key;
    void this.load();
  }

  /** Loads (or reloads) the list. */
  async load(): Promise<void> {
    const id = this.installationId;
    const generation = ++this.generation;
    this.confirming = this.changing = null;
    this.error = '';
    if (!id) {
      this.view = { kind: 'failed', failure: 'missing_id' };
      return;
    }
    this.view = { kind: 'loading' };
    try {
      // Only the owner and administrators may list grants: anyone else who sees the list (a
      // member of a group with access) sees it without permissions, and cannot narrow.
      const grants = this.api.listGrants({ installation_id: id, limit: MAX_PAGE_LIMIT }).catch(() => ({ items: [] }));
      const [page, { items }] = await Promise.all([this.api.listInstallationAccess(id), grants]);
      if (generation !== this.generation) return;
      this.held = new Map(items.map((grant) => [grant.id, grant.permissions]));
      this.view = { kind: 'ready', items: this.paging.first(page) };
    } catch (error) {
      if (generation !== this.generation) return;
      this.view = { kind: 'failed', failure: classifyFailure(error) };
      this.focusNext = '.failure';
    }
  }

  protected override updated(): void {
    if (this.focusNext) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusNext);
      this.focusNext = null;
      target?.focus();
    }
  }

  private ask(entry: GroupEntry): void {
    this.confirming = entry.grant_id;
    this.changing = null;
    this.error = '';
    this.focusNext = `[data-grant="${CSS.escape(entry.grant_id)}"] [part~="cancel-button"]`;
  }

  private onConfirmKeydown(event: KeyboardEvent, entry: GroupEntry, button = 'revoke-button'): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.close(entry, button);
    }
  }

  /** Closes the confirmation or the narrowing form, back to the button that opened it. */
  private close(entry: GroupEntry, button: string): void {
    this.confirming = this.changing = null;
    this.focusNext = `[data-grant="${CSS.escape(entry.grant_id)}"] [part~="${button}"]`;
  }

  private openChange(entry: GroupEntry): void {
    this.changing = entry.grant_id;
    this.confirming = null;
    this.error = '';
    this.focusNext = `[data-grant="${CSS.escape(entry.grant_id)}"] input:enabled`;
  }

  /** `PATCH /api/grants/:id` with what stays checked; only narrowing (the form offers what the grant holds). */
  private async narrow(entry: GroupEntry, form: HTMLElement): Promise<void> {
    if (this.saving || !this.installationId) return;
    const installationId = this.installationId;
    const t = this.s.installationAccess;
    const kept = [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value as GrantPermission);
    this.saving = entry.grant_id;
    this.error = '';
    this.announcement = '';
    try {
      const grant = await this.api.updateGrant(entry.grant_id, { permissions: kept });
      this.held = new Map(this.held).set(grant.id, grant.permissions);
      this.changing = null;
      this.announcement = t.changed(entry.name);
      this.focusNext = `[data-grant="${CSS.escape(entry.grant_id)}"] [part~="revoke-button"]`;
      this.emit(new GkAccessChangedEvent({ installationId, grantId: grant.id, name: entry.name, lookupKey: entry.lookup_key, permissions: grant.permissions }));
    } catch (error) {
      const failure = classifyFailure(error);
      const code = (error as { code?: unknown }).code;
      // The grant changed elsewhere (422: it holds less than the form offered; 404: it is gone): show the truth.
      if (failure === 'not_found' || code === 'grant_widening_requires_consent') {
        void this.load(); // clears the error first, synchronously
        this.error = failure === 'not_found' ? t.grantGone(entry.name) : t.wideningRefused(entry.name);
        return;
      }
      this.error = `${t.changeFailed(entry.name)} ${failure === 'network' ? this.s.common.networkError : failure === 'unauthenticated' ? this.s.common.sessionExpired : this.s.common.serverError}`;
    } finally {
      this.saving = null;
    }
  }

  private async revoke(entry: GroupEntry): Promise<void> {
    if (this.revoking || !this.installationId) return;
    const installationId = this.installationId;
    this.revoking = entry.grant_id;
    this.error = '';
    this.announcement = '';
    try {
      await this.api.deleteGrant(entry.grant_id);
      const { view } = this;
      if (view.kind === 'ready') {
        this.view = { kind: 'ready', items: view.items.filter((item) => item.kind !== 'group' || item.grant_id !== entry.grant_id) };
      }
      this.confirming = null;
      this.announcement = this.s.installationAccess.revoked(entry.name);
      this.focusNext = '.title';
      this.emit(new GkAccessRevokedEvent({ installationId, grantId: entry.grant_id, name: entry.name, lookupKey: entry.lookup_key }));
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure === 'not_found') {
        // Already gone (revoked elsewhere, or relinquished by the group): show the truth.
        this.confirming = null;
        void this.load();
        return;
      }
      const reason = failure === 'network' ? this.s.common.networkError : failure === 'unauthenticated' ? this.s.common.sessionExpired : this.s.common.serverError;
      this.error = `${this.s.installationAccess.revokeFailed(entry.name)} ${reason}`;
      this.confirming = null;
      this.focusNext = `[data-grant="${CSS.escape(entry.grant_id)}"] [part~="revoke-button"]`;
    } finally {
      this.revoking = null;
    }
  }

  // A group, not a section landmark: a page lists one card per installation, all titled "Who has
  // access", and landmarks must be unique (axe landmark-unique); the page names each installation.
  protected override render(): TemplateResult {
    const t = this.s;
    return html`<div part="base" class="card" role="group" lang=${this.resolvedLocale} aria-labelledby="title" aria-busy=${this.view.kind === 'loading' ? 'true' : 'false'}>
      <h2 id="title" part="title" class="title" tabindex="-1">${t.installationAccess.heading}</h2>
      <div class="visually-hidden" role="status">${this.announcement}</div>
      <div aria-live="assertive">${this.error ? html`<p part="error" class="error">${this.error}</p>` : nothing}</div>
      ${this.renderBody()}
    </div>`;
  }

  private renderBody(): TemplateResult {
    const { view, s: t } = this;
    switch (view.kind) {
      case 'loading':
        return html`<p part="status" class="status"><span class="spinner" aria-hidden="true"></span>${t.common.loading}</p>`;
      case 'failed': {
        const message =
          view.failure === 'missing_id'
            ? t.installationAccess.missingId
            : view.failure === 'not_found'
              ? t.installationAccess.notFound
              : view.failure === 'network'
                ? t.common.networkError
                : view.failure === 'unauthenticated'
                  ? t.common.sessionExpired
                  : t.common.serverError;
        const retry = view.failure === 'network' || view.failure === 'server';
        return html`<div role="alert">
          <p part="error" class="error failure" tabindex="-1">${message}</p>
          ${retry
            ? html`<button part="retry-button" class="button secondary retry" type="button" @click=${() => void this.load()}>${t.common.retry}</button>`
            : nothing}
        </div>`;
      }
      case 'ready':
        return view.items.length === 0
          ? html`<p part="status" class="status">${t.installationAccess.empty}</p>`
          : html`<ul part="list" class="list">
              ${view.items.map((entry) => (entry.kind === 'group' ? this.renderGroup(entry) : this.renderUser(entry)))}
            </ul>
            ${this.paging.render()}`;
    }
  }

  /** "Since 2 Nov 2026 · Granted by Olivia Owner", from what the server knows. */
  private renderWhen(entry: AccessEntry): TemplateResult {
    const t = this.s;
    const since = entry.since || (entry.kind === 'group' ? entry.granted_at : '');
    return html`<span class="meta">
      ${since ? html`<span>${t.installationAccess.since(t.common.date(since))}</span>` : nothing}
      ${entry.granted_by?.name ? html`<span>${t.installationAccess.grantedBy(entry.granted_by.name)}</span>` : nothing}
    </span>`;
  }

  private renderUser(entry: UserEntry): TemplateResult {
    const initials = entry.name
      .split(/\s+/)
      .slice(0, 2)
      .map((word) => word.charAt(0).toUpperCase())
      .join('');
    return html`<li part="entry" class="entry">
      <span part="avatar" class="avatar" aria-hidden="true">${initials}</span>
      <div class="who">
        <span class="name">${entry.name}</span>
        <span class="meta"><span class="role">${this.s.installationAccess.roles[entry.role]}</span><span>${entry.email}</span></span>
        ${this.renderWhen(entry)}
      </div>
    </li>`;
  }

  private renderGroup(entry: GroupEntry): TemplateResult {
    const t = this.s;
    const confirming = this.confirming === entry.grant_id;
    const revoking = this.revoking === entry.grant_id;
    const questionId = `confirm-${entry.grant_id}`;
    const a = t.installationAccess;
    const held = this.held.get(entry.grant_id);
    // Something to drop besides viewing, which every grant keeps.
    const narrowable = !!held && held.length > 1;
    const changing = this.changing === entry.grant_id;
    const saving = this.saving === entry.grant_id;
    return html`<li part="entry" class="entry group" data-grant=${entry.grant_id}>
      <span part="avatar" class="avatar group-avatar" aria-hidden="true">${groupIcon}</span>
      <div class="who">
        <span class="name">${entry.name}</span>
        <span class="meta">
          <span part="group-badge" class="group-badge">${groupIcon}${t.common.group}</span>
          <span class="key">${t.common.lookupKey(entry.lookup_key)}</span>
        </span>
        ${held ? html`<span part="permissions" class="meta">${held.map((permission) => html`<span>${a.permissions[permission]}</span>`)}</span>` : nothing}
        ${this.renderWhen(entry)}
      </div>
      <div class="entry-actions">
        ${narrowable && !changing && !confirming
          ? html`<button part="change-button" class="button secondary revoke" type="button" aria-label=${a.changeLabel(entry.name)} @click=${() => this.openChange(entry)}>
              ${a.change}
            </button>`
          : nothing}
        ${confirming || changing
          ? nothing
          : html`<button
              part="revoke-button"
              class="button secondary revoke"
              type="button"
              aria-label=${t.installationAccess.revokeLabel(entry.name)}
              @click=${() => this.ask(entry)}
            >
              ${t.installationAccess.revoke}
            </button>`}
      </div>
      ${confirming
        ? html`<div part="confirm" class="confirm" role="group" aria-labelledby=${questionId} @keydown=${(event: KeyboardEvent) => this.onConfirmKeydown(event, entry)}>
            <p id=${questionId} class="question">${t.installationAccess.confirmQuestion(entry.name)}</p>
            <p class="note">${t.installationAccess.confirmGroupNote}</p>
            <div class="confirm-actions">
              <button part="cancel-button" class="button secondary" type="button" @click=${() => this.close(entry, 'revoke-button')}>${t.common.cancel}</button>
              <button
                part="confirm-button"
                class="button danger"
                type="button"
                aria-disabled=${revoking ? 'true' : 'false'}
                @click=${() => void this.revoke(entry)}
              >
                ${revoking ? html`<span class="spinner" aria-hidden="true"></span>${t.installationAccess.revoking}` : t.installationAccess.confirmRevoke}
              </button>
            </div>
          </div>`
        : nothing}
      ${changing && held
        ? html`<fieldset part="change" class="confirm" @keydown=${(event: KeyboardEvent) => this.onConfirmKeydown(event, entry, 'change-button')}>
            <legend class="question">${a.changeQuestion(entry.name)}</legend>
            ${held.map(
              (permission) => html`<label class="option"
                ><input type="checkbox" .value=${permission} checked ?disabled=${permission === 'installation:read'} />${a.permissions[permission]}</label
              >`,
            )}
            <p class="note">${a.changeNote}</p>
            <div class="confirm-actions">
              <button part="cancel-button" class="button secondary" type="button" @click=${() => this.close(entry, 'change-button')}>
                ${t.common.cancel}
              </button>
              <button
                part="save-button"
                class="button primary"
                type="button"
                aria-disabled=${saving ? 'true' : 'false'}
                @click=${(event: Event) => void this.narrow(entry, (event.target as HTMLElement).closest('fieldset')!)}
              >
                ${saving ? html`<span class="spinner" aria-hidden="true"></span>${a.saving}` : a.save}
              </button>
            </div>
          </fieldset>`
        : nothing}
    </li>`;
  }
}
