/**
 * `buildAccessRequestUrl()`: the link that sends a customer to the platform's access-request
 * page. Pure and synchronous, no dependencies, so it costs little in a partner's bundle
 * (`@grantkit/sdk/url`, budget 1.5 KB min+gz).
 *
 * @module
 */
import { AccessRequestUrlError } from './errors.js'
import { isLoopbackHost } from './rules/loopback.js'

/** Inputs of {@link buildAccessRequestUrl}; only `serverUrl` and `lookupKey` are required. */
export interface AccessRequestUrlOptions {
  /** The platform's public URL (the issuer), e.g. `https://portal.example.com`. */
  readonly serverUrl: string | URL
  /** The partner group's lookup key, e.g. `TZBV` (any case on input). */
  readonly lookupKey: string
  /** Installation to preselect on the consent page. */
  readonly installationId?: string | undefined
  /** BCP 47 tag; its language must be en, fr, de, pt or nb (no/nn map to nb). */
  readonly locale?: string | undefined
  /** Where the customer returns; must be registered for the group. */
  readonly returnUrl?: string | URL | undefined
  /** Name shown before login. */
  readonly partnerName?: string | undefined
  /** Also list installations already shared with the group. */
  readonly showExisting?: boolean | undefined
  /** Opaque value echoed back on the return trip (RFC 6749 §4.1.1). */
  readonly state?: string | undefined
  /** PKCE S256 challenge (RFC 7636 §4.2); `code_challenge_method=S256` is added. */
  readonly codeChallenge?: string | undefined
  /**
   * How the platform shows the page (OpenID Connect Core §3.1.2.1 `display`): `page` (default),
   * `popup`, or `embedded` (framed by an origin the group registered; see `openAccessRequestEmbedded`).
   */
  readonly display?: 'page' | 'popup' | 'embedded' | undefined
}

const LOOKUP_KEY = /^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{4,8}$/
const LOCALE_TAG = /^([a-z]{2,3})(-[a-z0-9]{1,8})*$/i
const LOCALES = ['en', 'fr', 'de', 'pt', 'nb']
const WEB_URL = 'use an absolute https URL (http only for localhost) without fragment or credentials'
// RFC 7636 §4.1: 43–128 unreserved characters (a base64url SHA-256 digest is 43).
const CODE_CHALLENGE = /^[A-Za-z0-9._~-]{43,128}$/

function fail(code: AccessRequestUrlError['code'], message: string): never {
  throw new AccessRequestUrlError(code, message)
}

/** Parses an absolute https URL, or http on loopback; `null` when it is not one. */
const webUrl = (value: string | URL): URL | null => {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  const ok =
    (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) &&
    !url.username &&
    !url.password &&
    !url.hash
  return ok ? url : null
}

/** Sets an optional free-text parameter: not blank, at most `max` characters. */
function text(
  query: URLSearchParams,
  name: string,
  value: string | undefined,
  max: number,
  code: AccessRequestUrlError['code'],
  label: string,
  opaque?: boolean,
): void {
  if (value === undefined) return
  if (typeof value !== 'string' || !value.trim() || value.length > max) fail(code, `${label} must be 1-${max} characters, not blank.`)
  // `state` is opaque and echoed back byte for byte; display values are trimmed.
  query.set(name, opaque ? value : value.trim())
}

/**
 * Normalises a lookup key: trims, upper-cases and checks 4–8 characters of the unambiguous
 * alphabet `ABCDEFGHJKLMNPQRSTUVWXYZ23456789`.
 *
 * @throws {AccessRequestUrlError} `invalid_lookup_key`
 */
export function normalizeLookupKey(lookupKey: string): string {
  const key = typeof lookupKey === 'string' ? lookupKey.trim().toUpperCase() : ''
  if (!LOOKUP_KEY.test(key)) {
    fail(
      'invalid_lookup_key',
      `Lookup key ${JSON.stringify(lookupKey)} is invalid: use 4-8 characters from A-Z and 2-9 without I, O, 0 or 1 (e.g. "TZBV").`,
    )
  }
  return key
}

/**
 * Maps a BCP 47 tag to a supported locale (`pt-BR` → `pt`, `no`/`nn` → `nb`).
 *
 * @throws {AccessRequestUrlError} `invalid_locale`
 */
export function normalizeLocale(tag: string): string {
  const language = LOCALE_TAG.test(tag) ? tag.split('-')[0]!.toLowerCase() : ''
  const locale = language === 'no' || language === 'nn' ? 'nb' : language
  if (!LOCALES.includes(locale)) {
    fail('invalid_locale', `Locale ${JSON.stringify(tag)} is not supported: use one of ${LOCALES.join(', ')}.`)
  }
  return locale
}

/**
 * Builds `<serverUrl>/access/request/<LOOKUP_KEY>?…` with the canonical parameter names of
 * docs/ARCHITECTURE.md (`installation_id`, `locale`, `return_url`, `partner_name`,
 * `show_existing`, `state`, `code_challenge`, `code_challenge_method`).
 *
 * @example
 * ```ts
 * buildAccessRequestUrl({ serverUrl: 'https://portal.example.com', lookupKey: 'tzbv', locale: 'fr' })
 * // 'https://portal.example.com/access/request/TZBV?locale=fr'
 * ```
 * @throws {AccessRequestUrlError} with a `code` naming the bad input.
 */
export function buildAccessRequestUrl(options: AccessRequestUrlOptions): string {
  const { serverUrl, installationId, locale, returnUrl, partnerName, showExisting, state, codeChallenge, display } = options
  const server = webUrl(serverUrl)
  if (!server || server.search) {
    fail(
      'invalid_server_url',
      `Server URL ${JSON.stringify(String(serverUrl))} is invalid: ${WEB_URL}, without query.`,
    )
  }
  const key = normalizeLookupKey(options.lookupKey)
  const url = new URL(`${server.pathname.replace(/\/+$/, '')}/access/request/${key}`, server)
  const query = url.searchParams

  text(query, 'installation_id', installationId, 200, 'invalid_installation_id', 'Installation id')
  if (locale !== undefined) query.set('locale', normalizeLocale(locale))
  if (returnUrl !== undefined) {
    const back = webUrl(returnUrl)
    if (!back) {
      fail(
        'invalid_return_url',
        `Return URL ${JSON.stringify(String(returnUrl))} is invalid: ${WEB_URL}, registered for the group.`,
      )
    }
    // Sent as given: the server matches registered return URLs exactly.
    query.set('return_url', typeof returnUrl === 'string' ? returnUrl : back.href)
  }
  text(query, 'partner_name', partnerName, 100, 'invalid_partner_name', 'Partner name')
  if (showExisting) query.set('show_existing', 'true')
  text(query, 'state', state, 512, 'invalid_state', 'State', true)
  if (codeChallenge !== undefined) {
    if (!CODE_CHALLENGE.test(codeChallenge)) {
      fail('invalid_code_challenge', 'Code challenge must be 43-128 characters of A-Z a-z 0-9 - . _ ~ (RFC 7636 §4.2).')
    }
    query.set('code_challenge', codeChallenge)
    query.set('code_challenge_method', 'S256')
  }
  if (display !== undefined && display !== 'page') query.set('display', display)
  return url.href
}
