/**
 * @module
 * What `<gk-redeem-code>`, `<gk-invite-codes>` and `<gk-members>` share: the API client subset,
 * the base class (strings, client), error wording, the role picker with the exclusivity rule,
 * and copying to the clipboard.
 */
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { createInvitationsClient, type InvitationsClient as SdkInvitationsClient, type Role } from '@grantkit/sdk';
import { GkElement } from '../../base/gk-element.js';
import type { InvitationStrings } from './i18n/strings.js';

/**
 * The SDK client methods these elements call: the SDK's `createInvitationsClient()` (the
 * default), or any object with the same methods, such as a full `createApiClient()`.
 */
export type InvitationsClient = SdkInvitationsClient;

/**
 * Base of the invitation elements: `api-base`, `client`, and (from {@link GkElement}) the
 * strings of the resolved locale: each element's own sections and the ones the invitation
 * elements share (./i18n/common/), one lazy chunk per language.
 */
export abstract class InvitationElement<S> extends GkElement<S> {
  /** The platform's URL when the element runs on another origin; the page's origin by default. */
  @property({ attribute: 'api-base' }) apiBase?: string;

  /** The API client; by default the SDK's `createApiClient` with the session cookie. */
  @property({ attribute: false }) client?: InvitationsClient;

  private defaultClient?: InvitationsClient;
  private defaultBase?: string | undefined;

  protected get api(): InvitationsClient {
    if (this.client) return this.client;
    if (!this.defaultClient || this.defaultBase !== this.apiBase) {
      this.defaultBase = this.apiBase;
      this.defaultClient = createInvitationsClient({ baseUrl: new URL(this.apiBase || '/', location.href) });
    }
    return this.defaultClient;
  }
}

/** The members of the SDK's errors read here (duck-typed: a page may hold two SDK copies). */
interface Coded {
  readonly code?: unknown;
  readonly status?: unknown;
  readonly retryAfter?: unknown;
}

/** The problem code of an SDK error, or undefined. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as Coded | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** What to tell the user about a failed call, in their language. */
export function describeError(s: Pick<InvitationStrings, 'errors'>, error: unknown): string {
  const code = errorCode(error);
  const e = s.errors;
  switch (code) {
    case 'code_malformed':
    case 'code_unknown':
    case 'code_already_used':
    case 'code_deactivated':
    case 'code_expired':
    case 'roles_conflict':
    case 'last_admin':
    case 'not_group_admin':
    case 'unauthenticated':
      return e[code];
    case 'not_found':
      return e.not_found;
    case 'validation_failed':
      return e.validation;
    case 'rate_limited': {
      const after = (error as Coded).retryAfter;
      return e.rate_limited(typeof after === 'number' ? after : undefined);
    }
    case 'network_error':
      return e.network;
    default:
      // fetch rejects with a TypeError when the network fails (WHATWG Fetch §4.1).
      return error instanceof TypeError ? e.network : e.server;
  }
}

/** True when choosing `role` now would break "an exclusive role stands alone". */
export function roleBlocked(catalogue: readonly Role[], selected: readonly string[], role: Role): boolean {
  if (selected.includes(role.key) || selected.length === 0) return false;
  if (role.exclusive) return true;
  return catalogue.some((r) => r.exclusive && selected.includes(r.key));
}

/** The selection after (un)ticking `key`, in catalogue order. */
export function toggleRole(catalogue: readonly Role[], selected: readonly string[], key: string, on: boolean): string[] {
  const next = new Set(selected);
  if (on) next.add(key);
  else next.delete(key);
  return catalogue.filter((r) => next.has(r.key)).map((r) => r.key);
}

/** A role's label: its name, with `*` when exclusive (the ePortal convention). */
export const roleLabel = (role: Role): string => (role.exclusive ? `${role.name}*` : role.name);

/** Role names for keys, in catalogue order (unknown keys shown as they are). */
export function roleNames(catalogue: readonly Role[], keys: readonly string[]): string[] {
  const known = catalogue.filter((r) => keys.includes(r.key)).map(roleLabel);
  return [...known, ...keys.filter((k) => !catalogue.some((r) => r.key === k))];
}

export interface RolePickerOptions {
  readonly s: Pick<InvitationStrings, 'roles'>;
  readonly catalogue: readonly Role[];
  readonly selected: readonly string[];
  /** Prefix of element ids, unique within the shadow root. */
  readonly id: string;
  readonly onChange: (next: string[]) => void;
  /** Id of an element with the current error, if any. */
  readonly errorId?: string | undefined;
  readonly disabled?: boolean;
}

/**
 * Checkboxes for the catalogue in two fieldsets (administrator roles, user roles), exclusive
 * roles marked `*`; roles that would break exclusivity are disabled and say why.
 */
export function renderRolePicker(o: RolePickerOptions): TemplateResult {
  const { s, catalogue, selected, id } = o;
  const group = (kind: 'admin' | 'user', legend: string, hint: string) => {
    const roles = catalogue.filter((r) => r.kind === kind);
    if (!roles.length) return html``;
    return html`<fieldset part="roles-${kind}" class="roles" aria-describedby="${id}-${kind}-hint ${o.errorId ?? ''}">
      <legend>${legend}</legend>
      <p id="${id}-${kind}-hint" class="hint">${hint}</p>
      ${roles.map((role) => {
        const blocked = roleBlocked(catalogue, selected, role);
        return html`<label class="check ${blocked ? 'blocked' : ''}">
          <input
            type="checkbox"
            name="roles"
            .value=${role.key}
            .checked=${selected.includes(role.key)}
            ?disabled=${blocked || o.disabled}
            aria-describedby=${blocked ? `${id}-blocked` : role.exclusive ? `${id}-note` : ''}
            @change=${(event: Event) => o.onChange(toggleRole(catalogue, selected, role.key, (event.target as HTMLInputElement).checked))}
          />
          <span>${roleLabel(role)}</span>
        </label>`;
      })}
    </fieldset>`;
  };
  return html`${group('admin', s.roles.adminHeading, s.roles.adminHint)} ${group('user', s.roles.userHeading, s.roles.userHint)}
    ${catalogue.some((r) => r.exclusive) ? html`<p id="${id}-note" class="hint">${s.roles.exclusiveNote}</p>` : ''}
    <p id="${id}-blocked" hidden>${s.roles.exclusiveBlocked}</p>`;
}

/**
 * Copies `text` (Clipboard API; a selected textarea and `execCommand('copy')` where the API is
 * missing or refused, e.g. without focus or on plain http). Resolves false when both fail.
 */
export async function copyText(text: string, root: Node = document.body): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    (root instanceof ShadowRoot ? root : document.body).append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

/** `YYYY-MM-DD` of an ISO date in UTC (the server's validity date). */
export const isoDay = (iso: string): string => iso.slice(0, 10);
