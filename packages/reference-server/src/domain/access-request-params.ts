/**
 * @module domain/access-request-params
 * The query parameters of `GET /access/request/:lookupKey`: grantkit's canonical names and
 * Zaptec's names as aliases (docs/ARCHITECTURE.md). Every problem is collected into one
 * ValidationError so the page can say everything that is wrong at once; nothing is stored
 * before these checks pass.
 */
import { isUuid } from '@grantkit/sdk/rules';
import { ValidationError, type FieldError } from '../errors.js';
import { DISPLAYS, type Display } from './model/access-request.js';
import { normaliseLocale, type Locale } from './locales.js';
import { checkReturnUrl, type ReturnUrlProblem } from './return-urls.js';
import { controlCharacterFieldError, hasControlCharacter } from './text-input.js';

/** Canonical name → Zaptec alias. */
export const PARAMETER_ALIASES = {
  installation_id: 'installationId',
  locale: 'lang',
  return_url: 'returnUrl',
  partner_name: 'partnerName',
  show_existing: 'showExisting',
} as const;

export interface AccessRequestParams {
  readonly installationId: string | null;
  /** The locale asked for in the URL, or null (the page then follows Accept-Language). */
  readonly locale: Locale | null;
  readonly returnUrl: string | null;
  readonly partnerName: string | null;
  readonly showExisting: boolean;
  readonly state: string | null;
  /** PKCE S256 challenge (RFC 7636 §4.2), or null. */
  readonly codeChallenge: string | null;
  /** How the page is shown (OpenID Connect Core §3.1.2.1 `display`); `page` when not given. */
  readonly display: Display;
}


/** RFC 7636 §4.2: BASE64URL(SHA256(verifier)) is 43 chars; allow the unreserved set up to 128. */
const CODE_CHALLENGE = /^[A-Za-z0-9\-._~]{43,128}$/;
export const MAX_STATE_LENGTH = 1024;
export const MAX_PARTNER_NAME_LENGTH = 100;

const RETURN_URL_MESSAGES: Record<ReturnUrlProblem, string> = {
  malformed: 'return_url is not a valid absolute URL.',
  scheme: 'return_url must use https (or http on this computer); other schemes are refused.',
  insecure: 'return_url may use plain http only on this computer (localhost, *.localhost, 127.x.x.x, [::1]); use https.',
  fragment: 'return_url must not contain a #fragment.',
  credentials: 'return_url must not contain a user name or password.',
  not_registered: 'return_url must exactly match a return URL registered for this group.',
};

/** Reads a parameter by canonical name or alias; `multiple` when it was given more than once. */
function read(query: URLSearchParams, name: string, alias?: string): { value: string | null; multiple: boolean } {
  const values = [...query.getAll(name), ...(alias ? query.getAll(alias) : [])];
  return { value: values[0] ?? null, multiple: values.length > 1 };
}

/** The locale a URL asks for, ignoring every other parameter (so even an error page speaks it). */
export function requestedLocale(query: URLSearchParams): Locale | null {
  const { value } = read(query, 'locale', PARAMETER_ALIASES.locale);
  return value ? normaliseLocale(value) : null;
}

export interface ParseOptions {
  /** The group's registered return URLs (exact-match list). */
  readonly registeredReturnUrls: readonly string[];
  /** Whether the group registered any origin that may embed its consent (`display=embedded`). */
  readonly embeddable: boolean;
}

/** Parses and checks the parameters; throws ValidationError listing every bad field. */
export function parseAccessRequestParams(query: URLSearchParams, { registeredReturnUrls, embeddable }: ParseOptions): AccessRequestParams {
  const errors: FieldError[] = [];
  const fail = (field: string, code: string, message: string) => errors.push({ field, code, message });
  const get = (name: string, alias?: string): string | null => {
    const { value, multiple } = read(query, name, alias);
    // RFC 6749 §3.1: request parameters must not be included more than once.
    if (multiple) fail(name, 'duplicate', `${name} was given more than once${alias ? ` (as ${name} or ${alias})` : ''}.`);
    if (value !== null && hasControlCharacter(value)) {
      errors.push(controlCharacterFieldError(name));
      return null;
    }
    return value;
  };

  const rawInstallation = get('installation_id', PARAMETER_ALIASES.installation_id);
  let installationId: string | null = null;
  if (rawInstallation !== null) {
    if (isUuid(rawInstallation.trim())) installationId = rawInstallation.trim().toLowerCase();
    else fail('installation_id', 'invalid', 'installation_id must be an installation id (a UUID).');
  }

  const rawLocale = get('locale', PARAMETER_ALIASES.locale);
  let locale: Locale | null = null;
  if (rawLocale !== null && rawLocale.trim() !== '') {
    locale = normaliseLocale(rawLocale);
    if (!locale) fail('locale', 'unsupported', 'locale must be one of en, fr, de, pt, nb (no and nn mean nb).');
  }

  const returnUrl = get('return_url', PARAMETER_ALIASES.return_url);
  if (returnUrl !== null) {
    const problem = checkReturnUrl(returnUrl, registeredReturnUrls);
    if (problem) fail('return_url', problem, RETURN_URL_MESSAGES[problem]);
  }

  const rawPartner = get('partner_name', PARAMETER_ALIASES.partner_name);
  // Control characters never belong in a display name.
  const partnerName = rawPartner?.replace(/[\u0000-\u001f\u007f]/g, '').trim() || null;
  if (partnerName && partnerName.length > MAX_PARTNER_NAME_LENGTH) {
    fail('partner_name', 'too_long', `partner_name must be at most ${MAX_PARTNER_NAME_LENGTH} characters.`);
  }

  const rawShow = get('show_existing', PARAMETER_ALIASES.show_existing);
  let showExisting = false;
  if (rawShow !== null) {
    const v = rawShow.trim().toLowerCase();
    if (v === 'true' || v === '1') showExisting = true;
    else if (v !== 'false' && v !== '0' && v !== '') fail('show_existing', 'invalid', 'show_existing must be true, false, 1 or 0.');
  }

  const state = get('state');
  if (state !== null && state.length > MAX_STATE_LENGTH) fail('state', 'too_long', `state must be at most ${MAX_STATE_LENGTH} characters.`);

  const codeChallenge = get('code_challenge');
  const method = get('code_challenge_method');
  if (codeChallenge !== null && !CODE_CHALLENGE.test(codeChallenge)) {
    fail('code_challenge', 'invalid', 'code_challenge must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.2).');
  }
  if (method !== null && method !== 'S256') {
    fail('code_challenge_method', 'unsupported', 'code_challenge_method must be S256 (plain is not supported).');
  } else if (method !== null && codeChallenge === null) {
    fail('code_challenge', 'required', 'code_challenge_method was given without a code_challenge.');
  }

  const rawDisplay = get('display');
  let display: Display = 'page';
  if (rawDisplay !== null) {
    if ((DISPLAYS as readonly string[]).includes(rawDisplay)) display = rawDisplay as Display;
    else fail('display', 'unsupported', 'display must be page, popup or embedded.');
  }
  // A group that registered no embedding origin is framed by nobody (frame-ancestors 'none'):
  // say so instead of serving a page the browser will refuse to show.
  if (display === 'embedded' && !embeddable) {
    fail('display', 'not_embeddable', 'This partner has registered no site that may embed its consent; open the link in its own window.');
  }

  if (errors.length) throw new ValidationError(errors);
  // A challenge without a method is treated as S256: the only method we accept, and never weaker.
  return { installationId, locale, returnUrl, partnerName, showExisting, state, codeChallenge, display };
}
