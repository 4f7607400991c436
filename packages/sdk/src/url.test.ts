import { describe, expect, it } from 'vitest'
import { AccessRequestUrlError, GrantkitError } from './errors.js'
import { buildAccessRequestUrl, normalizeLocale, normalizeLookupKey } from './url.js'

const serverUrl = 'https://portal.example.com'

function codeOf(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(AccessRequestUrlError)
    expect(error).toBeInstanceOf(GrantkitError)
    expect((error as Error).name).toBe('AccessRequestUrlError')
    return (error as AccessRequestUrlError).code
  }
  throw new Error('expected a throw')
}

describe('buildAccessRequestUrl', () => {
  it('builds the bare link with an upper-cased lookup key', () => {
    expect(buildAccessRequestUrl({ serverUrl, lookupKey: 'tzbv' })).toBe('https://portal.example.com/access/request/TZBV')
  })

  it('emits every canonical parameter', () => {
    const url = new URL(
      buildAccessRequestUrl({
        serverUrl: new URL('https://portal.example.com/base/'),
        lookupKey: ' TzBv ',
        installationId: 'inst-1',
        locale: 'pt-BR',
        returnUrl: 'https://partner.example/back?x=1',
        partnerName: 'Acme Energy',
        showExisting: true,
        state: 'st4te',
        codeChallenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      }),
    )
    expect(url.origin + url.pathname).toBe('https://portal.example.com/base/access/request/TZBV')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      installation_id: 'inst-1',
      locale: 'pt',
      return_url: 'https://partner.example/back?x=1',
      partner_name: 'Acme Energy',
      show_existing: 'true',
      state: 'st4te',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    })
  })

  it('omits show_existing when false and allows http return URLs on loopback', () => {
    const url = new URL(
      buildAccessRequestUrl({
        serverUrl: 'http://localhost:3000',
        lookupKey: 'TZBV',
        showExisting: false,
        returnUrl: 'http://127.0.0.1:5173/cb',
      }),
    )
    expect(url.searchParams.has('show_existing')).toBe(false)
    expect(url.searchParams.get('return_url')).toBe('http://127.0.0.1:5173/cb')
    expect(buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', returnUrl: 'http://[::1]:8080/x' })).toContain(
      encodeURIComponent('http://[::1]:8080/x'),
    )
  })

  it.each([
    ['', 'invalid_lookup_key'],
    ['TZB', 'invalid_lookup_key'],
    ['TZBVTZBVT', 'invalid_lookup_key'],
    ['TZ0V', 'invalid_lookup_key'],
    ['TZIV', 'invalid_lookup_key'],
    ['TZ1V', 'invalid_lookup_key'],
    ['TZ/V', 'invalid_lookup_key'],
  ])('refuses lookup key %j', (lookupKey, code) => {
    expect(codeOf(() => buildAccessRequestUrl({ serverUrl, lookupKey }))).toBe(code)
  })

  it.each([
    'not a url',
    'ftp://portal.example.com',
    'http://portal.example.com',
    'https://user:pw@portal.example.com',
    'https://portal.example.com/?a=1',
    'https://portal.example.com/#x',
  ])('refuses server URL %j', (bad) => {
    expect(codeOf(() => buildAccessRequestUrl({ serverUrl: bad, lookupKey: 'TZBV' }))).toBe('invalid_server_url')
  })

  it.each([
    'javascript:alert(1)',
    'data:text/html,hi',
    '/relative/path',
    'http://partner.example/back',
    'https://partner.example/back#frag',
    'https://u:p@partner.example/back',
  ])('refuses return URL %j', (returnUrl) => {
    const error = (() => {
      try {
        buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', returnUrl })
      } catch (e) {
        return e as AccessRequestUrlError
      }
      return null
    })()
    expect(error?.code).toBe('invalid_return_url')
    expect(error?.message).toMatch(/https/)
  })

  it.each(['es', 'english', 'en_US', '', '12'])('refuses locale %j', (locale) => {
    expect(codeOf(() => buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', locale }))).toBe('invalid_locale')
  })

  it.each(['', '   ', 'x'.repeat(201)])('refuses installation id %j', (installationId) => {
    expect(codeOf(() => buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', installationId }))).toBe(
      'invalid_installation_id',
    )
  })

  it('refuses an empty partner name, an empty state and a malformed challenge', () => {
    expect(codeOf(() => buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', partnerName: ' ' }))).toBe(
      'invalid_partner_name',
    )
    expect(codeOf(() => buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', state: '' }))).toBe('invalid_state')
    expect(codeOf(() => buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', codeChallenge: 'short' }))).toBe(
      'invalid_code_challenge',
    )
  })

  it('asks for permissions as a comma-separated list and authorization details as RFC 9396 JSON', () => {
    const url = new URL(
      buildAccessRequestUrl({
        serverUrl,
        lookupKey: 'TZBV',
        permissions: ['installation:read'],
        authorizationDetails: [{ type: 'installation', actions: ['installation:read', 'chargers:control'], identifier: 'inst-1' }],
      }),
    )
    expect(url.searchParams.get('permissions')).toBe('installation:read')
    expect(JSON.parse(url.searchParams.get('authorization_details')!)).toEqual([
      { type: 'installation', actions: ['installation:read', 'chargers:control'], identifier: 'inst-1' },
    ])
    const two = buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', permissions: ['installation:read', 'installation:settings'] })
    expect(new URL(two).searchParams.get('permissions')).toBe('installation:read,installation:settings')
  })

  it('refuses a permission or an action outside the catalogue, naming the catalogue', () => {
    const unknown = ['installation:delete'] as unknown as ['installation:read']
    expect(codeOf(() => buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', permissions: unknown }))).toBe('invalid_permissions')
    expect(
      codeOf(() => buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', authorizationDetails: [{ type: 'installation', actions: unknown }] })),
    ).toBe('invalid_permissions')
    expect(() => buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', permissions: unknown })).toThrow(
      /"installation:delete".*installation:read, installation:settings, chargers:control/,
    )
  })

  it('says what to fix in the message', () => {
    expect(() => buildAccessRequestUrl({ serverUrl, lookupKey: 'AB' })).toThrow(/4-8 characters/)
    expect(() => buildAccessRequestUrl({ serverUrl, lookupKey: 'TZBV', locale: 'es' })).toThrow(/en, fr, de, pt, nb/)
  })
})

describe('normalizeLookupKey / normalizeLocale', () => {
  it('normalises', () => {
    expect(normalizeLookupKey('abcd2345')).toBe('ABCD2345')
    expect(normalizeLocale('no')).toBe('nb')
    expect(normalizeLocale('nn-NO')).toBe('nb')
    expect(normalizeLocale('FR')).toBe('fr')
    expect(normalizeLocale('de-CH')).toBe('de')
  })
})
