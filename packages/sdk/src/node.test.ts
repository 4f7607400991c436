import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { TokenError } from './errors.js'
import { createServiceAccountTokenSource, verifyAccessToken } from './node.js'

/** A small authorization server on 127.0.0.1: metadata, JWKS and client_credentials. */
let server: Server
let issuer: string
let signingKey: CryptoKey
let strangerKey: CryptoKey
let tokenRequests: { auth: string | undefined; body: URLSearchParams }[] = []
let expiresIn = 120
let jwksStatus = 200
const audience = 'https://api.partner.example'

async function readBody(request: IncomingMessage): Promise<string> {
  let body = ''
  for await (const chunk of request) body += chunk
  return body
}

async function sign(claims: Record<string, unknown>, { key = signingKey, kid = 'k1', typ = 'at+jwt', exp = '2m' } = {}): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid, typ })
    .setIssuer(issuer)
    .setAudience(audience)
    .setSubject('sa_1')
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(key)
}

beforeAll(async () => {
  const pair = await generateKeyPair('ES256')
  signingKey = pair.privateKey
  strangerKey = (await generateKeyPair('ES256')).privateKey
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }
  server = createServer(async (request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
      response.end(JSON.stringify(body))
    }
    if (request.url === '/.well-known/oauth-authorization-server') {
      return send(200, { issuer, token_endpoint: `${issuer}/oauth/token`, jwks_uri: `${issuer}/oauth/jwks` })
    }
    if (request.url === '/oauth/jwks') return send(jwksStatus, jwksStatus === 200 ? { keys: [jwk] } : { error: 'down' })
    if (request.url === '/oauth/token' && request.method === 'POST') {
      const body = new URLSearchParams(await readBody(request))
      tokenRequests.push({ auth: request.headers.authorization, body })
      await new Promise((r) => setTimeout(r, 30))
      // RFC 6749 §2.3.1: Basic credentials are form-urlencoded before base64 (oauth4webapi encodes `_` as %5F).
      const formDecode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '))
      const basic = request.headers.authorization?.startsWith('Basic ')
        ? Buffer.from(request.headers.authorization.slice(6), 'base64').toString().split(':').map(formDecode).join(':')
        : `${body.get('client_id')}:${body.get('client_secret')}`
      if (body.get('grant_type') !== 'client_credentials') return send(400, { error: 'unsupported_grant_type' })
      if (basic !== 'sa_1:s3cret') return send(401, { error: 'invalid_client', error_description: 'Client authentication failed.' })
      const token = await sign({ client_id: 'sa_1', scope: body.get('scope') ?? 'installation:read', n: tokenRequests.length })
      return send(200, { access_token: token, token_type: 'Bearer', expires_in: expiresIn, scope: body.get('scope') ?? 'installation:read' })
    }
    return send(404, { error: 'not_found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  tokenRequests = []
  expiresIn = 120
  jwksStatus = 200
})

async function tokenError(promise: Promise<unknown>): Promise<TokenError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(TokenError)
    return error as TokenError
  }
  throw new Error('expected a TokenError')
}

