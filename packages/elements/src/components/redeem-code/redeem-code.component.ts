/**
 * @module
 * `<gk-redeem-code>`: a logged-in user enters an invitation code and joins its group (or gains
 * the roles it carries; a member it gives nothing new is told so, and the code stays unused).
 */
import { html, nothing, type PropertyValues } from 'lit';
import { query, state } from 'lit/decorators.js';
import { extractInvitationCode, type RedeemInvitationCodeResponse } from '@grantkit/sdk';
import { GkCodeRedeemedEvent } from '../../events/gk-code-redeemed.js';
import tokens from '../../styles/tokens.styles.js';
import shared from '../invite-codes/invitations-shared.styles.js';
import type { InvitationStrings } from '../invite-codes/i18n/strings.js';
import { catalogue, type Catalogue } from '../../i18n/catalogue.js';
import { describeError, errorCode, InvitationElement, roleLabel } from '../invite-codes/invitations-shared.js';
import styles from './redeem-code.styles.js';
import { list } from '../../i18n/plural.js';

/** The strings it shows. */
export type RedeemCodeStrings = Pick<InvitationStrings, 'errors' | 'redeem' | 'roles'>;

/** This element's strings, one lazy chunk per language. */
const strings = catalogue<RedeemCodeStrings>({
  en: () => import('./i18n/en.js'),
  fr: () => import('./i18n/fr.js'),
  de: () => import('./i18n/de.js'),
  pt: () => import('./i18n/pt.js'),
  nb: () => import('./i18n/nb.js'),
});

/** The layout, position by position: `x` a hex digit, `-` a hyphen. */
const LAYOUT = 'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx';

/** How far typed text is from a code: nothing yet, a valid beginning, a whole code, or wrong. */
export type FormatState = 'empty' | 'partial' | 'complete' | 'invalid';

/** Checks typed text against the layout as it is typed (case-insensitive, trimmed). */
export function formatState(raw: string): FormatState {
  const value = raw.trim().toLowerCase();
  if (!value) return 'empty';
  if (value.length > LAYOUT.length) return 'invalid';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (LAYOUT[i] === '-' ? ch !== '-' : !/[0-9a-f]/.test(ch)) return 'invalid';
  }
  return value.length === LAYOUT.length ? 'complete' : 'partial';
}

/** 32 hex digits typed without hyphens become the layout. */
function withHyphens(value: string): string {
  const v = value.trim();
  return /^[0-9a-f]{32}$/i.test(v) ? `${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20)}` : value;
}

type FieldMessage = '' | 'required' | 'incomplete' | 'format' | 'ok' | 'pasted';

/**
 * The "use an invitation code" form: one field with the expected layout as hint, a
 * required-field message, the layout checked as you type, and paste-friendly (it trims, and
 * takes the code out of a pasted "copy all" text). Then the outcome: the group joined and the
 * roles, the roles a member gained, "already a member" (the code was not used), or the specific
 * reason the code cannot be used.
 *
 * @summary Redeem an invitation code.
 *
 * @event {GkCodeRedeemedEvent} gk-code-redeemed - The code was used: the user joined a group or gained roles in it (not fired for `already_member`). Detail: `{ outcome, group, roles, roles_added, is_admin }`.
 *
 * @csspart base - The card.
 * @csspart title - The heading.
 * @csspart hint - The layout hint.
 * @csspart input - The code field.
 * @csspart field-message - The field's message (required, layout, pasted).
 * @csspart submit - The "Use" button.
 * @csspart error - The live region with the server's refusal.
 * @csspart result - The outcome (joined, roles added, or already a member).
 * @csspart roles - The roles the code gave, in the outcome.
 * @csspart another - The "Use another code" button.
 *
 * @cssproperty [--gk-color-primary=#1d5bd6] - Button and focus colour.
 * @cssproperty [--gk-color-danger=#b42318] - Error text and invalid field border.
 * @cssproperty [--gk-color-success=#067647] - Success text.
 * @cssproperty [--gk-color-surface=#ffffff] - Card background.
 * @cssproperty [--gk-radius=12px] - Card corner radius.
 * @cssproperty [--gk-font-family-mono=ui-monospace] - Font of the code field.
 */
export class GkRedeemCode extends InvitationElement<RedeemCodeStrings> {
  static override styles = [tokens, shared, styles];

  protected readonly i18n: Catalogue<RedeemCodeStrings> = strings;

  @state() private value = '';
  @state() private message: FieldMessage = '';
  @state() private busy = false;
  @state() private error = '';
  @state() private errorIsCode = false;
  @state() private result?: RedeemInvitationCodeResponse;

  @query('input') private input?: HTMLInputElement;
  @query('.result-title') private resultTitle?: HTMLElement;

  private focusAfterUpdate?: 'input' | 'result';

  /** The code as the field currently holds it. */
  get code(): string {
    return this.value;
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const formatted = withHyphens(input.value);
    if (formatted !== input.value) input.value = formatted;
    this.value = input.value;
    this.error = '';
    const state = formatState(this.value);
    this.message = state === 'invalid' ? 'format' : state === 'complete' ? 'ok' : '';
  }