describe('createServiceAccountTokenSource', () => {
  it('gets a token with client_secret_basic, caches it, and shares one request between concurrent callers', async () => {
    const source = createServiceAccountTokenSource({ issuer, clientId: 'sa_1', clientSecret: 's3cret', scope: 'installation:read' })
    const tokens = await Promise.all([source.getToken(), source.getToken(), source.getToken()])
    expect(new Set(tokens).size).toBe(1)
    expect(tokenRequests).toHaveLength(1)
    expect(tokenRequests[0]!.auth).toMatch(/^Basic /)
    expect(tokenRequests[0]!.body.get('scope')).toBe('installation:read')
    expect(await source.getToken()).toBe(tokens[0])
    expect(tokenRequests).toHaveLength(1)
    // The token verifies with the resource-server helper.
    const claims = await verifyAccessToken(tokens[0]!, { issuer, audience })
    expect(claims).toMatchObject({ sub: 'sa_1', client_id: 'sa_1', scope: 'installation:read' })
  })

  it('renews shortly before expiry and after invalidate()', async () => {
    let now = 1_000_000
    expiresIn = 60
    const source = createServiceAccountTokenSource({ issuer, clientId: 'sa_1', clientSecret: 's3cret', renewBeforeSeconds: 10, now: () => now })
    const first = await source.getToken()
    now += 49_000
    expect(await source.getToken()).toBe(first)
    now += 2_000 // 51 s: inside the 10 s renewal window
    const second = await source.getToken()
    expect(second).not.toBe(first)
    expect(tokenRequests).toHaveLength(2)
    source.invalidate()
    await source.getToken()
    expect(tokenRequests).toHaveLength(3)
  })

  it('renews a token shorter-lived than the margin at half-life, not on every call', async () => {
    let now = 0
    expiresIn = 20
    const source = createServiceAccountTokenSource({ issuer, clientId: 'sa_1', clientSecret: 's3cret', renewBeforeSeconds: 30, now: () => now })
    const first = await source.getToken()
    now = 9_000
    expect(await source.getToken()).toBe(first)
    now = 10_500
    expect(await source.getToken()).not.toBe(first)
    expect(tokenRequests).toHaveLength(2)
  })

  it('supports client_secret_post', async () => {
    const source = createServiceAccountTokenSource({ issuer, clientId: 'sa_1', clientSecret: 's3cret', authMethod: 'client_secret_post' })
    await source.getToken()
    expect(tokenRequests[0]!.auth).toBeUndefined()
    expect(tokenRequests[0]!.body.get('client_secret')).toBe('s3cret')
  })

  it('fails token_request_failed with the OAuth error, and does not cache the failure', async () => {
    const source = createServiceAccountTokenSource({ issuer, clientId: 'sa_1', clientSecret: 'wrong' })
    const error = await tokenError(source.getToken())
    expect(error.code).toBe('token_request_failed')
    expect(error.status).toBe(401)
    expect(error.detail).toBe('Client authentication failed.')
    expect(error.message).toContain('invalid_client')
    await tokenError(source.getToken())
    expect(tokenRequests).toHaveLength(2)
  })

  it('fails token_request_failed when the server is unreachable', async () => {
    const source = createServiceAccountTokenSource({ issuer: 'http://127.0.0.1:1', clientId: 'sa_1', clientSecret: 's3cret' })
    expect((await tokenError(source.getToken())).code).toBe('token_request_failed')
  })
})

describe('verifyAccessToken', () => {
  it('returns the claims of a valid token', async () => {
    const claims = await verifyAccessToken(await sign({ grant_id: 'grt_1' }), { issuer, audience: [audience, 'other'] })
    expect(claims.grant_id).toBe('grt_1')
  })

  it.each([
    ['expired', () => sign({}, { exp: '-1m' }), 'token_expired'],
    ['wrong typ', () => sign({}, { typ: 'JWT' }), 'token_claim_invalid'],
    ['unknown kid', () => sign({}, { key: strangerKey, kid: 'k-unknown' }), 'token_key_not_found'],
    ['known kid, wrong key', () => sign({}, { key: strangerKey }), 'token_signature_invalid'],
  ] as const)('refuses a token: %s', async (_name, make, code) => {
    expect((await tokenError(verifyAccessToken(await make(), { issuer, audience }))).code).toBe(code)
  })

  it('refuses another audience or issuer', async () => {
    const token = await sign({})
    expect((await tokenError(verifyAccessToken(token, { issuer, audience: 'https://elsewhere.example' }))).code).toBe('token_claim_invalid')
    expect((await tokenError(verifyAccessToken(token, { issuer: 'https://other.example', audience, jwksUrl: `${issuer}/oauth/jwks` }))).code).toBe('token_claim_invalid')
  })

  it('refuses alg none, HS256 and garbage', async () => {
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const payload = { iss: issuer, aud: audience, sub: 'x', exp: Math.floor(Date.now() / 1000) + 60 }
    const none = `${b64({ alg: 'none', typ: 'at+jwt' })}.${b64(payload)}.`
    expect((await tokenError(verifyAccessToken(none, { issuer, audience, algorithms: ['ES256', 'none'] }))).code).toBe('token_invalid')
    const hs = await new SignJWT(payload).setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' }).sign(new TextEncoder().encode('x'.repeat(32)))
    expect((await tokenError(verifyAccessToken(hs, { issuer, audience }))).code).toBe('token_invalid')
    expect((await tokenError(verifyAccessToken('not-a-jwt', { issuer, audience }))).code).toBe('token_invalid')
  })

  it('reports an unavailable JWKS', async () => {
    jwksStatus = 500
    const token = await sign({})
    expect((await tokenError(verifyAccessToken(token, { issuer, audience, jwksUrl: `${issuer}/oauth/jwks?fresh=1` }))).code).toBe('jwks_unavailable')
    expect((await tokenError(verifyAccessToken(token, { issuer, audience, jwksUrl: 'http://127.0.0.1:1/jwks' }))).code).toBe('jwks_unavailable')
  })
})