  private onPaste(event: ClipboardEvent): void {
    const text = event.clipboardData?.getData('text') ?? '';
    const code = extractInvitationCode(text);
    if (!code) return;
    event.preventDefault();
    const input = event.target as HTMLInputElement;
    input.value = code;
    this.value = code;
    this.error = '';
    this.message = text.trim().toLowerCase() === code ? 'ok' : 'pasted';
  }

  private onBlur(): void {
    if (formatState(this.value) === 'partial') this.message = 'incomplete';
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const state = formatState(this.value);
    if (state !== 'complete') {
      this.message = state === 'empty' ? 'required' : state === 'partial' ? 'incomplete' : 'format';
      this.input?.focus();
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const result = await this.api.redeemInvitationCode(this.value.trim().toLowerCase());
      this.result = result;
      this.value = '';
      this.message = '';
      this.focusAfterUpdate = 'result';
      if (result.outcome !== 'already_member') this.emit(new GkCodeRedeemedEvent(result));
    } catch (error) {
      this.error = describeError(this.s, error);
      this.errorIsCode = (errorCode(error) ?? '').startsWith('code_') || errorCode(error) === 'roles_conflict';
      // One state at a time: the server's verdict replaces "The code is complete".
      this.message = '';
      this.focusAfterUpdate = 'input';
    } finally {
      this.busy = false;
    }
  }

  private another(): void {
    this.result = undefined;
    this.focusAfterUpdate = 'input';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const target = this.focusAfterUpdate;
    this.focusAfterUpdate = undefined;
    if (target === 'input') this.input?.focus();
    if (target === 'result') this.resultTitle?.focus();
  }

  private fieldMessage(): string {
    const r = this.s.redeem;
    switch (this.message) {
      case 'required':
        return r.required;
      case 'incomplete':
        return r.incomplete;
      case 'format':
        return r.format;
      case 'ok':
        return r.looksRight;
      case 'pasted':
        return r.pasted;
      default:
        return '';
    }
  }

  private renderResult(result: RedeemInvitationCodeResponse) {
    const r = this.s.redeem;
    const name = result.group.name;
    const already = result.outcome === 'already_member';
    const title = already ? r.alreadyMember(name) : result.outcome === 'roles_added' ? r.rolesAdded(name) : r.joined(name);
    // "You can now invite…" only when this code gave an admin role, not to a member who had one.
    const becameAdmin = result.roles.some((role) => role.kind === 'admin' && result.roles_added.includes(role.key));
    return html`<div part="result" class="result ${already ? 'unchanged' : ''}" data-outcome=${result.outcome}>
      <h3 class="result-title" tabindex="-1">${title}</h3>
      ${already ? html`<p>${r.notUsed}</p>` : nothing}
      <p part="roles">${r.rolesLine(list(this.resolvedLocale, result.roles.map(roleLabel)))}</p>
      ${becameAdmin ? html`<p>${r.adminNote}</p>` : nothing}
      <div class="actions">
        <button part="another" type="button" class="button secondary" @click=${this.another}>${r.another}</button>
      </div>
    </div>`;
  }

  override render() {
    const r = this.s.redeem;
    const invalid = ['required', 'incomplete', 'format'].includes(this.message) || (this.errorIsCode && !!this.error);
    return html`<section part="base" class="card" lang=${this.resolvedLocale} aria-labelledby="title">
      <h2 id="title" part="title">${r.title}</h2>
      <div role="status" aria-live="polite" class="live">${this.result ? this.renderResult(this.result) : nothing}</div>
      ${this.result
        ? nothing
        : html`<p>${r.intro}</p>
            <p id="hint" part="hint" class="hint">${r.hint}</p>
            <form novalidate @submit=${this.onSubmit}>
              <label class="field" for="code">
                <span>${r.label} <span aria-hidden="true">*</span></span>
              </label>
              <input
                id="code"
                part="input"
                type="text"
                name="code"
                .value=${this.value}
                required
                aria-required="true"
                autocomplete="off"
                autocapitalize="off"
                spellcheck="false"
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby="hint field-message error"
                @input=${this.onInput}
                @paste=${this.onPaste}
                @blur=${this.onBlur}
              />
              <p id="field-message" part="field-message" class="field-error ${this.message === 'ok' || this.message === 'pasted' ? 'ok' : ''}" aria-live="polite">
                ${this.fieldMessage()}
              </p>
              <div id="error" part="error" role="alert">${this.error ? html`<p class="error">${this.error}</p>` : nothing}</div>
              <div class="actions">
                <button part="submit" type="submit" class="button primary" aria-disabled=${this.busy ? 'true' : 'false'}>
                  ${this.busy ? html`<span class="spinner" aria-hidden="true"></span>${r.submitting}` : r.submit}
                </button>
              </div>
            </form>`}
    </section>`;
  }
}
